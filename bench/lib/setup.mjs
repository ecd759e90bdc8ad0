// What the browser benchmarks share: checking the build, generating what they serve, launching Chromium.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs } from '../../scripts/browsers.mjs';
import { ensureExhibitions, ensureImages } from './fixtures.mjs';
import { buildPages } from './pages.mjs';
import { CACHE_DIR, ROOT, urlPathOf } from './paths.mjs';

export const VIEWPORT = { width: 1280, height: 800, deviceScaleFactor: 1 };

/** A mistake in the command line or a missing build: reported in one line, exit status 2. */
export class UsageError extends Error {}

/**
 * Copies dist/cdn into the cache, so a benchmark measures one build even if dist/ is rebuilt meanwhile
 * (other work on this machine runs `npm run build`). Returns the URL path of the copied photo-exhibit.js
 * and what identifies the build: a hash of all its scripts (lazy chunks included) and when it was built.
 */
async function snapshotBuild() {
  const source = join(ROOT, 'dist', 'cdn');
  const copy = join(CACHE_DIR, 'dist-cdn');
  await rm(copy, { recursive: true, force: true });
  await cp(source, copy, { recursive: true });
  const hash = createHash('sha256');
  for (const file of (await readdir(copy)).filter((name) => name.endsWith('.js')).sort()) {
    hash.update(file).update(readFileSync(join(copy, file)));
  }
  return {
    script: urlPathOf(join(copy, 'photo-exhibit.js')),
    sha256: hash.digest('hex').slice(0, 12),
    builtAt: (await stat(join(source, 'photo-exhibit.js'))).mtime.toISOString(),
  };
}

/**
 * Everything a browser benchmark serves, for these sizes and systems: the images and documents (generated
 * once), a copy of the build, the peers' bundles and the pages. Returns `pageUrl(system, size)` and `build`.
 */
export async function prepareBench({ sizes, systems }) {
  for (const required of ['dist/cdn/photo-exhibit.js', 'dist/core/index.js']) {
    if (!existsSync(join(ROOT, required))) {
      throw new UsageError(`${required} is missing: run \`npm run build\` first`);
    }
  }
  const { validateExhibition } = await import(join(ROOT, 'dist', 'core', 'index.js'));
  process.stderr.write('bench: images, documents and pages (images generated once) ...\n');
  await ensureImages(join(CACHE_DIR, 'img'));
  const documents = await ensureExhibitions(join(CACHE_DIR, 'data'), sizes, {
    imageBase: '../img/',
    validate: validateExhibition,
  });
  const build = await snapshotBuild();
  const pageUrl = await buildPages({
    cacheDir: CACHE_DIR,
    systems,
    dataUrls: new Map([...documents].map(([size, file]) => [size, urlPathOf(file)])),
    exhibitScript: build.script,
  });
  return { pageUrl, build };
}

export function launchChromium({ protocolTimeout }) {
  return puppeteer.launch({
    executablePath: browserPaths.chromium,
    headless: true,
    args: chromiumArgs,
    protocolTimeout,
  });
}
