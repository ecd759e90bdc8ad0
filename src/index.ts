/**
 * photo-exhibit: registers every element and re-exports the classes, events and the DOM-free core.
 * Import `photo-exhibit/elements/<tag>.js` for a class without registering it.
 */
import './define/index.js';

export { PhotoExhibit } from './elements/photo-exhibit/photo-exhibit.js';
export type {
  ExhibitLayout,
  ExhibitState,
  ExhibitTheme,
} from './elements/photo-exhibit/photo-exhibit.js';
export { PhotoFigure } from './elements/photo-figure/photo-figure.js';
export { PhotoCaption } from './elements/photo-caption/photo-caption.js';
export * from './events.js';
export * from './core/index.js';
