import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import type { Plugin, RollupOptions } from 'rollup';
import { minifyCssTemplates } from './scripts/minify-css.js';

/** Minifies the CSS of the `*.styles.ts` modules (see scripts/minify-css.ts). */
function minifyLitCss(): Plugin {
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}

/**
 * The npm build: unbundled ES modules with declarations, so bundlers can tree-shake class imports and
 * `sideEffects` stays precise. Lit and tslib stay external (dependencies of the package).
 */
const npmBuild: RollupOptions = {
  input: {
    index: 'src/index.ts',
    'core/index': 'src/core/index.ts',
    events: 'src/events.ts',
  },
  external: [/^lit(\/|$)/, /^@lit\//, /^tslib$/],
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: '[name].js',
    sourcemap: true,
  },
  plugins: [
    typescript({
      tsconfig: './tsconfig.build.json',
      declaration: true,
      declarationMap: true,
      declarationDir: 'dist',
      outDir: 'dist',
    }),
  ],
  preserveEntrySignatures: 'strict',
};

/** Every element and definition module is an entry of the npm build, so `./elements/*` and `./define/*` exist. */
async function addElementEntries(options: RollupOptions): Promise<RollupOptions> {
  const { readdirSync } = await import('node:fs');
  const input = options.input as Record<string, string>;
  for (const tag of readdirSync('src/elements'))
    input[`elements/${tag}/${tag}`] = `src/elements/${tag}/${tag}.ts`;
  for (const file of readdirSync('src/define')) {
    if (file.endsWith('.ts')) input[`define/${file.replace(/\.ts$/, '')}`] = `src/define/${file}`;
  }
  return options;
}

/**
 * The CDN folder: one minified ES module with Lit inside for `<script type="module">`, and its lazy chunks
 * beside it; dynamic imports resolve against `import.meta.url`, so the folder works from any path.
 */
const cdnBuild: RollupOptions = {
  input: { 'photo-exhibit': 'src/cdn.ts' },
  // The entry may export the modules its lazy chunks share, instead of becoming a facade over a shared chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true }),
    typescript({
      tsconfig: './tsconfig.build.json',
      declaration: false,
      declarationMap: false,
      outDir: 'dist/cdn',
    }),
    minifyLitCss(),
    // `PHOTO_EXHIBIT_UNMINIFIED=1 npm run build` before `npm run bench:trace` profiles with real function names.
    ...(process.env['PHOTO_EXHIBIT_UNMINIFIED']
      ? []
      : [terser({ ecma: 2020, module: true, format: { comments: false } })]),
  ],
};

export default [await addElementEntries(npmBuild), cdnBuild];
