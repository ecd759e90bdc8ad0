// The `photo-exhibit validate` command, run as a user would (it uses the built dist/core).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { before, describe, it } from 'node:test';

function validate(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/photo-exhibit.mjs', 'validate', ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('photo-exhibit validate', () => {
  before(() => {
    if (!existsSync('dist/core/index.js'))
      execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  });

  it('lists every problem with its path and exits 1 on errors', () => {
    const { status, stdout } = validate('test/fixtures/broken.json');
    assert.equal(status, 1);
    assert.match(stdout, /^error {3}\/sections\/0\/items\/0\/image\/width: /m);
    assert.match(stdout, /broken\.json: \d+ error\(s\), \d+ warning\(s\)$/m);
  });

  it('exits 0 on a document with warnings only', () => {
    const { status, stdout } = validate('test/fixtures/seed.json');
    assert.equal(status, 0);
    assert.match(stdout, /seed\.json: 0 error\(s\)/);
  });

  it('prints JSON for CI with --json', () => {
    const { status, stdout } = validate('test/fixtures/broken.json', '--json');
    assert.equal(status, 1);
    const report = JSON.parse(stdout) as {
      ok: boolean;
      errors: number;
      problems: { path: string }[];
    };
    assert.equal(report.ok, false);
    assert.equal(
      report.errors,
      report.problems.filter((problem) => 'severity' in problem && problem.severity === 'error')
        .length,
    );
    assert.ok(report.problems.some((problem) => problem.path === '/sections/0/items/2/id'));
  });

  it('says where a file stops being JSON, and exits 2', () => {
    const { status, stderr } = validate('test/fixtures/not-json.txt');
    assert.equal(status, 2);
    assert.match(stderr, /not-json\.txt:4:3: /);
  });

  it('exits 2 with usage for a missing file or a bad option', () => {
    assert.equal(validate('no-such-file.json').status, 2);
    const bad = validate('test/fixtures/seed.json', '--frobnicate');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /Usage: photo-exhibit validate/);
  });

  it('validates a IIIF manifest through the importer', () => {
    const { status, stdout } = validate(
      'test/fixtures/iiif/manifest-v3.json',
      '--base',
      'https://example.org/m.json',
    );
    assert.equal(status, 0);
    assert.match(stdout, /manifest-v3\.json: 0 error\(s\)/);
  });
});
