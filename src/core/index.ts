// The DOM-free core of photo-exhibit (`photo-exhibit/core`): usable in Node and in the browser.

export * from './format/index.js';
// The layout and image modules name their own structural inputs; the format's LayoutHint, IiifProfile and
// IiifServiceType are the same unions and are exported once, from the format.
export {
  PANORAMA_ASPECT_RATIO,
  WIDTH_BREAKPOINTS,
  adaptiveRowHeight,
  columnCountFor,
  columnsLayout,
  fluidCss,
  fluidValue,
  gridLayout,
  justifiedLayout,
  layoutAtWidth,
  rowQuality,
  widthBreakpoint,
  type ColumnsLayout,
  type ColumnsOptions,
  type FluidBox,
  type FluidLayout,
  type FluidLength,
  type GridLayout,
  type GridOptions,
  type JustifiedLayout,
  type JustifiedOptions,
  type JustifiedRow,
  type JustifiedRowKind,
  type LayoutBox,
  type LayoutColumn,
  type LayoutItem,
  type LayoutResult,
  type RowQuality,
} from './layout/index.js';
export {
  IIIF_WIDTH_LADDER,
  aspectRatioOf,
  bestSource,
  iiifImageUrl,
  iiifWidthLadder,
  imgAttributes,
  objectPosition,
  pictureSources,
  sizesAttribute,
  srcsetCandidates,
  thumbhashAverageColor,
  type BestSource,
  type IiifImageRequest,
  type IiifServiceInput,
  type ImageSourceInput,
  type ImageVariantInput,
  type ImgAttributes,
  type PictureSource,
  type SrcsetCandidate,
} from './images/index.js';
export { parseJson, type JsonParseResult } from './load/parse-json.js';
export * from './i18n/index.js';
export * from './import/index.js';
