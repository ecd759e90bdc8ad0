import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { justifiedLayout, rowQuality } from '../../../src/core/layout/index.js';
import type { JustifiedLayout, JustifiedRow } from '../../../src/core/layout/index.js';

function layoutOf(
  rows: Pick<JustifiedRow, 'start' | 'end' | 'height' | 'kind'>[],
): JustifiedLayout {
  const fluid = { boxes: [], height: { perWidth: 0, px: 0 } };
  return {
    containerWidth: 1000,
    boxes: [],
    height: 0,
    fluid,
    rows: rows.map((row) => ({ ...row, inlineStart: 0, width: 1000 })),
  };
}

describe('rowQuality', () => {
  it('measures deviations from the target and counts orphans among justified rows', () => {
    const quality = rowQuality(
      layoutOf([
        { start: 0, end: 3, height: 200, kind: 'row' },
        { start: 3, end: 4, height: 300, kind: 'row' },
        { start: 4, end: 5, height: 100, kind: 'panorama' },
        { start: 5, end: 6, height: 500, kind: 'full' },
      ]),
      250,
    );
    assert.deepEqual(quality, { meanDeviation: 0.2, worstDeviation: 0.2, orphanRows: 1 });
  });

  it('reports zeros for an empty layout and uses the adaptive target for a bad one', () => {
    const empty = justifiedLayout([], { containerWidth: 800 });
    assert.deepEqual(rowQuality(empty, 200), {
      meanDeviation: 0,
      worstDeviation: 0,
      orphanRows: 0,
    });
    const rows = layoutOf([{ start: 0, end: 2, height: 375, kind: 'row' }]);
    // Adaptive target at 1000 px: 250.
    assert.equal(rowQuality(rows, Number.NaN).worstDeviation, 0.5);
  });
});
