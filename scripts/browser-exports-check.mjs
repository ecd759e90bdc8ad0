// Browser exports check: the packed package, installed into a fresh project, works in a browser. Every path of
// the `exports` map is imported in headless Chromium (bare specifiers resolved by an import map generated from
// the installed packages' own `exports`), each in a fresh page: `elements/*`, `core` and `events.js` register
// nothing, `define/<tag>.js` registers its tag, the main entry every tag. The main entry renders an exhibition
// and opens its viewer, and the CDN folder, copied to a nested path of the site, renders a document and a IIIF
// manifest in Korean with every lazy chunk loaded from beside its script.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs } from './browsers.mjs';
import { createChecks } from './checks.mjs';
import { serveStatic } from './static-server.mjs';

const PACKAGE = 'photo-exhibit';
const TAGS = readdirSync('src/elements');
/** The conditions a browser loading ES modules matches, as bundlers for the web resolve them. */
const CONDITIONS = new Set(['browser', 'import', 'module', 'default']);
const CDN_FOLDER = '/assets/vendor/pe/';
const LAZY_CHUNKS = ['renderer', 'validate', 'iiif', 'ko', 'photo-viewer'];

const { check, finish } = createChecks('browser-exports');

// ---- The import map ---------------------------------------------------------------------------------

/** The target an `exports` value gives under CONDITIONS, or undefined. */
function resolveTarget(target) {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const entry of target) {
      const resolved = resolveTarget(entry);
      if (resolved !== undefined) return resolved;
    }
    return undefined;
  }
  if (target === null || typeof target !== 'object') return undefined;
  for (const [condition, value] of Object.entries(target)) {
    if (!CONDITIONS.has(condition)) continue;
    const resolved = resolveTarget(value);
    if (resolved !== undefined) return resolved;
  }
  return undefined;
}

function filesUnder(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path);
    return [path];
  });
}

