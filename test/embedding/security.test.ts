import { expect, fixture, html } from '@open-wc/testing';
import type { Caption, Item } from '../../src/core/format/types.js';
import '../../src/define/photo-caption.js';
import '../../src/define/photo-exhibit.js';
import '../../src/define/photo-figure.js';
import '../../src/define/photo-viewer.js';
import type { PhotoExhibit } from '../../src/elements/photo-exhibit/photo-exhibit.js';
import type { PhotoViewer } from '../../src/elements/photo-viewer/photo-viewer.js';
import { nextEvent, until } from '../support/fixtures.js';
import { openHostPage } from '../support/host-page.js';
import type { TwoVersionsPage } from '../pages/two-versions.js';
import {
  PAYLOAD_ATTRIBUTE,
  TEXT_PAYLOADS,
  TRAP,
  URL_PAYLOADS,
  carriesScriptUrl,
  payloadManifest,
  textPayloadDocument,
  unvalidatedItems,
  urlPayloadDocument,
} from './payloads.js';

// ---- What a payload could have done ----------------------------------------------------------------

/** Fields whose payload ran, in the order they ran. */
let ran: string[] = [];

function setTrap() {
  ran = [];
  Object.assign(window, { [TRAP]: (field: string) => ran.push(field) });
}

/** Every element under a root, in every shadow root below it. */
function* elementsUnder(root: Document | ShadowRoot | Element): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* elementsUnder(element.shadowRoot);
  }
}

/** Elements a payload created, anywhere in the page. */
function payloadElements(): string[] {
  return [...elementsUnder(document)]
    .filter((element) => element.hasAttribute(PAYLOAD_ATTRIBUTE))
    .map((element) => element.outerHTML);
}

/** Attributes under a root (shadow roots included) that hand a script address to the browser. */
function scriptUrlAttributes(root: Element): string[] {
  return [root, ...elementsUnder(root.shadowRoot ?? root)].flatMap((element) =>
    [...element.attributes]
      .filter((attribute) => carriesScriptUrl(attribute.value))
      .map((attribute) => `<${element.localName} ${attribute.name}="${attribute.value}">`),
  );
}

/** The fields whose text is not in the element's shadow tree as written. */
function missingText(element: Element, expected: Readonly<Record<string, string>>): string[] {
  const content = element.shadowRoot?.textContent ?? '';
  return Object.entries(expected)
    .filter(([, text]) => !content.includes(text))
    .map(([field]) => field);
}

/** Gives an image that a payload created the time to fail and fire its handler. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

// ---- The exhibit and its viewer ------------------------------------------------------------------

async function renderExhibit(exhibition: unknown, attributes: readonly string[] = []) {
  const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
  for (const attribute of attributes) element.setAttribute(attribute, '');
  const loaded = nextEvent(element, 'photo-exhibit-load', 15000);
  element.exhibition = exhibition;
  await loaded;
  return element;
}

const viewerOf = (element: PhotoExhibit) =>
  element.shadowRoot!.querySelector<PhotoViewer>('photo-viewer');
const dialogOf = (viewer: PhotoViewer | null) =>
  viewer?.shadowRoot?.querySelector('dialog') ?? null;

/** Opens the viewer as a visitor does: the first tile's button in the exhibit's shadow root. */
async function openViewer(element: PhotoExhibit): Promise<PhotoViewer> {
  element.shadowRoot!.querySelector<HTMLButtonElement>('.tile > .open')!.click();
  await until(() => dialogOf(viewerOf(element))?.open === true);
  return viewerOf(element)!;
}

/** The slide of the item shown has rendered: its photo, its "unavailable" message or its caption card. */
async function slideShown(viewer: PhotoViewer, index: number) {
  await until(() => viewer.index === index);
  await viewer.updateComplete;
  await until(
    () =>
      viewer.shadowRoot!.querySelector('.slide .photo, .slide .unavailable, .slide .card') !== null,
  );
}

