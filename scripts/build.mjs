// `npm run build`: dist/ (npm modules + declarations), dist/cdn/ (the single-file bundle and its lazy chunks),
// dist/schema.json and dist/custom-elements.json.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs']);
run('npx', [
  'rollup',
  '--silent',
  '-c',
  'rollup.config.ts',
  '--configPlugin',
  'typescript={tsconfig:"tsconfig.tools.json"}',
]);
copyFileSync('src/schema/photo-exhibit.schema.json', 'dist/schema.json');

// The published manifest describes the published modules, not the TypeScript sources.
const manifest = readFileSync('custom-elements.json', 'utf8').replace(
  /"src\/([^"]+)\.ts"/g,
  (_, path) => `"dist/${path}.js"`,
);
writeFileSync('dist/custom-elements.json', manifest);
console.log('build: dist/ and dist/cdn/ written');
