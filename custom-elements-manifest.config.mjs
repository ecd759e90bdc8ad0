// custom-elements.json is the public API: generated from the elements' JSDoc, checked by the tests.
export default {
  globs: ['src/elements/**/*.ts', 'src/events.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
