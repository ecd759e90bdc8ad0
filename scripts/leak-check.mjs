// Leak check: in headless Chromium, on a page that loads dist/cdn/photo-exhibit.js, 100 cycles each create a
// <photo-exhibit> (by `src` and by the `exhibition` property in turn), a <photo-figure> and a <photo-caption>,
// wait until they render, open the viewer on a photo and close it every 10th cycle, and remove them all. Then,
// after a forced garbage collection, no instance of any of the four element classes may be alive: the DevTools
// protocol counts the objects whose prototype chain holds each class's prototype. Builds dist/cdn first when it
// is missing. Usage: node scripts/leak-check.mjs [cycles]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs } from './browsers.mjs';
import { serveStatic } from './static-server.mjs';
import { createChecks } from './checks.mjs';

const CYCLES = Number(process.argv[2] ?? 100);
const VIEWER_EVERY = 10;
const TAGS = ['photo-exhibit', 'photo-figure', 'photo-caption', 'photo-viewer'];
const OBJECT_GROUP = 'leak-check';

const { check, finish } = createChecks('leak-check');

if (!existsSync('dist/cdn/photo-exhibit.js')) {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}

/**
 * One cycle, in the page. Every wait ends by itself (no timer or listener outlives the cycle holding an
 * element), so whatever stays alive afterwards is held by the library, not by this script.
 */
async function cycle(index, openViewer) {
  const waitFor = async (condition, what) => {
    for (const deadline = Date.now() + 10_000; !condition(); ) {
      if (Date.now() > deadline) throw new Error(`cycle ${index}: ${what} within 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const fixture = '/test/fixtures/same-origin-images.json';
  // The property path reads the document as a host would pass it: relative image addresses made absolute.
  window.leakCheckDocument ??= await fetch(fixture)
    .then((response) => response.text())
    .then((text) => JSON.parse(text.replaceAll('"img/', '"/test/fixtures/img/')));
  const stage = document.getElementById('stage');
  const exhibit = document.createElement('photo-exhibit');
  let outcome;
  const settle = (event) => (outcome = event.type);
  const outcomes = ['photo-exhibit-load', 'photo-exhibit-error'];
  for (const type of outcomes) exhibit.addEventListener(type, settle);
  if (index % 2 === 0) exhibit.setAttribute('src', fixture);
  else exhibit.exhibition = window.leakCheckDocument;
  const item = window.leakCheckDocument.sections[0].items[0];
  const figure = document.createElement('photo-figure');
  figure.item = item;
  const caption = document.createElement('photo-caption');
  caption.caption = item.caption;
  stage.append(exhibit, figure, caption);
  await waitFor(() => outcome !== undefined, 'no photo-exhibit-load');
  // The listener shares this cycle's scope: left on a leaked exhibit, it would keep the other two alive too.
  for (const type of outcomes) exhibit.removeEventListener(type, settle);
  if (outcome !== 'photo-exhibit-load') throw new Error(`cycle ${index}: ${outcome}`);
  await waitFor(
    () =>
      figure.shadowRoot?.querySelector('img') &&
      caption.shadowRoot?.querySelector('.caption-title'),
    '<photo-figure> and <photo-caption> did not render',
  );
  if (openViewer) {
    const dialog = () =>
      exhibit.shadowRoot.querySelector('photo-viewer')?.shadowRoot?.querySelector('dialog');
    exhibit.shadowRoot.querySelector('.tile > .open').click();
    await waitFor(() => dialog()?.open, 'the viewer did not open');
    dialog().querySelector('button.close').click();
    await waitFor(() => !dialog().open, 'the viewer did not close');
  }
  exhibit.remove();
  figure.remove();
  caption.remove();
}

/** Live instances of a tag's class, or undefined when the tag is not defined. */
async function liveInstances(cdp, tag) {
  const { result: prototype } = await cdp.send('Runtime.evaluate', {
    expression: `customElements.get(${JSON.stringify(tag)})?.prototype`,
    objectGroup: OBJECT_GROUP,
  });
  if (!prototype.objectId) return undefined;
  const { objects } = await cdp.send('Runtime.queryObjects', {
    prototypeObjectId: prototype.objectId,
    objectGroup: OBJECT_GROUP,
  });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
    objectGroup: OBJECT_GROUP,
  });
  return result.value;
}

/** Instances of a tag still in the document, shadow roots included. */
function attachedInstances(tag) {
  const count = (root) =>
    [...root.querySelectorAll('*')].reduce(
      (sum, element) =>
        sum +
        (element.localName === tag ? 1 : 0) +
        (element.shadowRoot ? count(element.shadowRoot) : 0),
      0,
    );
  return count(document);
}

const server = await serveStatic('.');
const browser = await puppeteer.launch({
  executablePath: browserPaths.chromium,
  headless: true,
  args: chromiumArgs,
});
try {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
    // The handles would keep what was logged alive.
    for (const argument of message.args()) void argument.dispose();
  });
  page.on('response', (response) => {
    if (response.status() >= 400) pageErrors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  await page.goto(`${server.url}/test/pages/leak-check.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('photo-exhibit') !== undefined);

  const cycleErrors = [];
  for (let index = 0; index < CYCLES; index++) {
    try {
      await page.evaluate(cycle, index, index % VIEWER_EVERY === 0);
    } catch (error) {
      cycleErrors.push(error.message.split('\n')[0]);
    }
  }
  check(
    `${CYCLES} cycles rendered and were removed`,
    cycleErrors.length === 0,
    cycleErrors.join('; '),
  );
  check(
    'no page errors, console errors or failed requests',
    pageErrors.length === 0,
    pageErrors.join('; '),
  );

  // Timers and frames a removed element may still have scheduled run out before the count.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const cdp = await page.createCDPSession();
  await cdp.send('Runtime.discardConsoleEntries');
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  for (const tag of TAGS) {
    const live = await liveInstances(cdp, tag);
    const attached = await page.evaluate(attachedInstances, tag);
    if (live === undefined) {
      check(`<${tag}> was defined`, false, 'not registered after the cycles');
      continue;
    }
    check(
      `no <${tag}> alive after removal and garbage collection`,
      live === 0 && attached === 0,
      `${live} alive, ${attached} of them in the document`,
    );
  }
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: OBJECT_GROUP });
} catch (error) {
  check('leak check ran', false, error.message);
} finally {
  await browser.close();
  await server.close();
}

finish();
