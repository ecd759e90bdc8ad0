// Level columns without cropping: items flow down column 1, then column 2, ...; each column gets the width
// that makes every column exactly as tall as the others, and the breaks between columns are chosen so those
// widths stay as close to equal as possible.
import type { FluidBox, FluidLayout, FluidLength, LayoutItem, LayoutResult } from './types.js';
import { EMPTY_FLUID_LAYOUT, completeLayout, fluidValue } from './fluid.js';
import {
  DEFAULT_SPACING,
  containerWidthOf,
  itemAspectRatio,
  itemList,
  nonNegativeOr,
} from './input.js';

/** [minimum container width, columns]; every threshold is also one of `WIDTH_BREAKPOINTS`. */
const COLUMN_BREAKPOINTS: readonly (readonly [number, number])[] = [
  [2080, 6],
  [1600, 5],
  [1120, 4],
  [800, 3],
  [480, 2],
];

export interface ColumnsOptions {
  readonly containerWidth: number;
  /** Default: `columnCountFor(containerWidth)`. Never more than there are items. */
  readonly columns?: number;
  /** Gap between columns and between boxes in a column, px. Default 8. */
  readonly spacing?: number;
}

export interface LayoutColumn {
  /** Index of the column's first item. */
  readonly start: number;
  /** Index after the column's last item. */
  readonly end: number;
  readonly inlineStart: number;
  readonly width: number;
}

export interface ColumnsLayout extends LayoutResult {
  readonly columns: readonly LayoutColumn[];
}

/** Columns for a container width: 1 below 480 px, then 2, 3 (800), 4 (1120), 5 (1600), 6 (2080 and up). */
export function columnCountFor(containerWidth: number): number {
  return COLUMN_BREAKPOINTS.find(([minWidth]) => containerWidth >= minWidth)?.[1] ?? 1;
}

/**
 * Lays items out in level columns, in order down each column. With K columns, column i holding n_i items
 * whose inverse aspect ratios sum to S_i is w_i * S_i + spacing * (n_i - 1) tall at width w_i; the common
 * height H follows from sum(w_i) = W - spacing * (K - 1). Should the best breaks still leave a column no
 * width (only when the gaps take nearly all the width), one column fewer is tried, so columns are always
 * level. O(K * n log n); never throws.
 */
export function columnsLayout(
  items: readonly LayoutItem[],
  options: ColumnsOptions,
): ColumnsLayout {
  const list = itemList(items);
  const width = containerWidthOf(options?.containerWidth);
  if (list.length === 0 || width === 0) {
    return { ...completeLayout(EMPTY_FLUID_LAYOUT, width), columns: [] };
  }
  const spacing = nonNegativeOr(options.spacing, DEFAULT_SPACING);
  const requested = options.columns;
  const wanted =
    typeof requested === 'number' && requested >= 1 && Number.isFinite(requested)
      ? Math.floor(requested)
      : columnCountFor(width);
  // W - spacing * (K - 1) must stay positive.
  const fitting = spacing > 0 ? Math.ceil(width / spacing) : Infinity;
  const columnCount = Math.min(wanted, list.length, fitting);
  const aspects = Float64Array.from(list, itemAspectRatio);
  const inverseSums = new Float64Array(aspects.length + 1);
  aspects.forEach((aspect, index) => {
    inverseSums[index + 1] = inverseSums[index]! + 1 / aspect;
  });
  for (let columns = columnCount; columns >= 1; columns--) {
    const ends = chooseColumnEnds(inverseSums, columns, width, spacing);
    const fluid = placeColumns(ends, aspects, inverseSums, width, spacing);
    if (fluid) {
      const layout = completeLayout(fluid, width);
      return { ...layout, columns: measuredColumns(ends, layout) };
    }
  }
  // Not reached: a single column always has a width, W.
  return { ...completeLayout(EMPTY_FLUID_LAYOUT, width), columns: [] };
}

/**
 * The breaks that minimise sum((h_i - mean)^2), h_i being column i's height at equal widths w = (W - gaps) / K.
 * A column's width in the level layout differs from w by (mean - h_i) / S_i (to first order), so this keeps
 * the widths close to equal while the cost stays a convex function of (F[j] - F[i]) with F increasing; that
 * makes the cost Monge, so each column's best start is monotone in its end and divide and conquer finds it.
 */
