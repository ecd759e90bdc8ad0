import { renderGallery } from './gallery-dom.js';

void renderGallery(document.getElementById('gallery'));
