import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cssUrl, objectPosition, sizesAttribute } from '../../../src/core/images/index.js';

describe('sizesAttribute', () => {
  it('is the rendered box width, rounded up', () => {
    assert.equal(sizesAttribute(311.2, 1000), '312px');
    assert.equal(sizesAttribute(300), '300px');
  });

  it('falls back to the container width, then to the viewport width', () => {
    assert.equal(sizesAttribute(Number.NaN, 999.5), '1000px');
    assert.equal(sizesAttribute(0, 0), '100vw');
    assert.equal(sizesAttribute(-1), '100vw');
  });
});

describe('objectPosition', () => {
  it('turns a focus point into percentages, clamped, centred by default', () => {
    assert.equal(objectPosition([0.3, 0.7]), '30% 70%');
    assert.equal(objectPosition([1 / 3, 0]), '33.33% 0%');
    assert.equal(objectPosition([-1, 2]), '0% 100%');
    assert.equal(objectPosition([Number.NaN, 0.25]), '50% 25%');
    assert.equal(objectPosition(), '50% 50%');
    assert.equal(objectPosition('top' as never), '50% 50%');
  });
});

describe('cssUrl', () => {
  it('quotes a URL and escapes what could end the string or the declaration', () => {
    assert.equal(cssUrl('https://example.org/a b.jpg'), 'url("https://example.org/a b.jpg")');
    assert.equal(cssUrl('/x"),url(evil'), 'url("/x\\22 ),url(evil")');
    assert.equal(cssUrl('/a\\b'), 'url("/a\\5c b")');
    assert.equal(cssUrl('/a\nb\u0000'), 'url("/a\\a b\\0 ")');
  });

  it('reads back as the same URL for any text (CSS escapes undone)', () => {
    const unescape = (value: string) =>
      value.replace(/\\([0-9a-f]{1,6}) /g, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (url) => {
        const value = cssUrl(url);
        // eslint-disable-next-line no-control-regex -- no raw control character may remain
        const inner = /^url\("((?:[^"\\\u0000-\u001f\u007f]|\\[0-9a-f]{1,6} )*)"\)$/su.exec(value);
        assert.ok(inner, value);
        assert.equal(unescape(inner[1]!), url);
      }),
    );
  });
});
