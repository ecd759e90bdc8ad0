import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  WIDTH_BREAKPOINTS,
  adaptiveRowHeight,
  columnsLayout,
  fluidCss,
  fluidValue,
  gridLayout,
  justifiedLayout,
  layoutAtWidth,
  widthBreakpoint,
} from '../../../src/core/layout/index.js';

describe('widthBreakpoint', () => {
  it('quantises a width to the breakpoint it falls in', () => {
    assert.deepEqual(
      [0, 319, 320, 399.5, 1000, 1119, 1120, 10_000].map((width) => widthBreakpoint(width)),
      [0, 0, 320, 320, 1000, 1000, 1120, 3200],
    );
    assert.equal(widthBreakpoint(Number.NaN), 0);
    assert.equal(widthBreakpoint(-5), 0);
    assert.equal(widthBreakpoint(750, [1000, 500, 700]), 700);
  });

  it('has breakpoints close enough that a layout stays within 25 % of its width', () => {
    for (let k = 1; k < WIDTH_BREAKPOINTS.length; k++) {
      assert.ok(WIDTH_BREAKPOINTS[k]! / WIDTH_BREAKPOINTS[k - 1]! <= 1.25);
    }
    // The adaptive row height stops being a quarter of the width at 640 and 1280 px: both are breakpoints.
    assert.deepEqual([adaptiveRowHeight(640), adaptiveRowHeight(1280)], [160, 320]);
    assert.ok(WIDTH_BREAKPOINTS.includes(640) && WIDTH_BREAKPOINTS.includes(1280));
  });
});

describe('fluid lengths', () => {
  it('evaluate and print as container query lengths', () => {
    assert.equal(fluidValue({ perWidth: 0.25, px: -6 }, 1000), 244);
    assert.equal(fluidCss({ perWidth: 0.25, px: -6 }), 'calc(25cqi - 6px)');
    assert.equal(fluidCss({ perWidth: 1 / 3, px: 2 / 3 }), 'calc(33.3333cqi + 0.667px)');
    assert.equal(fluidCss({ perWidth: 0, px: 8 }), '8px');
    assert.equal(fluidCss({ perWidth: 0.5, px: -1e-9 }), '50cqi');
    assert.equal(fluidCss({ perWidth: 0, px: 0 }), '0px');
  });

  it('give the same boxes as the layout at its own width, for every layout', () => {
    const items = [1.5, 0.67, 1, 2.5, 1.33, 0.8].map((aspectRatio) => ({ aspectRatio }));
    for (const layout of [
      justifiedLayout(items, { containerWidth: 873, targetRowHeight: 200 }),
      gridLayout(items, { containerWidth: 873 }),
      columnsLayout(items, { containerWidth: 873, columns: 3 }),
    ]) {
      assert.deepEqual(layoutAtWidth(layout.fluid, 873), {
        boxes: layout.boxes,
        height: layout.height,
      });
    }
  });

  it('keep the spacing constant and fill a new width without new line breaking', () => {
    const items = [1.5, 1.5, 1.5, 0.67, 1, 1.5].map((aspectRatio) => ({ aspectRatio }));
    const layout = justifiedLayout(items, {
      containerWidth: 1000,
      targetRowHeight: 250,
      spacing: 10,
    });
    const wider = layoutAtWidth(layout.fluid, 1100);
    for (const row of layout.rows) {
      const boxes = wider.boxes.slice(row.start, row.end);
      assert.equal(boxes.at(-1)!.inlineStart + boxes.at(-1)!.width, 1100);
      assert.equal(boxes[1]!.inlineStart - boxes[0]!.inlineStart - boxes[0]!.width, 10);
    }
    // Rows grow with the width: (1100 - gaps) / (sum of aspect ratios) instead of (1000 - gaps) / ...
    const firstRow = layout.rows[0]!;
    assert.ok(wider.boxes[0]!.height > firstRow.height);
    const columns = columnsLayout(items, { containerWidth: 900, columns: 2 });
    const widerColumns = layoutAtWidth(columns.fluid, 990);
    const bottoms = columns.columns.map((column) => {
      const last = widerColumns.boxes[column.end - 1]!;
      return last.top + last.height;
    });
    assert.ok(Math.abs(bottoms[0]! - bottoms[1]!) <= 1, 'columns stay level');
    assert.ok(Math.abs(bottoms[0]! - widerColumns.height) <= 1);
  });

  it('give nothing at an unusable width', () => {
    const layout = gridLayout([{}, {}], { containerWidth: 500 });
    assert.deepEqual(layoutAtWidth(layout.fluid, 0), { boxes: [], height: 0 });
    assert.deepEqual(layoutAtWidth(layout.fluid, Number.NaN), { boxes: [], height: 0 });
  });
});
