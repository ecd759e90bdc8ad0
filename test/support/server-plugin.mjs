// Test-server behaviour the element tests need: host pages served with the strict Content-Security-Policy of
// architecture.md, and endpoints that fail the way real servers do (HTTP errors, HTML instead of JSON, hangs).
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

/**
 * A whole, separate copy of the library per `copy` query: the two-copies test needs module instances that
 * share nothing, as when two scripts on a page each bundle the library.
 */
const bundles = new Map();
async function libraryBundle(copy) {
  if (!bundles.has(copy)) {
    const { build } = await import('esbuild');
    bundles.set(
      copy,
      build({
        entryPoints: ['src/index.ts'],
        bundle: true,
        format: 'esm',
        write: false,
        target: 'es2022',
        tsconfig: 'tsconfig.json',
        logLevel: 'silent',
        banner: { js: `/* photo-exhibit test copy ${copy} */` },
      }).then((result) => result.outputFiles[0].text),
    );
  }
  return bundles.get(copy);
}

export function testPageHeaders() {
  return {
    name: 'photo-exhibit-test-server',
    async serve(context) {
      const url = new URL(context.url, 'http://localhost');
      if (url.pathname === '/test-bundle/photo-exhibit.js') {
        return { body: await libraryBundle(url.searchParams.get('copy') ?? '1'), type: 'js' };
      }
      if (url.pathname === '/test-api/html') {
        return {
          body: '<!doctype html><html><head><title>Not found</title></head><body>Oops</body></html>',
          type: 'text/html',
        };
      }
      if (url.pathname === '/test-api/hang') {
        // Never answers: the element's own timeout must end the request.
        await new Promise((resolve) => setTimeout(resolve, 60_000));
        return { body: '{}', type: 'application/json' };
      }
      if (url.pathname === '/test-api/slow-image') {
        // A fixture drawing that arrives late, to see what a viewer shows until it does.
        const name = url.searchParams.get('name') ?? '';
        if (!/^[\w-]+\.svg$/.test(name)) return undefined;
        await new Promise((resolve) =>
          setTimeout(resolve, Number(url.searchParams.get('ms') ?? 300)),
        );
        const { readFile } = await import('node:fs/promises');
        return {
          body: await readFile(new URL(`../fixtures/img/${name}`, import.meta.url), 'utf8'),
          type: 'image/svg+xml',
        };
      }
      if (url.pathname === '/test-api/large') {
        // Over a megabyte (mostly spaces between the items, so it renders quickly): parsed in slices. With
        // `broken`, the comma before item 150 is missing: line 152 (one item per line), column 4001.
        const broken = url.searchParams.has('broken');
        const padding = ' '.repeat(4000);
        const items = Array.from({ length: 300 }, (_, index) =>
          JSON.stringify({ id: `item-${index}`, caption: { text: `Caption number ${index}` } }),
        );
        const body = items
          .map(
            (item, index) =>
              (index === 0 ? '' : broken && index === 150 ? '\n' : ',\n') + padding + item,
          )
          .join('');
        return {
          body: `{"photoExhibit": "1.0", "title": "Large", "language": "en", "items": [\n${body}\n]}`,
          type: 'application/json',
        };
      }
      if (url.pathname === '/test-api/large-sections') {
        return { body: largeSections(url.searchParams), type: 'application/json' };
      }
      if (url.pathname === '/test-api/slow') {
        const delay = Number(url.searchParams.get('ms') ?? 200);
        await new Promise((resolve) => setTimeout(resolve, delay));
        const title = url.searchParams.get('title') ?? 'Slow';
        return {
          body: JSON.stringify({
            photoExhibit: '1.0',
            title,
            language: 'en',
            items: [{ id: 'only', caption: { text: `${title} caption` } }],
          }),
          type: 'application/json',
        };
      }
      return undefined;
    },
    transform(context) {
      if (context.path.startsWith('/test/pages/') && context.path.includes('csp')) {
        return { headers: { 'content-security-policy': STRICT_CSP } };
      }
      return undefined;
    },
  };
}

/** Koa middleware: `/test-api/status/<code>` answers with that HTTP status. */
export async function statusEndpoint(context, next) {
  const match = /^\/test-api\/status\/(\d{3})$/.exec(context.path);
  if (!match) return next();
  context.status = Number(match[1]);
  context.type = 'text/plain';
  context.body = `status ${match[1]}`;
}

/**
 * Over a megabyte in 40 sections of 15 caption cards, with many small values (`x-scan`) so that parsing
 * the whole takes several slices and the first section is shown from the document's beginning first (and
 * few tiles, so that rendering them all is quick).
 * `broken`: the last section lacks a comma between two items. `collide`: the first section's second item
 * has no id, and a later item declares the id it would be given from the beginning alone. `late-people`:
 * the first item names a person listed after the sections.
 */
function largeSections(params) {
  const scan = Array.from({ length: 440 }, (_, index) => index);
  const sectionTexts = Array.from({ length: 40 }, (_, section) => {
    const items = Array.from({ length: 15 }, (_, index) => {
      const item = {
        id: `s${section}-i${index}`,
        caption: { title: `Caption ${section}.${index}`, text: 'Words on the wall. '.repeat(6) },
        'x-scan': scan,
      };
      if (params.has('collide') && section === 0 && index === 1) delete item.id;
      if (params.has('collide') && section === 39 && index === 0) item.id = 'item-2';
      if (params.has('late-people') && section === 0 && index === 0) item.caption.people = ['ana'];
      return JSON.stringify(item);
    });
    const separator = (index) =>
      params.has('broken') && section === 39 && index === 10 ? '\n' : ',\n';
    const itemsText = items
      .map((item, index) => (index === 0 ? '' : separator(index)) + item)
      .join('');
    return `{"id": "s${section}", "title": "Section ${section}", "items": [\n${itemsText}\n]}`;
  });
  const people = params.has('late-people') ? ', "people": {"ana": {"name": "Ana Lima"}}' : '';
  return `{"photoExhibit": "1.0", "title": "Large sections", "language": "en", "rights": {"statement": "Test"}, "sections": [\n${sectionTexts.join(',\n')}\n]${people}}`;
}
