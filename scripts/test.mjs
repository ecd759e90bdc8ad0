// `npm test`: everything CI runs, in order, stopping at the first failure.
//   Node tests (the DOM-free core, the manifest) -> element tests (Chromium, Firefox, WebKit when installed) -> Storybook smoke test
//   -> package checks -> every export path in the browser -> leak check (100 create/remove cycles).
// `--quick`: core and Chromium element tests only, for the edit loop.
// REQUIRE_ALL_BROWSERS=1 (set by .ci/run) turns a missing browser into a failure instead of a skip.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { allBrowsers, isInstalled } from './browsers.mjs';

const quick = process.argv.includes('--quick');
const missing = allBrowsers.filter((browser) => !isInstalled(browser));
if (process.env.REQUIRE_ALL_BROWSERS === '1' && missing.length > 0) {
  console.error(
    `test: required browser(s) not installed: ${missing.join(', ')} (see README, "Set up")`,
  );
  process.exit(1);
}
if (!quick && missing.length > 0) {
  console.warn(`test: skipping ${missing.join(', ')}: not installed (see README, "Set up")`);
}

const browsers = quick ? ['chromium'] : allBrowsers.filter(isInstalled);
const steps = [
  ['custom-elements.json', ['npm', 'run', '--silent', 'manifest']],
  ['Node tests (core, sources, manifest)', ['node', 'scripts/test-node.mjs']],
  ['element tests', ['node', 'scripts/run-wtr.mjs'], { BROWSERS: browsers.join(',') }],
];
if (!quick) {
  steps.push(['Storybook smoke test', ['node', 'scripts/storybook-smoke.mjs']]);
  steps.push(['package checks', ['node', 'scripts/package-check.mjs']]);
  steps.push(['export paths in the browser', ['node', 'scripts/browser-exports-check.mjs']]);
  steps.push(['leak check', ['node', 'scripts/leak-check.mjs']]);
}

// Some element tests load the CDN build as a host page would.
if (!existsSync('dist/cdn/photo-exhibit.js')) {
  steps.unshift(['build (dist/ is missing)', ['npm', 'run', '--silent', 'build']]);
}

for (const [name, [command, ...args], env] of steps) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`test: ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\ntest: all ${steps.length} steps passed`);
