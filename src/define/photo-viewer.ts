import { PhotoViewer } from '../elements/photo-viewer/photo-viewer.js';
import { registerElement } from '../internal/register.js';

registerElement('photo-viewer', PhotoViewer);

declare global {
  interface HTMLElementTagNameMap {
    'photo-viewer': PhotoViewer;
  }
}

export { PhotoViewer };
