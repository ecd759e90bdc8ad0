import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/photo-exhibit.js';
import type { PhotoExhibit } from '../../src/elements/photo-exhibit/photo-exhibit.js';
import type { PhotoExhibitLoadEvent } from '../../src/events.js';
import { nextEvent, shadowText } from '../support/fixtures.js';

async function renderSrc(src: string, lang = 'en') {
  const element = await fixture<PhotoExhibit>(html`<photo-exhibit lang=${lang}></photo-exhibit>`);
  const loaded = nextEvent<PhotoExhibitLoadEvent>(element, 'photo-exhibit-load', 15000);
  element.src = src;
  const event = await loaded;
  return { element, event };
}

describe('<photo-exhibit> with IIIF documents', () => {
  it('renders a Presentation 3 manifest: every canvas an item, in order', async () => {
    const manifest = await (await fetch('/test/fixtures/iiif/manifest-v3.json')).json();
    const { element, event } = await renderSrc('/test/fixtures/iiif/manifest-v3.json');
    const canvases = manifest.items.length as number;
    expect(element.shadowRoot!.querySelectorAll('.tile')).to.have.length(canvases);
    expect(event.detail.exhibition.sections.flatMap((section) => section.items)).to.have.length(
      canvases,
    );
    expect(event.detail.problems.some((problem) => problem.severity === 'error')).to.equal(false);
  });

  it('renders the required statement', async () => {
    const manifest = await (await fetch('/test/fixtures/iiif/manifest-v3.json')).json();
    const { element } = await renderSrc('/test/fixtures/iiif/manifest-v3.json');
    const statement =
      manifest.requiredStatement.value.en?.[0] ??
      Object.values(manifest.requiredStatement.value)[0];
    expect(shadowText(element)).to.contain(
      String(statement)
        .replace(/<[^>]+>/g, '')
        .trim()
        .slice(0, 30),
    );
  });

  it('renders a collection, one section per child manifest, a failing child as a warning', async () => {
    // The fixture names its manifests by their institution's URLs; here they are served from the test server.
    const collection = await (await fetch('/test/fixtures/iiif/collection-v3.json')).json();
    // albums/<name>/manifest.json -> /test/fixtures/iiif/child-<name>.json; "lost" has no file: it fails.
    const local = JSON.parse(
      JSON.stringify(collection).replace(
        /https:\/\/iiif\.example\.org\/albums\/([a-z]+)\/manifest\.json/g,
        (_: string, name: string) => `${location.origin}/test/fixtures/iiif/child-${name}.json`,
      ),
    );
    const element = await fixture<PhotoExhibit>(html`<photo-exhibit lang="en"></photo-exhibit>`);
    const loaded = nextEvent<PhotoExhibitLoadEvent>(element, 'photo-exhibit-load', 15000);
    element.exhibition = local;
    const event = await loaded;
    expect(event.detail.exhibition.sections.length).to.be.greaterThan(1);
    expect(element.shadowRoot!.querySelectorAll('[part="section"]').length).to.equal(
      event.detail.exhibition.sections.length,
    );
    expect(
      event.detail.problems.some((problem) => /lost/.test(`${problem.path} ${problem.message}`)),
    ).to.equal(true);
  });

  it('renders a Presentation 2 manifest', async () => {
    const { element } = await renderSrc('/test/fixtures/iiif/manifest-v2.json');
    expect(element.shadowRoot!.querySelectorAll('.tile').length).to.be.greaterThan(0);
  });
});
