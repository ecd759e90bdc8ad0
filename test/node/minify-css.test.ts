import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCss, minifyCssTemplates } from '../../scripts/minify-css.js';

describe('minifyCss', () => {
  it('drops comments, white space and the last semicolon of a rule', () => {
    assert.equal(
      minifyCss(
        '/* the tiles */\n.tile {\n  color: red;\n  margin: 0 auto;\n}\n\n.a,\n.b { top: 0; }\n',
      ),
      '.tile{color:red;margin:0 auto}.a,.b{top:0}',
    );
  });

  it('keeps the space before a pseudo-class and around + (a descendant, and calc() need them)', () => {
    assert.equal(minifyCss('a :focus-visible { x: 1 }'), 'a :focus-visible{x:1}');
    assert.equal(minifyCss('a { width: calc( 100% + 2px ) }'), 'a{width:calc(100% + 2px)}');
    assert.equal(minifyCss('a + b { x: 1 }'), 'a + b{x:1}');
  });

  it("drops the spaces around '>' and '/', and before !important", () => {
    assert.equal(minifyCss('.a > .b { grid-area: 1 / 2 / 3; }'), '.a>.b{grid-area:1/2/3}');
    assert.equal(minifyCss('a { color: red !important; }'), 'a{color:red!important}');
  });

  it('drops the zero of a fraction, and only there', () => {
    assert.equal(
      minifyCss('a { margin: 0.5em -0.25em; line-height: 10.5; inset: calc(0.5 * 2px) }'),
      'a{margin:.5em -.25em;line-height:10.5;inset:calc(.5 * 2px)}',
    );
  });

  it('drops the quotes of an attribute value that is an identifier, and only those', () => {
    assert.equal(
      minifyCss(`[part='title'], [lang="ko"], [data-x='1a'], [title='a b'] { x: 1 }`),
      `[part=title],[lang=ko],[data-x='1a'],[title='a b']{x:1}`,
    );
  });
});

describe('minifyCssTemplates', () => {
  it('minifies the text of css`` templates around their interpolations, and nothing else', () => {
    const code = [
      'const note = `  keep  this  `;',
      'export const styles = css`',
      '  :host { display: block; }',
      '  ${darkPalette}',
      '  .tile { color: ${theme.ink}; }',
      '`;',
    ].join('\n');
    assert.equal(
      minifyCssTemplates(code),
      [
        'const note = `  keep  this  `;',
        'export const styles = css`:host{display:block}${darkPalette}.tile{color:${theme.ink}}`;',
      ].join('\n'),
    );
  });
});
