import { expect } from '@open-wc/testing';
import type { Exhibition } from '../../src/core/format/types.js';
import { blocksWithin, estimatedHeight, layoutExhibition } from '../../src/templates/sections.js';

const photo = (id: string) => ({
  id,
  image: { src: `/test/fixtures/img/${id}.svg`, width: 1500, height: 1000 },
  caption: { text: `Caption of ${id}.` },
});

describe('sections', () => {
  it('gives an empty section no height in any layout, so the blocks after it are still placed', () => {
    const exhibition = {
      photoExhibit: '1.0',
      title: 'Empty first',
      sections: [
        { id: 'empty', title: 'Nothing yet', items: [] },
        ...['one', 'two'].map((id) => ({
          id,
          title: `Photos ${id}`,
          items: Array.from({ length: 60 }, (_, i) => photo(`${id}-${i}`)),
        })),
      ],
    } as unknown as Exhibition;
    for (const layout of ['justified', 'grid', 'columns', 'story', 'slideshow'] as const) {
      const { views } = layoutExhibition(
        exhibition,
        { layout, width: 960, rowHeight: undefined, measuredRatios: new Map() },
        undefined,
      );
      for (const block of views.flatMap((view) => view.blocks)) {
        const height = estimatedHeight(block);
        expect(Number.isFinite(height) && height >= 0, `${layout}: ${height}`).to.equal(true);
      }
      // A screen's reach holds the first blocks, not every block of the exhibition.
      const reached = blocksWithin(views, 800);
      const all = views.flatMap((view) => view.blocks).filter((block) => block.tiles.length > 0);
      expect(reached.length, layout).to.be.below(all.length);
    }
  });
});
