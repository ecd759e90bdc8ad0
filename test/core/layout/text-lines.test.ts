import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { emWidth, estimatedLines } from '../../../src/core/layout/index.js';

describe('emWidth', () => {
  it('counts Latin letters as half an em and Hangul or CJK as a whole one', () => {
    assert.equal(emWidth(''), 0);
    assert.equal(emWidth('abcd'), 2);
    assert.equal(emWidth('서울'), 2);
    assert.equal(emWidth('東京 ab'), 3.5);
    assert.equal(emWidth('Москва'), 3);
  });
});

describe('estimatedLines', () => {
  it('wraps a run onto as many lines as its width needs', () => {
    const text = 'x'.repeat(100); // 50 em
    assert.equal(estimatedLines([{ text }], 60), 1);
    assert.equal(estimatedLines([{ text }], 20), 3);
  });

  it('adds spacing, scales small print and narrows indented runs', () => {
    assert.equal(estimatedLines([{ text: 'short', spacing: 0.5 }], 30), 1.5);
    assert.equal(estimatedLines([{ text: 'credit', scale: 0.875 }], 30), 0.875);
    const text = 'x'.repeat(36); // 18 em: one line in 20 em, two once indented by 4
    assert.equal(estimatedLines([{ text }], 20), 1);
    assert.equal(estimatedLines([{ text, indent: 4 }], 20), 2);
  });

  it('gives a finite height for a box of no known width', () => {
    for (const width of [Number.NaN, Number.POSITIVE_INFINITY, -5, 0]) {
      const lines = estimatedLines([{ text: 'x'.repeat(10) }], width);
      assert.ok(Number.isFinite(lines) && lines >= 1, `width ${width}: ${lines}`);
    }
  });

  it('takes nothing for an empty run but its spacing', () => {
    assert.equal(estimatedLines([{ text: '', spacing: 0.25 }], 30), 0.25);
  });

  it('never decreases when text is added or the box narrows, and never throws', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ text: fc.string(), scale: fc.double({ min: 0.5, max: 2, noNaN: true }) }),
        ),
        fc.string(),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (runs, more, width) => {
          const lines = estimatedLines(runs, width);
          assert.ok(Number.isFinite(lines) && lines >= 0);
          assert.ok(estimatedLines([...runs, { text: more }], width) >= lines);
          assert.ok(estimatedLines(runs, width / 2) >= lines);
        },
      ),
    );
  });
});
