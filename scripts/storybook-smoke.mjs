// Storybook smoke test: builds Storybook, serves it on 127.0.0.1 and opens every story and docs page in
// headless Chromium. A page fails on a page error, a console error, an unexpected failed request, a photo-*
// element that did not render, or an axe violation (page-level landmark rules off, as in the a11y addon).
// Requests to paths containing "expected-failure" are broken on purpose by the stories that show errors;
// requests to "expected-slow" never answer, for the story of the loading state (tagged "loading").
// `--no-build` reuses storybook-static/.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs } from './browsers.mjs';
import { serveStatic } from './static-server.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const pageLevelRules = ['region', 'landmark-one-main', 'page-has-heading-one', 'landmark-unique'];

if (!process.argv.includes('--no-build')) {
  execFileSync('npm', ['run', 'build-storybook'], {
    stdio: 'inherit',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName, declaration]),
);

/** The sections a docs page must show for its element, from what custom-elements.json documents. */
function expectedDocsSections(entry) {
  const tag = entry.title.split('/').pop();
  const declaration = declarations.get(tag);
  if (!declaration) return [];
  return [
    [declaration.attributes, 'attributes'],
    [declaration.events, 'events'],
    [declaration.cssParts, 'css shadow parts'],
    [declaration.cssProperties, 'css custom properties'],
  ]
    .filter(([list]) => list?.length)
    .map(([, heading]) => heading);
}

const server = await serveStatic('storybook-static', {
  hold: (path) => path.includes('expected-slow'),
});
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const entries = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' || entry.type === 'docs',
);
const browser = await puppeteer.launch({
  executablePath: browserPaths.chromium,
  headless: true,
  args: chromiumArgs,
});

/**
 * Waits until every photo-* element in the root is defined, updated and out of its loading state (or, for a
 * story of the loading state, in it).
 */
async function waitForElements(page, loadingStory) {
  await page.waitForFunction(
    (loading) => {
      const root = document.querySelector('#storybook-root, #storybook-docs');
      if (!root) return false;
      const all = [...root.querySelectorAll('*')].filter((node) =>
        node.localName.startsWith('photo-'),
      );
      return all.every(
        (node) =>
          customElements.get(node.localName) &&
          node.shadowRoot &&
          (node.getAttribute('state') === 'loading') === loading,
      );
    },
    { timeout: 15000 },
    loadingStory,
  );
  await page.evaluate(async () => {
    const nodes = [...document.querySelectorAll('*')].filter((node) =>
      node.localName.startsWith('photo-'),
    );
    await Promise.all(nodes.map((node) => node.updateComplete));
  });
}

async function checkEntry(entry) {
  const problems = [];
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 800 });
  // The browser asks for a favicon by itself; Storybook has none.
  const expectedToFail = (url) => url.includes('expected-failure') || url.endsWith('/favicon.ico');
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const where = `${message.text()} ${message.location()?.url ?? ''}`;
    if (
      message.type() === 'error' &&
      !expectedToFail(message.location()?.url ?? '') &&
      !where.includes('expected-failure')
    ) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('requestfailed', (request) => {
    if (!expectedToFail(request.url())) problems.push(`request failed: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !expectedToFail(response.url())) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  try {
    await page.goto(`${server.url}/iframe.html?id=${entry.id}&viewMode=${viewMode}`, {
      waitUntil: 'load',
    });
    const rootSelector = viewMode === 'docs' ? '#storybook-docs' : '#storybook-root';
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.childElementCount > 0,
      {
        timeout: 15000,
      },
      rootSelector,
    );
    await waitForElements(page, (entry.tags ?? []).includes('loading'));
    const unrendered = await page.evaluate((selector) => {
      const root = document.querySelector(selector);
      const nodes = [...root.querySelectorAll('*')].filter((node) =>
        node.localName.startsWith('photo-'),
      );
      if (root.closest('#storybook-root') && nodes.length === 0)
        return ['(no photo-* element in the story)'];
      return nodes
        .filter((node) => !node.shadowRoot || node.shadowRoot.childNodes.length === 0)
        .map((node) => node.localName);
    }, rootSelector);
    for (const tag of unrendered) problems.push(`did not render: <${tag}>`);
    if (viewMode === 'docs') {
      const text = await page.evaluate(() => document.querySelector('#storybook-docs').innerText);
      const lines = new Set(text.split('\n').map((line) => line.trim().toLowerCase()));
      for (const heading of expectedDocsSections(entry)) {
        if (!lines.has(heading)) problems.push(`docs page lists no ${heading}`);
      }
    }
    await page.addScriptTag({ content: axeSource });
    // On a docs page only the stories are ours: Storybook's own controls table is not checked.
    const axeSelector = viewMode === 'docs' ? '#storybook-docs .docs-story' : rootSelector;
    const violations = await page.evaluate(
      async (selector, disabled) => {
        const rules = Object.fromEntries(disabled.map((rule) => [rule, { enabled: false }]));
        // The a11y addon may be running its own check: wait for it rather than fail.
        let result;
        for (let attempt = 0; !result; attempt += 1) {
          try {
            const include = [...document.querySelectorAll(selector)];
            result = await window.axe.run({ include }, { rules });
          } catch (error) {
            if (attempt > 20 || !String(error).includes('already running')) throw error;
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        }
        return result.violations.map((violation) => {
          const first = violation.nodes[0];
          const where = first ? ` at ${JSON.stringify(first.target)}: ${first.failureSummary}` : '';
          return `${violation.id} (${violation.nodes.length}): ${violation.help}${where}`;
        });
      },
      axeSelector,
      pageLevelRules,
    );
    for (const violation of violations) problems.push(`axe: ${violation}`);
  } catch (error) {
    problems.push(`could not check: ${error.message}`);
  } finally {
    await page.close();
  }
  return problems;
}

let passed = 0;
let failed = 0;
for (const entry of entries) {
  const problems = await checkEntry(entry);
  if (problems.length === 0) {
    passed += 1;
    console.log(`  ok   ${entry.type} ${entry.id}`);
  } else {
    failed += 1;
    console.log(
      `  FAIL ${entry.type} ${entry.id}\n${problems.map((line) => `       ${line}`).join('\n')}`,
    );
  }
}
await browser.close();
await server.close();
console.log(`storybook: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
