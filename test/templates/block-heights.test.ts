import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { BlockHeights, measuringOrder } from '../../src/templates/block-heights.js';
import type { RenderContext } from '../../src/templates/context.js';
import type { Block, SectionView } from '../../src/templates/sections.js';
import { until } from '../support/fixtures.js';

/** `count` blocks of one tile: 100 px of images and 4 lines of caption each, rendered 220 px tall. */
function fixtureBlocks(count: number) {
  const root = document.createElement('div');
  document.body.append(root);
  const blocks: Block[] = Array.from({ length: count }, (_, index) => ({
    key: `block-${index}`,
    tiles: [{ index, aspectRatio: 1, item: { id: `item-${index}`, caption: { text: 'x' } } }],
    imagesHeight: 100,
    captionLines: () => 4,
    render: () => html``,
  }));
  for (const block of blocks) {
    const element = document.createElement('div');
    element.className = 'block';
    element.dataset.first = String(block.tiles[0]!.index);
    element.style.height = '220px';
    root.append(element);
  }
  const views: SectionView[] = [{ section: { id: 's', items: [] } as never, blocks }];
  return { root, blocks, views };
}

const context = {} as RenderContext;

describe('BlockHeights', () => {
  it('measures every block when idle, and calibrates the line height from them', async () => {
    const { root, blocks, views } = fixtureBlocks(6);
    let changes = 0;
    const heights = new BlockHeights(() => (changes += 1));
    // Before measuring: images plus 4 lines at the default 15 px x 1.5.
    expect(heights.of(blocks[5]!, context, 'k')).to.equal(100 + 4 * 22.5);
    heights.measure({ root, views, context, key: 'k', current: () => true });
    await until(() => blocks.every((block) => heights.of(block, context, 'k') === 220));
    expect(changes).to.equal(1);
    root.remove();
  });

  it('gives up where measuring a block takes too long, keeping estimates calibrated by the blocks it did', async () => {
    const { root, blocks, views } = fixtureBlocks(40);
    let changes = 0;
    const heights = new BlockHeights(() => (changes += 1));
    // Every reading of the clock 40 ms later: each block costs more than measuring allows.
    const now = performance.now.bind(performance);
    let skew = 0;
    performance.now = () => now() + (skew += 40);
    try {
      heights.measure({ root, views, context, key: 'k', current: () => true });
      await until(() => changes > 0);
      // Let it run on: it must have stopped.
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      performance.now = now;
    }
    const measured = blocks.filter((block) =>
      root
        .querySelector<HTMLElement>(`[data-first="${block.tiles[0]!.index}"]`)!
        .style.getPropertyValue('contain-intrinsic-size'),
    );
    expect(measured.length, 'two slow batches, then it stops').to.be.within(2, 4);
    // The others are estimated with the line height the measured ones showed: (220 - 100) / 4 lines.
    expect(heights.of(blocks[39]!, context, 'k')).to.be.closeTo(220, 0.01);
    expect(changes).to.equal(1);
    root.remove();
  });

  it('calibrates again as more blocks are measured: the first few are a rough sample', async () => {
    const { root, blocks, views } = fixtureBlocks(60);
    // Each block costs 3 ms to measure, so a batch holds a few blocks, not all of them.
    for (const element of root.querySelectorAll<HTMLElement>('.block')) {
      element.getBoundingClientRect = function (this: HTMLElement) {
        const end = performance.now() + 3;
        while (performance.now() < end);
        return HTMLElement.prototype.getBoundingClientRect.call(this);
      };
    }
    // The measured blocks are the ones given a size (the fixture gives none to the others).
    const given = () =>
      [...root.querySelectorAll<HTMLElement>('.block')].filter((element) =>
        element.style.getPropertyValue('contain-intrinsic-size'),
      );
    // The blocks measured for the first calibration are 220 px tall; those not measured by then, 340.
    let changes = 0;
    const heights = new BlockHeights(() => {
      changes += 1;
      if (changes > 1) return;
      for (const element of root.querySelectorAll<HTMLElement>('.block'))
        if (!given().includes(element)) element.style.height = '340px';
    });
    // Stopped (the job no longer current) once 40 blocks are measured.
    heights.measure({ root, views, context, key: 'k', current: () => given().length < 40 });
    await until(() => given().length >= 40, 10000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const unmeasured = blocks.filter(
      (block) => !given().includes(root.children[block.tiles[0]!.index] as HTMLElement),
    );
    expect(unmeasured.length).to.be.above(5);
    expect(changes, 'calibrated, then again').to.be.at.least(2);
    // Calibrated from the first few alone (all 220 px), it would be estimated at 220.
    expect(heights.of(unmeasured[0]!, context, 'k')).to.be.above(280);
    root.remove();
  });

  it("orders blocks: the exhibition's end from the last up, then each section's last blocks, nearest the end first", () => {
    // Three sections of four blocks, given these heights; blocks within 1,500 px of a section's end are
    // measured before the rest.
    const heights = [1000, 1000, 300, 200];
    const sections = ['a', 'b', 'c'].map((name) => {
      const section = document.createElement('div');
      for (const [index, height] of heights.entries()) {
        const block = document.createElement('div');
        block.id = `${name}${index}`;
        block.style.setProperty('contain-intrinsic-size', `auto ${height}px`);
        section.append(block);
      }
      return section;
    });
    const blocks = sections.flatMap((section) => [...section.children] as HTMLElement[]);
    expect(measuringOrder(blocks, 1500).map((block) => block.id)).to.deep.equal([
      ...['c3', 'c2', 'c1'],
      ...['a3', 'b3', 'a2', 'b2', 'a1', 'b1'],
      ...['a0', 'b0', 'c0'],
    ]);
  });
});
