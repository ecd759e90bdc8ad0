// `npm run size`: min+gzip of the CDN entry (with every chunk it imports statically: what a page pays before
// anything renders) and of each lazy chunk, failing above the budget.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const cdn = 'dist/cdn';
const budgets = [
  { name: 'initial', match: (file) => file === 'photo-exhibit.js', limit: 18 },
  { name: 'viewer chunk', match: (file) => file.startsWith('photo-viewer'), limit: 12 },
  { name: 'IIIF chunk', match: (file) => file.startsWith('iiif'), limit: 6 },
];

let files;
try {
  files = readdirSync(cdn).filter((file) => file.endsWith('.js'));
} catch {
  console.error('size: dist/cdn/ is missing: run `npm run build` first');
  process.exit(1);
}
if (!files.includes('photo-exhibit.js')) {
  console.error('size: dist/cdn/photo-exhibit.js is missing');
  process.exit(1);
}

const source = (file) => readFileSync(`${cdn}/${file}`, 'utf8');
const gzipKb = (text) => gzipSync(text, { level: 9 }).length / 1000;

/** The chunks a file imports statically (`import ... from "./x.js"` or `import "./x.js"`), transitively. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const match of source(file).matchAll(
    /import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+)["']/g,
  )) {
    staticClosure(match[1], seen);
  }
  return seen;
}

let over = false;
const initialFiles = [...staticClosure('photo-exhibit.js')];
for (const file of files.sort()) {
  const size = gzipKb(
    file === 'photo-exhibit.js' ? initialFiles.map(source).join('\n') : source(file),
  );
  const budget = budgets.find((entry) => entry.match(file));
  if (budget && size > budget.limit) over = true;
  const label =
    file === 'photo-exhibit.js' && initialFiles.length > 1 ? `${file} + static imports` : file;
  const verdict = budget
    ? `${budget.name}, budget ${budget.limit} kB${size > budget.limit ? ': OVER' : ''}`
    : 'lazy';
  console.log(`${label.padEnd(40)} ${size.toFixed(2).padStart(7)} kB min+gzip  (${verdict})`);
}
// What a page downloads before an exhibition first appears: the entry, the validator and the renderer, which
// an exhibit requests in parallel with its document (with whatever chunks they import).
const firstRenderFiles = new Set(initialFiles);
for (const lazy of files.filter((file) => /^(validate|renderer)-/.test(file))) {
  for (const file of staticClosure(lazy)) firstRenderFiles.add(file);
}
const firstRender = gzipKb([...firstRenderFiles].map(source).join('\n'));
console.log(
  `${'first render (entry, validator, renderer)'.padEnd(40)} ${firstRender.toFixed(2).padStart(7)} kB min+gzip`,
);
if (over) {
  console.error('size: over budget');
  process.exit(1);
}
console.log('size: within budget');
