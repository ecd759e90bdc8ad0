import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { thumbhashAverageColor } from '../../../src/core/images/thumbhash.js';

/** Builds the first bytes of a ThumbHash from its DC terms (l in 0..63, p and q in 0..63). */
function hashWith(l: number, p: number, q: number): string {
  const header = l | (p << 6) | (q << 12) | (20 << 18);
  const bytes = [header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff, 0x55, 0x20, 0x10];
  return Buffer.from(bytes).toString('base64');
}

describe('thumbhashAverageColor', () => {
  it('decodes a neutral grey: luminance only, no chroma', () => {
    // p = q = 31.5/31.5 - 1 = 0 needs the raw value 31.5: the nearest codes give a near-neutral grey.
    const color = thumbhashAverageColor(hashWith(32, 32, 32))!;
    const [r, g, b] = [1, 3, 5].map((start) => parseInt(color.slice(start, start + 2), 16));
    assert.ok(Math.abs(r! - g!) <= 6 && Math.abs(g! - b!) <= 6, color);
    assert.ok(r! > 110 && r! < 150, color);
  });

  it('reads black and white from the luminance term', () => {
    const channels = (color: string) =>
      [1, 3, 5].map((start) => parseInt(color.slice(start, start + 2), 16));
    assert.ok(channels(thumbhashAverageColor(hashWith(0, 32, 31))!).every((value) => value <= 8));
    assert.ok(
      channels(thumbhashAverageColor(hashWith(63, 31, 31))!).every((value) => value >= 247),
    );
  });

  it('turns warm chroma into a red-leaning colour', () => {
    const color = thumbhashAverageColor(hashWith(40, 50, 50))!;
    const [r, , b] = [1, 3, 5].map((start) => parseInt(color.slice(start, start + 2), 16));
    assert.ok(r! > b!, color);
  });

  it('accepts base64url and padding', () => {
    const hash = hashWith(40, 20, 45);
    assert.equal(
      thumbhashAverageColor(hash.replace(/\+/g, '-').replace(/\//g, '_')),
      thumbhashAverageColor(hash),
    );
  });

  it('returns undefined for what is not a ThumbHash, and never throws', () => {
    for (const value of [undefined, 42, '', 'short', 'not base64 at all!!', '%%%%%%%%%%']) {
      assert.equal(thumbhashAverageColor(value), undefined);
    }
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const color = thumbhashAverageColor(value);
        assert.ok(color === undefined || /^#[0-9a-f]{6}$/.test(color));
      }),
    );
  });
});
