import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { objectPosition, sizesAttribute } from '../../../src/core/images/index.js';

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
