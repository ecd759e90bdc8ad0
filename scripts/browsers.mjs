// Where the test browsers are and which ones to use. Shared by the test runner config, the test scripts
// and the Storybook smoke test so every tool launches the same executables with the same flags.
import { existsSync } from 'node:fs';

export const browserPaths = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  webkit: process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  webkitDriver: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
};

export const webkitDriverPort = Number(process.env.WEBKIT_DRIVER_PORT ?? 4445);

/** The one list of Chromium flags: this machine has no network but loopback, and runs as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export const allBrowsers = ['chromium', 'firefox', 'webkit'];

export function isInstalled(browser) {
  if (browser === 'webkit')
    return existsSync(browserPaths.webkit) && existsSync(browserPaths.webkitDriver);
  return existsSync(browserPaths[browser]);
}

/** BROWSERS=chromium,firefox picks browsers; without it, every installed one. */
export function selectedBrowsers() {
  const requested = process.env.BROWSERS?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = requested?.filter((name) => !allBrowsers.includes(name)) ?? [];
  if (unknown.length > 0) throw new Error(`Unknown browser(s) in BROWSERS: ${unknown.join(', ')}`);
  return requested ?? allBrowsers.filter(isInstalled);
}
