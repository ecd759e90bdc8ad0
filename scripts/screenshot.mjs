// Takes the README's screenshot: the demo page in headless Chromium (run `npm run build` and
// `npm run demo:photos` first). Usage: node scripts/screenshot.mjs [path] [output.png] [width] [height]
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs } from './browsers.mjs';
import { serveStatic } from './static-server.mjs';

const [path = '/demo/index.html', output = 'docs/screenshot.png', width = '1200', height = '900'] =
  process.argv.slice(2);
const server = await serveStatic('.');
const browser = await puppeteer.launch({
  executablePath: browserPaths.chromium,
  headless: true,
  args: chromiumArgs,
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: Number(height) });
  page.on('console', (message) =>
    console.log(`console.${message.type()}: ${message.text().slice(0, 200)}`),
  );
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
  const [url, selector] = path.split('#');
  if (selector) {
    await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), selector);
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.screenshot({ path: output });
  console.log(`screenshot: ${output} (${url})`);
} finally {
  await browser.close();
  await server.close();
}
