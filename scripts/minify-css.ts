// Minifies the CSS inside Lit's css`` templates at build time (terser leaves template text alone). Used by
// rollup.config.ts; tested in test/node/minify-css.test.ts.

/**
 * Comments go, white space collapses, and so do a rule's last ';', the spaces around '>' and '/', inside
 * parentheses and before `!important`, the zero of `0.5em` and the quotes of `[part='title']`. Spaces before
 * ':' stay, since `a :focus` and `a:focus` differ, and so do those around '+', which `calc()` needs.
 */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s*([>/])\s*/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\s+([)!])/g, '$1')
    .replace(/;}/g, '}')
    .replace(/(^|[\s:(,/-])0\.(\d)/g, '$1.$2')
    .replace(/\[([\w-]+)=(['"])([a-z][\w-]*)\2\]/gi, '[$1=$3]')
    .trim();
}

/**
 * A module's source with the text of every css`` template minified. Interpolations in our styles are plain
 * identifiers (`${darkPalette}`): they are kept, and the text around them minified.
 */
export function minifyCssTemplates(code: string): string {
  return code.replace(
    /css\s*`([^`]*)`/g,
    (_, text: string) =>
      `css\`${text
        .split(/(\$\{[\w.]+\})/)
        .map((piece) => (piece.startsWith('${') ? piece : minifyCss(piece)))
        .join('')}\``,
  );
}