/** Runs `check` on every item in the viewer, moving on with its Next button, then closes it. */
async function throughViewer(
  element: PhotoExhibit,
  items: number,
  check: (viewer: PhotoViewer, index: number) => void,
) {
  const viewer = await openViewer(element);
  for (let index = 0; index < items; index++) {
    if (index > 0) viewer.shadowRoot!.querySelector<HTMLButtonElement>('button.next')!.click();
    await slideShown(viewer, index);
    check(viewer, index);
  }
  viewer.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click();
  await until(() => dialogOf(viewer)?.open === false);
}

describe('injection payloads in every text field', () => {
  beforeEach(setTrap);

  for (const payload of TEXT_PAYLOADS) {
    it(`${payload.name}: shown as text by the exhibit and the viewer, never run or parsed`, async () => {
      const { exhibition, exhibitText, viewerText, alts } = textPayloadDocument(payload.make);
      const element = await renderExhibit(exhibition, ['toc', 'language-switcher']);
      expect(element.problems.filter((problem) => problem.severity === 'error')).to.deep.equal([]);
      expect(missingText(element, exhibitText)).to.deep.equal([]);
      const images = [...element.shadowRoot!.querySelectorAll('img[part="image"]')];
      expect(images.map((image) => image.getAttribute('alt'))).to.deep.equal(
        alts.filter((alt) => alt !== undefined),
      );

      await throughViewer(element, viewerText.length, (viewer, index) => {
        expect(missingText(viewer, viewerText[index]!), `viewer, item ${index}`).to.deep.equal([]);
        const photo = viewer.shadowRoot!.querySelector('.slide .photo');
        expect(photo?.getAttribute('alt') ?? undefined, `viewer, item ${index}`).to.equal(
          alts[index],
        );
      });
      await settle();
      expect(payloadElements()).to.deep.equal([]);
      expect(ran).to.deep.equal([]);
    });
  }
});

describe('unsafe addresses in every URL field', () => {
  beforeEach(setTrap);

  for (const { name, url } of URL_PAYLOADS) {
    it(`${name}: reported by the validator at every field, never in an attribute of the exhibit or the viewer`, async () => {
      const { exhibition, paths } = urlPayloadDocument(url);
      const element = await renderExhibit(exhibition, ['allow-download', 'debug', 'toc']);
      const errors = element.problems.filter((problem) => problem.severity === 'error');
      expect(
        paths.filter((path) => !errors.some((problem) => problem.path === path)),
      ).to.deep.equal([]);
      expect(scriptUrlAttributes(element)).to.deep.equal([]);
      // The safe images still render: the unsafe sources were left out, not the photos.
      expect(element.shadowRoot!.querySelectorAll('img[part="image"]')).to.have.length(3);

      await throughViewer(element, 4, (viewer, index) => {
        expect(scriptUrlAttributes(viewer), `viewer, item ${index}`).to.deep.equal([]);
        expect(scriptUrlAttributes(element), `exhibit, item ${index}`).to.deep.equal([]);
      });
      await settle();
      expect(ran).to.deep.equal([]);
    });
  }

  it('never puts one in an attribute when a host gives its own items to <photo-viewer>, <photo-figure> and <photo-caption>', async () => {
    for (const { name, url } of URL_PAYLOADS) {
      const items = unvalidatedItems(url) as unknown as Item[];
      const viewer = await fixture<PhotoViewer>(html`<photo-viewer allow-download></photo-viewer>`);
      viewer.items = items;
      await viewer.open(0);
      for (let index = 0; index < items.length; index++) {
        viewer.goTo(index);
        await slideShown(viewer, index);
        expect(scriptUrlAttributes(viewer), `${name}: <photo-viewer>, item ${index}`).to.deep.equal(
          [],
        );
      }
      viewer.close();
      for (const item of items) {
        const figure = await fixture(html`<photo-figure .item=${item}></photo-figure>`);
        await until(() => figure.shadowRoot?.querySelector('figure') != null);
        expect(scriptUrlAttributes(figure), `${name}: <photo-figure> ${item.id}`).to.deep.equal([]);
        const caption = await fixture(
          html`<photo-caption .caption=${item.caption as Caption}></photo-caption>`,
        );
        await until(() => caption.shadowRoot?.querySelector('.plain') === null);
        expect(scriptUrlAttributes(caption), `${name}: <photo-caption> ${item.id}`).to.deep.equal(
          [],
        );
      }
    }
    await settle();
    expect(ran).to.deep.equal([]);
  });
});

