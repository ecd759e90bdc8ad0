// Justified rows: minimum-cost line breaking over break positions, as in react-photo-album (Knuth-Plass style).
// Every row, the last one included, is scaled to the full container width; the choice of breaks is a
// shortest path through the break points 0..n where the edge i -> j is the row of items i..j-1.
import type { FluidBox, FluidLayout, FluidLength, LayoutItem, LayoutResult } from './types.js';
import { EMPTY_FLUID_LAYOUT, completeLayout } from './fluid.js';
import {
  DEFAULT_SPACING,
  containerWidthOf,
  itemAspectRatio,
  itemList,
  nonNegativeOr,
  positiveOr,
} from './input.js';

/** Wider than this (width / height), an image is a panorama: alone in its row is fine, and never capped. */
export const PANORAMA_ASPECT_RATIO = 3;

const ADAPTIVE_MIN_ROW_HEIGHT = 160;
const ADAPTIVE_MAX_ROW_HEIGHT = 320;
const DEFAULT_MIN_ROW_HEIGHT_RATIO = 0.5;
const DEFAULT_MAX_ROW_HEIGHT_RATIO = 2;
// A row outside [min, max] x target costs this many times more, so it is chosen only when nothing else is
// possible (a lone portrait between two `full` items, a one-item exhibition, a very narrow container).
const OUT_OF_RANGE_WEIGHT = 1000;
// A row holding a `wide` item that ends up lower than the target costs this many times more.
const WIDE_BELOW_TARGET_WEIGHT = 100;
const MAX_ITEMS_WITH_WIDE = 2;
// Bounds the work per break point (the K of O(n*K)): a row never holds more items than 1:4 portraits at the
// minimum row height would fill, and never more than this.
const NARROWEST_PLANNED_ASPECT_RATIO = 1 / 4;
const MAX_ITEMS_PER_ROW = 256;

const NORMAL = 0;
const WIDE = 1;
const FULL = 2;

export interface JustifiedOptions {
  readonly containerWidth: number;
  /** Default: `adaptiveRowHeight(containerWidth)`. */
  readonly targetRowHeight?: number;
  /** Gap between boxes and between rows, px. Default 8. */
  readonly spacing?: number;
  /** Rows lower than this x target are avoided whenever possible. Default 0.5. */
  readonly minRowHeightRatio?: number;
  /**
   * Rows taller than this x target are avoided whenever possible; one that cannot be avoided (and every `full`
   * item) is capped at this height and centred, keeping its aspect ratio, unless it is a lone panorama.
   * Default 2.
   */
  readonly maxRowHeightRatio?: number;
}

/**
 * `row`: items justified together; `full`: an item with the `full` hint, alone; `panorama`: a lone panorama.
 * Only `row` rows count as orphans or deviations in `rowQuality`.
 */
export type JustifiedRowKind = 'row' | 'full' | 'panorama';

export interface JustifiedRow {
  /** Index of the row's first item. */
  readonly start: number;
  /** Index after the row's last item. */
  readonly end: number;
  /** The height of the row's boxes, px. */
  readonly height: number;
  /** Where the row starts: 0 unless it was capped and centred. */
  readonly inlineStart: number;
  /** From the first box's start to the last box's end: the container width unless capped. */
  readonly width: number;
  readonly kind: JustifiedRowKind;
}

export interface JustifiedLayout extends LayoutResult {
  readonly rows: readonly JustifiedRow[];
}

/** A target row height for a container width: about a quarter of it, clamped to 160-320 px. */
export function adaptiveRowHeight(containerWidth: number): number {
  if (!(containerWidth > 0)) return ADAPTIVE_MIN_ROW_HEIGHT;
  const quarter = Math.round(containerWidth / 4);
  return Math.min(Math.max(quarter, ADAPTIVE_MIN_ROW_HEIGHT), ADAPTIVE_MAX_ROW_HEIGHT);
}

/** Settings of one run, all validated. */
interface RowPlan {
  readonly width: number;
  readonly spacing: number;
  readonly target: number;
  readonly minHeight: number;
  readonly maxHeight: number;
  readonly maxItemsPerRow: number;
}

interface PlannedRow {
  readonly start: number;
  readonly end: number;
  readonly kind: JustifiedRowKind;
}

/**
 * Lays items out in justified rows. O(n*K) time, K the most items a row may hold; never throws: bad
 * numbers fall back to the defaults, and a width that is not a positive number gives an empty layout.
 */
export function justifiedLayout(
  items: readonly LayoutItem[],
  options: JustifiedOptions,
): JustifiedLayout {
  const list = itemList(items);
  const width = containerWidthOf(options?.containerWidth);
  if (list.length === 0 || width === 0) {
    return { ...completeLayout(EMPTY_FLUID_LAYOUT, width), rows: [] };
  }
  const aspects = Float64Array.from(list, itemAspectRatio);
  const hints = Uint8Array.from(list, (item) =>
    item?.hint === 'full' ? FULL : item?.hint === 'wide' ? WIDE : NORMAL,
  );
  const plan = rowPlan(width, options);
  const rows = chooseRows(aspects, hints, plan);
  const layout = completeLayout(placeRows(rows, aspects, plan), width);
  return { ...layout, rows: rows.map((row) => measuredRow(row, layout)) };
}

