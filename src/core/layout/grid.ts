// Uniform cells: every image is cropped to the same box (`object-fit: cover` with its focus point).
import type { FluidBox, FluidLength, LayoutItem, LayoutResult } from './types.js';
import { EMPTY_FLUID_LAYOUT, completeLayout } from './fluid.js';
import { DEFAULT_SPACING, containerWidthOf, itemList, nonNegativeOr, positiveOr } from './input.js';

const DEFAULT_MIN_CELL_WIDTH = 220;

export interface GridOptions {
  readonly containerWidth: number;
  /** Cells are at least this wide (unless the container is narrower): default 220 px. */
  readonly minCellWidth?: number;
  /** Gap between cells, px. Default 8. */
  readonly spacing?: number;
  /** Width / height of every cell. Default 1. */
  readonly cellAspectRatio?: number;
}

export interface GridLayout extends LayoutResult {
  /** Number of columns: as many cells of at least `minCellWidth` as fit, at least 1. */
  readonly columns: number;
}

/** A grid of equal cells, filled row by row in input order. Only the number of items matters. */
export function gridLayout(items: readonly LayoutItem[], options: GridOptions): GridLayout {
  const count = itemList(items).length;
  const width = containerWidthOf(options?.containerWidth);
  if (width === 0) return { ...completeLayout(EMPTY_FLUID_LAYOUT, width), columns: 0 };
  const spacing = nonNegativeOr(options.spacing, DEFAULT_SPACING);
  const minCellWidth = positiveOr(options.minCellWidth, DEFAULT_MIN_CELL_WIDTH);
  const cellAspect = positiveOr(options.cellAspectRatio, 1);
  const columns = Math.max(1, Math.floor((width + spacing) / (minCellWidth + spacing)));
  // Positive: the column count guarantees W - gaps >= columns * minCellWidth.
  const cellWidth: FluidLength = {
    perWidth: 1 / columns,
    px: (-spacing * (columns - 1)) / columns,
  };
  const cellHeight: FluidLength = {
    perWidth: cellWidth.perWidth / cellAspect,
    px: cellWidth.px / cellAspect,
  };
  const boxes: FluidBox[] = [];
  for (let index = 0; index < count; index++) {
    const column = index % columns;
    const row = Math.floor(index / columns);
    boxes.push({
      index,
      inlineStart: { perWidth: column * cellWidth.perWidth, px: column * (cellWidth.px + spacing) },
      top: { perWidth: row * cellHeight.perWidth, px: row * (cellHeight.px + spacing) },
      width: cellWidth,
      height: cellHeight,
    });
  }
  const rows = Math.ceil(count / columns);
  const height: FluidLength =
    rows === 0
      ? { perWidth: 0, px: 0 }
      : { perWidth: rows * cellHeight.perWidth, px: rows * cellHeight.px + (rows - 1) * spacing };
  return { ...completeLayout({ boxes, height }, width), columns };
}
