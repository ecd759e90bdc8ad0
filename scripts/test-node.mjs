// Runs the Node tests in Node's built-in test runner: the DOM-free core (test/core/**/*.test.ts) and the
// checks of the sources and the manifest (test/node/**/*.test.ts).
// Node 20's --test does not expand globs or pick up .ts files by itself, so the files are listed here.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const filter = process.argv.slice(2);
const files = ['test/core', 'test/node']
  .flatMap(testFiles)
  .filter((file) => filter.every((word) => file.includes(word)));
if (files.length === 0) {
  console.error('test-node: no test files matched');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
