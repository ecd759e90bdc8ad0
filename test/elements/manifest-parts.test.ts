import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/index.js';
import type { PhotoExhibit } from '../../src/elements/photo-exhibit/photo-exhibit.js';
import { loadFixture, nextEvent, until } from '../support/fixtures.js';

interface Declaration {
  tagName?: string;
  cssParts?: { name: string }[];
}

async function documentedParts(tag: string): Promise<Set<string>> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: Declaration[] }[];
  };
  const declaration = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.tagName === tag);
  return new Set((declaration?.cssParts ?? []).map((part) => part.name));
}

function renderedParts(root: ShadowRoot): Set<string> {
  const parts = new Set<string>();
  for (const node of root.querySelectorAll('[part]')) {
    for (const part of node.getAttribute('part')!.split(/\s+/)) parts.add(part);
  }
  return parts;
}

describe('parts rendered are documented in custom-elements.json', () => {
  it('<photo-exhibit> in its rendered, debug, toc, switcher, slideshow and error states', async () => {
    const documented = await documentedParts('photo-exhibit');
    const seen = new Set<string>();
    for (const [name, attributes] of [
      ['multilingual.json', { toc: true, 'language-switcher': true, debug: true }],
      ['seed.json', { layout: 'slideshow' }],
      ['broken.json', { debug: true }],
    ] as const) {
      const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
      for (const [attribute, value] of Object.entries(attributes)) {
        element.setAttribute(attribute, value === true ? '' : String(value));
      }
      const settled = Promise.race([
        nextEvent(element, 'photo-exhibit-load'),
        nextEvent(element, 'photo-exhibit-error'),
      ]);
      element.exhibition = await loadFixture(name);
      await settled;
      await element.updateComplete;
      for (const part of renderedParts(element.shadowRoot!)) seen.add(part);
    }
    const network = await fixture<PhotoExhibit>(
      html`<photo-exhibit src="/test-api/status/500"></photo-exhibit>`,
    );
    await nextEvent(network, 'photo-exhibit-error');
    await network.updateComplete;
    for (const part of renderedParts(network.shadowRoot!)) seen.add(part);
    expect(seen.size).to.be.greaterThan(15);
    expect([...seen].filter((part) => !documented.has(part))).to.deep.equal([]);
  });
});

describe('parts of the standalone elements are documented', () => {
  it('<photo-figure> with an image and caption, unavailable, and as a caption card', async () => {
    const documented = await documentedParts('photo-figure');
    const seen = new Set<string>();
    const items = [
      {
        id: 'a',
        image: {
          src: '/test/fixtures/img/harbour-3x2.svg',
          width: 1500,
          height: 1000,
          alt: 'A harbour',
        },
        caption: {
          title: 'Harbour',
          text: 'Evening.',
          links: [{ href: 'https://example.org/', label: 'More' }],
          quote: { text: 'Light.', signature: 'A visitor' },
          date: '2023',
          credit: 'Drawing: the team',
        },
      },
      {
        id: 'b',
        image: { src: '/test-api/status/404', width: 10, height: 10 },
        caption: { text: 'Gone.' },
      },
      { id: 'c', caption: { text: 'A card.' } },
    ];
    for (const item of items) {
      const figure = await fixture<
        HTMLElement & { item: unknown; updateComplete: Promise<boolean> }
      >(html`<photo-figure eager .item=${item}></photo-figure>`);
      await until(() => (figure.shadowRoot?.querySelectorAll('[part]').length ?? 0) > 0);
      if (item.id === 'b')
        await until(() => figure.shadowRoot!.querySelector('[part="unavailable"]') !== null);
      for (const part of renderedParts(figure.shadowRoot!)) seen.add(part);
    }
    expect([...seen]).to.include.members([
      'figure',
      'frame',
      'image',
      'caption',
      'quote',
      'card',
      'unavailable',
    ]);
    expect([...seen].filter((part) => !documented.has(part))).to.deep.equal([]);
  });
});