function chooseColumnEnds(
  inverseSums: Float64Array,
  columnCount: number,
  width: number,
  spacing: number,
): number[] {
  const count = inverseSums.length - 1;
  const equalWidth = (width - spacing * (columnCount - 1)) / columnCount;
  const meanHeight =
    (equalWidth * inverseSums[count]! + spacing * (count - columnCount)) / columnCount;
  const heightTo = (end: number): number => equalWidth * inverseSums[end]! + spacing * end;
  const cost = (start: number, end: number): number => {
    const deviation = heightTo(end) - heightTo(start) - spacing - meanHeight;
    return deviation * deviation;
  };

  let previous = new Float64Array(count + 1).fill(Infinity);
  for (let end = 1; end <= count; end++) previous[end] = cost(0, end);
  // bestStart[(column - 1) * (count + 1) + end]: start of column `column` (1-based) when it ends at `end`.
  const bestStart = new Int32Array(columnCount * (count + 1));
  for (let column = 2; column <= columnCount; column++) {
    const current = new Float64Array(count + 1).fill(Infinity);
    const row = (column - 1) * (count + 1);
    const solve = (endLow: number, endHigh: number, startLow: number, startHigh: number): void => {
      if (endLow > endHigh) return;
      const end = (endLow + endHigh) >> 1;
      let best = Infinity;
      let bestAt = startLow;
      for (let start = startLow; start <= Math.min(startHigh, end - 1); start++) {
        const total = previous[start]! + cost(start, end);
        if (total < best) {
          best = total;
          bestAt = start;
        }
      }
      current[end] = best;
      bestStart[row + end] = bestAt;
      solve(endLow, end - 1, startLow, bestAt);
      solve(end + 1, endHigh, bestAt, startHigh);
    };
    // Column `column` ends between `column` and count - (columns after it), each column non-empty.
    solve(column, count - (columnCount - column), column - 1, count - 1);
    previous = current;
  }

  const ends = [count];
  for (let column = columnCount; column > 1; column--) {
    ends.unshift(bestStart[(column - 1) * (count + 1) + ends[0]!]!);
  }
  return ends;
}

/** The level layout for these breaks, or undefined when a column would get no width. */
function placeColumns(
  ends: readonly number[],
  aspects: Float64Array,
  inverseSums: Float64Array,
  width: number,
  spacing: number,
): FluidLayout | undefined {
  const columns = ends.map((end, column) => {
    const start = column === 0 ? 0 : ends[column - 1]!;
    return { start, end, inverseSum: inverseSums[end]! - inverseSums[start]! };
  });
  const gaps = spacing * (columns.length - 1);
  // Level: w_i = (H - spacing * (n_i - 1)) / S_i with H = (W - gaps + spacing * sum((n_i - 1) / S_i)) / sum(1 / S_i).
  const inverseTotal = columns.reduce((sum, column) => sum + 1 / column.inverseSum, 0);
  const spacingTerm = columns.reduce(
    (sum, column) => sum + (spacing * (column.end - column.start - 1)) / column.inverseSum,
    0,
  );
  const levelHeight: FluidLength = {
    perWidth: 1 / inverseTotal,
    px: (spacingTerm - gaps) / inverseTotal,
  };
  const levelWidths = columns.map(
    (column): FluidLength => ({
      perWidth: levelHeight.perWidth / column.inverseSum,
      px: (levelHeight.px - spacing * (column.end - column.start - 1)) / column.inverseSum,
    }),
  );
  if (levelWidths.some((length) => !(fluidValue(length, width) > 0))) return undefined;

  const boxes: FluidBox[] = [];
  let inlineStart: FluidLength = { perWidth: 0, px: 0 };
  columns.forEach((column, columnIndex) => {
    const columnWidth = levelWidths[columnIndex]!;
    let top: FluidLength = { perWidth: 0, px: 0 };
    for (let index = column.start; index < column.end; index++) {
      const aspect = aspects[index]!;
      const boxHeight = { perWidth: columnWidth.perWidth / aspect, px: columnWidth.px / aspect };
      boxes.push({ index, inlineStart, top, width: columnWidth, height: boxHeight });
      top = { perWidth: top.perWidth + boxHeight.perWidth, px: top.px + boxHeight.px + spacing };
    }
    inlineStart = {
      perWidth: inlineStart.perWidth + columnWidth.perWidth,
      px: inlineStart.px + columnWidth.px + spacing,
    };
  });
  return { boxes, height: levelHeight };
}

function measuredColumns(ends: readonly number[], layout: LayoutResult): LayoutColumn[] {
  return ends.map((end, column) => {
    const start = column === 0 ? 0 : ends[column - 1]!;
    const first = layout.boxes[start]!;
    return { start, end, inlineStart: first.inlineStart, width: first.width };
  });
}
