import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Item } from '../../src/core/format/types.js';
import '../../src/define/photo-viewer.js';
import type { PhotoViewer } from '../../src/elements/photo-viewer/photo-viewer.js';
import { loadRenderer } from '../../src/internal/renderer.js';
import type { PhotoChangeEvent, PhotoCloseEvent } from '../../src/events.js';
import { until, watchImageRequests } from '../support/fixtures.js';
import {
  centerOf,
  dispatchPointer,
  doubleTap,
  drag,
  pinch,
  pointIn,
  tap,
  wheel,
} from '../support/gestures.js';
import type { Point } from '../support/gestures.js';
import { holdIdleCallbacks, longIdlePeriod, replaceIdleCallbacks } from '../support/idle.js';

const img = (name: string) => `/test/fixtures/img/${name}`;

const items: Item[] = [
  {
    id: 'harbour',
    image: {
      src: img('harbour-3x2.svg'),
      width: 1500,
      height: 1000,
      alt: 'A low sun over a harbour',
      description: 'Hills in front, the sun low over the water.',
    },
    caption: { title: 'Harbour', text: 'Evening over the harbour.' },
    rights: { statement: 'Drawings made for the tests.' },
  },
  {
    id: 'tower',
    image: { src: img('tower-2x3.svg'), width: 1000, height: 1500, alt: 'A pale sky' },
    caption: { text: 'A portrait view. It is tall.' },
  },
  { id: 'note', caption: { title: 'A note without a photo', text: 'Only words here.' } },
  {
    id: 'square',
    image: { src: img('square-1x1.svg'), width: 1200, height: 1200, alt: 'Violet dusk' },
    caption: { title: 'Dusk', text: 'A square view.' },
  },
  {
    id: 'coast',
    image: { src: img('coast-16x9.svg'), width: 1600, height: 900, alt: 'A coast' },
    caption: { title: 'Coast', text: 'A wide view.' },
  },
];

const root = (viewer: PhotoViewer) => viewer.shadowRoot!;
const part = <T extends Element = HTMLElement>(viewer: PhotoViewer, name: string) =>
  root(viewer).querySelector<T & Element>(`[part~="${name}"]`);
const dialog = (viewer: PhotoViewer) => part<HTMLDialogElement>(viewer, 'dialog')!;
const stage = (viewer: PhotoViewer) => part(viewer, 'stage')!;
const photo = (viewer: PhotoViewer) => part<HTMLImageElement>(viewer, 'image');
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const liveRegion = (viewer: PhotoViewer) => root(viewer).querySelector('[role="status"]:not(p)');
const thumbnails = (viewer: PhotoViewer) => [
  ...root(viewer).querySelectorAll<HTMLButtonElement>('[part="thumbnail"]'),
];

/** An item with a small file and a large one, told apart by `?<marker>=low` and `?<marker>=sharp`. */
const lowAndSharp = (marker: string): Item => ({
  id: marker,
  image: {
    src: img(`harbour-3x2.svg?${marker}=low`),
    width: 300,
    height: 200,
    variants: [{ src: img(`harbour-3x2.svg?${marker}=sharp`), width: 3000, height: 2000 }],
  },
  caption: { text: `${marker}.` },
});

/** Opens a viewer on `index` and waits until the slide (photo, card or error) is on the stage. */
async function openViewer(
  options: { index?: number; items?: Item[]; attributes?: Record<string, string> } = {},
) {
  const viewer = await fixture<PhotoViewer>(html`<photo-viewer></photo-viewer>`);
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    viewer.setAttribute(name, value);
  }
  viewer.items = options.items ?? items;
  await viewer.open(options.index ?? 0);
  await slideShown(viewer);
  return viewer;
}

async function slideShown(viewer: PhotoViewer) {
  await viewer.updateComplete;
  await until(() => ['image', 'card', 'unavailable'].some((name) => part(viewer, name)));
  await viewer.updateComplete;
}

/** Collects the viewer's photo-change and photo-close events. */
function record(viewer: PhotoViewer) {
  const changes: PhotoChangeEvent[] = [];
  const closes: PhotoCloseEvent[] = [];
  viewer.addEventListener('photo-change', (event) => changes.push(event));
  viewer.addEventListener('photo-close', (event) => closes.push(event));
  return { changes, closes };
}

async function press(viewer: PhotoViewer, key: string) {
  const target = root(viewer).activeElement ?? dialog(viewer);
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
  );
  await slideShown(viewer);
}

/** The photo's box relative to the stage's centre. */
function photoBox(viewer: PhotoViewer) {
  const box = photo(viewer)!.getBoundingClientRect();
  return { left: box.left, top: box.top, width: box.width, height: box.height };
}

/** Where a client point falls on the photo, as fractions of its box. */
function fractionOnPhoto(viewer: PhotoViewer, point: Point) {
  const box = photoBox(viewer);
  return { x: (point.x - box.left) / box.width, y: (point.y - box.top) / box.height };
}

/** A point on the stage outside the photo: what a visitor clicks to close. */
function backdropPoint(viewer: PhotoViewer): Point {
  const area = stage(viewer).getBoundingClientRect();
  const box = photoBox(viewer);
  if (box.top - area.top > 10) return { x: area.left + area.width / 2, y: area.top + 4 };
  return { x: area.left + 4, y: area.top + area.height / 2 };
}

