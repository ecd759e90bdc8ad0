import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ID_PATTERN } from '../../../src/core/index.js';
import { Slugs, slugFrom } from '../../../src/core/import/slugs.js';

describe('slugFrom', () => {
  it('takes the last meaningful path segment, lowercased', () => {
    assert.equal(slugFrom('https://iiif.example.org/harbour/canvas/P1', 'c-', 'x'), 'p1');
    assert.equal(slugFrom('https://iiif.example.org/harbour/manifest.json', 'm-', 'x'), 'harbour');
    assert.equal(slugFrom('https://iiif.example.org/iiif/ms-204/manifest', 'm-', 'x'), 'ms-204');
    assert.equal(slugFrom('https://iiif.example.org/book/range/r1/', 'r-', 'x'), 'r1');
  });

  it('replaces other characters, ignores query and fragment, and decodes escapes', () => {
    assert.equal(
      slugFrom('https://iiif.example.org/canvas/Folio%201r?x=1#xywh=0,0,1,1', 'c-', 'x'),
      'folio-1r',
    );
    assert.equal(slugFrom('https://iiif.example.org/canvas/été:12', 'c-', 'x'), 't-12');
    assert.equal(slugFrom('urn:uuid:1234', 'c-', 'x'), 'urn-uuid-1234');
  });

  it('starts with a letter, with a prefix when needed', () => {
    assert.equal(slugFrom('https://iiif.example.org/canvas/12', 'c-', 'x'), 'c-12');
    assert.equal(slugFrom('https://iiif.example.org/range/_1', 'r-', 'x'), 'r-_1');
  });

  it('falls back when the id gives nothing', () => {
    for (const id of [
      undefined,
      42,
      '',
      'https://iiif.example.org/',
      'https://iiif.example.org/canvas/%%/',
    ]) {
      const slug = slugFrom(id, 'c-', 'canvas-3');
      assert.ok(ID_PATTERN.test(slug), slug);
    }
    assert.equal(slugFrom(undefined, 'c-', 'canvas-3'), 'canvas-3');
    assert.equal(slugFrom('https://iiif.example.org/manifest', 'm-', 'iiif'), 'iiif');
  });
});

describe('Slugs', () => {
  it('hands out each id once, numbering repeats', () => {
    const slugs = new Slugs();
    assert.deepEqual(
      ['p1', 'p1', 'p1-2', 'p1', 'p2'].map((base) => slugs.take(base)),
      ['p1', 'p1-2', 'p1-2-2', 'p1-3', 'p2'],
    );
  });
});
