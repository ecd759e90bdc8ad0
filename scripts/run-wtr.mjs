// Runs Web Test Runner on the selected browsers. WebKit needs WebKitWebDriver running and an X display:
// this script starts the driver and, without a DISPLAY, re-runs itself under xvfb-run.
import { spawn, spawnSync } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { browserPaths, selectedBrowsers } from './browsers.mjs';

const browsers = selectedBrowsers();
const passThrough = process.argv.slice(2);

if (browsers.includes('webkit') && !process.env.DISPLAY) {
  const result = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, BROWSERS: browsers.join(',') },
  });
  process.exit(result.status ?? 1);
}

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`WebKitWebDriver did not listen on ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** A free port on 127.0.0.1, so a driver left over from another run can never answer for this one. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

let driver;
const webkitDriverPort = process.env.WEBKIT_DRIVER_PORT ?? String(await freePort());
if (browsers.includes('webkit')) {
  driver = spawn(browserPaths.webkitDriver, [`--port=${webkitDriverPort}`], { stdio: 'ignore' });
  await waitForPort(Number(webkitDriverPort), 15_000);
}

const runner = spawn(
  process.execPath,
  [
    'node_modules/@web/test-runner/dist/bin.js',
    '--config',
    'web-test-runner.config.mjs',
    ...passThrough,
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, BROWSERS: browsers.join(','), WEBKIT_DRIVER_PORT: webkitDriverPort },
  },
);
const stopDriver = () => driver?.kill();
process.on('SIGINT', () => runner.kill('SIGINT'));
runner.on('exit', (code) => {
  stopDriver();
  process.exit(code ?? 1);
});
