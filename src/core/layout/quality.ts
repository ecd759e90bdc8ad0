import type { JustifiedLayout } from './justified.js';
import { adaptiveRowHeight } from './justified.js';

export interface RowQuality {
  /** Mean of |row height - target| / target over justified rows (`kind: 'row'`); 0 when there are none. */
  readonly meanDeviation: number;
  /** The largest such deviation. */
  readonly worstDeviation: number;
  /** Rows holding a single item that is neither a panorama nor a `full` item. */
  readonly orphanRows: number;
}

/**
 * How well a justified layout meets its target row height. Lone panoramas and `full` rows are left out:
 * their height is set by their own aspect ratio, not by the line breaking being measured.
 */
export function rowQuality(layout: JustifiedLayout, targetRowHeight: number): RowQuality {
  const target =
    targetRowHeight > 0 && Number.isFinite(targetRowHeight)
      ? targetRowHeight
      : adaptiveRowHeight(layout.containerWidth);
  let total = 0;
  let worst = 0;
  let measured = 0;
  let orphanRows = 0;
  for (const row of layout.rows) {
    if (row.kind !== 'row') continue;
    const deviation = Math.abs(row.height - target) / target;
    total += deviation;
    worst = Math.max(worst, deviation);
    measured += 1;
    if (row.end - row.start === 1) orphanRows += 1;
  }
  return {
    meanDeviation: measured === 0 ? 0 : total / measured,
    worstDeviation: worst,
    orphanRows,
  };
}
