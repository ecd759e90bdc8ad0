// The IIIF importer, loaded as a lazy chunk: an exhibition in the project's own format never downloads it.

export {
  importIiif,
  isIiif,
  mergeCollection,
  type IiifChild,
  type IiifChildResult,
  type IiifImport,
  type IiifImportOptions,
  type IiifKind,
} from './iiif.js';