/** `[file, substitution]` for every file a target pattern with `*` matches (every `*` the same string). */
function expandPattern(packageDirectory, pattern) {
  const escape = (text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const [first, ...rest] = pattern.split('*');
  const matcher = new RegExp(
    `^${escape(first)}(.+)${rest.map((part) => escape(part)).join('\\1')}$`,
  );
  return filesUnder(packageDirectory).flatMap((file) => {
    const match = matcher.exec(`./${relative(packageDirectory, file)}`);
    return match ? [[file, match[1]]] : [];
  });
}

/**
 * Import map entries for a package from its `exports` (patterns expanded to the files they match), or from
 * `module`/`main` and a folder mapping when it has none.
 */
function packageEntries(name, nodeModules, url) {
  const directory = join(nodeModules, name);
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
  const address = (file) => url(join(directory, file));
  const { exports } = manifest;
  if (exports === undefined) {
    const main = manifest.module ?? manifest.main;
    return main ? { [name]: address(main), [`${name}/`]: address('./') } : {};
  }
  const subpaths =
    typeof exports === 'object' &&
    !Array.isArray(exports) &&
    Object.keys(exports)[0]?.startsWith('.')
      ? exports
      : { '.': exports };
  const entries = {};
  for (const [subpath, value] of Object.entries(subpaths)) {
    const target = resolveTarget(value);
    if (target === undefined) continue;
    const specifier = subpath === '.' ? name : `${name}/${subpath.slice(2)}`;
    if (!subpath.includes('*')) {
      entries[specifier] = address(target);
      continue;
    }
    for (const [file, substitution] of expandPattern(directory, target)) {
      entries[specifier.replaceAll('*', substitution)] = url(file);
    }
  }
  return entries;
}

/** Entries for a package and, transitively, its dependencies (a flat node_modules, as npm installs it). */
function importMapFor(root, nodeModules, url) {
  const imports = {};
  const seen = new Set();
  const queue = [root];
  while (queue.length > 0) {
    const name = queue.shift();
    if (seen.has(name) || !existsSync(join(nodeModules, name, 'package.json'))) continue;
    seen.add(name);
    Object.assign(imports, packageEntries(name, nodeModules, url));
    const manifest = JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8'));
    queue.push(...Object.keys(manifest.dependencies ?? {}));
  }
  return { imports };
}

// ---- The pages --------------------------------------------------------------------------------------

const page = (head, body = '') => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    ${head}
  </head>
  <body>${body}</body>
</html>
`;

/** Imports `?import=<specifier>` and records what it exports and which tags it defined. */
const harness = `
const defined = [];
const define = customElements.define.bind(customElements);
customElements.define = (name, ...rest) => {
  defined.push(name);
  return define(name, ...rest);
};
const specifier = new URLSearchParams(location.search).get('import');
try {
  const module = specifier.endsWith('.json')
    ? await import(specifier, { with: { type: 'json' } })
    : await import(specifier);
  const exportOf = (tag) =>
    Object.entries(module).find(([, value]) => value && value === customElements.get(tag))?.[0];
  window.importResult = {
    ok: true,
    defined,
    exports: Object.keys(module),
    registeredExports: Object.fromEntries(${JSON.stringify(TAGS)}.map((tag) => [tag, exportOf(tag)])),
  };
} catch (error) {
  window.importResult = { ok: false, error: String(error) };
}
`;

/** The main entry from npm: renders an exhibition, then its viewer opens and closes. */
const npmRender = `
import '${PACKAGE}';
const exhibit = document.querySelector('photo-exhibit');
exhibit.addEventListener('photo-exhibit-load', () => (window.loaded = true));
exhibit.addEventListener('photo-exhibit-error', (event) => (window.failed = event.detail.message));
`;

if (!existsSync('dist/index.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

const workspace = mkdtempSync(join(tmpdir(), 'photo-exhibit-browser-'));
let server;
let browser;
try {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', workspace], { encoding: 'utf8' }),
  );
  const project = join(workspace, 'site');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'site', private: true, type: 'module' }),
  );
  execFileSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--prefer-offline',
      join(workspace, packed[0].filename),
    ],
    { cwd: project, stdio: 'pipe' },
  );
  const nodeModules = join(project, 'node_modules');
  const url = (file) => `/${relative(project, file).split('\\').join('/')}`;
  const importMap = importMapFor(PACKAGE, nodeModules, url);
  const importMapTag = `<script type="importmap">${JSON.stringify(importMap)}</script>`;
  writeFileSync(join(project, 'harness.js'), harness);
  writeFileSync(
    join(project, 'harness.html'),
    page(`${importMapTag}<script type="module" src="/harness.js"></script>`),
  );
  cpSync('test/fixtures', join(project, 'fixtures'), { recursive: true });
  writeFileSync(join(project, 'npm-render.js'), npmRender);
  writeFileSync(
    join(project, 'npm-render.html'),
    page(
      `${importMapTag}<script type="module" src="/npm-render.js"></script>`,
      '<photo-exhibit src="/fixtures/same-origin-images.json"></photo-exhibit>',
    ),
  );
  cpSync(join(nodeModules, PACKAGE, 'dist/cdn'), join(project, CDN_FOLDER), { recursive: true });
  writeFileSync(
    join(project, 'cdn.html'),
    page(
      `<script type="module" src="${CDN_FOLDER}photo-exhibit.js"></script>`,
      `<photo-exhibit id="json" src="/fixtures/same-origin-images.json"></photo-exhibit>
    <photo-exhibit id="iiif" lang="ko" src="/fixtures/iiif/same-origin-manifest.json"></photo-exhibit>`,
    ),
  );

  server = await serveStatic(project);
  browser = await puppeteer.launch({
    executablePath: browserPaths.chromium,
    headless: true,
    args: chromiumArgs,
  });
  const tab = await browser.newPage();
  const problems = [];
  const scripts = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  tab.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  // Page helpers for the checks below, present in every document the tab opens.
  await tab.evaluateOnNewDocument(() => {
    window.viewerDialog = (exhibit) =>
      exhibit.shadowRoot.querySelector('photo-viewer')?.shadowRoot?.querySelector('dialog');
    window.openFirstPhoto = (exhibit) => exhibit.shadowRoot.querySelector('.tile > .open').click();
  });
  /** Loads a page and waits until `ready` holds; resolves to the problems seen so far. */
  const visit = async (path, ready) => {
    problems.length = 0;
    scripts.length = 0;
    await tab.goto(`${server.url}${path}`, { waitUntil: 'load' });
    await tab.waitForFunction(ready, { timeout: 15_000 });
    return [...problems];
  };
  /** Opens the first photo of the exhibit the selector finds, then closes the viewer with its button. */
  const viewerOpensAndCloses = async (selector) => {
    const until = (predicate) =>
      tab.waitForFunction(predicate, { timeout: 10_000 }, selector).then(
        () => true,
        () => false,
      );
    await tab.evaluate((target) => window.openFirstPhoto(document.querySelector(target)), selector);
    if (!(await until((target) => window.viewerDialog(document.querySelector(target))?.open)))
      return false;
    await tab.evaluate(
      (target) =>
        window.viewerDialog(document.querySelector(target)).querySelector('button.close').click(),
      selector,
    );
    return until((target) => window.viewerDialog(document.querySelector(target)).open === false);
  };

  // Every export path, each in a fresh page.
  const specifiers = Object.keys(importMap.imports).filter(
    (specifier) =>
      (specifier === PACKAGE || specifier.startsWith(`${PACKAGE}/`)) && !specifier.endsWith('/'),
  );
  for (const tag of TAGS) {
    for (const folder of ['elements', 'define']) {
      const specifier = `${PACKAGE}/${folder}/${tag}.js`;
      check(`exports has ${specifier}`, specifiers.includes(specifier));
    }
  }
  for (const specifier of specifiers) {
    const errors = await visit(
      `/harness.html?import=${encodeURIComponent(specifier)}`,
      () => window.importResult !== undefined,
    );
    const result = await tab.evaluate(() => window.importResult);
    if (!result.ok || errors.length > 0) {
      check(`${specifier} imports in the browser`, false, [result.error, ...errors].join('; '));
      continue;
    }
    const subpath = specifier.slice(PACKAGE.length + 1);
    const [folder, file] = subpath.split('/');
    const tag = file?.replace(/\.js$/, '');
    const defined = result.defined.join(', ') || 'nothing';
    if (specifier === PACKAGE) {
      check(
        `${specifier} registers ${TAGS.join(', ')}`,
        TAGS.every((name) => result.defined.includes(name)),
        `registered ${defined}`,
      );
    } else if (folder === 'define' && TAGS.includes(tag)) {
      check(
        `${specifier} registers <${tag}> with the class it exports`,
        result.defined.includes(tag) && result.registeredExports[tag] !== undefined,
        `registered ${defined}; exports ${result.exports.join(', ')}`,
      );
    } else if (folder === 'define') {
      check(`${specifier} registers tags`, result.defined.length > 0, `registered ${defined}`);
    } else {
      const exportsClass =
        folder !== 'elements' || result.exports.some((name) => /^Photo/.test(name));
      check(
        `${specifier} imports and registers nothing`,
        result.defined.length === 0 && result.exports.length > 0 && exportsClass,
        `registered ${defined}; exports ${result.exports.join(', ') || 'nothing'}`,
      );
    }
  }

  // The main entry from npm renders, and its lazily imported modules resolve through the import map.
  const npmErrors = await visit('/npm-render.html', () => window.loaded || window.failed);
  const npmState = await tab.evaluate(() => ({
    failed: window.failed,
    tiles: document.querySelector('photo-exhibit').shadowRoot.querySelectorAll('.tile').length,
  }));
  check(
    `${PACKAGE} from npm renders an exhibition in the browser`,
    npmState.failed === undefined && npmState.tiles === 5 && npmErrors.length === 0,
    [npmState.failed, `${npmState.tiles} tiles`, ...npmErrors].join('; '),
  );
  check(
    `${PACKAGE} from npm opens and closes the viewer`,
    await viewerOpensAndCloses('photo-exhibit'),
  );
  check(`${PACKAGE} from npm: no errors`, problems.length === 0, problems.join('; '));

  // The CDN folder, copied to a nested path: renders, and loads its chunks from beside its script.
  await visit('/cdn.html', () =>
    [...document.querySelectorAll('photo-exhibit')].every((exhibit) =>
      ['rendered', 'error'].includes(exhibit.getAttribute('state')),
    ),
  );
  const cdnState = await tab.evaluate(() =>
    [...document.querySelectorAll('photo-exhibit')].map((exhibit) => ({
      id: exhibit.id,
      state: exhibit.getAttribute('state'),
      tiles: exhibit.shadowRoot.querySelectorAll('.tile').length,
    })),
  );
  for (const exhibit of cdnState) {
    check(
      `dist/cdn at ${CDN_FOLDER} renders #${exhibit.id}`,
      exhibit.state === 'rendered' && exhibit.tiles > 0,
      `state ${exhibit.state}, ${exhibit.tiles} tiles`,
    );
  }
  check(
    `dist/cdn at ${CDN_FOLDER} opens and closes the viewer`,
    await viewerOpensAndCloses('#json'),
  );
  check(`dist/cdn at ${CDN_FOLDER}: no errors`, problems.length === 0, problems.join('; '));
  const strayScripts = scripts.filter((path) => !path.startsWith(CDN_FOLDER));
  check(
    `dist/cdn at ${CDN_FOLDER}: every script loads from beside photo-exhibit.js`,
    strayScripts.length === 0,
    strayScripts.join(', '),
  );
  for (const chunk of LAZY_CHUNKS) {
    check(
      `dist/cdn at ${CDN_FOLDER}: the ${chunk} chunk loads from there`,
      scripts.some((path) => path.startsWith(`${CDN_FOLDER}${chunk}-`)),
      `scripts: ${scripts.join(', ')}`,
    );
  }
} catch (error) {
  check('pack, install and serve', false, error.message);
} finally {
  await browser?.close();
  await server?.close();
  rmSync(workspace, { recursive: true, force: true });
}

finish();
