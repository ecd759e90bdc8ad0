export type {
  FluidBox,
  FluidLayout,
  FluidLength,
  LayoutBox,
  LayoutHint,
  LayoutItem,
  LayoutResult,
} from './types.js';
export { fluidCss, fluidValue, layoutAtWidth } from './fluid.js';
export type {
  JustifiedLayout,
  JustifiedOptions,
  JustifiedRow,
  JustifiedRowKind,
} from './justified.js';
export { PANORAMA_ASPECT_RATIO, adaptiveRowHeight, justifiedLayout } from './justified.js';
export type { GridLayout, GridOptions } from './grid.js';
export { gridLayout } from './grid.js';
export type { ColumnsLayout, ColumnsOptions, LayoutColumn } from './columns.js';
export { columnCountFor, columnsLayout } from './columns.js';
export { WIDTH_BREAKPOINTS, widthBreakpoint } from './breakpoints.js';
export type { RowQuality } from './quality.js';
export { rowQuality } from './quality.js';
export type { TextRun } from './text-lines.js';
export { emWidth, estimatedLines } from './text-lines.js';
