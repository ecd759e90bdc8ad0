/**
 * The CDN entry (`dist/cdn/photo-exhibit.js`): registers every element. The validator, the lightbox and the
 * IIIF importer are chunks beside it, loaded when a page first needs them.
 */
import './define/index.js';

export { PhotoExhibit } from './elements/photo-exhibit/photo-exhibit.js';
export { PhotoFigure } from './elements/photo-figure/photo-figure.js';
export { PhotoCaption } from './elements/photo-caption/photo-caption.js';
