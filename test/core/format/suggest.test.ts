import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closestKey } from '../../../src/core/index.js';

const ITEM_KEYS = ['id', 'image', 'caption', 'rights', 'layout', 'metadata'];

describe('closestKey', () => {
  it('suggests the key a typo was meant to be', () => {
    assert.equal(closestKey('captoin', ITEM_KEYS), 'caption');
    assert.equal(closestKey('imgae', ITEM_KEYS), 'image');
    assert.equal(closestKey('caption ', ITEM_KEYS), 'caption');
    assert.equal(closestKey('metdata', ITEM_KEYS), 'metadata');
    assert.equal(closestKey('widht', ['src', 'width', 'height']), 'width');
    assert.equal(closestKey('scr', ['src', 'width', 'height']), 'src');
  });

  it('ignores case', () => {
    assert.equal(closestKey('Caption', ITEM_KEYS), 'caption');
    assert.equal(closestKey('ALT', ['src', 'alt']), 'alt');
  });

  it('suggests nothing for unrelated keys', () => {
    assert.equal(closestKey('photographer', ITEM_KEYS), undefined);
    assert.equal(closestKey('x', ITEM_KEYS), undefined);
    assert.equal(closestKey('a'.repeat(10_000), ITEM_KEYS), undefined);
  });

  it('prefers the closest, then the earlier key', () => {
    assert.equal(closestKey('tile', ['title', 'tile2', 'time']), 'title');
    assert.equal(closestKey('ab', ['ax', 'xb']), 'ax');
  });
});