describe('<photo-viewer>', () => {
  afterEach(() => {
    for (const viewer of document.querySelectorAll('photo-viewer')) viewer.close();
  });

  describe('opening and closing', () => {
    it('opens a modal dialog on the photo asked for, with focus inside and the photo announced', async () => {
      const viewer = await openViewer({ index: 1 });
      const events = record(viewer);
      expect(viewer.isOpen).to.equal(true);
      expect(viewer.index).to.equal(1);
      expect(dialog(viewer).open).to.equal(true);
      expect(dialog(viewer).matches(':modal')).to.equal(true);
      expect(dialog(viewer).getAttribute('aria-label')).to.equal('Photo viewer');
      expect(root(viewer).activeElement).to.equal(part(viewer, 'close'));
      expect(text(part(viewer, 'counter'))).to.equal('2 of 5');
      expect(text(liveRegion(viewer))).to.equal('Photo 2 of 5: A portrait view.');
      expect(photo(viewer)!.getAttribute('alt')).to.equal('A pale sky');
      expect(photo(viewer)!.getAttribute('src')).to.equal(img('tower-2x3.svg'));
      expect(events.changes).to.have.length(0);
    });

    it('fires photo-close once with the last photo, whatever closes it', async () => {
      const viewer = await openViewer({ index: 3 });
      const events = record(viewer);
      viewer.close();
      viewer.close();
      await viewer.updateComplete;
      expect(viewer.isOpen).to.equal(false);
      expect(dialog(viewer).open).to.equal(false);
      expect(events.closes).to.have.length(1);
      expect(events.closes[0]!.detail).to.deep.equal({ id: 'square', index: 3, item: items[3] });
      expect(events.closes[0]!.bubbles && events.closes[0]!.composed).to.equal(true);
    });

    it('closes with the Escape key', async () => {
      const viewer = await openViewer();
      const events = record(viewer);
      await sendKeys({ press: 'Escape' });
      await until(() => !viewer.isOpen);
      expect(dialog(viewer).open).to.equal(false);
      expect(events.closes).to.have.length(1);
    });

    it('closes on the dialog cancel event (a close request) without closing twice', async () => {
      const viewer = await openViewer();
      const events = record(viewer);
      const cancel = new Event('cancel', { cancelable: true });
      dialog(viewer).dispatchEvent(cancel);
      await viewer.updateComplete;
      expect(cancel.defaultPrevented).to.equal(true);
      expect(viewer.isOpen).to.equal(false);
      await new Promise((resolve) => setTimeout(resolve));
      expect(events.closes).to.have.length(1);
    });

    it('closes on a click on the backdrop around the photo, not on the photo', async () => {
      const viewer = await openViewer();
      const events = record(viewer);
      tap(photo(viewer)!, centerOf(photo(viewer)!), { pointerType: 'mouse' });
      await viewer.updateComplete;
      expect(viewer.isOpen).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 350)); // not a double-click
      tap(stage(viewer), backdropPoint(viewer), { pointerType: 'mouse' });
      await viewer.updateComplete;
      expect(viewer.isOpen).to.equal(false);
      expect(events.closes).to.have.length(1);
    });

    it('opens again at once after closing', async () => {
      const viewer = await openViewer();
      const events = record(viewer);
      viewer.close();
      await viewer.open(3);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(viewer.isOpen).to.equal(true);
      expect(dialog(viewer).open).to.equal(true);
      expect(events.closes).to.have.length(1);
    });

    it('closes with the close button', async () => {
      const viewer = await openViewer();
      const events = record(viewer);
      part(viewer, 'close')!.click();
      await viewer.updateComplete;
      expect(viewer.isOpen).to.equal(false);
      expect(events.closes).to.have.length(1);
    });

    it('locks the page scroll without a layout change and restores it on close', async () => {
      const spacer = document.createElement('div');
      spacer.style.setProperty('height', '4000px');
      document.body.append(spacer);
      const rootStyle = document.documentElement.style;
      rootStyle.setProperty('padding-inline-end', '3px');
      try {
        window.scrollTo(0, 400);
        const width = document.documentElement.clientWidth;
        const viewer = await openViewer();
        expect(rootStyle.getPropertyValue('overflow')).to.equal('hidden');
        expect(document.documentElement.clientWidth).to.equal(width);
        expect(window.scrollY).to.equal(400);
        viewer.close();
        expect(rootStyle.getPropertyValue('overflow')).to.equal('');
        expect(rootStyle.getPropertyValue('scrollbar-gutter')).to.equal('');
        expect(rootStyle.getPropertyValue('padding-inline-end')).to.equal('3px');
        expect(window.scrollY).to.equal(400);
      } finally {
        rootStyle.removeProperty('padding-inline-end');
        spacer.remove();
        window.scrollTo(0, 0);
      }
    });

    it('releases the scroll lock when removed while open', async () => {
      const viewer = await openViewer();
      viewer.remove();
      expect(document.documentElement.style.getPropertyValue('overflow')).to.equal('');
    });

    it('clamps the index it opens on and ignores open() without items', async () => {
      const empty = await fixture<PhotoViewer>(html`<photo-viewer></photo-viewer>`);
      await empty.open(0);
      expect(empty.isOpen).to.equal(false);
      const viewer = await openViewer({ index: 99 });
      expect(viewer.index).to.equal(4);
    });
  });

  describe('browsing', () => {
    it('fires photo-change once per change with id, index and item; the counter, live region and thumbnails follow', async () => {
      const viewer = await openViewer();
      const events = record(viewer);
      viewer.next();
      await slideShown(viewer);
      expect(events.changes.map((event) => event.detail)).to.deep.equal([
        { id: 'tower', index: 1, item: items[1] },
      ]);
      expect(text(part(viewer, 'counter'))).to.equal('2 of 5');
      expect(text(liveRegion(viewer))).to.equal('Photo 2 of 5: A portrait view.');
      expect(thumbnails(viewer).map((button) => button.getAttribute('aria-current'))).to.deep.equal(
        [null, 'true', null, null, null],
      );
      viewer.previous();
      viewer.goTo(4);
      viewer.goTo(4);
      await slideShown(viewer);
      expect(events.changes.map((event) => event.detail.index)).to.deep.equal([1, 0, 4]);
      expect(text(liveRegion(viewer))).to.equal('Photo 5 of 5: Coast');
    });

    it('names each thumbnail like its tile, and a thumbnail click shows its photo', async () => {
      const viewer = await openViewer();
      expect(thumbnails(viewer).map((button) => button.getAttribute('aria-label'))).to.deep.equal([
        'Harbour, photo 1 of 5',
        'A portrait view., photo 2 of 5',
        'A note without a photo, photo 3 of 5',
        'Dusk, photo 4 of 5',
        'Coast, photo 5 of 5',
      ]);
      thumbnails(viewer)[3]!.click();
      await slideShown(viewer);
      expect(viewer.index).to.equal(3);
      expect(thumbnails(viewer)[3]!.getAttribute('aria-current')).to.equal('true');
    });

    it('shows the thumbnails around the current photo in a very long exhibition', async () => {
      const many = Array.from({ length: 1000 }, (_, index) => ({
        ...items[3]!,
        id: `photo-${index}`,
      }));
      const viewer = await openViewer({ items: many });
      expect(thumbnails(viewer)).to.have.length(101);
      viewer.goTo(700);
      await slideShown(viewer);
      const shown = thumbnails(viewer);
      expect(shown).to.have.length(101);
      expect(shown[0]!.getAttribute('aria-label')).to.match(/photo 651 of 1000$/);
      expect(shown[50]!.getAttribute('aria-current')).to.equal('true');
      shown[100]!.click();
      await slideShown(viewer);
      expect(viewer.index).to.equal(750);
      viewer.goTo(999);
      await slideShown(viewer);
      expect(thumbnails(viewer).at(-1)!.getAttribute('aria-current')).to.equal('true');
    });

    it('scrolls the current thumbnail into view in a long strip', async () => {
      const many = Array.from({ length: 60 }, (_, index) => ({
        ...items[3]!,
        id: `photo-${index}`,
      }));
      const viewer = await openViewer({ items: many });
      viewer.goTo(59);
      await slideShown(viewer);
      const strip = part(viewer, 'thumbnails')!.getBoundingClientRect();
      const current = thumbnails(viewer)[59]!.getBoundingClientRect();
      expect(current.left).to.be.at.least(strip.left - 1);
      expect(current.right).to.be.at.most(strip.right + 1);
      expect(window.scrollX).to.equal(0);
    });

    it('adds the thumbnail buttons once the photo has loaded, in a strip that keeps its height', async () => {
      const lateItem = (id: string, ms: number): Item => ({
        id,
        image: {
          src: `/test-api/slow-image?name=harbour-3x2.svg&ms=${ms}&id=${id}`,
          width: 1500,
          height: 1000,
          alt: '',
        },
        caption: { text: `${id}.` },
      });
      const others = Array.from({ length: 60 }, (_, index) => ({
        ...items[3]!,
        id: `photo-${index}`,
      }));
      const viewer = await fixture<PhotoViewer>(html`<photo-viewer></photo-viewer>`);
      viewer.items = [lateItem('late', 150), ...others];
      const opened = viewer.open(0);
      await until(() => photo(viewer) !== null);
      // The photo is still on its way: the strip holds a spacer as wide as the buttons to come.
      const strip = part(viewer, 'thumbnails')!;
      const spacer = strip.querySelector('.thumbnail-spacer')!;
      expect(thumbnails(viewer)).to.have.length(0);
      expect(spacer.getBoundingClientRect().width).to.be.greaterThan(window.innerWidth);
      const stripHeight = strip.getBoundingClientRect().height;
      const stageBox = stage(viewer).getBoundingClientRect();
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(photo(viewer)!.complete, 'the photo is late').to.equal(false);
      expect(thumbnails(viewer), 'no buttons before the photo').to.have.length(0);
      await opened;
      expect(photo(viewer)!.complete).to.equal(true);
      expect(thumbnails(viewer)).to.have.length(61);
      expect(strip.querySelector('.thumbnail-spacer')).to.equal(null);
      // The spacer was as wide as the buttons: the strip scrolls as it did, at the same height.
      expect(strip.getBoundingClientRect().height).to.equal(stripHeight);
      expect(stage(viewer).getBoundingClientRect().toJSON()).to.deep.equal(stageBox.toJSON());

      // Closed and opened again before the first opening's photo came: the first opening's last step does not
      // fill the second's strip before the second's photo has loaded.
      viewer.close();
      viewer.items = [lateItem('first', 150), ...others];
      const first = viewer.open(0);
      await until(() => photo(viewer) !== null);
      viewer.close();
      viewer.items = [lateItem('second', 900), ...others];
      const second = viewer.open(0);
      await first;
      expect(photo(viewer)!.complete, 'the second photo is late').to.equal(false);
      expect(thumbnails(viewer), 'the second opening is still waiting').to.have.length(0);
      await second;
      expect(thumbnails(viewer)).to.have.length(61);

      // A photo that takes long does not keep the buttons away.
      viewer.close();
      viewer.items = [lateItem('very-late', 5000), ...others];
      const start = performance.now();
      await viewer.open(0);
      expect(performance.now() - start).to.be.below(2000);
      expect(photo(viewer)!.complete).to.equal(false);
      expect(thumbnails(viewer)).to.have.length(61);
    });

    it('stops at the ends', async () => {
      const viewer = await openViewer();
      const events = record(viewer);
      viewer.previous();
      expect(viewer.index).to.equal(0);
      expect(part(viewer, 'previous')!.getAttribute('aria-disabled')).to.equal('true');
      part(viewer, 'previous')!.click();
      viewer.goTo(4);
      await slideShown(viewer);
      viewer.next();
      expect(viewer.index).to.equal(4);
      expect(part(viewer, 'next')!.getAttribute('aria-disabled')).to.equal('true');
      expect(events.changes).to.have.length(1);
    });

    it('wraps around with loop', async () => {
      const viewer = await openViewer({ attributes: { loop: '' } });
      viewer.previous();
      expect(viewer.index).to.equal(4);
      viewer.next();
      expect(viewer.index).to.equal(0);
      await viewer.updateComplete;
      expect(part(viewer, 'previous')!.hasAttribute('aria-disabled')).to.equal(false);
    });

    it('moves with the arrow keys, Home, End, Page Up and Page Down', async () => {
      const viewer = await openViewer();
      const steps: [string, number][] = [
        ['ArrowRight', 1],
        ['ArrowRight', 2],
        ['ArrowLeft', 1],
        ['End', 4],
        ['ArrowRight', 4],
        ['PageUp', 3],
        ['Home', 0],
        ['PageDown', 1],
      ];
      for (const [key, index] of steps) {
        await press(viewer, key);
        expect(viewer.index, key).to.equal(index);
      }
    });

    it('mirrors the arrow keys in right-to-left', async () => {
      const viewer = await openViewer({ attributes: { lang: 'ar' } });
      expect(getComputedStyle(dialog(viewer)).direction).to.equal('rtl');
      await press(viewer, 'ArrowLeft');
      expect(viewer.index).to.equal(1);
      await press(viewer, 'ArrowRight');
      expect(viewer.index).to.equal(0);
    });

    it('follows the page direction when it has no language of its own', async function () {
      const page = document.createElement('div');
      page.dir = 'rtl';
      document.body.append(page);
      after(() => page.remove());
      const viewer = await fixture<PhotoViewer>(html`<photo-viewer></photo-viewer>`, {
        parentNode: page,
      });
      if (viewer.closest('[lang]')) this.skip();
      viewer.items = items;
      await viewer.open(0);
      await slideShown(viewer);
      await press(viewer, 'ArrowLeft');
      expect(viewer.index).to.equal(1);
    });

    it('uses the UI language: Arabic strings and digits', async () => {
      const viewer = await openViewer({ attributes: { lang: 'ar' } });
      await until(() => part(viewer, 'close')!.getAttribute('aria-label') === 'إغلاق');
      const digits = new Intl.NumberFormat('ar', { useGrouping: false });
      expect(text(part(viewer, 'counter'))).to.equal(`${digits.format(1)} من ${digits.format(5)}`);
      expect(text(liveRegion(viewer))).to.equal(
        `الصورة ${digits.format(1)} من ${digits.format(5)}: Harbour`,
      );
    });

    it('keeps the index within new items and closes when they are emptied', async () => {
      const viewer = await openViewer({ index: 4 });
      const events = record(viewer);
      viewer.items = items.slice(0, 2);
      await slideShown(viewer);
      expect(viewer.index).to.equal(1);
      expect(events.changes.map((event) => event.detail.id)).to.deep.equal(['tower']);
      viewer.items = [];
      await viewer.updateComplete;
      expect(viewer.isOpen).to.equal(false);
      expect(events.closes.map((event) => event.detail.id)).to.deep.equal(['tower']);
    });
  });

  describe('slides', () => {
    it('shows a caption-only slide with the caption card text large', async () => {
      const viewer = await openViewer({ index: 2 });
      expect(photo(viewer)).to.equal(null);
      expect(text(part(viewer, 'card'))).to.equal('A note without a photo');
      expect(text(part(viewer, 'caption-panel'))).to.contain('Only words here.');
      await expect(viewer).shadowDom.to.be.accessible();
    });

    it('shows an error in place of a photo that fails, and keeps the caption', async () => {
      const broken: Item = {
        id: 'broken',
        image: { src: '/test-api/status/404', width: 1200, height: 800, alt: 'Gone' },
        caption: { title: 'Lost', text: 'The caption stays.' },
      };
      const viewer = await openViewer({ items: [broken, items[0]!] });
      await until(() => part(viewer, 'unavailable') !== null);
      expect(text(part(viewer, 'unavailable'))).to.equal('Image unavailable');
      expect(photo(viewer)).to.equal(null);
      expect(text(part(viewer, 'caption-panel'))).to.contain('The caption stays.');
      await expect(viewer).shadowDom.to.be.accessible();
    });

    it('hides a thumbnail that fails instead of drawing a broken image', async () => {
      const viewer = await openViewer();
      const thumbnail = thumbnails(viewer)[1]!.querySelector('img')!;
      // Lazy thumbnails load only in a rendered page (the runner's background tabs render nothing): the
      // browser's error and load events are sent by hand.
      thumbnail.dispatchEvent(new Event('error'));
      expect(getComputedStyle(thumbnail).display).to.equal('none');
      thumbnail.dispatchEvent(new Event('load'));
      expect(getComputedStyle(thumbnail).display).to.equal('block');
    });

    it('shows the sharp file at once over the low-resolution one, and a larger one once zoomed and decoded', async () => {
      // The sharp files arrive late (the low-resolution one does not): what shows until they do?
      const slow = (size: string) =>
        `/test-api/slow-image?name=harbour-3x2.svg&ms=600&size=${size}`;
      const sized: Item = {
        id: 'sized',
        image: {
          src: img('harbour-3x2.svg?size=small'),
          width: 400,
          height: 267,
          placeholder: { color: '#336699' },
          variants: [
            { src: slow('large'), width: 1200, height: 800 },
            { src: slow('huge'), width: 6000, height: 4000 },
          ],
        },
        caption: { text: 'Sizes.' },
      };
      const widths: Record<string, number> = { small: 400, large: 1200, huge: 6000 };
      const sizeOf = (url: string | null) => /size=(\w+)/.exec(url ?? '')?.[1] ?? '';
      const viewer = await openViewer({ items: [sized] });
      const image = photo(viewer)!;
      // At once: a file sharp for the photo's box on this screen, not the placeholder.
      const shown = sizeOf(image.getAttribute('src'));
      expect(shown).to.not.equal('small');
      expect(widths[shown]).to.be.at.least(image.getBoundingClientRect().width * devicePixelRatio);
      // Until it has loaded, the placeholder (the smallest file at least 320 CSS px wide) is drawn behind.
      const low = 320 * devicePixelRatio <= 400 ? 'small' : 'large';
      expect(getComputedStyle(image).backgroundImage).to.contain(`size=${low}`);
      // And under that, the document's placeholder colour, as its tile has.
      expect(getComputedStyle(image).backgroundColor).to.equal('rgb(51, 102, 153)');
      await until(() => image.complete && image.naturalWidth > 0);
      await until(() => getComputedStyle(image).backgroundImage === 'none');
      expect(getComputedStyle(image).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      // Zoomed in, a larger file replaces it only once decoded.
      const decode = HTMLImageElement.prototype.decode;
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      HTMLImageElement.prototype.decode = function () {
        return held.then(() => decode.call(this));
      };
      try {
        await press(viewer, '+');
        if (shown !== 'huge') {
          await new Promise((resolve) => setTimeout(resolve, 800));
          expect(sizeOf(photo(viewer)!.getAttribute('src')), 'not before decoded').to.equal(shown);
        }
        release();
        await until(() => sizeOf(photo(viewer)!.getAttribute('src')) === 'huge');
        expect(part<HTMLAnchorElement>(viewer, 'download')).to.equal(null);
      } finally {
        HTMLImageElement.prototype.decode = decode;
      }
    });

    it('asks for the sharp file before it lays out the dialog', async () => {
      // The file downloads while the dialog renders (tens of milliseconds on a slow device), not after.
      const events: string[] = [];
      const showModal = HTMLDialogElement.prototype.showModal;
      const stopWatching = watchImageRequests((url) => {
        if (url.includes('order=')) events.push(`image ${/order=(\w+)/.exec(url)![1]}`);
      });
      HTMLDialogElement.prototype.showModal = function () {
        events.push('dialog');
        showModal.call(this);
      };
      try {
        const viewer = await fixture<PhotoViewer>(html`<photo-viewer></photo-viewer>`);
        viewer.items = [lowAndSharp('order')];
        await viewer.open(0);
        expect(events.slice(0, 2)).to.deep.equal(['image sharp', 'dialog']);
      } finally {
        stopWatching();
        HTMLDialogElement.prototype.showModal = showModal;
      }
    });

    it('downloads a photo ahead of opening it when asked to, and opens with that file', async () => {
      const item = lowAndSharp('ahead');
      const asked: string[] = [];
      const stopWatching = watchImageRequests((url) => {
        if (url.includes('ahead=')) asked.push(/ahead=(\w+)/.exec(url)![1]!);
      });
      // Choosing the file needs the rendering code, which a viewer or an exhibit on the page loads.
      await loadRenderer();
      try {
        const PhotoViewerClass = customElements.get('photo-viewer') as typeof PhotoViewer;
        // Anything else is ignored, unsafe URLs and images without a width to choose by included.
        const others = [
          undefined,
          null,
          7,
          {},
          { image: 'harbour-3x2.svg?ahead=string' },
          { image: { src: 'javascript:alert(1)//?ahead=script', width: 3000, height: 2000 } },
          { image: { src: img('harbour-3x2.svg?ahead=unsized') } },
        ];
        for (const value of others) PhotoViewerClass.prefetch(value as never);
        PhotoViewerClass.prefetch(item);
        expect(asked).to.deep.equal(['sharp']);
        const viewer = await openViewer({ items: [item] });
        expect(asked, 'opening asks for nothing more').to.deep.equal(['sharp']);
        expect(photo(viewer)!.getAttribute('src')).to.contain('ahead=sharp');
      } finally {
        stopWatching();
      }
    });

    it('preloads the neighbouring photos', async () => {
      // Thumbnails load a small file; the photo and its neighbours a large one.
      const marker = `preload=${Date.now()}`;
      const marked = items.map((item) => {
        if (!item.image) return item;
        const { src, width = 1, height = 1 } = item.image;
        return {
          ...item,
          image: {
            ...item.image,
            src: `${src}?small`,
            width: 400,
            height: Math.round((400 * height) / width),
            variants: [{ src: `${src}?large&${marker}`, width: 3000 }],
          },
        };
      });
      await openViewer({ index: 3, items: marked });
      const loaded = () =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => name.includes(marker));
      await until(
        () =>
          loaded().some((name) => name.includes('coast-16x9')) &&
          loaded().every((name) => !name.includes('tower-2x3')),
      );
    });
    it("leaves the strip and the neighbours' files until the page is idle after the photo", async () => {
      const marker = `idle=${Date.now()}`;
      const marked = items.map((item) =>
        item.image
          ? { ...item, image: { ...item.image, src: `${item.image.src}?${marker}` } }
          : item,
      );
      const requested = () =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => name.includes(marker));
      const idle = holdIdleCallbacks();
      try {
        const viewer = await fixture<PhotoViewer>(html`<photo-viewer></photo-viewer>`);
        viewer.items = marked;
        let opened = false;
        void viewer.open(3).then(() => (opened = true));
        await until(() => photo(viewer)?.complete === true && photo(viewer)!.naturalWidth > 0);
        await photo(viewer)!.decode();
        await until(() => idle.held() > 0);
        expect(thumbnails(viewer), 'no buttons before the page is idle').to.have.length(0);
        expect(opened).to.equal(false);
        expect(
          requested().filter((name) => !name.includes('square-1x1')),
          'nothing but the photo itself asked for',
        ).to.deep.equal([]);
        idle.release();
        await until(() => opened);
        expect(thumbnails(viewer)).to.have.length(items.length);
        await until(() => requested().some((name) => name.includes('coast-16x9')));
      } finally {
        idle.restore();
      }
    });
    it('waits for the photo to be decoded before the strip, but not for ever', async () => {
      const { decode } = HTMLImageElement.prototype;
      const pending: (() => void)[] = [];
      // Decoding is held back until the test lets it finish; the page is idle at once.
      HTMLImageElement.prototype.decode = () =>
        new Promise<void>((resolve) => pending.push(resolve));
      const restoreIdle = replaceIdleCallbacks(longIdlePeriod);
      try {
        const viewer = await fixture<PhotoViewer>(html`<photo-viewer></photo-viewer>`);
        viewer.items = items;
        let opened = false;
        void viewer.open(0).then(() => (opened = true));
        await until(() => photo(viewer)?.complete === true && pending.length > 0);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(thumbnails(viewer), 'no buttons while the photo decodes').to.have.length(0);
        for (const finish of pending.splice(0)) finish();
        await until(() => opened);
        expect(thumbnails(viewer)).to.have.length(items.length);

        // A decode that never ends does not keep the strip away.
        viewer.close();
        const start = performance.now();
        await viewer.open(1);
        expect(performance.now() - start).to.be.below(2000);
        expect(thumbnails(viewer)).to.have.length(items.length);
      } finally {
        HTMLImageElement.prototype.decode = decode;
        restoreIdle();
      }
    });
  });

  describe('gestures', () => {
    it('follows the finger and navigates on a swipe past the threshold', async () => {
      const viewer = await openViewer();
      const events = record(viewer);
      const start = centerOf(photo(viewer)!);
      const fit = photoBox(viewer);
      dispatchPointer(photo(viewer)!, 'pointerdown', start);
      dispatchPointer(photo(viewer)!, 'pointermove', { x: start.x - 60, y: start.y + 5 });
      expect(photoBox(viewer).left, 'the photo follows the finger').to.be.closeTo(fit.left - 60, 1);
      expect(photoBox(viewer).top).to.be.closeTo(fit.top, 1);
      dispatchPointer(photo(viewer)!, 'pointerup', { x: start.x - 60, y: start.y });
      await viewer.updateComplete;
      expect(viewer.index, 'a short swipe springs back').to.equal(0);
      drag(photo(viewer)!, start, { x: start.x - 200, y: start.y + 20 });
      await slideShown(viewer);
      expect(viewer.index).to.equal(1);
      drag(photo(viewer)!, centerOf(photo(viewer)!), { x: start.x + 200, y: start.y });
      await slideShown(viewer);
      expect(viewer.index).to.equal(0);
      expect(events.changes.map((event) => event.detail.index)).to.deep.equal([1, 0]);
      expect(viewer.isOpen).to.equal(true);
    });

    it('mirrors swipes in right-to-left', async () => {
      const viewer = await openViewer({ attributes: { lang: 'ar' } });
      const start = centerOf(photo(viewer)!);
      drag(photo(viewer)!, start, { x: start.x + 200, y: start.y });
      await slideShown(viewer);
      expect(viewer.index).to.equal(1);
    });

    it('closes on a swipe down', async () => {
      const viewer = await openViewer();
      const events = record(viewer);
      const start = centerOf(photo(viewer)!);
      drag(photo(viewer)!, start, { x: start.x, y: start.y + 60 });
      expect(viewer.isOpen, 'a short pull springs back').to.equal(true);
      drag(photo(viewer)!, start, { x: start.x + 10, y: start.y + 250 });
      await viewer.updateComplete;
      expect(viewer.isOpen).to.equal(false);
      expect(events.closes).to.have.length(1);
    });

    it('zooms with +, = and -, resets with 0, and stays within 1x', async () => {
      const viewer = await openViewer();
      const fit = photoBox(viewer);
      await press(viewer, '+');
      expect(photoBox(viewer).width).to.be.closeTo(fit.width * 1.5, 1);
      await press(viewer, '=');
      expect(photoBox(viewer).width).to.be.closeTo(fit.width * 2.25, 1);
      await press(viewer, '-');
      expect(photoBox(viewer).width).to.be.closeTo(fit.width * 1.5, 1);
      await press(viewer, '0');
      expect(photoBox(viewer)).to.deep.equal(fit);
      await press(viewer, '-');
      expect(photoBox(viewer)).to.deep.equal(fit);
    });

    it('zooms around the cursor with Ctrl+wheel and Cmd+wheel; a plain wheel does not zoom', async () => {
      const viewer = await openViewer();
      const fit = photoBox(viewer);
      const point = pointIn(photo(viewer)!, 0.4, 0.45);
      const before = fractionOnPhoto(viewer, point);
      const plain = wheel(stage(viewer), point, -200);
      expect(plain.defaultPrevented).to.equal(false);
      expect(photoBox(viewer)).to.deep.equal(fit);
      const zoom = wheel(stage(viewer), point, -200, { ctrlKey: true });
      expect(zoom.defaultPrevented).to.equal(true);
      expect(photoBox(viewer).width).to.be.closeTo(fit.width * Math.exp(0.5), 1);
      const after = fractionOnPhoto(viewer, point);
      expect(after.x).to.be.closeTo(before.x, 0.01);
      expect(after.y).to.be.closeTo(before.y, 0.01);
      wheel(stage(viewer), point, 200, { metaKey: true });
      expect(photoBox(viewer).width).to.be.closeTo(fit.width, 1);
    });

    it('toggles zoom at the point with a double-click and a double-tap', async () => {
      const viewer = await openViewer();
      const fit = photoBox(viewer);
      const point = pointIn(photo(viewer)!, 0.6, 0.55);
      const before = fractionOnPhoto(viewer, point);
      doubleTap(photo(viewer)!, point, { pointerType: 'mouse' });
      await viewer.updateComplete;
      expect(photoBox(viewer).width).to.be.closeTo(fit.width * 2.5, 1);
      expect(fractionOnPhoto(viewer, point).x).to.be.closeTo(before.x, 0.01);
      expect(fractionOnPhoto(viewer, point).y).to.be.closeTo(before.y, 0.01);
      expect(viewer.isOpen, 'a click on the photo never closes').to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 350));
      doubleTap(photo(viewer)!, point, { pointerType: 'touch' });
      await viewer.updateComplete;
      expect(photoBox(viewer)).to.deep.equal(fit);
    });

    it('zooms with a pinch and does not navigate', async () => {
      const viewer = await openViewer();
      const events = record(viewer);
      const fit = photoBox(viewer);
      pinch(photo(viewer)!, centerOf(photo(viewer)!), 100, 200);
      await viewer.updateComplete;
      expect(photoBox(viewer).width).to.be.closeTo(fit.width * 2, 1);
      pinch(photo(viewer)!, centerOf(stage(viewer)), 200, 50);
      await viewer.updateComplete;
      expect(photoBox(viewer)).to.deep.equal(fit);
      expect(events.changes).to.have.length(0);
      expect(viewer.isOpen).to.equal(true);
    });

    it('pans a zoomed photo within its bounds and never swipes to another photo', async () => {
      const viewer = await openViewer();
      const events = record(viewer);
      const area = stage(viewer).getBoundingClientRect();
      await press(viewer, '+');
      await press(viewer, '+');
      const zoomed = photoBox(viewer);
      expect(zoomed.width).to.be.greaterThan(area.width);
      drag(photo(viewer)!, centerOf(stage(viewer)), { x: area.left + 2000, y: area.top + 2000 });
      await viewer.updateComplete;
      let box = photoBox(viewer);
      expect(box.left).to.be.closeTo(area.left, 1);
      if (box.height > area.height) expect(box.top).to.be.closeTo(area.top, 1);
      else expect(box.top + box.height / 2).to.be.closeTo(area.top + area.height / 2, 1);
      drag(photo(viewer)!, centerOf(stage(viewer)), { x: area.left - 2000, y: area.top - 2000 });
      await viewer.updateComplete;
      box = photoBox(viewer);
      expect(box.left + box.width).to.be.closeTo(area.right, 1);
      expect(viewer.index).to.equal(0);
      expect(events.changes).to.have.length(0);
      expect(viewer.isOpen).to.equal(true);
    });

    it('resets the zoom on navigation', async () => {
      const viewer = await openViewer();
      const fit = photoBox(viewer);
      await press(viewer, '+');
      await press(viewer, 'ArrowRight');
      await press(viewer, 'ArrowLeft');
      expect(photoBox(viewer)).to.deep.equal(fit);
    });
  });

  describe('controls', () => {
    it('plays a slideshow at the interval, held while the pointer is on the controls, stopping at the end', async () => {
      const viewer = await openViewer({ attributes: { interval: '0.15' }, index: 2 });
      const play = part(viewer, 'play')!;
      expect(play.getAttribute('aria-label')).to.equal('Play slideshow');
      play.click();
      await viewer.updateComplete;
      expect(play.getAttribute('aria-label')).to.equal('Pause slideshow');
      await until(() => viewer.index === 3);
      const toolbar = part(viewer, 'toolbar')!;
      toolbar.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(viewer.index, 'held while the pointer is on the controls').to.equal(3);
      toolbar.dispatchEvent(
        new PointerEvent('pointerout', { bubbles: true, composed: true, relatedTarget: null }),
      );
      await until(() => viewer.index === 4);
      await until(() => play.getAttribute('aria-label') === 'Play slideshow');
      expect(viewer.index).to.equal(4);
    });

    it('holds the slideshow while focus is on the controls and pauses with the button', async () => {
      const viewer = await openViewer({ attributes: { interval: '0.15' } });
      part(viewer, 'play')!.click();
      thumbnails(viewer)[0]!.focus();
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(viewer.index).to.equal(0);
      part(viewer, 'play')!.focus();
      await until(() => viewer.index === 1);
      part(viewer, 'play')!.click();
      await viewer.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(viewer.index).to.equal(1);
    });

    it('autoplays unless the visitor prefers reduced motion', async () => {
      const viewer = await openViewer({ attributes: { autoplay: '', interval: '0.1' } });
      await until(() => viewer.index > 0);
      viewer.close();
      const matchMedia = window.matchMedia;
      window.matchMedia = (query: string) =>
        ({
          ...matchMedia.call(window, query),
          matches: query.includes('reduce'),
        }) as MediaQueryList;
      try {
        const still = await openViewer({ attributes: { autoplay: '', interval: '0.1' } });
        await new Promise((resolve) => setTimeout(resolve, 350));
        expect(still.index).to.equal(0);
        expect(part(still, 'play')!.getAttribute('aria-label')).to.equal('Play slideshow');
      } finally {
        window.matchMedia = matchMedia;
      }
    });

    it('offers a download link only with allow-download', async () => {
      const viewer = await openViewer();
      expect(part(viewer, 'download')).to.equal(null);
      viewer.allowDownload = true;
      await viewer.updateComplete;
      const link = part<HTMLAnchorElement>(viewer, 'download')!;
      expect(link.hasAttribute('download')).to.equal(true);
      expect(link.getAttribute('href')).to.equal(img('harbour-3x2.svg'));
      expect(link.getAttribute('aria-label')).to.equal('Download');
      viewer.goTo(2);
      await slideShown(viewer);
      expect(part(viewer, 'download'), 'nothing to download on a caption-only slide').to.equal(
        null,
      );
    });

    it('copies the link only with shareUrl, with a fallback when the clipboard refuses', async () => {
      const viewer = await openViewer();
      expect(part(viewer, 'copy-link')).to.equal(null);
      viewer.shareUrl = (item) => `https://example.org/exhibition#${item.id}`;
      await viewer.updateComplete;
      const written: string[] = [];
      let refuse = false;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: (value: string) =>
            refuse ? Promise.reject(new Error('denied')) : (written.push(value), Promise.resolve()),
        },
      });
      try {
        part(viewer, 'copy-link')!.click();
        await until(() => text(part(viewer, 'share-status')) === 'Link copied');
        expect(written).to.deep.equal(['https://example.org/exhibition#harbour']);
        viewer.next();
        await slideShown(viewer);
        expect(text(part(viewer, 'share-status')), 'cleared on change').to.equal('');
        refuse = true;
        part(viewer, 'copy-link')!.click();
        await until(() => part(viewer, 'share-status')!.querySelector('input') !== null);
        const field = part(viewer, 'share-status')!.querySelector('input')!;
        expect(text(part(viewer, 'share-status'))).to.equal('Copy this link:');
        expect(field.value).to.equal('https://example.org/exhibition#tower');
        expect(root(viewer).activeElement).to.equal(field);
        await expect(viewer).shadowDom.to.be.accessible();
      } finally {
        // The stub is an own property shadowing Navigator.prototype.clipboard.
        delete (navigator as { clipboard?: Clipboard }).clipboard;
      }
    });

    it('shows the whole caption, the description and the rights in a panel that can be hidden', async () => {
      const viewer = await openViewer();
      const panel = part(viewer, 'caption-panel')!;
      const toggle = part(viewer, 'caption-toggle')!;
      expect(text(panel.querySelector('[part="caption-title"]'))).to.equal('Harbour');
      expect(text(panel.querySelector('[part="description"]'))).to.equal(
        'Hills in front, the sun low over the water.',
      );
      expect(text(panel.querySelector('[part="rights"]'))).to.equal('Drawings made for the tests.');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.getAttribute('aria-controls')).to.equal(panel.id);
      toggle.click();
      await viewer.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);
      toggle.click();
      await viewer.updateComplete;
      expect(panel.hidden).to.equal(false);
    });

    it('scrolls a long caption inside its panel', async () => {
      const long: Item = {
        id: 'long',
        image: items[0]!.image!,
        caption: { title: 'Long', text: Array.from({ length: 80 }, () => 'A long line.') },
      };
      const viewer = await openViewer({ items: [long] });
      const panel = part(viewer, 'caption-panel')!;
      expect(panel.scrollHeight).to.be.greaterThan(panel.clientHeight);
      expect(panel.getBoundingClientRect().bottom).to.be.at.most(window.innerHeight + 1);
      expect(getComputedStyle(panel).overflowY).to.equal('auto');
    });

    it('offers full screen only where the Fullscreen API is available', async () => {
      const viewer = await openViewer();
      const button = part(viewer, 'fullscreen');
      if (!document.fullscreenEnabled) {
        expect(button).to.equal(null);
        return;
      }
      let requested = 0;
      dialog(viewer).requestFullscreen = () => {
        requested++;
        return Promise.resolve();
      };
      button!.click();
      expect(requested).to.equal(1);
      expect(button!.getAttribute('aria-pressed')).to.equal('false');
    });

    it('hides the controls after 3 s without activity and shows them on pointer move', async function () {
      this.timeout(8000);
      const viewer = await openViewer();
      (root(viewer).activeElement as HTMLElement).blur();
      stage(viewer).dispatchEvent(
        new PointerEvent('pointermove', { bubbles: true, composed: true }),
      );
      // Well before 3 s, even where timers of a background tab run late.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await viewer.updateComplete;
      expect(dialog(viewer).classList.contains('idle')).to.equal(false);
      await until(() => dialog(viewer).classList.contains('idle'), 3500);
      // Transitions do not run in a background tab: jump to their end.
      for (const animation of part(viewer, 'toolbar')!.getAnimations()) animation.finish();
      expect(getComputedStyle(part(viewer, 'toolbar')!).opacity).to.equal('0');
      stage(viewer).dispatchEvent(
        new PointerEvent('pointermove', { bubbles: true, composed: true }),
      );
      await viewer.updateComplete;
      expect(dialog(viewer).classList.contains('idle')).to.equal(false);
    });

    it('names every button and passes axe while open, zoomed and with everything on', async () => {
      const viewer = await openViewer({ attributes: { 'allow-download': '', loop: '' } });
      viewer.shareUrl = (item) => `https://example.org/#${item.id}`;
      await viewer.updateComplete;
      for (const button of root(viewer).querySelectorAll('button, a.download')) {
        expect(button.getAttribute('aria-label'), button.outerHTML).to.match(/\S/);
      }
      await expect(viewer).shadowDom.to.be.accessible();
      await press(viewer, '+');
      await expect(viewer).shadowDom.to.be.accessible();
    });
  });
});
