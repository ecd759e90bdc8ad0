import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/photo-exhibit.js';
import type { PhotoExhibit } from '../../src/elements/photo-exhibit/photo-exhibit.js';
import type {
  PhotoExhibitErrorEvent,
  PhotoExhibitLoadEvent,
  PhotoOpenEvent,
} from '../../src/events.js';
import { fixtureUrl, loadFixture, nextEvent, shadowText, until } from '../support/fixtures.js';
import { holdIdleCallbacks, longIdlePeriod, replaceIdleCallbacks } from '../support/idle.js';

async function renderDocument(document: unknown, attributes = '') {
  const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
  for (const attribute of attributes.split(' ').filter(Boolean)) {
    const [name, value = ''] = attribute.split('=');
    element.setAttribute(name!, value);
  }
  const loaded = nextEvent<PhotoExhibitLoadEvent>(element, 'photo-exhibit-load');
  element.exhibition = document;
  await loaded;
  await element.updateComplete;
  return element;
}

const minimal = {
  photoExhibit: '1.0',
  title: 'Harbour at dawn',
  language: 'en',
  rights: { statement: 'All rights reserved.' },
  items: [
    {
      id: 'boats',
      image: {
        src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
        width: 1600,
        height: 1067,
        alt: 'Fishing boats moored at a pier',
      },
      caption: { title: 'Boats', text: 'The first boats come in before sunrise.' },
    },
    { id: 'pier', caption: { text: 'The pier at low tide. Gulls wait.' } },
    {
      id: 'net',
      image: { src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', width: 800, height: 1200 },
      caption: { text: 'Nets drying.' },
    },
  ],
};

describe('<photo-exhibit>', () => {
  it('renders the seed exhibition: title, section, intro and nine captions in order, the inscription as a quotation', async () => {
    const element = await renderDocument(await loadFixture('seed.json'));
    const root = element.shadowRoot!;
    const title = root.querySelector('[part="title"]')!;
    expect(title.localName).to.equal('h2');
    expect(title.textContent).to.contain(
      'Online Photo Exhibition On the Occasion of the 75th Anniversary',
    );
    expect(root.querySelector('[part="section-title"]')!.localName).to.equal('h3');
    expect(root.querySelector('[part="section-title"]')!.textContent).to.equal(
      'New Landmark in DPRK-Russia Ties',
    );
    expect(root.querySelectorAll('[part="section-intro"] p')).to.have.length(5);
    const captions = [...root.querySelectorAll('.tile')].map((tile) =>
      tile.querySelector('.caption-text')!.textContent!.trim(),
    );
    expect(captions).to.have.length(9);
    expect(captions[0]).to.match(/^Kim Jong Un, general secretary/);
    expect(captions[2]).to.equal('Kim Jong Un writes in the visitors book');
    expect(captions[8]).to.match(/without regard to stereotyped convention$/);
    const quote = root.querySelector('.tile:nth-of-type(3) blockquote, blockquote')!;
    expect(quote.textContent).to.contain(
      'The glory of Russia that produced the first conquerors of space will be immortal.',
    );
    expect(quote.querySelector('[part="signature"]')!.textContent).to.contain(
      'Kim Jong Un, September 13, 2023',
    );
    expect(quote.querySelector('cite')!.textContent).to.contain('visitors book');
    expect(root.querySelectorAll('[part="card"]')).to.have.length(9);
    expect(root.querySelector('time')!.textContent).to.contain(
      'September 12 to 17, Juche 112 (2023)',
    );
    await expect(element).shadowDom.to.be.accessible();
  });

  it('is a labelled region whose tiles are named "caption title, photo N of M"', async () => {
    const element = await renderDocument(minimal);
    const region = element.shadowRoot!.querySelector('section.exhibition')!;
    const labelId = region.getAttribute('aria-labelledby')!;
    expect(element.shadowRoot!.getElementById(labelId)!.textContent).to.equal('Harbour at dawn');
    const names = [...element.shadowRoot!.querySelectorAll('.tile > .open')].map((button) =>
      button.getAttribute('aria-label'),
    );
    expect(names).to.deep.equal([
      'Boats, photo 1 of 3',
      'The pier at low tide., photo 2 of 3',
      'Nets drying., photo 3 of 3',
    ]);
  });

  it('uses the JSON alt text, and alt="" where there is none (never the caption)', async () => {
    const element = await renderDocument(minimal);
    const images = [...element.shadowRoot!.querySelectorAll('img')];
    expect(images.map((image) => image.getAttribute('alt'))).to.deep.equal([
      'Fishing boats moored at a pier',
      '',
    ]);
  });

  it('reserves each image box at its aspect ratio before the image loads', async () => {
    const element = await renderDocument(minimal);
    const frames = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.frame')];
    const ratios = frames.map(
      (frame) => frame.getBoundingClientRect().width / frame.getBoundingClientRect().height,
    );
    expect(ratios[0]).to.be.closeTo(1600 / 1067, 0.02);
    expect(ratios[1]).to.be.closeTo(1.5, 0.02);
    expect(ratios[2]).to.be.closeTo(800 / 1200, 0.02);
  });

  it('builds a tile of few nodes: no white space between its parts, one text node per string', async () => {
    const element = await renderDocument({
      photoExhibit: '1.0',
      title: 'Parts',
      sections: [
        {
          id: 's',
          items: [
            {
              id: 'full',
              caption: {
                title: 'Title',
                text: 'First paragraph.\n\nSecond paragraph.',
                quote: { text: 'Quoted.', signature: 'A. Writer' },
                date: '1987-09-14',
                credit: 'Photo: Someone',
              },
              metadata: [{ label: 'Camera', value: 'Leica' }],
              rights: { statement: 'All rights reserved.' },
            },
          ],
        },
      ],
    });
    const caption = element.shadowRoot!.querySelector('.tile .caption')!;
    const parts = [...caption.children].map((child) => child.className);
    expect(parts).to.deep.equal([
      'caption-title',
      'caption-text',
      'quote',
      'meta',
      'credit',
      'metadata',
      'item-rights print-only',
    ]);
    const tile = element.shadowRoot!.querySelector('.tile')!;
    const walker = document.createTreeWalker(tile, NodeFilter.SHOW_ALL);
    const nodes: Node[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    const blank = nodes.filter(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() === '',
    );
    expect(blank).to.have.length(0);
    // Every string is one text node in the element that shows it (no marker beside it), every paragraph
    // one <p>: the nodes a tile costs, times 10,000 photos. With a child binding per string and a list
    // of templates per paragraph and caption part, this tile was 118 nodes (55 comments, 26 white space).
    expect(nodes.length).to.be.at.most(61);
  });

  it('gives a tile a caption box for a caption or metadata, not for print-only rights alone', async () => {
    const rights = { statement: 'All rights reserved.' };
    const element = await renderDocument({
      photoExhibit: '1.0',
      title: 'Boxes',
      sections: [
        {
          id: 's',
          items: [
            { id: 'rights-only', rights },
            { id: 'metadata', rights, metadata: [{ label: 'Camera', value: 'Leica' }] },
          ],
        },
      ],
    });
    const tile = (id: string) => element.shadowRoot!.querySelector(`.tile[data-id="${id}"]`)!;
    expect(tile('rights-only').querySelector('figcaption')).to.equal(null);
    const parts = [...tile('metadata').querySelector('figcaption')!.children];
    expect(parts.map((part) => part.className)).to.deep.equal([
      'metadata',
      'item-rights print-only',
    ]);
  });

  it("separates a caption's people, place and date with the styles' dots, not with text", async () => {
    const element = await renderDocument({
      photoExhibit: '1.0',
      title: 'Meta',
      people: { keeper: { name: 'A. Keeper' } },
      places: { harbour: { name: 'Harbour', locality: 'Old Town' } },
      sections: [
        {
          id: 's',
          items: [
            {
              id: 'meta',
              caption: {
                title: 'Harbour',
                text: 'The keeper at the pier.',
                people: ['keeper'],
                place: 'harbour',
                date: '1987-09-14',
              },
            },
          ],
        },
      ],
    });
    const meta = element.shadowRoot!.querySelector('.tile .meta')!;
    const entries = [...meta.children];
    expect(entries.map((entry) => entry.localName)).to.deep.equal(['span', 'span', 'time']);
    expect(meta.textContent).not.to.include('·');
    const before = entries.map((entry) => getComputedStyle(entry, '::before').content);
    expect(before[0]).to.equal('none');
    for (const content of before.slice(1)) expect(content).to.include('·');
  });

  it('justifies every row to the full width, the last included', async () => {
    const element = await renderDocument(minimal);
    const tiles = element.shadowRoot!.querySelector<HTMLElement>('.tiles')!;
    for (const row of element.shadowRoot!.querySelectorAll('.row')) {
      const cells = [...row.querySelectorAll<HTMLElement>('.frame')];
      const left = Math.min(...cells.map((cell) => cell.getBoundingClientRect().left));
      const right = Math.max(...cells.map((cell) => cell.getBoundingClientRect().right));
      expect(right - left).to.be.closeTo(tiles.getBoundingClientRect().width, 1.5);
      const heights = cells.map((cell) => cell.getBoundingClientRect().height);
      for (const height of heights) expect(height).to.be.closeTo(heights[0]!, 1.5);
    }
  });

  it('makes the tiles one tab stop moved by arrow keys, Home and End', async () => {
    const element = await renderDocument(minimal);
    const buttons = () => [
      ...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tile > .open'),
    ];
    expect(buttons().map((button) => button.tabIndex)).to.deep.equal([0, -1, -1]);
    buttons()[0]!.focus();
    buttons()[0]!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }),
    );
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(element.shadowRoot!.activeElement).to.equal(buttons()[1]);
    expect(buttons().map((button) => button.tabIndex)).to.deep.equal([-1, 0, -1]);
    buttons()[1]!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }),
    );
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(element.shadowRoot!.activeElement).to.equal(buttons()[2]);
    buttons()[2]!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }),
    );
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(element.shadowRoot!.activeElement).to.equal(buttons()[0]);
  });

  it('fires a cancelable photo-open with id, index and item when a tile is activated', async () => {
    const element = await renderDocument(minimal);
    const opened = nextEvent<PhotoOpenEvent>(element, 'photo-open');
    element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tile > .open')[1]!.click();
    const event = await opened;
    expect(event.cancelable).to.equal(true);
    expect(event.detail.id).to.equal('pier');
    expect(event.detail.index).to.equal(1);
    expect(event.detail.item.caption?.text).to.equal('The pier at low tide. Gulls wait.');
  });

  it('fetches src, resolves image URLs against it and reports problems once with console.warn', async () => {
    const warnings: unknown[][] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
      const loaded = nextEvent<PhotoExhibitLoadEvent>(element, 'photo-exhibit-load');
      element.src = fixtureUrl('multilingual.json');
      const event = await loaded;
      expect(event.detail.exhibition.sections.length).to.be.greaterThan(0);
      const image = element.shadowRoot!.querySelector('img')!;
      expect(image.getAttribute('src')).to.match(/^http:\/\/[^/]+\/test\/fixtures\//);
      expect(
        warnings.filter((args) => String(args[0]).startsWith('photo-exhibit:')),
      ).to.have.length(event.detail.problems.length > 0 ? 1 : 0);
    } finally {
      console.warn = originalWarn;
    }
  });

  it('shows a network error with the HTTP status and a Retry button', async () => {
    const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
    const failed = nextEvent<PhotoExhibitErrorEvent>(element, 'photo-exhibit-error');
    element.src = '/test-api/status/404';
    const event = await failed;
    expect(event.detail.kind).to.equal('network');
    expect(event.detail.status).to.equal(404);
    await element.updateComplete;
    const error = element.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('HTTP 404');
    const again = nextEvent<PhotoExhibitErrorEvent>(element, 'photo-exhibit-error');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    expect((await again).detail.status).to.equal(404);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('ends a hanging request as a network error after timeout', async () => {
    const element = await fixture<PhotoExhibit>(
      html`<photo-exhibit timeout="0.3"></photo-exhibit>`,
    );
    const failed = nextEvent<PhotoExhibitErrorEvent>(element, 'photo-exhibit-error');
    element.src = '/test-api/hang';
    const event = await failed;
    expect(event.detail.kind).to.equal('network');
    expect(event.detail.message).to.contain('0.3');
  });

  it('says where a parse error is, and recognises an HTML page', async () => {
    const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
    let failed = nextEvent<PhotoExhibitErrorEvent>(element, 'photo-exhibit-error');
    element.src = '/test-api/html';
    let event = await failed;
    expect(event.detail.kind).to.equal('parse');
    expect(event.detail.message).to.contain('HTML page');
    failed = nextEvent<PhotoExhibitErrorEvent>(element, 'photo-exhibit-error');
    element.src = fixtureUrl('not-json.txt');
    event = await failed;
    expect(event.detail.kind).to.equal('parse');
    expect(event.detail.message).to.match(/Line 4, column 3/);
  });

  it('parses a document of over a megabyte in slices, and says where a broken one breaks', async () => {
    // The whole text never goes to JSON.parse at once (that would be one long task); the result is the same.
    const nativeParse = JSON.parse;
    let longest = 0;
    JSON.parse = function (this: unknown, text: string, ...rest: unknown[]) {
      longest = Math.max(longest, String(text).length);
      return Reflect.apply(nativeParse, this, [text, ...rest]) as unknown;
    } as typeof JSON.parse;
    try {
      const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
      const loaded = nextEvent<PhotoExhibitLoadEvent>(element, 'photo-exhibit-load', 20_000);
      element.src = '/test-api/large';
      const { detail } = await loaded;
      expect(detail.exhibition.sections.flatMap((section) => section.items)).to.have.length(300);
      expect(longest).to.be.above(0).and.below(1_000_000);
      const text = shadowText(element);
      for (const index of [0, 150, 299]) expect(text).to.contain(`Caption number ${index}`);
      expect(element.shadowRoot!.querySelectorAll('.tile')).to.have.length(300);

      // Should slicing fail (here: every piece it hands to JSON.parse is refused), the native parse of the
      // whole text still reads the document.
      JSON.parse = function (this: unknown, text: string, ...rest: unknown[]) {
        if (String(text).length < 1_000_000) throw new RangeError('refused');
        return Reflect.apply(nativeParse, this, [text, ...rest]) as unknown;
      } as typeof JSON.parse;
      const reloaded = nextEvent<PhotoExhibitLoadEvent>(element, 'photo-exhibit-load', 20_000);
      element.src = '/test-api/large?again';
      expect((await reloaded).detail.exhibition.sections[0]!.items).to.have.length(300);
      JSON.parse = nativeParse;

      const failed = nextEvent<PhotoExhibitErrorEvent>(element, 'photo-exhibit-error', 20_000);
      element.src = '/test-api/large?broken';
      const event = await failed;
      expect(event.detail.kind).to.equal('parse');
      expect(event.detail.message).to.match(/Line 152, column 4001/);
    } finally {
      JSON.parse = nativeParse;
    }
  });

  describe('a large document in sections', function () {
    // Parsing a megabyte and rendering 600 items take a few seconds when three browsers share the machine.
    this.timeout(40_000);
    const nativeParse = JSON.parse;
    let parses = 0;
    beforeEach(() => {
      parses = 0;
      JSON.parse = function (this: unknown, text: string, ...rest: unknown[]) {
        parses += 1;
        return Reflect.apply(nativeParse, this, [text, ...rest]) as unknown;
      } as typeof JSON.parse;
    });
    afterEach(() => {
      JSON.parse = nativeParse;
    });

    /**
     * The tiles as they first appear (how many JSON.parse calls had run, the first tile, names), and
     * how many were taken out again.
     */
    function watchFirstTiles(element: PhotoExhibit) {
      const first: {
        parses?: number;
        tile?: Element;
        sections?: string[];
        ids?: string[];
        labels?: string[];
        text?: string;
        /** Tiles taken out of the page again (a tile or a block of them). */
        removed: number;
      } = { removed: 0 };
      const observer = new MutationObserver((records) => {
        for (const node of records.flatMap((record) => [...record.removedNodes])) {
          if (node instanceof Element && (node.matches('.tile') || node.querySelector('.tile'))) {
            first.removed += 1;
          }
        }
        const tiles = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.tile')];
        if (first.tile || tiles.length === 0) return;
        first.parses = parses;
        first.tile = tiles[0];
        first.sections = [
          ...element.shadowRoot!.querySelectorAll<HTMLElement>('[data-section-id]'),
        ].map((section) => section.dataset.sectionId!);
        first.ids = tiles.map((tile) => tile.dataset.id!);
        first.labels = tiles.map(
          (tile) => tile.querySelector('.open')!.getAttribute('aria-label')!,
        );
        first.text = tiles[0]!.textContent!;
      });
      observer.observe(element.shadowRoot!, { childList: true, subtree: true });
      return { first, stop: () => observer.disconnect() };
    }

    async function load(query: string) {
      const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
      const watch = watchFirstTiles(element);
      const loaded = nextEvent<PhotoExhibitLoadEvent>(element, 'photo-exhibit-load', 60_000);
      element.src = `/test-api/large-sections${query}`;
      const { detail } = await loaded;
      watch.stop();
      return { element, first: watch.first, detail };
    }

    it('shows the first section before the whole is parsed, and keeps its tiles when it is', async () => {
      const { element, first, detail } = await load('');
      expect(first.parses, 'JSON.parse calls when the first tiles appeared').to.be.below(parses);
      expect(first.sections).to.deep.equal(['s0']);
      expect(first.ids!.length).to.be.within(1, 15);
      expect(first.ids!.filter((id) => !id.startsWith('s0-'))).to.deep.equal([]);
      // Named against the whole document's count from the start.
      expect(first.labels![0]).to.equal('Caption 0.0, photo 1 of 600');
      expect(detail.exhibition.sections).to.have.length(40);
      // The tiles shown from the beginning stay: none is rendered again when the whole arrives.
      expect(first.removed).to.equal(0);
      expect(element.shadowRoot!.querySelector('.tile')).to.equal(first.tile);
      expect(element.shadowRoot!.querySelectorAll('.tile')).to.have.length(600);
    });

    it('reads an inline document as a fetched one: in slices, its first section first', async () => {
      const text = await (await fetch('/test-api/large-sections')).text();
      let longest = 0;
      const counting = JSON.parse;
      JSON.parse = function (this: unknown, source: string, ...rest: unknown[]) {
        longest = Math.max(longest, String(source).length);
        return Reflect.apply(counting, this, [source, ...rest]) as unknown;
      } as typeof JSON.parse;
      const element = document.createElement('photo-exhibit');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = text;
      element.append(script);
      const loaded = nextEvent<PhotoExhibitLoadEvent>(element, 'photo-exhibit-load', 60_000);
      document.body.append(element);
      try {
        const watch = watchFirstTiles(element);
        const { detail } = await loaded;
        watch.stop();
        expect(watch.first.parses, 'JSON.parse calls when the first tiles appeared').to.be.below(
          parses,
        );
        expect(watch.first.sections).to.deep.equal(['s0']);
        expect(longest)
          .to.be.above(0)
          .and.below(text.length / 4);
        expect(detail.exhibition.sections).to.have.length(40);
      } finally {
        element.remove();
      }
    });

    it("shows the whole document's first section where its beginning alone reads it differently", async () => {
      // From the beginning alone, the item without an id is given "item-2", which a later item declares.
      const { element, first, detail } = await load('?collide');
      expect(first.ids![1]).to.equal('item-2');
      const generated = detail.exhibition.sections[0]!.items[1]!.id;
      expect(generated).to.not.equal('item-2');
      const tiles = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.tile')];
      expect(tiles[1]!.dataset.id).to.equal(generated);
      expect(tiles.filter((tile) => tile.dataset.id === 'item-2')).to.have.length(1);
      expect(tiles[600 - 15]!.dataset.id).to.equal('item-2');
    });

    it('does not show a beginning with errors of its own: the first tile names its person at once', async () => {
      const { first, detail } = await load('?late-people');
      expect(detail.problems.filter((problem) => problem.severity === 'error')).to.deep.equal([]);
      expect(first.text).to.contain('Ana Lima');
    });

    it('reads the whole document again when it is moved while shown from its beginning', async () => {
      const host = await fixture<HTMLDivElement>(html`<div><photo-exhibit></photo-exhibit></div>`);
      const element = host.querySelector('photo-exhibit')!;
      // Moved out as soon as the beginning is shown, before the whole parse starts (in a later task).
      let sectionsShown = 0;
      const moved = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!element.shadowRoot!.querySelector('.tile')) return;
          sectionsShown = element.shadowRoot!.querySelectorAll('[data-section-id]').length;
          observer.disconnect();
          element.remove();
          resolve();
        });
        observer.observe(element.shadowRoot!, { childList: true, subtree: true });
      });
      element.src = '/test-api/large-sections';
      await moved;
      expect(sectionsShown).to.equal(1);
      // Disconnecting aborts the load: what it was parsing is dropped.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const loaded = nextEvent<PhotoExhibitLoadEvent>(element, 'photo-exhibit-load', 60_000);
      host.append(element);
      expect((await loaded).detail.exhibition.sections).to.have.length(40);
    });

    it('shows the parse error of a document broken after its beginning was shown', async () => {
      const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
      const watch = watchFirstTiles(element);
      const failed = nextEvent<PhotoExhibitErrorEvent>(element, 'photo-exhibit-error', 60_000);
      element.src = '/test-api/large-sections?broken';
      const event = await failed;
      watch.stop();
      expect(watch.first.sections).to.deep.equal(['s0']);
      expect(event.detail.kind).to.equal('parse');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelectorAll('.tile')).to.have.length(0);
      expect(element.getAttribute('state')).to.equal('error');
    });
  });

  it('lists the problems of an invalid document with their paths', async () => {
    const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
    const failed = nextEvent<PhotoExhibitErrorEvent>(element, 'photo-exhibit-error');
    element.exhibition = { photoExhibit: '2.0', title: 'Future', items: [] };
    const event = await failed;
    expect(event.detail.kind).to.equal('invalid');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="error"] code')!.textContent).to.equal(
      '/photoExhibit',
    );
    expect(element.getAttribute('state')).to.equal('error');
  });

  it('shows only the last of several quickly switched sources', async () => {
    const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
    let loads = 0;
    element.addEventListener('photo-exhibit-load', () => (loads += 1));
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      element.src = `/test-api/slow?ms=${300 - attempt * 50}&title=Exhibition%20${attempt}`;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await nextEvent(element, 'photo-exhibit-load');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(loads).to.equal(1);
    expect(shadowText(element)).to.contain('Exhibition 5');
    expect(shadowText(element)).not.to.contain('Exhibition 4');
  });

  it('prefers the exhibition property over src, and src over the inline script', async () => {
    const element = await fixture<PhotoExhibit>(
      html`<photo-exhibit
        ><script type="application/json">
          {
            "photoExhibit": "1.0",
            "title": "Inline",
            "language": "en",
            "items": [{ "id": "a", "caption": { "text": "Inline caption" } }]
          }
        </script></photo-exhibit
      >`,
    );
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shadowText(element)).to.contain('Inline caption');
    const loaded = nextEvent(element, 'photo-exhibit-load');
    element.src = '/test-api/slow?ms=1&title=Fetched';
    await loaded;
    expect(shadowText(element)).to.contain('Fetched caption');
    const again = nextEvent(element, 'photo-exhibit-load');
    element.exhibition = { ...minimal, title: 'Property' };
    await again;
    expect(shadowText(element)).to.contain('Property');
  });

  it('shows fallback content until the exhibition renders', async () => {
    const element = await fixture<PhotoExhibit>(
      html`<photo-exhibit><a href="/exhibition.json">The exhibition</a></photo-exhibit>`,
    );
    const slot = element.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('The exhibition');
    const loaded = nextEvent(element, 'photo-exhibit-load');
    element.exhibition = minimal;
    await loaded;
    expect(element.shadowRoot!.querySelector('slot')).to.equal(null);
  });

  it('renders titles at heading-level and a table of contents with section links', async () => {
    const element = await renderDocument(
      await loadFixture('multilingual.json'),
      'heading-level=1 toc',
    );
    expect(element.shadowRoot!.querySelector('[part="title"]')!.localName).to.equal('h1');
    const sectionTitles = [...element.shadowRoot!.querySelectorAll('[part="section-title"]')];
    expect(sectionTitles.every((title) => title.localName === 'h2')).to.equal(true);
    const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="toc"] a')];
    expect(links).to.have.length(sectionTitles.length);
    links[1]!.click();
    expect(location.hash.slice(1)).to.equal(links[1]!.dataset.sectionLink);
    expect(element.shadowRoot!.activeElement).to.equal(sectionTitles[1]);
    history.replaceState(null, '', location.pathname + location.search);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('shows the table of contents and the language control whole from the first render', async () => {
    // Both list what only the whole document says: shown as sections are read, they would grow and move
    // everything below them.
    const sections = Array.from({ length: 30 }, (_, section) => ({
      id: `part-${section}`,
      title: { en: `Part ${section}`, ko: `${section}부` },
      items: Array.from({ length: 40 }, (_, index) => ({
        id: `p${section}-${index}`,
        caption: { text: { en: `Caption ${section}.${index}`, ko: `설명 ${section}.${index}` } },
      })),
    }));
    const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
    element.setAttribute('toc', '');
    element.setAttribute('language-switcher', '');
    const first: { links?: number; options?: number } = {};
    const observer = new MutationObserver(() => {
      const root = element.shadowRoot!;
      if (first.links !== undefined || !root.querySelector('[data-section-id]')) return;
      first.links = root.querySelectorAll('[part="toc"] a').length;
      first.options = root.querySelectorAll('select option').length;
    });
    observer.observe(element.shadowRoot!, { childList: true, subtree: true });
    const loaded = nextEvent<PhotoExhibitLoadEvent>(element, 'photo-exhibit-load', 20_000);
    element.exhibition = {
      photoExhibit: '1.0',
      title: { en: 'Parts', ko: '부분' },
      language: 'en',
      rights: { statement: 'Test' },
      sections,
    };
    await loaded;
    observer.disconnect();
    expect(first).to.deep.equal({ links: 30, options: 2 });
  });

  it('switches language live, marking strings in other languages with lang and dir', async () => {
    const element = await renderDocument(
      await loadFixture('multilingual.json'),
      'lang=en language-switcher',
    );
    const englishTitle = element.shadowRoot!.querySelector('[part="title"]')!.textContent;
    element.setAttribute('lang', 'ar');
    await element.updateComplete;
    const region = element.shadowRoot!.querySelector('section.exhibition')!;
    expect(region.getAttribute('lang')).to.equal('ar');
    expect(region.getAttribute('dir')).to.equal('rtl');
    expect(element.shadowRoot!.querySelector('[part="title"]')!.textContent).not.to.equal(
      englishTitle,
    );
    // A string that is only in English is marked as English inside the Arabic region.
    const marked = [...element.shadowRoot!.querySelectorAll('[lang]')].filter(
      (node) => node !== region,
    );
    expect(marked.some((node) => node.getAttribute('lang') === 'en')).to.equal(true);
    const select = element.shadowRoot!.querySelector('select')!;
    expect([...select.options].map((option) => option.value)).to.include.members([
      'en',
      'ko',
      'ru',
      'ar',
    ]);
    await expect(element).shadowDom.to.be.accessible();
  });

  it('flows justified rows from the right in right-to-left documents', async () => {
    // The title resolves to Arabic, so the element itself makes the region right-to-left.
    const element = await renderDocument(
      { ...minimal, title: { en: 'Harbour at dawn', ar: 'الميناء عند الفجر' } },
      'lang=ar',
    );
    const region = element.shadowRoot!.querySelector('section.exhibition')!;
    expect(region.getAttribute('dir')).to.equal('rtl');
    const frames = [...element.shadowRoot!.querySelectorAll('.row')[0]!.querySelectorAll('.frame')];
    expect(frames[0]!.getBoundingClientRect().right).to.be.greaterThan(
      frames[1]!.getBoundingClientRect().right,
    );
  });

  it('renders every layout with the same items, and warns once for an unknown one', async () => {
    const element = await renderDocument(minimal);
    for (const layout of ['grid', 'columns', 'story', 'slideshow'] as const) {
      element.layout = layout;
      await element.updateComplete;
      expect(element.shadowRoot!.querySelectorAll('.tile'), layout).to.have.length(3);
      await expect(element).shadowDom.to.be.accessible();
    }
    const warnings: unknown[] = [];
    const originalWarn = console.warn;
    console.warn = (message: unknown) => warnings.push(message);
    try {
      element.setAttribute('layout', 'mosaic');
      await element.updateComplete;
      element.setAttribute('layout', 'mosaic');
      await element.updateComplete;
    } finally {
      console.warn = originalWarn;
    }
    expect(warnings).to.have.length(1);
    expect(element.shadowRoot!.querySelector('.layout-justified')).not.to.equal(null);
  });

  it('shows one slide at a time in the slideshow layout and fires photo-change', async () => {
    const element = await renderDocument(minimal, 'layout=slideshow');
    const visible = () =>
      [...element.shadowRoot!.querySelectorAll<HTMLElement>('.block')].filter(
        (block) => !block.hidden,
      );
    expect(visible()).to.have.length(1);
    const changed = nextEvent<PhotoOpenEvent>(element, 'photo-change');
    element.shadowRoot!.querySelector<HTMLButtonElement>('.slide-next')!.click();
    expect((await changed).detail.index).to.equal(1);
    await element.updateComplete;
    expect(visible()[0]!.querySelector('.tile')!.getAttribute('data-id')).to.equal('pier');
    expect(element.shadowRoot!.querySelector('.counter')!.textContent).to.contain('2 of 3');
  });

  it('keeps the caption and says "image unavailable" when an image fails to load', async () => {
    const element = await renderDocument({
      ...minimal,
      items: [
        {
          id: 'gone',
          image: { src: '/test-api/status/404', width: 10, height: 10, alt: 'x' },
          caption: { text: 'Still here.' },
        },
      ],
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="unavailable"]')!.textContent).to.equal(
      'Image unavailable',
    );
    expect(shadowText(element)).to.contain('Still here.');
  });

  it('renders text from JSON as text, never as HTML', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const element = await renderDocument({
      ...minimal,
      title: payload,
      items: [{ id: 'a', caption: { text: payload } }],
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(element.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(payload);
    expect(element.shadowRoot!.querySelectorAll('img')).to.have.length(0);
  });

  it('shows warnings on screen with debug', async () => {
    const element = await renderDocument(
      { items: [{ caption: { text: 'No id, no title' } }] },
      'debug',
    );
    const panel = element.shadowRoot!.querySelector('[part="problems"]')!;
    expect(panel.textContent).to.contain('/items/0');
    expect(element.problems.length).to.be.greaterThan(0);
  });

  it('applies UI string overrides', async () => {
    const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
    element.strings = { photoPosition: 'image {n} / {total}' };
    const loaded = nextEvent(element, 'photo-exhibit-load');
    element.exhibition = minimal;
    await loaded;
    expect(element.shadowRoot!.querySelector('.open')!.getAttribute('aria-label')).to.equal(
      'Boats, image 1 / 3',
    );
  });

  it('uses built-in Korean UI strings', async () => {
    const element = await renderDocument(minimal, 'lang=ko');
    expect(element.shadowRoot!.querySelector('.open')!.getAttribute('aria-label')).to.equal(
      'Boats, 사진 1/3',
    );
  });
});

describe('<photo-exhibit> with many photos', () => {
  const many = (count: number) => ({
    photoExhibit: '1.0',
    title: 'Many',
    language: 'en',
    rights: { statement: 'Test.' },
    sections: [
      {
        id: 'all',
        title: 'All',
        items: Array.from({ length: count }, (_, index) => ({
          id: `p${index}`,
          image: {
            src: '/test/fixtures/img/square-1x1.svg',
            width: 1000 + ((index * 37) % 900),
            height: 1000 + ((index * 53) % 700),
            alt: `Photo ${index}`,
          },
          caption: { title: `Title ${index}`, text: `Caption number ${index}.` },
        })),
      },
    ],
  });

  it('renders in chunks and has every caption in the DOM when photo-exhibit-load fires', async () => {
    const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
    const loaded = nextEvent(element, 'photo-exhibit-load', 20000);
    // Count the tiles after every task: they must arrive over several tasks, not in one long one.
    const counts = new Set<number>();
    const sampler = setInterval(
      () => counts.add(element.shadowRoot!.querySelectorAll('.tile').length),
      0,
    );
    element.exhibition = many(1000);
    await loaded;
    clearInterval(sampler);
    expect([...counts].filter((count) => count > 0 && count < 1000).length).to.be.greaterThan(2);
    const captions = [...element.shadowRoot!.querySelectorAll('.caption-text')];
    expect(captions).to.have.length(1000);
    expect(captions[999]!.textContent!.trim()).to.equal('Caption number 999.');
    const names = [...element.shadowRoot!.querySelectorAll('.tile > .open')].map((button) =>
      button.getAttribute('aria-label'),
    );
    expect(names[999]).to.equal('Title 999, photo 1000 of 1000');
  });

  it('shows each section as soon as it is read, and the footer and load event once all are', async () => {
    const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
    let loadedAt: number | undefined;
    element.addEventListener('photo-exhibit-load', () => (loadedAt = performance.now()));
    // What the shadow tree held after each task until the load event: sections and whether a footer was there.
    const samples: { sections: number; footer: boolean }[] = [];
    const sampler = setInterval(() => {
      if (loadedAt !== undefined) return;
      samples.push({
        sections: element.shadowRoot!.querySelectorAll('.section').length,
        footer: element.shadowRoot!.querySelector('.footer') !== null,
      });
    }, 0);
    const sections = Array.from({ length: 30 }, (_, number) => ({
      id: `s${number}`,
      title: `Section ${number}`,
      items: many(40).sections[0]!.items.map((item) => ({ ...item, id: `s${number}-${item.id}` })),
    }));
    element.exhibition = { ...many(0), sections };
    await until(() => loadedAt !== undefined, 20000);
    clearInterval(sampler);
    const partial = samples.filter((sample) => sample.sections > 0 && sample.sections < 30);
    expect(partial.length, 'samples with some sections shown').to.be.greaterThan(0);
    expect(partial.every((sample) => !sample.footer)).to.equal(true);
    expect(element.shadowRoot!.querySelectorAll('.section')).to.have.length(30);
    expect(element.shadowRoot!.querySelector('.footer')).to.not.equal(null);
    const titles = [...element.shadowRoot!.querySelectorAll('[part="section-title"]')];
    expect(titles.map((title) => title.textContent!.trim())).to.deep.equal(
      sections.map((section) => section.title),
    );
  });

  it('creates image nodes only near the viewport, and for a block once it comes near', async () => {
    const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
    const loaded = nextEvent(element, 'photo-exhibit-load', 20000);
    element.exhibition = many(600);
    await loaded;
    const root = element.shadowRoot!;
    const imageOf = (index: number) => root.querySelector(`.tile[data-index="${index}"] img`);
    expect(root.querySelectorAll('.tile')).to.have.length(600);
    expect(imageOf(0), 'first tile').to.not.equal(null);
    expect(imageOf(599), 'last tile, far below').to.equal(null);
    expect(root.querySelectorAll('img').length).to.be.lessThan(300);
    // The box is there already, at the photo's shape, so nothing moves when the image arrives.
    const frame = root.querySelector<HTMLElement>('.tile[data-index="599"] .frame')!;
    expect(parseFloat(frame.style.getPropertyValue('aspect-ratio'))).to.be.closeTo(
      (1000 + ((599 * 37) % 900)) / (1000 + ((599 * 53) % 700)),
      0.001,
    );
    // A keyboard visitor going to the last photo gets its block's images with the focus.
    root.querySelector<HTMLElement>('.tile[data-index="0"] > .open')!.focus();
    await sendKeys({ press: 'End' });
    await until(() => imageOf(599) !== null);
    expect(imageOf(599)!.getAttribute('alt')).to.equal('Photo 599');
    window.scrollTo(0, 0);
  });

  it('creates the image nodes of a block scrolled near the viewport', async function () {
    // Intersection observers report only in a page that is rendered; the runner's background tabs in some
    // browsers are not, and nothing can come near a viewport there.
    const target = document.createElement('div');
    target.style.cssText = 'position: absolute; top: 300vh; width: 10px; height: 10px';
    document.body.append(target);
    const reports = await new Promise((resolve) => {
      const probe = new IntersectionObserver(([entry]) => {
        if (!entry!.isIntersecting) target.style.top = '0';
        else resolve(true);
      });
      probe.observe(target);
      setTimeout(() => resolve(false), 1000);
    });
    target.remove();
    if (!reports) this.skip();
    const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
    const loaded = nextEvent(element, 'photo-exhibit-load', 20000);
    element.exhibition = many(600);
    await loaded;
    const root = element.shadowRoot!;
    expect(root.querySelector('.tile[data-index="450"] img')).to.equal(null);
    const tile = () => root.querySelector('.tile[data-index="450"]')!;
    // Firefox at times does not scroll to a tile whose block it skips: scroll until it has.
    await until(() => {
      tile().scrollIntoView();
      return tile().querySelector('img') !== null;
    });
    // Laid out anew while on screen (blocks now start at other tiles), its block still gets its images.
    element.layout = 'grid';
    await element.updateComplete;
    // Blocks above change from their estimated to their real heights as they render: scroll until it stays.
    await until(() => {
      tile().scrollIntoView();
      return tile().querySelector('img.cover') !== null;
    });
    window.scrollTo(0, 0);
  });

  /** Captions of one to eight sentences, some with a quotation: rows of uneven height. */
  const varied = (count: number) => {
    const document = many(count);
    document.sections[0]!.items.forEach((item, index) => {
      const sentence = `Sentence about photograph ${index}, its harbour and its morning light. `;
      Object.assign(item.caption, {
        text: sentence.repeat(1 + ((index * 7) % 8)).trim(),
        ...(index % 5 === 0 ? { quote: { text: sentence.repeat(2), signature: 'A. Keeper' } } : {}),
      });
    });
    return document;
  };
  const blocksOf = (element: PhotoExhibit) => [
    ...element.shadowRoot!.querySelectorAll<HTMLElement>('.block'),
  ];
  const givenHeight = (block: HTMLElement) =>
    parseFloat(block.style.getPropertyValue('contain-intrinsic-size').split(' ').at(-1)!);
  /** Each block's height laid out: skipping turned off for the reading. */
  const realHeights = (blocks: HTMLElement[]) => {
    for (const block of blocks) block.style.setProperty('content-visibility', 'visible');
    const heights = blocks.map((block) => block.getBoundingClientRect().height);
    for (const block of blocks) block.style.removeProperty('content-visibility');
    return heights;
  };

  /** Waits until `top()` (a position, read once a poll) has not moved by half a pixel for 8 polls in a row. */
  const untilStill = async (top: () => number) => {
    let still = 0;
    let last = NaN;
    await until(() => {
      const now = top();
      still = Math.abs(now - last) < 0.5 ? still + 1 : 0;
      last = now;
      return still >= 8;
    }, 10000);
  };
  /** Waits until every block is given its real height. */
  const untilAllMeasured = (blocks: HTMLElement[]) =>
    until(() => {
      const real = realHeights(blocks);
      return blocks.every((block, index) => Math.abs(givenHeight(block) - real[index]!) < 0.5);
    }, 20000);

  /** Loads `exhibition` with idle callbacks held back: nothing is measured until `idle.release()`. */
  const loadUnmeasured = async (exhibition: ReturnType<typeof varied>) => {
    const idle = holdIdleCallbacks();
    try {
      const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
      const loaded = nextEvent(element, 'photo-exhibit-load', 20000);
      element.exhibition = exhibition;
      await loaded;
      return { element, idle };
    } catch (error) {
      idle.restore();
      throw error;
    }
  };

  it('estimates block heights from the captions, then measures every block once loaded', async function () {
    this.timeout(50000);
    const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
    let estimates: number[] = [];
    element.addEventListener('photo-exhibit-load', () => {
      estimates = blocksOf(element).map(givenHeight);
    });
    const loaded = nextEvent(element, 'photo-exhibit-load', 20000);
    element.exhibition = varied(300);
    await loaded;
    const blocks = blocksOf(element);
    expect(blocks.length).to.be.greaterThan(5);
    const real = realHeights(blocks);
    // Before measuring, from the text: within a fifth overall and a third for each block (a caption
    // length blind estimate is off by two thirds here).
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    expect(sum(estimates) / sum(real)).to.be.within(0.8, 1.2);
    estimates.forEach((estimate, index) =>
      expect(estimate / real[index]!, `block ${index}`).to.be.within(0.67, 1.5),
    );
    // Then every block gets its real height, so a block appearing for the first time moves nothing.
    // (Checked twice a second: laying out every block keeps the page busy, and blocks are measured when
    // it is idle.)
    const allMeasured = async () => {
      const deadline = Date.now() + 20000;
      for (;;) {
        const current = blocksOf(element);
        const now = realHeights(current);
        if (current.every((block, index) => Math.abs(givenHeight(block) - now[index]!) < 0.5))
          return;
        expect(Date.now(), 'every block measured in time').to.be.below(deadline);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    };
    await allMeasured();
    // Laid out anew, the blocks are measured anew.
    element.layout = 'grid';
    await element.updateComplete;
    expect(blocksOf(element)[0]!.querySelector('.grid')).to.not.equal(null);
    await allMeasured();
    // Measured once: later updates (a block coming near, the focus moving) do not look for blocks again.
    const root = element.shadowRoot!;
    const lookUps: string[] = [];
    const querySelectorAll = root.querySelectorAll.bind(root);
    root.querySelectorAll = ((selector: string) => {
      lookUps.push(selector);
      return querySelectorAll(selector);
    }) as typeof root.querySelectorAll;
    try {
      for (let update = 0; update < 3; update += 1) {
        element.requestUpdate();
        await element.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    } finally {
      delete (root as { querySelectorAll?: unknown }).querySelectorAll;
    }
    expect(lookUps.filter((selector) => selector === '.block')).to.deep.equal([]);
  });

  it('keeps what is on screen in place while it measures the blocks above it', async function () {
    // Measuring waits (idle periods held back) until the block scrolled to has stopped moving: what moves
    // it then is measuring alone (in WebKit, as in Chromium here, scroll anchoring did not make up for it).
    this.timeout(50000);
    const { element, idle } = await loadUnmeasured(varied(300));
    try {
      const blocks = blocksOf(element);
      const onScreen = blocks[Math.floor(blocks.length / 2)]!;
      onScreen.scrollIntoView();
      await untilStill(() => onScreen.getBoundingClientRect().top);
      const before = onScreen.getBoundingClientRect().top;
      const estimated = blocks.map(givenHeight);
      idle.release();
      await untilAllMeasured(blocks);
      // The blocks above it did change (their estimates were off), but it did not move.
      const index = blocks.indexOf(onScreen);
      const change = blocks
        .slice(0, index)
        .reduce((sum, block, at) => sum + givenHeight(block) - estimated[at]!, 0);
      expect(Math.abs(change)).to.be.above(5);
      expect(onScreen.getBoundingClientRect().top - before).to.be.within(-1, 1);
    } finally {
      idle.restore();
      window.scrollTo(0, 0);
    }
  });

  it('keeps what is on screen in place in a scrolling element of its own', async function () {
    // The screen is then the element's visible part: a block scrolled out of it above, though below the
    // window's top, is not what the reader sees.
    this.timeout(50000);
    const idle = holdIdleCallbacks();
    try {
      const scroller = await fixture<HTMLDivElement>(html`<div></div>`);
      scroller.style.cssText = 'margin-top: 300px; height: 500px; overflow: auto';
      const element = document.createElement('photo-exhibit') as PhotoExhibit;
      scroller.append(element);
      const loaded = nextEvent(element, 'photo-exhibit-load', 20000);
      element.exhibition = varied(300);
      await loaded;
      window.scrollTo(0, 0);
      const blocks = blocksOf(element);
      const index = Math.floor(blocks.length / 2);
      const [hidden, seen] = [blocks[index - 1]!, blocks[index]!];
      const visibleTop = () => scroller.getBoundingClientRect().top;
      expect(visibleTop()).to.be.above(200);
      // The block before ends 150 px above the element's visible part, below the window's top.
      await untilStill(() => {
        scroller.scrollTop += hidden.getBoundingClientRect().bottom - (visibleTop() - 150);
        return seen.getBoundingClientRect().top;
      });
      const before = seen.getBoundingClientRect().top;
      const estimated = givenHeight(hidden);
      idle.release();
      await untilAllMeasured(blocks);
      // The hidden block's estimate was off, yet the block seen did not move.
      expect(Math.abs(givenHeight(hidden) - estimated)).to.be.above(1);
      expect(seen.getBoundingClientRect().top - before).to.be.within(-1, 1);
    } finally {
      idle.restore();
    }
  });

  it('measures a block on screen without skipping it: a click right after reaches the photo', async function () {
    // Skipping turned off and on again skips a block the browser was rendering until its next rendering:
    // a click there reached the block, not the photo, and no viewer opened.
    this.timeout(50000);
    const { element, idle } = await loadUnmeasured(varied(120));
    try {
      const root = element.shadowRoot!;
      const blocks = blocksOf(element);
      const onScreen = blocks[0]!;
      const tile = onScreen.querySelector('.tile')!;
      // Where a click on the tile lands, read when it is used: in WebKit the section's title above can
      // still be taking its height then, moving the tile down.
      const clickPoint = () => {
        const rect = tile.getBoundingClientRect();
        return [rect.left + rect.width / 2, rect.top + 20] as const;
      };
      // (Read before measuring starts: reading turns every block's skipping off, as measuring does.)
      const real = realHeights(blocks);
      // Per block whose skipping measuring turns off: whether the browser was rendering it then. And what a
      // click on the first tile reaches when measuring gives the block on screen its height (in the task that
      // measured it, after skipping is back on where it was turned off).
      const turnedOff: { block: HTMLElement; rendered: boolean }[] = [];
      const reached: (Element | null)[] = [];
      for (const block of blocks) {
        const { style } = block;
        const set = style.setProperty.bind(style);
        style.setProperty = (property: string, value: string | null, priority?: string) => {
          if (property === 'content-visibility') {
            const content = block.firstElementChild!;
            turnedOff.push({
              block,
              rendered: content.checkVisibility({ contentVisibilityAuto: true }),
            });
          }
          set(property, value, priority);
          if (property === 'contain-intrinsic-size' && block === onScreen)
            reached.push(root.elementFromPoint(...clickPoint()));
        };
      }
      // A browser's idle periods come after a frame has rendered what is on screen; the held callbacks
      // run on timers, which on a loaded machine can come before any frame since the load.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      idle.release();
      await until(
        () => blocks.every((block, index) => Math.abs(givenHeight(block) - real[index]!) < 0.5),
        20000,
      );
      // Every block measured, the one on screen too, and skipping turned off only where it skipped.
      expect(turnedOff.length).to.be.at.least(blocks.length - 2);
      expect(
        turnedOff.filter((entry) => entry.rendered).map((entry) => blocks.indexOf(entry.block)),
      ).to.deep.equal([]);
      expect(reached.length, 'the block on screen given its height').to.be.above(0);
      expect(reached.filter((target) => !target?.closest('.tile'))).to.deep.equal([]);
    } finally {
      idle.restore();
    }
  });

  /**
   * Layout shifts reported when a scrollbar jump lands `where` (a document offset, from the second section's
   * first block and title) in an exhibition of two sections whose first section's last block is not measured
   * and estimated 80 px too tall. Checks that the jump's frames laid that block out at its real height.
   */
  const shiftsOfAJump = async (
    where: (firstOfSecond: number, secondTitle: number) => number,
  ): Promise<number[]> => {
    const exhibition = varied(240);
    const [all] = exhibition.sections;
    exhibition.sections = [
      { ...all!, items: all!.items.slice(0, 120) },
      { ...all!, id: 'second', title: 'Second', items: all!.items.slice(120) },
    ];
    const { element, idle } = await loadUnmeasured(exhibition);
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as { value?: number }).value ?? 0);
    });
    try {
      const root = element.shadowRoot!;
      const lastOfFirst = [
        ...root.querySelectorAll<HTMLElement>('.section:first-of-type .block'),
      ].at(-1)!;
      const firstOfSecond = root.querySelector<HTMLElement>('.section:last-of-type .block')!;
      const title = root.querySelector<HTMLElement>(
        '.section:last-of-type [part="section-title"]',
      )!;
      // Not measured (idle periods held back), and its estimate 80 px off.
      const [real] = realHeights([lastOfFirst]);
      lastOfFirst.style.setProperty('contain-intrinsic-size', `auto ${real! + 80}px`);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const documentTop = (target: HTMLElement) =>
        target.getBoundingClientRect().top + window.scrollY;
      observer.observe({ type: 'layout-shift' });
      window.scrollTo(0, where(documentTop(firstOfSecond), documentTop(title)));
      await untilStill(() => firstOfSecond.getBoundingClientRect().top);
      // The block above was laid out at its real height: what follows it moved up by 80 px.
      expect(lastOfFirst.getBoundingClientRect().height).to.be.closeTo(real!, 1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return shifts;
    } finally {
      observer.disconnect();
      idle.restore();
      window.scrollTo(0, 0);
    }
  };

  it('reports no layout shift when a jump lands just below a block whose estimate was off', async function () {
    // The jump's frame lays out the block above the screen at its real height (Chromium renders half a
    // screen around it); what follows it moves while the blocks landed on are still skipped, painting
    // nothing. Chromium counted that move of the empty boxes around them as a layout shift of the host page.
    if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) this.skip();
    this.timeout(50000);
    expect(await shiftsOfAJump((firstOfSecond) => firstOfSecond + 40)).to.deep.equal([]);
  });

  it("reports no layout shift when a jump lands with a section's title on screen below such a block", async function () {
    // A section's header is skipped like a block until it comes near: painted in the jump's first frame,
    // the title would move when the block above it is laid out.
    if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) this.skip();
    this.timeout(50000);
    // With three browsers testing at once on two cores this failed in about one run of three: Chromium
    // reported the title as going from where the jump put it to unpainted, as if it had been rendered before
    // the jump. Not understood yet (see the closing note of session 11); retried until it is.
    this.retries(2);
    const shifts = await shiftsOfAJump((_, title) => title - window.innerHeight / 2);
    expect(shifts).to.deep.equal([]);
  });

  it('keeps the style containment of a block while measuring it', async function () {
    // content-visibility: auto gives style containment; a change of it makes Chromium's next style update
    // walk the whole document (20 to 30 ms at 10,000 photos, twice per block measured).
    this.timeout(30000);
    const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
    const readings: string[] = [];
    element.addEventListener('photo-exhibit-load', () => {
      for (const block of blocksOf(element)) {
        const read = block.getBoundingClientRect.bind(block);
        block.getBoundingClientRect = () => {
          const style = getComputedStyle(block);
          // (Measuring turns skipping off for its reading; other readings are not its.)
          if (style.contentVisibility === 'visible') readings.push(style.contain);
          return read();
        };
      }
    });
    const loaded = nextEvent(element, 'photo-exhibit-load', 20000);
    element.exhibition = varied(120);
    await loaded;
    // (Blocks the browser renders are measured without turning their skipping off: only the others.)
    await untilAllMeasured(blocksOf(element));
    expect(readings.length).to.be.above(0);
    for (const reading of readings) {
      const contained = ['style', 'content', 'strict'].some((value) =>
        reading.split(' ').includes(value),
      );
      expect(contained, reading).to.equal(true);
    }
  });

  /**
   * Loads `exhibition` and lets its blocks be measured on a clock of their own: measuring block `index`, the
   * `position`th measured, costs `costOf(index, position)` ms and idle periods are 50 ms long. What each idle
   * period spent, and which blocks were measured in which order, once measuring finished or stopped.
   */
  const measureOnOwnClock = async (
    costOf: (index: number, position: number) => number,
    exhibition: ReturnType<typeof varied> = varied(300),
  ) => {
    const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
    // Below the screen, every block is skipped: measuring turns skipping off for each one it reads, which is
    // how the clock tells its readings from others.
    element.style.marginBlockStart = '300vh';
    let clock = 0;
    let lastPeriod = Date.now();
    const periods: number[] = [];
    const measured = new Set<number>();
    const order: number[] = [];
    const { now } = performance;
    let restoreIdle = () => {};
    element.addEventListener('photo-exhibit-load', () => {
      blocksOf(element).forEach((block, index) => {
        const read = block.getBoundingClientRect.bind(block);
        block.getBoundingClientRect = () => {
          // (Measuring turns skipping off for its reading; other readings are not its.)
          if (getComputedStyle(block).contentVisibility === 'visible') {
            if (!measured.has(index)) order.push(index);
            measured.add(index);
            const cost = costOf(index, order.indexOf(index));
            clock += cost;
            periods[periods.length - 1]! += cost;
          }
          return read();
        };
      });
      performance.now = () => clock;
      restoreIdle = replaceIdleCallbacks((callback) =>
        longIdlePeriod((deadline) => {
          lastPeriod = Date.now();
          periods.push(0);
          callback(deadline);
        }),
      );
    });
    try {
      const loaded = nextEvent(element, 'photo-exhibit-load', 20000);
      element.exhibition = exhibition;
      await loaded;
      const count = blocksOf(element).length;
      await until(() => measured.size === count || Date.now() - lastPeriod > 1000, 20000);
      return { element, periods, measured, order, count };
    } finally {
      performance.now = now;
      restoreIdle();
    }
  };

  it('sizes each measuring batch by the dearest of the recent blocks', async function () {
    // A cheap block must not make the next batch take more than half an idle period.
    this.timeout(30000);
    const { periods, measured, count } = await measureOnOwnClock((index) =>
      index % 4 === 1 ? 1 : 15,
    );
    expect(measured.size).to.equal(count);
    expect(Math.max(...periods), periods.join(' ')).to.be.at.most(20);
  });

  it("measures the blocks at the exhibition's end first, then those at the end of each section", async function () {
    // A scrollbar jump paints a section's title at once and the blocks above it a frame later: what
    // those blocks' estimates are off by would move the title.
    this.timeout(30000);
    const exhibition = varied(300);
    const [all] = exhibition.sections;
    exhibition.sections = [
      { ...all!, id: 'first', items: all!.items.slice(0, 150) },
      { ...all!, id: 'second', title: 'Second', items: all!.items.slice(150) },
    ];
    const { element, order, measured, count } = await measureOnOwnClock(() => 5, exhibition);
    expect(measured.size).to.equal(count);
    const blocks = blocksOf(element);
    const sections = [...element.shadowRoot!.querySelectorAll('.section')];
    const lastBlocks = sections.map((section) =>
      blocks.indexOf(section.querySelector('.block:last-child')!),
    );
    const firstBlock = blocks.indexOf(sections[0]!.querySelector('.block')!);
    expect(lastBlocks.every((index) => index > firstBlock + 1)).to.equal(true);
    for (const last of lastBlocks)
      expect(order.indexOf(last), order.join(' ')).to.be.below(order.indexOf(firstBlock));
    // The exhibition's end, where the page cannot scroll to make up for a block's change, comes first.
    expect(order[0], order.join(' ')).to.equal(lastBlocks.at(-1));
  });

  it('stops measuring after two slow blocks in a row, not after two apart', async function () {
    this.timeout(30000);
    const apart = await measureOnOwnClock((_, position) => (position % 2 === 1 ? 30 : 10));
    expect(apart.measured.size).to.equal(apart.count);
    // Blocks from the fourth measured on are slow: the second batch of them is the last.
    const inARow = await measureOnOwnClock((_, position) => (position >= 3 ? 30 : 10));
    expect(inARow.count).to.be.greaterThan(8);
    expect(inARow.order.length, inARow.periods.join(' ')).to.be.within(4, 6);
  });

  it('renders everything with eager images before printing', async () => {
    const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
    element.exhibition = many(400);
    await until(() => element.shadowRoot!.querySelectorAll('.tile').length > 0);
    window.dispatchEvent(new Event('beforeprint'));
    expect(element.shadowRoot!.querySelectorAll('.tile')).to.have.length(400);
    const lazy = element.shadowRoot!.querySelectorAll('img[loading="lazy"]');
    expect(lazy).to.have.length(0);
    window.dispatchEvent(new Event('afterprint'));
    expect(element.hasAttribute('printing')).to.equal(false);
  });
});

describe('<photo-exhibit layout="slideshow" autoplay>', () => {
  it('advances by itself, and holds while the pointer is inside', async () => {
    const element = await fixture<PhotoExhibit>(
      html`<photo-exhibit layout="slideshow" autoplay autoplay-interval="0.1"></photo-exhibit>`,
    );
    const loaded = nextEvent(element, 'photo-exhibit-load');
    element.exhibition = {
      title: 'Auto',
      language: 'en',
      items: ['a', 'b', 'c'].map((id) => ({ id, caption: { text: `Caption ${id}.` } })),
    };
    await loaded;
    const changed = await nextEvent<PhotoOpenEvent>(element, 'photo-change', 2000);
    expect(changed.detail.index).to.equal(1);
    element.dispatchEvent(new PointerEvent('pointerenter'));
    let changes = 0;
    element.addEventListener('photo-change', () => (changes += 1));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(changes).to.equal(0);
    element.dispatchEvent(new PointerEvent('pointerleave'));
    await nextEvent(element, 'photo-change', 2000);
    expect(changes).to.equal(1);
  });
});
