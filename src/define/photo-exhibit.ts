import { PhotoExhibit } from '../elements/photo-exhibit/photo-exhibit.js';
import { registerElement } from '../internal/register.js';

registerElement('photo-exhibit', PhotoExhibit);

declare global {
  interface HTMLElementTagNameMap {
    'photo-exhibit': PhotoExhibit;
  }
}

export { PhotoExhibit };
