import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/photo-exhibit.js';
import type { PhotoExhibit } from '../../src/elements/photo-exhibit/photo-exhibit.js';
import { nextEvent } from '../support/fixtures.js';

// Each test file runs in a page of its own: nothing here has interacted with a tile or read IIIF.
describe('lazy parts of <photo-exhibit>', () => {
  it('downloads neither the IIIF importer nor the viewer to show an exhibition in its own format', async () => {
    const element = await fixture<PhotoExhibit>(html`<photo-exhibit></photo-exhibit>`);
    for (const src of ['/test/fixtures/seed.json', '/test/fixtures/same-origin-images.json']) {
      const loaded = nextEvent(element, 'photo-exhibit-load');
      element.src = src;
      await loaded;
    }
    const requested = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname);
    expect(requested.some((path) => path.includes('/src/core/format/validate'))).to.equal(true);
    expect(requested.filter((path) => path.includes('/src/core/import/'))).to.deep.equal([]);
    expect(requested.filter((path) => path.includes('photo-viewer'))).to.deep.equal([]);
  });
});
