import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/photo-exhibit.js';
import type { PhotoExhibit } from '../../src/elements/photo-exhibit/photo-exhibit.js';
import type { PhotoCloseEvent, PhotoOpenEvent } from '../../src/events.js';
import type { ViewerElement } from '../../src/internal/viewer.js';
import { contrastRatio, nextEvent, until, watchImageRequests } from '../support/fixtures.js';

const exhibition = {
  photoExhibit: '1.0',
  title: 'Coast',
  language: 'en',
  rights: { statement: 'Test drawings.' },
  items: ['harbour-3x2', 'tower-2x3', 'square-1x1', 'coast-16x9'].map((name, index) => ({
    id: `photo-${index + 1}`,
    image: {
      src: `/test/fixtures/img/${name}.svg`,
      width: Number(name.includes('2x3') ? 1000 : 1500),
      height: Number(name.includes('2x3') ? 1500 : 1000),
      alt: `Drawing ${index + 1}`,
    },
    caption: {
      title: `Drawing ${index + 1}`,
      text: `Caption ${index + 1}.`,
      date: '2024-05-0' + (index + 1),
      credit: 'Drawing: the team',
    },
  })),
};

async function renderExhibit(attributes = '') {
  const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
  for (const attribute of attributes.split(' ').filter(Boolean))
    element.setAttribute(attribute, '');
  const loaded = nextEvent(element, 'photo-exhibit-load');
  element.exhibition = exhibition;
  await loaded;
  return element;
}

const viewerOf = (element: PhotoExhibit) =>
  element.shadowRoot!.querySelector<ViewerElement>('photo-viewer');
const dialogOf = (element: PhotoExhibit) =>
  viewerOf(element)?.shadowRoot?.querySelector('dialog') ?? null;
const tiles = (element: PhotoExhibit) => [
  ...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tile > .open'),
];

async function openByClick(element: PhotoExhibit, index: number) {
  tiles(element)[index]!.click();
  await until(() => dialogOf(element)?.open === true);
}

function resetAddress() {
  history.replaceState(null, '', location.pathname + location.search);
}

