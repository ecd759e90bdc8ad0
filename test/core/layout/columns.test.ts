import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  WIDTH_BREAKPOINTS,
  columnCountFor,
  columnsLayout,
  layoutAtWidth,
} from '../../../src/core/layout/index.js';
import type { ColumnsLayout } from '../../../src/core/layout/index.js';

const ratios = (...aspects: number[]) => aspects.map((aspectRatio) => ({ aspectRatio }));

/** Bottom edge of each column. */
const columnBottoms = (layout: ColumnsLayout) =>
  layout.columns.map((column) => {
    const last = layout.boxes[column.end - 1]!;
    return last.top + last.height;
  });

function assertWellFormed(layout: ColumnsLayout, count: number, spacing: number) {
  assert.equal(layout.boxes.length, count);
  layout.boxes.forEach((box, index) => assert.equal(box.index, index, 'boxes in input order'));
  let expectedStart = 0;
  let expectedInlineStart = 0;
  for (const column of layout.columns) {
    assert.equal(column.start, expectedStart, 'columns are contiguous');
    assert.ok(column.end > column.start, 'no column is empty');
    assert.ok(Math.abs(column.inlineStart - expectedInlineStart) <= 1);
    expectedStart = column.end;
    expectedInlineStart = column.inlineStart + column.width + spacing;
    let expectedTop = 0;
    for (const box of layout.boxes.slice(column.start, column.end)) {
      assert.equal(box.inlineStart, column.inlineStart);
      assert.equal(box.width, column.width);
      assert.ok(Math.abs(box.top - expectedTop) <= 1, 'boxes stack with the spacing between them');
      expectedTop = box.top + box.height + spacing;
    }
  }
  assert.equal(expectedStart, count, 'columns cover every item');
  if (count > 0) {
    assert.ok(
      Math.abs(expectedInlineStart - spacing - layout.containerWidth) <= 0.5,
      'fills the width',
    );
  }
}

describe('columnCountFor', () => {
  it('grows from 1 to 6 columns with the width, at width breakpoints', () => {
    assert.deepEqual(
      [320, 479, 480, 800, 1120, 1600, 2080, 5000, Number.NaN].map(columnCountFor),
      [1, 1, 2, 3, 4, 5, 6, 6, 1],
    );
    for (let width = 1; width < 3000; width++) {
      if (columnCountFor(width) !== columnCountFor(width - 1)) {
        assert.ok(WIDTH_BREAKPOINTS.includes(width), `${width} is a width breakpoint`);
      }
    }
  });
});

describe('columnsLayout', () => {
  it('returns nothing for no items or an unusable width', () => {
    assert.deepEqual(columnsLayout([], { containerWidth: 900, columns: 3 }).columns, []);
    const layout = columnsLayout(ratios(1, 1), { containerWidth: Number.NaN, columns: 2 });
    assert.deepEqual([layout.boxes, layout.columns, layout.height], [[], [], 0]);
  });

  it('splits equal items evenly into equal columns', () => {
    const layout = columnsLayout(ratios(1, 1, 1, 1, 1, 1), {
      containerWidth: 616,
      columns: 3,
      spacing: 8,
    });
    assert.deepEqual(
      layout.columns.map((column) => [column.start, column.end, column.inlineStart, column.width]),
      [
        [0, 2, 0, 200],
        [2, 4, 208, 200],
        [4, 6, 416, 200],
      ],
    );
    assert.equal(layout.height, 408);
  });

  it('chooses the breaks that keep widths close to equal, and levels the columns', () => {
    // A 1:4 portrait is as tall as four squares stacked: it takes a column of its own.
    const layout = columnsLayout(ratios(0.25, 1, 1, 1, 1), {
      containerWidth: 400,
      columns: 2,
      spacing: 0,
    });
    assert.deepEqual(
      layout.columns.map((column) => [column.start, column.end, column.width]),
      [
        [0, 1, 200],
        [1, 5, 200],
      ],
    );
    const unequal = columnsLayout(ratios(0.5, 1, 1, 1, 1, 1, 1), {
      containerWidth: 900,
      columns: 3,
      spacing: 10,
    });
    assertWellFormed(unequal, 7, 10);
    const bottoms = columnBottoms(unequal);
    assert.ok(Math.max(...bottoms) - Math.min(...bottoms) <= 1, `bottoms ${bottoms}`);
    assert.ok(Math.abs(bottoms[0]! - unequal.height) <= 1);
  });

  it('never makes more columns than items, nor than the spacing leaves room for', () => {
    assert.equal(
      columnsLayout(ratios(1, 1), { containerWidth: 1000, columns: 5 }).columns.length,
      2,
    );
    // Three gaps of 8 px would leave no width in 20 px; one square above another needs a gap too.
    const cramped = columnsLayout(ratios(1, 1, 1, 1), {
      containerWidth: 20,
      columns: 4,
      spacing: 8,
    });
    assert.ok(cramped.columns.length <= 2);
    assertWellFormed(cramped, 4, 8);
  });

  it('uses columnCountFor when columns is missing or unusable', () => {
    const items = ratios(1, 1, 1, 1, 1, 1, 1, 1);
    for (const columns of [undefined, 0, Number.NaN, -2]) {
      const layout = columnsLayout(items, { containerWidth: 900, columns });
      assert.equal(layout.columns.length, 3);
    }
    assert.equal(columnsLayout(items, { containerWidth: 900, columns: 2.7 }).columns.length, 2);
  });

  it('lays out 100,000 items', () => {
    const items = Array.from({ length: 100_000 }, (_, index) => ({
      aspectRatio: [1.5, 0.67, 1, 4][index % 4],
    }));
    const layout = columnsLayout(items, { containerWidth: 1200, columns: 4 });
    assert.equal(layout.columns.length, 4);
    const bottoms = columnBottoms(layout);
    assert.ok(Math.max(...bottoms) - Math.min(...bottoms) <= 1);
  });

  it('levels the columns, keeps order and fills the width, for any items (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.double({ min: 0.2, max: 6, noNaN: true }),
            fc.constantFrom(Number.NaN, 0, -1),
          ),
          { minLength: 1, maxLength: 80 },
        ),
        fc.integer({ min: 100, max: 3000 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 16 }),
        (aspects, containerWidth, columns, spacing) => {
          const layout = columnsLayout(ratios(...aspects), { containerWidth, columns, spacing });
          const wanted = Math.min(columns, aspects.length);
          // Without spacing every column count has a level layout.
          if (spacing === 0) assert.equal(layout.columns.length, wanted);
          else assert.ok(layout.columns.length <= wanted);
          assertWellFormed(layout, aspects.length, spacing);
          const bottoms = columnBottoms(layout);
          assert.ok(Math.max(...bottoms) - Math.min(...bottoms) <= 1, `bottoms ${bottoms}`);
          assert.ok(Math.abs(Math.max(...bottoms) - layout.height) <= 1);
          assert.deepEqual(layoutAtWidth(layout.fluid, containerWidth).boxes, layout.boxes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('uses fewer columns when the gaps leave a level layout no room', () => {
    const layout = columnsLayout(ratios(0.2, 0.2, 1.5, 0.2, 1.5, 1.5, 0.2), {
      containerWidth: 100,
      columns: 6,
      spacing: 14,
    });
    assert.ok(layout.columns.length < 6);
    assertWellFormed(layout, 7, 14);
    const bottoms = columnBottoms(layout);
    assert.ok(Math.max(...bottoms) - Math.min(...bottoms) <= 1, `bottoms ${bottoms}`);
  });
});
