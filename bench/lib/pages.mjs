// The systems the browser benchmark compares and the pages that show each one an exhibition: one HTML
// page per system and size in bench/.cache/pages/, the peers' scripts bundled (minified) with esbuild.
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, urlPathOf } from './paths.mjs';

/**
 * `kind` tells the in-page probe where to look (lib/probe.mjs); `bundle` names the page script in
 * bench/pages/; `viewer`: the system opens photos large, so "click to sharp image" applies.
 */
export const SYSTEMS = {
  floor: { label: 'floor: vanilla DOM', kind: 'floor', bundle: 'floor', viewer: false },
  'exhibit-justified': {
    label: 'photo-exhibit justified',
    kind: 'exhibit',
    layout: 'justified',
    viewer: true,
  },
  'exhibit-grid': { label: 'photo-exhibit grid', kind: 'exhibit', layout: 'grid', viewer: true },
  photoswipe: {
    label: 'PhotoSwipe 5.4 over the floor',
    kind: 'photoswipe',
    bundle: 'photoswipe',
    viewer: true,
  },
  'react-photo-album': {
    label: 'react-photo-album 3.6 rows, React 19',
    kind: 'react-photo-album',
    bundle: 'react-photo-album',
    viewer: false,
  },
};

const escapeHtml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

function pageHtml({ title, head, dataUrl, body = '' }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/bench/pages/host.css" />
    ${head}
  </head>
  <body>
    <main id="gallery" data-src="${escapeHtml(dataUrl)}">${body}</main>
  </body>
</html>
`;
}

/** Bundles each peer's page script once per benchmark run (esbuild takes well under a second). */
async function bundlePeers(cacheDir, names) {
  const { build } = await import('esbuild');
  const bundles = new Map();
  for (const name of names) {
    const outdir = join(cacheDir, 'js', name);
    await rm(outdir, { recursive: true, force: true });
    await build({
      entryPoints: [join(ROOT, 'bench', 'pages', `${name}.js`)],
      bundle: true,
      format: 'esm',
      splitting: true,
      minify: true,
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"production"' },
      entryNames: '[name]',
      chunkNames: '[name]-[hash]',
      outdir,
      logLevel: 'warning',
    });
    const style = join(outdir, `${name}.css`);
    bundles.set(name, {
      script: urlPathOf(join(outdir, `${name}.js`)),
      style: existsSync(style) ? urlPathOf(style) : undefined,
    });
  }
  return bundles;
}

/**
 * Writes a page per system and size; returns a function giving the URL path of a page. `dataUrls` maps a
 * size to the URL path of its exhibition document; `exhibitScript` is the URL path of photo-exhibit.js.
 */
export async function buildPages({ cacheDir, systems, dataUrls, exhibitScript }) {
  const pagesDir = join(cacheDir, 'pages');
  await mkdir(pagesDir, { recursive: true });
  const bundleNames = [...new Set(systems.map((name) => SYSTEMS[name].bundle).filter(Boolean))];
  const bundles = await bundlePeers(cacheDir, bundleNames);
  const paths = new Map();
  for (const name of systems) {
    const system = SYSTEMS[name];
    for (const [size, dataUrl] of dataUrls) {
      const title = `${system.label}: ${size} photos`;
      let html;
      if (system.kind === 'exhibit') {
        html = pageHtml({
          title,
          dataUrl,
          head: `<script type="module" src="${exhibitScript}"></script>`,
          body: `<photo-exhibit src="${escapeHtml(dataUrl)}" layout="${system.layout}"><a href="${escapeHtml(dataUrl)}">The exhibition</a></photo-exhibit>`,
        });
      } else {
        const bundle = bundles.get(system.bundle);
        html = pageHtml({
          title,
          dataUrl,
          head: [
            bundle.style ? `<link rel="stylesheet" href="${bundle.style}" />` : '',
            `<script type="module" src="${bundle.script}"></script>`,
          ].join('\n    '),
        });
      }
      const file = join(pagesDir, `${name}-${size}.html`);
      await writeFile(file, html);
      paths.set(`${name}:${size}`, urlPathOf(file));
    }
  }
  return (name, size) => paths.get(`${name}:${size}`);
}
