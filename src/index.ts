/**
 * photo-exhibit: registers every element and re-exports the classes, events and the DOM-free core.
 * Import `photo-exhibit/elements/<tag>.js` for a class without registering it.
 */
import './define/index.js';
// The npm entry registers every element, the viewer included (the CDN entry loads the viewer lazily).
import './define/photo-viewer.js';

export { PhotoExhibit } from './elements/photo-exhibit/photo-exhibit.js';
export type {
  ExhibitLayout,
  ExhibitState,
  ExhibitTheme,
} from './elements/photo-exhibit/photo-exhibit.js';
export { PhotoFigure } from './elements/photo-figure/photo-figure.js';
export { PhotoCaption } from './elements/photo-caption/photo-caption.js';
export { PhotoViewer } from './elements/photo-viewer/photo-viewer.js';
export * from './events.js';
export * from './core/index.js';
