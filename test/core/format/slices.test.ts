import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  declaredItemCount,
  validateExhibition,
  validateInSlices,
  validationSteps,
  type Exhibition,
} from '../../../src/core/index.js';

const item = (id: string) => ({ id, caption: { text: `Caption ${id}.` } });
const document = {
  photoExhibit: '1.0',
  title: 'Slices',
  language: 'en',
  rights: { statement: 'Test.' },
  sections: [
    { id: 'a', title: 'A', items: [item('a1'), item('a2')] },
    { id: 'b', title: 'B', items: 'not a list' },
    { id: 'c', title: 'C', items: [item('c1'), { id: 7 }, item('c3')] },
  ],
};

describe('validationSteps', () => {
  it('yields the exhibition so far after each section read, and returns what validateExhibition does', () => {
    const steps = validationSteps(document);
    const partial: Exhibition[] = [];
    let step = steps.next();
    let ticks = 0;
    while (!step.done) {
      if (step.value) partial.push(step.value);
      else ticks += 1;
      step = steps.next();
    }
    assert.deepEqual(
      partial.map((exhibition) => exhibition.sections.map((section) => section.id)),
      [['a'], ['a', 'c']],
    );
    assert.equal(partial[0]!.title, 'Slices');
    assert.equal(ticks, 5, 'one step per item read');
    assert.deepEqual(step.value, validateExhibition(document));
    // The sections shown early are the very objects of the result: nothing is laid out twice.
    assert.equal(partial[1]!.sections[0], step.value.exhibition!.sections[0]);
  });

  it('yields a bare list of items as one section', () => {
    const partial = [...validationSteps([item('x'), item('y')])].filter(Boolean);
    assert.equal(partial.length, 1);
    assert.equal(partial[0]!.sections[0]!.items.length, 2);
  });
});

describe('validateInSlices', () => {
  it('pauses after the first section (first screen) and when a slice is used up', async () => {
    const run = async (now: () => number, sliceMs: number) => {
      let pauses = 0;
      const shown: number[] = [];
      const result = await validateInSlices(document, {
        sliceMs,
        now,
        pause: async () => {
          pauses += 1;
        },
        current: () => true,
        onSections: (exhibition) => shown.push(exhibition.sections.length),
      });
      assert.deepEqual(shown, [1, 2]);
      assert.deepEqual(result, validateExhibition(document));
      return pauses;
    };
    assert.equal(await run(() => 0, 1000), 1, 'a slice never used up: the first screen only');
    let clock = 0;
    // Each step takes a millisecond on this clock: every one of the 7 (5 items, 2 sections) uses up a slice.
    assert.equal(await run(() => (clock += 1), 0), 7);
  });

  it('stops when a newer document replaced this one', async () => {
    let current = true;
    const result = await validateInSlices(document, {
      sliceMs: 1000,
      now: () => 0,
      pause: async () => {
        current = false;
      },
      current: () => current,
      onSections: () => undefined,
    });
    assert.equal(result, undefined);
  });
});

describe('declaredItemCount', () => {
  it('counts the items a document lists, valid or not', () => {
    assert.equal(declaredItemCount(document), 5);
    assert.equal(declaredItemCount([1, 2, 3]), 3);
    assert.equal(declaredItemCount({ items: [{}, {}] }), 2);
    assert.equal(declaredItemCount({ sections: [null, { items: {} }] }), 0);
    assert.equal(declaredItemCount('text'), 0);
  });
});
