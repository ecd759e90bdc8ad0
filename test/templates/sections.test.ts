import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { Exhibition } from '../../src/core/format/types.js';
import { en } from '../../src/core/i18n/strings.js';
import type { BlockHeights } from '../../src/templates/block-heights.js';
import type { RenderContext } from '../../src/templates/context.js';
import {
  blocksWithin,
  chunkEnd,
  estimatedHeight,
  layoutExhibition,
  sectionsTemplate,
} from '../../src/templates/sections.js';
import type { BlockLayout, SectionsState } from '../../src/templates/sections.js';

const photo = (id: string) => ({
  id,
  image: { src: `/test/fixtures/img/harbour-3x2.svg?${id}`, width: 1500, height: 1000 },
  caption: { text: `Caption of ${id}.` },
});

/** An empty section, then two of 60 photos: blocks of every size, one with nothing in it. */
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

const laidOut = (layout: BlockLayout) =>
  layoutExhibition(
    exhibition,
    { layout, width: 960, rowHeight: undefined, measuredRatios: new Map() },
    undefined,
  );

describe('sections', () => {
  it('gives an empty section no height in any layout, so the blocks after it are still placed', () => {
    for (const layout of ['justified', 'grid', 'columns', 'story', 'slideshow'] as const) {
      const { views } = laidOut(layout);
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

  it('ends a chunk of rendering at the block end nearest to its aim, at least one block on', () => {
    for (const layout of ['justified', 'grid'] as const) {
      const { views, tiles } = laidOut(layout);
      const ends = views.flatMap((view) =>
        view.blocks.map((block) => block.tiles[block.tiles.length - 1]!.index + 1),
      );
      expect(ends.at(-1), layout).to.equal(tiles.length);
      // From a block's start, and from the middle of the first block (the first screen's chunk).
      for (const from of [0, 12, ...ends.slice(0, -1)]) {
        for (const size of [1, 5, 12, 24, 30, 50, 80, 500]) {
          const end = chunkEnd(views, from, size);
          const later = ends.filter((candidate) => candidate > from);
          const nearest = later.reduce((best, candidate) =>
            Math.abs(candidate - (from + size)) < Math.abs(best - (from + size)) ? candidate : best,
          );
          expect(end, `${layout} from ${from} aiming at ${size}`).to.equal(nearest);
        }
      }
    }
  });

  it('renders a block again when its height, visibility or images change, and only then', () => {
    const context: RenderContext = {
      preferences: ['en'],
      documentLanguage: 'en',
      containerLang: 'en',
      locale: 'en',
      strings: en,
      people: {},
      places: {},
    };
    const { views, tiles } = laidOut('slideshow');
    let height = 300;
    const renders: number[] = [];
    const spied = views.map((view) => ({
      ...view,
      blocks: view.blocks.map((block) => ({
        ...block,
        render: (...args: Parameters<typeof block.render>) => {
          renders.push(block.tiles[0]!.index);
          return block.render(...args);
        },
      })),
    }));
    const near = new Set<number>();
    const observeBlock = () => undefined;
    const state = (changes: Partial<SectionsState> = {}): SectionsState => ({
      views: spied,
      layout: 'slideshow',
      total: tiles.length,
      renderedCount: tiles.length,
      activeIndex: 0,
      slideIndex: 0,
      failedImages: new Set(),
      isNear: (first) => near.has(first),
      observeBlock,
      heights: { of: () => height } as unknown as BlockHeights,
      heightsKey: 'key',
      headingLevel: 2,
      idPrefix: 'test',
      contextKey: 'en',
      showSlide: () => undefined,
      ...changes,
    });
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const blockOf = (index: number) =>
        container.querySelector<HTMLElement>(`.block[data-first="${index}"]`)!;
      render(sectionsTemplate(state(), context), container);
      expect(renders.length).to.equal(tiles.length);
      expect(blockOf(0).hidden).to.equal(false);
      expect(blockOf(1).hidden).to.equal(true);

      renders.length = 0;
      render(sectionsTemplate(state(), context), container);
      expect(renders, 'nothing changed').to.deep.equal([]);

      render(sectionsTemplate(state({ slideIndex: 1 }), context), container);
      expect(blockOf(0).hidden).to.equal(true);
      expect(blockOf(1).hidden).to.equal(false);

      height = 420;
      render(sectionsTemplate(state({ slideIndex: 1 }), context), container);
      expect(blockOf(5).style.getPropertyValue('contain-intrinsic-size')).to.equal('auto 420px');
      expect(renders, 'the tiles of a block are not rendered for its height').to.deep.equal([]);

      near.add(5);
      render(
        sectionsTemplate(state({ slideIndex: 1, failedImages: new Set(['one-7']) }), context),
        container,
      );
      expect(renders.sort((a, b) => a - b)).to.deep.equal([5, 7]);
    } finally {
      container.remove();
    }
  });
});
