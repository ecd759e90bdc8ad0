// PhotoSwipe 5's lightbox over the floor's gallery. Its core module loads on the first open.
import PhotoSwipeLightbox from 'photoswipe/lightbox';
import 'photoswipe/style.css';
import { srcsetOf } from './caption-content.js';
import { renderGallery } from './gallery-dom.js';

const container = document.getElementById('gallery');
const lightbox = new PhotoSwipeLightbox({
  gallery: container,
  children: 'a.photo-link',
  pswpModule: () => import('photoswipe'),
});
lightbox.init();

void renderGallery(container, {
  wrapImage(img, item, base) {
    const link = document.createElement('a');
    link.className = 'photo-link';
    link.href = new URL(item.image.src, base).href;
    link.dataset.pswpWidth = String(item.image.width);
    link.dataset.pswpHeight = String(item.image.height);
    link.dataset.pswpSrcset = srcsetOf(item.image, base);
    link.append(img);
    return link;
  },
});