describe('<photo-exhibit> and its viewer', () => {
  afterEach(resetAddress);

  it('loads the viewer at the first interest in a photo, before the page is idle after rendering', async () => {
    // Enough photos that rendering them takes many tasks: the viewer is otherwise loaded once they are.
    const many = {
      ...exhibition,
      items: Array.from({ length: 3000 }, (_, index) => ({
        ...exhibition.items[index % exhibition.items.length]!,
        id: `many-${index}`,
      })),
    };
    const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
    let loadedEvent = false;
    element.addEventListener('photo-exhibit-load', () => (loadedEvent = true));
    element.exhibition = many;
    await until(() => tiles(element).length > 0);
    const viewerRequests = () =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('photo-viewer'));
    expect(viewerRequests()).to.have.length(0);
    expect(customElements.get('photo-viewer')).to.equal(undefined);
    // Keyboard interest counts: focusing a tile starts loading the viewer.
    tiles(element)[0]!.focus();
    await until(() => customElements.get('photo-viewer') !== undefined);
    expect(loadedEvent, 'loaded for the focus, not because rendering ended').to.equal(false);
    expect(viewerRequests().length).to.be.greaterThan(0);
  });

  it('starts downloading a photo when a mouse presses it, not when a finger does', async () => {
    const element = await renderExhibit();
    await until(() => customElements.get('photo-viewer') !== undefined);
    const asked: string[] = [];
    const stopWatching = watchImageRequests((url) => asked.push(url));
    const press = (pointerType: string) =>
      tiles(element)[1]!.dispatchEvent(
        new PointerEvent('pointerdown', { pointerType, button: 0, bubbles: true, composed: true }),
      );
    try {
      press('touch');
      expect(asked, 'a finger may be starting a scroll').to.deep.equal([]);
      press('mouse');
      expect(asked.map((url) => new URL(url, location.href).pathname)).to.deep.equal([
        '/test/fixtures/img/tower-2x3.svg',
      ]);
    } finally {
      stopWatching();
    }
  });

  it('opens the activated photo in a modal dialog, reflects photo, and returns focus to its tile on Escape', async () => {
    const element = await renderExhibit();
    const opened = nextEvent<PhotoOpenEvent>(element, 'photo-open');
    await openByClick(element, 2);
    expect((await opened).detail.id).to.equal('photo-3');
    expect(element.getAttribute('photo')).to.equal('photo-3');
    const dialog = dialogOf(element)!;
    expect(dialog.matches(':modal')).to.equal(true);
    let closes = 0;
    element.addEventListener('photo-close', () => (closes += 1));
    const closed = nextEvent<PhotoCloseEvent>(element, 'photo-close');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail.id).to.equal('photo-3');
    await until(() => element.shadowRoot!.activeElement === tiles(element)[2]);
    expect(element.hasAttribute('photo')).to.equal(false);
    expect(closes).to.equal(1);
  });

  it('opens a pressed photo before rendering itself again, then moves its tab stop to that photo', async () => {
    const element = await renderExhibit();
    await until(() => viewerOf(element) !== null);
    let updates = 0;
    const instance = element as unknown as { update(changed: unknown): void };
    const update = instance.update;
    instance.update = function (changed) {
      updates += 1;
      update.call(this, changed);
    };
    const target = tiles(element)[2]!;
    const pointer = { pointerType: 'mouse', button: 0, bubbles: true, composed: true };
    target.dispatchEvent(new PointerEvent('pointerdown', pointer));
    target.focus();
    target.dispatchEvent(new PointerEvent('pointerup', pointer));
    target.click();
    await new Promise((resolve) => setTimeout(resolve));
    // The viewer is open and the attribute set; the exhibit's own render (every block, at 10,000 photos
    // 10 ms and more) waits until the photo is shown.
    expect(dialogOf(element)!.open).to.equal(true);
    expect(element.getAttribute('photo')).to.equal('photo-3');
    expect(updates).to.equal(0);
    expect(target.tabIndex).to.equal(-1);
    await until(() => target.tabIndex === 0);
    expect(updates).to.be.greaterThan(0);
    expect(tiles(element).filter((tile) => tile.tabIndex === 0)).to.deep.equal([target]);

    // A press that never ends holds nothing for long.
    viewerOf(element)!.close();
    // Closing returns the focus to the tile, once the exhibit has updated.
    await until(() => element.shadowRoot!.activeElement === target);
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const pressed = tiles(element)[1]!;
    pressed.dispatchEvent(new PointerEvent('pointerdown', pointer));
    pressed.focus();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pressed.tabIndex).to.equal(-1);
    await until(() => pressed.tabIndex === 0, 2500);
  });

  it('lets a host cancel photo-open to use its own viewer', async () => {
    const element = await renderExhibit();
    element.addEventListener('photo-open', (event) => event.preventDefault());
    tiles(element)[0]!.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(dialogOf(element)?.open ?? false).to.equal(false);
    expect(element.hasAttribute('photo')).to.equal(false);
  });

  it('has open(), next(), previous() and close(), with one photo-change per change', async () => {
    const element = await renderExhibit();
    const changes: number[] = [];
    element.addEventListener('photo-change', (event) =>
      changes.push((event as PhotoOpenEvent).detail.index),
    );
    element.open('photo-2');
    await until(() => dialogOf(element)?.open === true);
    element.next();
    element.next();
    element.previous();
    await until(() => changes.length === 3);
    expect(changes).to.deep.equal([2, 3, 2]);
    expect(element.getAttribute('photo')).to.equal('photo-3');
    element.close();
    await until(() => dialogOf(element)?.open === false);
    element.open(0);
    await until(() => dialogOf(element)?.open === true);
    expect(element.getAttribute('photo')).to.equal('photo-1');
    element.close();
    await until(() => dialogOf(element)?.open === false);
  });

  it('opens and closes when the photo attribute is set and removed', async () => {
    const element = await renderExhibit();
    element.setAttribute('photo', 'photo-4');
    await until(() => dialogOf(element)?.open === true);
    expect(viewerOf(element)!.index).to.equal(3);
    element.removeAttribute('photo');
    await until(() => dialogOf(element)?.open === false);
  });

  it('keeps #id in the address with deep-link: one entry per opening, Back closes', async () => {
    const element = await renderExhibit('deep-link');
    const before = history.length;
    await openByClick(element, 0);
    expect(location.hash).to.equal('#photo-1');
    expect(history.length).to.equal(before + 1);
    element.next();
    await until(() => location.hash === '#photo-2');
    expect(history.length).to.equal(before + 1);
    history.back();
    await until(() => dialogOf(element)?.open === false);
    expect(location.hash).to.equal('');
    expect(element.hasAttribute('photo')).to.equal(false);
  });

  it('goes back to the address without the hash when the viewer closes with a control', async () => {
    const element = await renderExhibit('deep-link');
    await openByClick(element, 1);
    expect(location.hash).to.equal('#photo-2');
    element.close();
    await until(() => location.hash === '');
  });

  it('opens the photo of a page loaded with #id, and Back closes it and stays on the page', async () => {
    history.replaceState(null, '', '#photo-3');
    const element = await renderExhibit('deep-link');
    await until(() => dialogOf(element)?.open === true);
    expect(viewerOf(element)!.index).to.equal(2);
    expect(location.hash).to.equal('#photo-3');
    history.back();
    await until(() => dialogOf(element)?.open === false);
    expect(location.hash).to.equal('');
    expect(location.pathname).to.not.equal('about:blank');
  });

  it('ignores an address whose hash names no photo of this exhibit', async () => {
    history.replaceState(null, '', '#someone-else');
    const element = await renderExhibit('deep-link');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(dialogOf(element)?.open ?? false).to.equal(false);
    expect(location.hash).to.equal('#someone-else');
  });

  it('is accessible while open, also in a light-themed exhibit whose colours it must not inherit', async () => {
    const element = await renderExhibit();
    element.setAttribute('theme', 'light');
    await openByClick(element, 0);
    await expect(viewerOf(element)!).shadowDom.to.be.accessible();
    // axe cannot see the dialog's background in the top layer: measure the caption's secondary lines.
    const dialog = dialogOf(element)!;
    const background = getComputedStyle(dialog).backgroundColor;
    for (const line of dialog.querySelectorAll('.meta, .credit')) {
      expect(contrastRatio(line, background)).to.be.at.least(4.5);
    }
    expect(dialog.querySelectorAll('.meta, .credit').length).to.be.greaterThan(0);
    element.close();
    await until(() => dialogOf(element)?.open === false);
  });
});
