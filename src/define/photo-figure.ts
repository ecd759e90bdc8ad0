import { PhotoFigure } from '../elements/photo-figure/photo-figure.js';
import { registerElement } from '../internal/register.js';

registerElement('photo-figure', PhotoFigure);

declare global {
  interface HTMLElementTagNameMap {
    'photo-figure': PhotoFigure;
  }
}

export { PhotoFigure };
