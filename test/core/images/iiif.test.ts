import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { iiifImageUrl, iiifWidthLadder } from '../../../src/core/images/index.js';
import type { IiifServiceInput } from '../../../src/core/images/index.js';

const v2: IiifServiceInput = { id: 'https://iiif.example/v2/photo', type: 'ImageService2' };
const v3: IiifServiceInput = { id: 'https://iiif.example/v3/photo', type: 'ImageService3' };
const widths = (candidates: { width: number }[]) => candidates.map((candidate) => candidate.width);

describe('iiifImageUrl', () => {
  it('builds version 2 and 3 URLs for a width', () => {
    assert.equal(
      iiifImageUrl(v2, { width: 480 }),
      'https://iiif.example/v2/photo/full/480,/0/default.jpg',
    );
    assert.equal(
      iiifImageUrl(v3, { width: 480.4, format: 'webp', quality: 'color' }),
      'https://iiif.example/v3/photo/full/480,/0/color.webp',
    );
    assert.equal(
      iiifImageUrl(v3, { width: 480, height: 320 }),
      'https://iiif.example/v3/photo/full/480,320/0/default.jpg',
    );
  });

  it('asks for the full size without a usable width, and never upscales', () => {
    assert.equal(iiifImageUrl(v3), 'https://iiif.example/v3/photo/full/max/0/default.jpg');
    assert.equal(
      iiifImageUrl(v2, { width: Number.NaN }),
      'https://iiif.example/v2/photo/full/full/0/default.jpg',
    );
    assert.ok(!iiifImageUrl(v3, { width: 99_999 })!.includes('^'));
  });

  it('normalises ids and treats a string as a version 2 service', () => {
    for (const id of [
      'https://iiif.example/photo',
      'https://iiif.example/photo/',
      'https://iiif.example/photo/info.json',
      ' https://iiif.example/photo// ',
    ]) {
      assert.equal(
        iiifImageUrl(id, { width: 240 }),
        'https://iiif.example/photo/full/240,/0/default.jpg',
      );
    }
    assert.equal(
      iiifImageUrl({ id: 'https://iiif.example/photo/info.json', type: 'ImageService3' }),
      'https://iiif.example/photo/full/max/0/default.jpg',
    );
  });

  it('refuses unusable ids and keeps unsafe format or quality words out of the URL', () => {
    assert.equal(iiifImageUrl(''), undefined);
    assert.equal(iiifImageUrl({ id: '/info.json' } as IiifServiceInput), undefined);
    assert.equal(iiifImageUrl({} as IiifServiceInput), undefined);
    assert.equal(
      iiifImageUrl(v2, { width: 100, format: 'jpg?x=1', quality: '../x' }),
      'https://iiif.example/v2/photo/full/100,/0/default.jpg',
    );
  });
});

describe('iiifWidthLadder', () => {
  it('offers the ladder up to the image width, then the width itself', () => {
    const ladder = iiifWidthLadder(v3, { width: 1800, height: 1200 });
    assert.deepEqual(widths(ladder), [240, 360, 480, 720, 960, 1200, 1600, 1800]);
    assert.equal(ladder.at(-1)!.url, 'https://iiif.example/v3/photo/full/1800,/0/default.jpg');
    assert.deepEqual(widths(iiifWidthLadder(v2, { width: 6000 })).at(-1), 3200);
    assert.deepEqual(widths(iiifWidthLadder(v2, { width: 100 })), [100]);
    assert.deepEqual(widths(iiifWidthLadder(v2, { width: 480 }, [480, 240, 240, -1])), [240, 480]);
  });

  it('respects maxWidth, maxHeight (inferred from maxWidth) and maxArea', () => {
    assert.deepEqual(
      widths(iiifWidthLadder({ ...v3, maxWidth: 1000 }, { width: 4000 })).slice(-2),
      [960, 1000],
    );
    // A 1:3 portrait under a 1500 px height limit is at most 500 px wide.
    assert.deepEqual(
      widths(iiifWidthLadder({ ...v3, maxHeight: 1500 }, { width: 1000, height: 3000 })).at(-1),
      500,
    );
    // maxWidth 1200 alone also limits the height to 1200: a 1000 x 3000 image to 400 px wide.
    assert.deepEqual(
      widths(iiifWidthLadder({ ...v2, maxWidth: 1200 }, { width: 1000, height: 3000 })).at(-1),
      400,
    );
    const area = iiifWidthLadder({ ...v3, maxArea: 1_000_000 }, { width: 4000, height: 3000 });
    const largest = area.at(-1)!.width;
    assert.ok(largest * Math.ceil((largest * 3) / 4) <= 1_000_000);
    assert.ok(largest >= 1150, `largest ${largest}`);
  });

  it('never asks for more than the image width or a service limit (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 20_000_000 }), { nil: undefined }),
        (width, height, maxWidth, maxArea) => {
          const ladder = iiifWidthLadder({ ...v3, maxWidth, maxArea }, { width, height });
          assert.ok(ladder.length >= 1);
          for (const candidate of ladder) {
            assert.ok(candidate.width <= width && candidate.width <= (maxWidth ?? Infinity));
            const scaledHeight = Math.ceil((candidate.width * height) / width);
            if (candidate.width > 1) {
              assert.ok(scaledHeight <= (maxWidth ?? Infinity), 'inferred maxHeight');
              assert.ok(candidate.width * scaledHeight <= (maxArea ?? Infinity), 'maxArea');
            }
            assert.ok(candidate.url.endsWith(`/full/${candidate.width},/0/default.jpg`));
          }
          assert.deepEqual(
            widths(ladder),
            [...new Set(widths(ladder))].sort((a, b) => a - b),
          );
        },
      ),
    );
  });

  it('gives a level 0 service only its listed sizes', () => {
    const sizes = [
      { width: 1000, height: 750 },
      { width: 250, height: 188 },
      { width: 500, height: 375 },
    ];
    assert.deepEqual(iiifWidthLadder({ ...v3, profile: 'level0', sizes }, { width: 4000 }), [
      { url: 'https://iiif.example/v3/photo/full/250,188/0/default.jpg', width: 250 },
      { url: 'https://iiif.example/v3/photo/full/500,375/0/default.jpg', width: 500 },
      { url: 'https://iiif.example/v3/photo/full/1000,750/0/default.jpg', width: 1000 },
    ]);
    assert.deepEqual(
      iiifWidthLadder({ ...v2, profile: 'level0', sizes }, { width: 4000 }).map((c) => c.url),
      [250, 500, 1000].map((w) => `https://iiif.example/v2/photo/full/${w},/0/default.jpg`),
    );
    // Nothing listed: only the full image, when its width is known.
    assert.deepEqual(iiifWidthLadder({ ...v3, profile: 'level0' }, { width: 3000 }), [
      { url: 'https://iiif.example/v3/photo/full/max/0/default.jpg', width: 3000 },
    ]);
    assert.deepEqual(iiifWidthLadder({ ...v3, profile: 'level0' }), []);
  });

  it('without the image width, offers only listed sizes', () => {
    assert.deepEqual(iiifWidthLadder(v3), []);
    assert.deepEqual(
      widths(
        iiifWidthLadder({ ...v3, sizes: [{ width: 400, height: 300 }] }, { width: Number.NaN }),
      ),
      [400],
    );
    assert.deepEqual(iiifWidthLadder(''), []);
    assert.deepEqual(iiifWidthLadder(null as never), []);
    assert.deepEqual(iiifWidthLadder(v3, null as never), []);
  });
});
