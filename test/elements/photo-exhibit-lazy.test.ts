import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/photo-exhibit.js';
import type { PhotoExhibit } from '../../src/elements/photo-exhibit/photo-exhibit.js';
import { nextEvent, until } from '../support/fixtures.js';

const requested = () =>
  performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
const viewerRequests = () => requested().filter((path) => path.includes('photo-viewer'));
/** The page's next idle period; where there are none (Safari), past the exhibit's 1 s fallback. */
const idle = () =>
  new Promise((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(resolve)
      : setTimeout(resolve, 1100),
  );

// Each test file runs in a page of its own: nothing here has interacted with a tile or read IIIF.
describe('lazy parts of <photo-exhibit>', () => {
  it('shows an exhibition without the IIIF importer or the viewer, then loads and renders the viewer (closed) when idle if there are photos', async () => {
    const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
    let loaded = nextEvent(element, 'photo-exhibit-load');
    element.src = '/test/fixtures/seed.json';
    await loaded;
    // The seed has captions only: nothing could open in the viewer.
    await idle();
    await idle();
    expect(viewerRequests()).to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('photo-viewer')).to.equal(null);
    loaded = nextEvent(element, 'photo-exhibit-load');
    element.src = '/test/fixtures/same-origin-images.json';
    await loaded;
    expect(requested().some((path) => path.includes('/src/core/format/validate'))).to.equal(true);
    expect(requested().filter((path) => path.includes('/src/core/import/'))).to.deep.equal([]);
    expect(viewerRequests(), 'not needed to show the exhibition').to.deep.equal([]);
    // Then ready before the first click, which would otherwise wait for its download.
    await until(() => customElements.get('photo-viewer') !== undefined);
    expect(viewerRequests()).not.to.deep.equal([]);
    // And its element is rendered, closed, so that a click only opens it.
    await until(() => element.shadowRoot!.querySelector('photo-viewer') !== null);
    const viewer = element.shadowRoot!.querySelector('photo-viewer')!;
    expect(viewer.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
  });
});