describe('a IIIF manifest with payloads', () => {
  beforeEach(setTrap);

  it('shows its labels and the HTML of its summaries as text, drops unsafe addresses, and runs nothing', async () => {
    const { manifest, shown } = payloadManifest();
    const element = await renderExhibit(manifest, ['allow-download']);
    const content = element.shadowRoot!.textContent ?? '';
    expect(shown.filter((text) => !content.includes(text))).to.deep.equal([]);
    expect(scriptUrlAttributes(element)).to.deep.equal([]);
    const items = element.shadowRoot!.querySelectorAll('.tile').length;
    expect(items).to.equal(3);
    await throughViewer(element, items, (viewer, index) => {
      expect(scriptUrlAttributes(viewer), `viewer, item ${index}`).to.deep.equal([]);
    });
    await settle();
    expect(payloadElements()).to.deep.equal([]);
    expect(ran).to.deep.equal([]);
  });
});

// ---- Two versions of the library on one page --------------------------------------------------------

describe('two versions of the library on one page', () => {
  it('keeps the first registration of each tag; either exhibit opens and closes its viewer without errors', async () => {
    const { frame, view, report } = await openHostPage<TwoVersionsPage>(
      '/test/pages/two-versions.html',
      2,
    );
    expect(report.errors).to.deep.equal([]);
    expect(report.failed).to.equal(0);
    expect(report.loaded).to.equal(2);
    const { firstCopy, secondCopy } = view;
    for (const [tag, name] of [
      ['photo-exhibit', 'PhotoExhibit'],
      ['photo-figure', 'PhotoFigure'],
      ['photo-caption', 'PhotoCaption'],
    ] as const) {
      expect(view.customElements.get(tag), tag).to.equal(firstCopy[name]);
      expect(view.customElements.get(tag), tag).not.to.equal(secondCopy[name]);
    }
    const duplicates = () =>
      report.warnings.filter((warning) => warning.includes('already defined'));
    // One warning per element the second copy found defined (the viewer's may come at idle, or later).
    for (const tag of ['photo-exhibit', 'photo-figure', 'photo-caption']) {
      expect(duplicates().filter((warning) => warning.includes(`<${tag}>`))).to.have.length(1);
    }

    const cdnViewerRequests = () =>
      view.performance
        .getEntriesByType('resource')
        .filter((entry) => /\/dist\/cdn\/photo-viewer-[^/]*\.js$/.test(entry.name));
    const exhibit = (id: string) => view.document.getElementById(id) as PhotoExhibit;
    /** Opens the first tile's photo, moves to the next, closes with the Close button. */
    const openAndClose = async (element: PhotoExhibit) => {
      const closed = nextEvent(element, 'photo-close');
      await throughViewer(element, 2, (viewer, index) =>
        expect(viewer.shadowRoot!.querySelector('.counter')?.textContent).to.contain(
          String(index + 1),
        ),
      );
      await closed;
    };

    // Each exhibit loads its own copy's viewer (the CDN build's at idle, or at its first open, from beside
    // its script); whichever arrives first defines <photo-viewer>, and both exhibits open it.
    await openAndClose(exhibit('second'));
    await openAndClose(exhibit('first'));
    expect(cdnViewerRequests().length).to.be.greaterThan(0);
    expect(duplicates()).to.have.length(4);
    expect(duplicates().some((warning) => warning.includes('<photo-viewer>'))).to.equal(true);
    expect(report.errors).to.deep.equal([]);
    frame.remove();
  });
});
