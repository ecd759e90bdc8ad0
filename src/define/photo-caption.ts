import { PhotoCaption } from '../elements/photo-caption/photo-caption.js';
import { registerElement } from '../internal/register.js';

registerElement('photo-caption', PhotoCaption);

declare global {
  interface HTMLElementTagNameMap {
    'photo-caption': PhotoCaption;
  }
}

export { PhotoCaption };
