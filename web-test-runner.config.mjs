// Element tests in real browsers. BROWSERS=chromium,firefox,webkit chooses them (default: every browser found);
// CHROMIUM_PATH, FIREFOX_PATH and WEBKIT_BROWSER_PATH point at other executables (e.g. Chrome on macOS).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import {
  browserPaths,
  chromiumArgs,
  selectedBrowsers,
  webkitDriverPort,
} from './scripts/browsers.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { statusEndpoint, testPageHeaders } from './test/support/server-plugin.mjs';

const browsers = selectedBrowsers();
const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: browserPaths.chromium, headless: true, args: chromiumArgs },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: browserPaths.firefox, headless: true },
    }),
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: webkitDriverPort,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: browserPaths.webkit, args: ['--automation'] },
      },
    }),
};

export default {
  files: ['test/**/*.test.ts', '!test/core/**', '!test/node/**'],
  nodeResolve: { exportConditions: ['development'] },
  middleware: [statusEndpoint],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    testPageHeaders(),
  ],
  browsers: browsers.map((name) => launchers[name]()),
  // One file at a time: WebKit over WebDriver runs files in iframes when concurrency > 1, which breaks focus
  // and history tests, and in Chromium a second file's page is a background tab, whose frames and idle
  // periods are throttled (the tests of measuring blocks and keeping the screen in place then fail).
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
  // A loaded 2-core machine can take a while to open a test page in WebKit.
  testsStartTimeout: 60000,
  reporters: [defaultReporter(), summaryReporter()],
  coverageConfig: { include: ['src/**/*.ts'] },
};
