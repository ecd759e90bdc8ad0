// Where the benchmarks live and how a file under the repository is addressed by the static server.
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The repository: the static server's root, so pages reach dist/ and node_modules/ alike. */
export const ROOT = join(BENCH_DIR, '..');
/** Generated images, documents, bundles, pages and the copy of dist/cdn (not committed). */
export const CACHE_DIR = join(BENCH_DIR, '.cache');
export const RESULTS_DIR = join(BENCH_DIR, 'results');

/** The URL path under which the static server (rooted at ROOT) serves a file. */
export function urlPathOf(file) {
  return `/${relative(ROOT, file).split(sep).join('/')}`;
}
