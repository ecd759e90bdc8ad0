import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { gridLayout, layoutAtWidth } from '../../../src/core/layout/index.js';

const items = (count: number) => Array.from({ length: count }, () => ({ aspectRatio: 1.5 }));

describe('gridLayout', () => {
  it('fits as many columns of the minimum width as the container holds', () => {
    // floor((1000 + 8) / (220 + 8)) = 4 columns of (1000 - 24) / 4 = 244 px.
    const layout = gridLayout(items(6), { containerWidth: 1000 });
    assert.equal(layout.columns, 4);
    assert.deepEqual(
      layout.boxes.map((box) => [box.inlineStart, box.top, box.width, box.height]),
      [
        [0, 0, 244, 244],
        [252, 0, 244, 244],
        [504, 0, 244, 244],
        [756, 0, 244, 244],
        [0, 252, 244, 244],
        [252, 252, 244, 244],
      ],
    );
    assert.equal(layout.height, 244 + 8 + 244);
  });

  it('honours the minimum cell width, spacing and cell aspect ratio', () => {
    const layout = gridLayout(items(3), {
      containerWidth: 600,
      minCellWidth: 150,
      spacing: 0,
      cellAspectRatio: 1.5,
    });
    assert.equal(layout.columns, 4);
    assert.deepEqual(layout.boxes[2], {
      index: 2,
      inlineStart: 300,
      top: 0,
      width: 150,
      height: 100,
    });
    assert.equal(layout.height, 100);
  });

  it('keeps one column in a container narrower than a cell', () => {
    const layout = gridLayout(items(2), { containerWidth: 150 });
    assert.equal(layout.columns, 1);
    assert.deepEqual(
      layout.boxes.map((box) => [box.inlineStart, box.top, box.width]),
      [
        [0, 0, 150],
        [0, 158, 150],
      ],
    );
  });

  it('returns nothing for no items or an unusable width, defaults for unusable options', () => {
    assert.deepEqual(gridLayout([], { containerWidth: 800 }).boxes, []);
    assert.equal(gridLayout([], { containerWidth: 800 }).height, 0);
    assert.deepEqual(gridLayout(items(3), { containerWidth: Number.NaN }).boxes, []);
    assert.deepEqual(gridLayout(items(3), { containerWidth: -1 }).columns, 0);
    const nonsense = gridLayout(items(3), {
      containerWidth: 1000,
      minCellWidth: 0,
      spacing: Number.NaN,
      cellAspectRatio: -1,
    });
    assert.deepEqual(nonsense.boxes, gridLayout(items(3), { containerWidth: 1000 }).boxes);
  });

  it('gives equal cells inside the container, row by row (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 50, max: 3000 }),
        fc.integer({ min: 40, max: 400 }),
        fc.integer({ min: 0, max: 16 }),
        (count, containerWidth, minCellWidth, spacing) => {
          const layout = gridLayout(items(count), { containerWidth, minCellWidth, spacing });
          const expectedColumns = Math.max(
            1,
            Math.floor((containerWidth + spacing) / (minCellWidth + spacing)),
          );
          assert.equal(layout.columns, expectedColumns);
          const cell = (containerWidth - spacing * (expectedColumns - 1)) / expectedColumns;
          layout.boxes.forEach((box, index) => {
            assert.equal(box.index, index);
            assert.ok(Math.abs(box.width - cell) <= 1 && Math.abs(box.height - cell) <= 1);
            assert.ok(box.inlineStart >= 0 && box.inlineStart + box.width <= containerWidth);
            const column = index % expectedColumns;
            if (column === expectedColumns - 1) {
              assert.equal(box.inlineStart + box.width, containerWidth);
            }
          });
          assert.deepEqual(layoutAtWidth(layout.fluid, containerWidth).boxes, layout.boxes);
        },
      ),
    );
  });
});
