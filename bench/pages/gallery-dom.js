// The floor: the exhibition built with plain DOM calls in one task, every figure with its caption, in the
// justified rows of photo-exhibit's own `justifiedLayout` (flex rows, each cell growing with its box width),
// as a hand-written page would. No chunking, no content-visibility: the simplest correct page.
import { adaptiveRowHeight, justifiedLayout } from '../../dist/core/index.js';
import { captionContent, srcsetOf } from './caption-content.js';

const GAP = 8;
/** Images of the first screen load eagerly, the rest lazily (as photo-exhibit does). */
const EAGER_IMAGES = 8;

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function captionElement(caption) {
  const content = captionContent(caption);
  const figcaption = element('figcaption', 'caption');
  if (content.title) figcaption.append(element('p', 'caption-title', content.title));
  for (const paragraph of content.paragraphs)
    figcaption.append(element('p', 'caption-text', paragraph));
  if (content.quote) {
    const quote = element('blockquote', 'quote');
    for (const paragraph of content.quote.paragraphs) quote.append(element('p', '', paragraph));
    if (content.quote.signature)
      quote.append(element('footer', 'signature', content.quote.signature));
    figcaption.append(quote);
  }
  if (content.date) {
    const time = element('time', '', content.date.text);
    time.dateTime = content.date.datetime;
    const meta = element('p', 'meta');
    meta.append(time);
    figcaption.append(meta);
  }
  if (content.credit) figcaption.append(element('p', 'credit', content.credit));
  return figcaption;
}

function imageElement(image, base, sizes, eager) {
  const img = element('img');
  img.src = new URL(image.src, base).href;
  img.srcset = srcsetOf(image, base);
  img.sizes = sizes;
  img.width = image.width;
  img.height = image.height;
  img.alt = image.alt ?? '';
  img.loading = eager ? 'eager' : 'lazy';
  img.decoding = 'async';
  return img;
}

/**
 * Fetches the document named by `container.dataset.src` and builds it into the container.
 * `wrapImage(img, item, base)` may return an element that holds the image (a lightbox link).
 */
export async function renderGallery(container, { wrapImage } = {}) {
  const base = new URL(container.dataset.src, location.href);
  const exhibition = await (await fetch(base)).json();
  const width = container.clientWidth;
  const targetRowHeight = adaptiveRowHeight(width);
  const page = document.createDocumentFragment();
  page.append(element('h1', 'title', exhibition.title));
  for (const paragraph of exhibition.intro ?? []) page.append(element('p', 'intro', paragraph));
  let index = 0;
  for (const section of exhibition.sections) {
    const sectionElement = element('section', 'section');
    sectionElement.append(element('h2', 'section-title', section.title));
    const layout = justifiedLayout(
      section.items.map((item) => ({ aspectRatio: item.image.width / item.image.height })),
      { containerWidth: width, targetRowHeight, spacing: GAP },
    );
    for (const row of layout.rows) {
      const rowElement = element('div', 'row');
      // A capped row is narrower than the container: it keeps its width, centred.
      const partial = row.width < width * 0.98;
      if (partial) rowElement.classList.add('partial');
      for (let position = row.start; position < row.end; position++) {
        const box = layout.boxes[position];
        const item = section.items[position];
        const cell = element('div', 'cell');
        cell.style.flexGrow = String(box.width);
        if (partial) cell.style.maxWidth = `${((box.width / width) * 100).toFixed(4)}%`;
        const figure = element('figure', 'tile');
        figure.dataset.index = String(index);
        const img = imageElement(
          item.image,
          base,
          `${Math.ceil(box.width)}px`,
          index < EAGER_IMAGES,
        );
        figure.append(wrapImage ? wrapImage(img, item, base) : img, captionElement(item.caption));
        cell.append(figure);
        rowElement.append(cell);
        index += 1;
      }
      sectionElement.append(rowElement);
    }
    page.append(sectionElement);
  }
  container.replaceChildren(page);
  // Every caption is in the DOM now (the definition the benchmark uses for "all text").
  performance.mark('bench:all-text');
}