function rowPlan(width: number, options: JustifiedOptions): RowPlan {
  const target = positiveOr(options.targetRowHeight, adaptiveRowHeight(width));
  const minRatio = positiveOr(options.minRowHeightRatio, DEFAULT_MIN_ROW_HEIGHT_RATIO);
  const maxRatio = positiveOr(options.maxRowHeightRatio, DEFAULT_MAX_ROW_HEIGHT_RATIO);
  const minHeight = target * Math.min(minRatio, 1);
  const maxItems = Math.ceil(width / (minHeight * NARROWEST_PLANNED_ASPECT_RATIO));
  return {
    width,
    spacing: nonNegativeOr(options.spacing, DEFAULT_SPACING),
    target,
    minHeight,
    maxHeight: target * Math.max(maxRatio, 1),
    maxItemsPerRow: Math.min(Math.max(maxItems, 1), MAX_ITEMS_PER_ROW),
  };
}

/** The cheapest breaks: one forward pass over break points, relaxing the rows that start at each. */
function chooseRows(aspects: Float64Array, hints: Uint8Array, plan: RowPlan): PlannedRow[] {
  const count = aspects.length;
  const cheapest = new Float64Array(count + 1).fill(Infinity);
  const rowStartBefore = new Int32Array(count + 1);
  cheapest[0] = 0;
  for (let start = 0; start < count; start++) {
    // Always finite: the one-item row from start - 1 is always possible.
    const costSoFar = cheapest[start]!;
    const lastEnd = Math.min(count, start + plan.maxItemsPerRow);
    let rowAspect = 0;
    let hasWide = false;
    for (let end = start + 1; end <= lastEnd; end++) {
      const hint = hints[end - 1]!;
      const itemsInRow = end - start;
      if (hint === FULL && itemsInRow > 1) break;
      hasWide ||= hint === WIDE;
      if (hasWide && itemsInRow > MAX_ITEMS_WITH_WIDE) break;
      rowAspect += aspects[end - 1]!;
      const height = (plan.width - plan.spacing * (itemsInRow - 1)) / rowAspect;
      if (!(height > 0)) break;
      const alone = isLonePanorama(itemsInRow, rowAspect);
      const total = costSoFar + rowCost(height, itemsInRow, alone, hasWide, plan);
      if (total < cheapest[end]!) {
        cheapest[end] = total;
        rowStartBefore[end] = start;
      }
      // Adding items only lowers the row: once below the minimum, longer rows are worse still.
      if (hints[start] === FULL || height < plan.minHeight) break;
    }
  }
  const rows: PlannedRow[] = [];
  for (let end = count; end > 0; ) {
    const start = rowStartBefore[end]!;
    rows.push({ start, end, kind: rowKind(start, end, aspects, hints) });
    end = start;
  }
  return rows.reverse();
}

/** Squared relative deviation from the target, per item (react-photo-album weighs rows by item count). */
function rowCost(
  height: number,
  itemsInRow: number,
  alone: boolean,
  hasWide: boolean,
  plan: RowPlan,
): number {
  const deviation = (height - plan.target) / plan.target;
  let cost = itemsInRow * deviation * deviation;
  const outOfRange = height < plan.minHeight || height > plan.maxHeight;
  if (outOfRange && !alone) cost *= OUT_OF_RANGE_WEIGHT;
  if (hasWide && height < plan.target) cost *= WIDE_BELOW_TARGET_WEIGHT;
  return cost;
}

function rowKind(
  start: number,
  end: number,
  aspects: Float64Array,
  hints: Uint8Array,
): JustifiedRowKind {
  if (hints[start] === FULL) return 'full';
  return isLonePanorama(end - start, aspects[start]!) ? 'panorama' : 'row';
}

function isLonePanorama(itemsInRow: number, rowAspect: number): boolean {
  return itemsInRow === 1 && rowAspect > PANORAMA_ASPECT_RATIO;
}

/**
 * Places the rows as lengths that follow the container width. A row's content width is W - gaps, so its
 * height is (W - gaps) / (sum of aspect ratios). A row taller than the maximum at the computed width is
 * scaled by a constant factor and centred, which keeps it inside the container at every width.
 */
function placeRows(rows: readonly PlannedRow[], aspects: Float64Array, plan: RowPlan): FluidLayout {
  const boxes: FluidBox[] = [];
  let top: FluidLength = { perWidth: 0, px: 0 };
  for (const row of rows) {
    const gaps = plan.spacing * (row.end - row.start - 1);
    let rowAspect = 0;
    for (let index = row.start; index < row.end; index++) rowAspect += aspects[index]!;
    const justifiedHeight = (plan.width - gaps) / rowAspect;
    const uncapped = isLonePanorama(row.end - row.start, rowAspect);
    const scale =
      uncapped || justifiedHeight <= plan.maxHeight ? 1 : plan.maxHeight / justifiedHeight;
    const height: FluidLength = { perWidth: scale / rowAspect, px: (-scale * gaps) / rowAspect };
    let inlineStart: FluidLength = { perWidth: (1 - scale) / 2, px: (-(1 - scale) * gaps) / 2 };
    for (let index = row.start; index < row.end; index++) {
      const aspect = aspects[index]!;
      const width: FluidLength = { perWidth: aspect * height.perWidth, px: aspect * height.px };
      boxes.push({ index, inlineStart, top, width, height });
      inlineStart = {
        perWidth: inlineStart.perWidth + width.perWidth,
        px: inlineStart.px + width.px + plan.spacing,
      };
    }
    top = { perWidth: top.perWidth + height.perWidth, px: top.px + height.px + plan.spacing };
  }
  return { boxes, height: { perWidth: top.perWidth, px: top.px - plan.spacing } };
}

function measuredRow(row: PlannedRow, layout: LayoutResult): JustifiedRow {
  const first = layout.boxes[row.start]!;
  const last = layout.boxes[row.end - 1]!;
  return {
    start: row.start,
    end: row.end,
    kind: row.kind,
    height: first.height,
    inlineStart: first.inlineStart,
    width: last.inlineStart + last.width - first.inlineStart,
  };
}
