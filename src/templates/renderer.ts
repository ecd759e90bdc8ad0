// Everything the elements need to render a document, gathered in one module so that the CDN build can load it
// as one lazy chunk, in parallel with the document and the validator (see src/internal/renderer.ts).
export { captionLabel, captionTemplate } from './caption.js';
export { textIn } from './context.js';
export {
  errorTemplate,
  errorView,
  footerTemplate,
  headerTemplate,
  metadataTemplate,
  problemsPanel,
  prose,
} from './exhibit.js';
export {
  FALLBACK_ASPECT_RATIO,
  captionCardTemplate,
  frameTemplate,
  placeholderColor,
} from './figure.js';
export { BlockHeights } from './block-heights.js';
export { keyTarget } from './keyboard.js';
export { NearBlocks } from './near-blocks.js';
export { styleProps } from './style-props.js';
export { photoName } from './tiles.js';
export {
  languageSwitcherTemplate,
  aspectRatioFor,
  blockStartOf,
  chunkEnd,
  blocksWithin,
  layoutExhibition,
  sectionsTemplate,
  tocTemplate,
} from './sections.js';
export { aspectRatioOf } from '../core/images/index.js';
export { widthBreakpoint } from '../core/layout/index.js';
