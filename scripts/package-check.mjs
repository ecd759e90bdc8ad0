// Package checks: the files and `exports` map are what architecture.md promises, and the packed tarball works
// when installed into a fresh project: `./core`, `./schema.json` and `./package.json` import in Node, and the
// published manifest describes the published modules.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createChecks } from './checks.mjs';

const { check, finish } = createChecks('package');

if (!existsSync('dist/index.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

// The exports map: `types` first in every conditional entry, and every target exists.
for (const [path, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'object') {
    check(`exports["${path}"] lists types first`, Object.keys(target)[0] === 'types');
    const files = Object.values(target).map((file) => file.replaceAll('*', '**'));
    if (!path.includes('*')) {
      for (const file of files) check(`exports["${path}"] -> ${file} exists`, existsSync(file));
    }
  } else {
    check(`exports["${path}"] -> ${target} exists`, existsSync(target));
  }
}
for (const tag of ['photo-exhibit', 'photo-figure', 'photo-caption']) {
  check(
    `dist/elements/${tag}/${tag}.js and .d.ts`,
    existsSync(`dist/elements/${tag}/${tag}.js`) && existsSync(`dist/elements/${tag}/${tag}.d.ts`),
  );
  check(`dist/define/${tag}.js`, existsSync(`dist/define/${tag}.js`));
}
check('dist/cdn/photo-exhibit.js', existsSync('dist/cdn/photo-exhibit.js'));
for (const tag of ['photo-exhibit', 'photo-figure', 'photo-caption']) {
  const source = readFileSync(`dist/elements/${tag}/${tag}.js`, 'utf8');
  check(
    `elements/${tag}.js registers nothing`,
    !/customElements\.define|registerElement/.test(source),
  );
}

// Pack, install into a fresh project, and import what Node is promised.
const workspace = mkdtempSync(join(tmpdir(), 'photo-exhibit-pack-'));
try {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', workspace], { encoding: 'utf8' }),
  );
  const tarball = join(workspace, packed[0].filename);
  const packedFiles = packed[0].files.map((file) => file.path);
  check(
    'the tarball holds dist/cdn/photo-exhibit.js',
    packedFiles.includes('dist/cdn/photo-exhibit.js'),
  );
  check(
    'the tarball holds dist/custom-elements.json',
    packedFiles.includes('dist/custom-elements.json'),
  );
  check(
    'the tarball holds no tests or sources',
    !packedFiles.some((file) => file.startsWith('test/') || file.startsWith('src/')),
  );
  const project = join(workspace, 'consumer');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', tarball],
    {
      cwd: project,
      stdio: 'pipe',
    },
  );
  const script = `
    import { validateExhibition, resolveText, justifiedLayout } from 'photo-exhibit/core';
    import { createRequire } from 'node:module';
    const require = createRequire(import.meta.url);
    const schema = require('photo-exhibit/schema.json');
    const pkg = require('photo-exhibit/package.json');
    const result = validateExhibition({ photoExhibit: '1.0', title: 'T', language: 'en', items: [{ id: 'a', caption: { text: 'x' } }] });
    console.log(JSON.stringify({
      errors: result.problems.filter((p) => p.severity === 'error').length,
      sections: result.exhibition.sections.length,
      text: resolveText({ en: 'Hello', ko: '안녕' }, ['ko'], 'en').text,
      rows: justifiedLayout([{ aspectRatio: 1.5 }, { aspectRatio: 1 }], { containerWidth: 800, targetRowHeight: 200 }).rows.length,
      schema: schema.$schema,
      name: pkg.name,
    }));
  `;
  writeFileSync(join(project, 'check.mjs'), script);
  const output = JSON.parse(
    execFileSync(process.execPath, ['check.mjs'], { cwd: project, encoding: 'utf8' }),
  );
  check(
    'photo-exhibit/core imports in Node and validates',
    output.errors === 0 && output.sections === 1,
  );
  check('photo-exhibit/core resolves languages', output.text === '안녕');
  check('photo-exhibit/core lays out rows', output.rows >= 1);
  check(
    'photo-exhibit/schema.json is a JSON Schema',
    typeof output.schema === 'string' && output.schema.includes('json-schema.org'),
  );
  check('photo-exhibit/package.json', output.name === 'photo-exhibit');
  writeFileSync(join(project, 'seed.json'), readFileSync('test/fixtures/seed.json'));
  const cli = spawnSync(
    join(project, 'node_modules/.bin/photo-exhibit'),
    ['validate', 'seed.json', '--json'],
    {
      cwd: project,
      encoding: 'utf8',
    },
  );
  check(
    'npx photo-exhibit validate works from the installed package',
    cli.status === 0 && JSON.parse(cli.stdout).ok === true,
    cli.stderr,
  );
  const manifest = JSON.parse(
    readFileSync(join(project, 'node_modules/photo-exhibit/dist/custom-elements.json'), 'utf8'),
  );
  const paths = manifest.modules.map((module) => module.path);
  check(
    'the published manifest names dist/ modules that exist',
    paths.length > 0 &&
      paths.every((path) => path.startsWith('dist/') && existsSync(resolve(path))),
    paths.join(', '),
  );
} catch (error) {
  check('pack and install', false, error.message);
} finally {
  rmSync(workspace, { recursive: true, force: true });
}

finish();
