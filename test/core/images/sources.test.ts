import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  aspectRatioOf,
  bestSource,
  imgAttributes,
  pictureSources,
  srcsetCandidates,
} from '../../../src/core/images/index.js';
import type { ImageSourceInput } from '../../../src/core/images/index.js';

const photo: ImageSourceInput = {
  src: 'https://example.org/boats.jpg',
  width: 1600,
  height: 1067,
  variants: [
    { src: 'https://example.org/boats-800.avif', width: 800, type: 'image/avif' },
    { src: 'https://example.org/boats-800.jpg', width: 800 },
    { src: 'https://example.org/boats-400.webp', width: 400, type: 'image/webp' },
    { src: 'https://example.org/boats-400.jpg', width: 400, type: 'image/jpeg' },
    { src: 'https://example.org/boats-1600.jxl', width: 1600, type: 'image/jxl' },
    { src: 'https://example.org/boats-800.webp', width: 800, type: 'Image/WebP' },
    { src: 'https://example.org/boats-1600-copy.jpg', width: 1600 },
  ],
};

describe('srcsetCandidates', () => {
  it('lists src and the img-compatible variants by width, one per width, src first', () => {
    assert.deepEqual(srcsetCandidates(photo), [
      { url: 'https://example.org/boats-400.jpg', width: 400, type: 'image/jpeg' },
      { url: 'https://example.org/boats-800.jpg', width: 800 },
      { url: 'https://example.org/boats.jpg', width: 1600 },
    ]);
  });

  it('adds the IIIF ladder and drops variants without a usable URL or width', () => {
    const image: ImageSourceInput = {
      width: 1000,
      height: 500,
      iiif: 'https://iiif.example/photo',
      variants: [
        { src: '', width: 300 },
        { src: 'https://example.org/x.jpg', width: Number.NaN },
        { src: 'https://example.org/300.jpg', width: 300.2 },
      ],
    };
    const candidates = srcsetCandidates(image);
    assert.deepEqual(
      candidates.map((candidate) => candidate.width),
      [240, 300, 360, 480, 720, 960, 1000],
    );
    assert.equal(candidates[1]!.url, 'https://example.org/300.jpg');
    assert.deepEqual(srcsetCandidates({}), []);
    assert.deepEqual(srcsetCandidates(null as never), []);
    assert.equal(aspectRatioOf(null as never), undefined);
    assert.equal(imgAttributes(null as never), undefined);
  });
});

describe('pictureSources', () => {
  it('groups other formats by type, AVIF first, then WebP, then the rest', () => {
    assert.deepEqual(pictureSources(photo, { sizes: '312px' }), [
      { type: 'image/avif', srcset: 'https://example.org/boats-800.avif 800w', sizes: '312px' },
      {
        type: 'image/webp',
        srcset: 'https://example.org/boats-400.webp 400w, https://example.org/boats-800.webp 800w',
        sizes: '312px',
      },
      { type: 'image/jxl', srcset: 'https://example.org/boats-1600.jxl 1600w', sizes: '312px' },
    ]);
    assert.deepEqual(pictureSources({ src: 'https://example.org/a.jpg', width: 100 }), []);
  });
});

describe('imgAttributes', () => {
  it('gives src, srcset with sizes, and the intrinsic size', () => {
    assert.deepEqual(imgAttributes(photo, { sizes: '312px' }), {
      src: 'https://example.org/boats.jpg',
      srcset:
        'https://example.org/boats-400.jpg 400w, https://example.org/boats-800.jpg 800w, ' +
        'https://example.org/boats.jpg 1600w',
      sizes: '312px',
      width: 1600,
      height: 1067,
    });
  });

  it('leaves out a srcset that offers nothing beyond src, and sizes without a srcset', () => {
    assert.deepEqual(
      imgAttributes(
        { src: 'https://example.org/a.jpg', width: 640, height: 480 },
        { sizes: '300px' },
      ),
      { src: 'https://example.org/a.jpg', width: 640, height: 480 },
    );
    assert.deepEqual(imgAttributes({ src: 'https://example.org/a.jpg' }), {
      src: 'https://example.org/a.jpg',
    });
  });

  it('picks a src from the candidates when the image has none, and gives up without any URL', () => {
    const iiifOnly = imgAttributes({ width: 3000, height: 2000, iiif: 'https://iiif.example/p' });
    assert.equal(iiifOnly?.src, 'https://iiif.example/p/full/1200,/0/default.jpg');
    assert.ok(
      iiifOnly?.srcset?.startsWith('https://iiif.example/p/full/240,/0/default.jpg 240w, '),
    );
    assert.equal(imgAttributes({ width: 100 }), undefined);
    assert.equal(imgAttributes({ src: '   ' }), undefined);
  });

  it('escapes characters that would break a srcset', () => {
    const attributes = imgAttributes({
      src: 'https://example.org/a b.jpg',
      width: 800,
      variants: [{ src: 'https://example.org/small,', width: 400 }],
    });
    assert.equal(
      attributes?.srcset,
      'https://example.org/small%2C 400w, https://example.org/a%20b.jpg 800w',
    );
  });
});

describe('bestSource', () => {
  it('takes the smallest candidate wide enough for the CSS width times the pixel ratio', () => {
    assert.equal(bestSource(photo, 390, 2)?.url, 'https://example.org/boats-800.jpg');
    assert.equal(bestSource(photo, 400, 2)?.url, 'https://example.org/boats-800.jpg');
    assert.equal(bestSource(photo, 401, 2)?.url, 'https://example.org/boats.jpg');
    assert.equal(bestSource(photo, 300, Number.NaN)?.url, 'https://example.org/boats-400.jpg');
  });

  it('falls back to the largest, then to src', () => {
    assert.deepEqual(bestSource(photo, 4000, 3), {
      url: 'https://example.org/boats.jpg',
      width: 1600,
    });
    assert.deepEqual(bestSource({ src: 'https://example.org/a.jpg' }, 400, 1), {
      url: 'https://example.org/a.jpg',
    });
    assert.equal(bestSource({}, 400, 1), undefined);
  });
});

describe('aspectRatioOf', () => {
  it('uses the image size, else the widest sized variant or IIIF size', () => {
    assert.equal(aspectRatioOf({ width: 1600, height: 1000 }), 1.6);
    assert.equal(
      aspectRatioOf({
        width: 1600,
        variants: [
          { src: 'a', width: 150, height: 100 },
          { src: 'b', width: 1000, height: 667 },
        ],
      }),
      1000 / 667,
    );
    assert.equal(aspectRatioOf({ iiif: { id: 'x', sizes: [{ width: 400, height: 200 }] } }), 2);
    assert.equal(aspectRatioOf({ width: 1600, height: 0 }), undefined);
    assert.equal(aspectRatioOf({}), undefined);
  });
});
