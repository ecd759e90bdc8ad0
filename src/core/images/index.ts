export type {
  IiifProfile,
  IiifServiceInput,
  IiifServiceType,
  ImageSourceInput,
  ImageVariantInput,
  SrcsetCandidate,
} from './types.js';
export type { IiifImageRequest } from './iiif.js';
export { IIIF_WIDTH_LADDER, iiifImageUrl, iiifWidthLadder } from './iiif.js';
export type { BestSource, ImgAttributes, PictureSource } from './sources.js';
export {
  aspectRatioOf,
  bestSource,
  imgAttributes,
  pictureSources,
  srcsetCandidates,
} from './sources.js';
export { cssUrl, objectPosition, sizesAttribute } from './css.js';
export { thumbhashAverageColor } from './thumbhash.js';
