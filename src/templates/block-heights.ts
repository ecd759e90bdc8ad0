import { estimatedLines } from '../core/layout/index.js';
import { nextTask } from '../internal/next-task.js';
import { captionRuns } from './caption.js';
import type { RenderContext } from './context.js';
import { CAPTION_FONT_PX, CAPTION_LINE_HEIGHT } from './sections.js';
import type { Block, CaptionLines, SectionView } from './sections.js';

/** The longest idle period a browser gives (requestIdleCallback's 50 ms, less a margin). */
const LONGEST_IDLE_MS = 40;
/** Where there are no idle callbacks (Safari), a task of measuring is this long. */
const TASK_BUDGET_MS = 16;
/** What measuring one block is assumed to cost until the first one is measured. */
const FIRST_GUESS_MS = 20;
/**
 * Measuring a block costs a layout whose price grows with the document; where one block costs more than
 * this, measuring stops (it would make long tasks) and blocks keep their estimates.
 */
const MOST_PER_BLOCK_MS = 25;
/**
 * Blocks this many screens above the end of their section are measured first: the blocks a jump can land on
 * with the next section's title in view (the screen, and the half screen above it that Chromium renders).
 */
const SECTION_END_REACH_SCREENS = 2;
/** Batches are sized by the dearest block of this many last batches. */
const RECENT_BATCHES = 3;
/** Idle periods too short for a block are let pass this many times in a row, then one block is measured. */
const SHORT_PERIODS_LET_PASS = 3;
/**
 * Line height is calibrated from this many measured blocks first, then again each time this many times as many
 * are, and when measuring stops: a few blocks are a rough sample (in the grid at 10,000 photos the others were
 * estimated 40 px a block too tall on average; recalibrated, within 15). A recalibration that changes the line
 * height by less than this fraction is let go: every estimate changing moves the page a little.
 */
const CALIBRATION_BLOCKS = 4;
const RECALIBRATION_FACTOR = 4;
const RECALIBRATION_MIN_CHANGE = 0.02;

/** What to measure: the blocks in `root`, laid out as `views`, with their text in `context`. */
export interface MeasureJob {
  readonly root: ParentNode;
  readonly views: readonly SectionView[];
  readonly context: RenderContext;
  /** What the heights depend on (layout, width, text): heights measured under another key are forgotten. */
  readonly key: string;
  /** False once the exhibit left the page or changed: measuring then stops until called anew. */
  readonly current: () => boolean;
}

/**
 * The heights of the exhibit's blocks of tiles. A block far from the viewport is skipped by
 * `content-visibility: auto` and takes the height it is given (`contain-intrinsic-size`); a block's first
 * appearance moves what follows it by however far that height was from its real one. So:
 * - until measured, a block's height is estimated from its layout (images and gaps are exact) and its
 *   captions' text (`estimatedLines`), at the line height the first blocks measured show (once only:
 *   estimates changing while the reader scrolls would move what is on screen);
 * - once every tile is rendered, blocks are measured when the browser is idle, as many per idle period as
 *   fit in it: each is laid out once (skipping turned off for the reading) and keeps its real height.
 *   Jumping with the scrollbar or to a photo then moves nothing. In documents so large that measuring one
 *   block takes longer than an idle period should, measuring stops and the estimates stay.
 */
export class BlockHeights {
  readonly #heights = new Map<number, number>();
  #job?: MeasureJob;
  #measuring = false;
  /** The key every block was measured under, or measuring gave up under: updates need not look again. */
  #doneKey?: string;
  #fontPx = CAPTION_FONT_PX;
  #linePx = CAPTION_FONT_PX * CAPTION_LINE_HEIGHT;
  /** Each block's caption lines, for one key and font size. */
  #lines = new WeakMap<Block, number>();
  #linesKey = '';
  #linesFontPx = 0;
  /** How many blocks were measured when the line height was last calibrated. */
  #calibratedWith = 0;

  /** `changed` runs when the estimates changed (the line height calibrated from the blocks measured). */
  constructor(private readonly changed: () => void) {}

  /** The block's measured height, else its estimate; `key` as for `measure`. */
  of(block: Block, context: RenderContext, key: string): number {
    const measured = this.#heights.get(block.tiles[0]?.index ?? -1);
    if (measured !== undefined && key === this.#job?.key) return measured;
    return block.imagesHeight + this.#linesOf(block, context, key) * this.#linePx;
  }

  #linesOf(block: Block, context: RenderContext, key: string): number {
    // Called for every block on every render: compared, not concatenated.
    if (key !== this.#linesKey || this.#fontPx !== this.#linesFontPx) {
      this.#linesKey = key;
      this.#linesFontPx = this.#fontPx;
      this.#lines = new WeakMap();
    }
    let lines = this.#lines.get(block);
    if (lines === undefined) {
      const linesOf: CaptionLines = (tile, width) =>
        estimatedLines(
          captionRuns(tile.item.caption, tile.item.metadata, context),
          width / this.#fontPx,
        );
      lines = block.captionLines(linesOf);
      this.#lines.set(block, lines);
    }
    return lines;
  }

  /** Measures, when the browser is idle, every block of the job not measured yet under its key. */
  measure(job: MeasureJob): void {
    if (job.key !== this.#job?.key) {
      this.#heights.clear();
      this.#calibratedWith = 0;
    }
    this.#job = job;
    if (this.#measuring || job.key === this.#doneKey) return;
    this.#measuring = true;
    void this.#measureAll().finally(() => {
      this.#measuring = false;
    });
  }

  /** Measures for the latest job until every block is measured or the job is no longer current. */
  async #measureAll() {
    /** Per block, the last few batches' costs: blocks differ (a short one at a section's end costs little). */
    const recentCosts = [FIRST_GUESS_MS];
    let slowInARow = 0;
    let shortPeriods = 0;
    let fontRead: MeasureJob | undefined;
    for (;;) {
      const { available, idle } = await idlePeriod();
      const job = this.#job;
      if (!job?.current()) return;
      const { root, context, key } = job;
      if (fontRead !== job) {
        fontRead = job;
        const caption = root.querySelector('.caption');
        if (caption)
          this.#fontPx = parseFloat(getComputedStyle(caption).fontSize) || CAPTION_FONT_PX;
      }
      // Half the period (rendering the new heights takes the rest), by the dearest recent block: one cheap
      // block must not make the next batch long.
      const fits = Math.floor(Math.min(available, LONGEST_IDLE_MS) / 2 / Math.max(...recentCosts));
      // Short idle periods (the page is scrolling, or busy) are left to the page, but not all of them: a
      // page that animates all the time has no long ones.
      if (idle && fits === 0 && shortPeriods < SHORT_PERIODS_LET_PASS) {
        shortPeriods += 1;
        continue;
      }
      shortPeriods = 0;
      const blocks = [...root.querySelectorAll<HTMLElement>('.block')].filter(
        (block) => !block.hidden,
      );
      const first = blocks[0];
      // The exhibit may scroll in an element of its own: the screen is then that element's visible part.
      const viewport = first && viewportOf(first);
      const pending = viewport
        ? measuringOrder(blocks, SECTION_END_REACH_SCREENS * viewport.height).filter(
            (block) => !this.#heights.has(Number(block.dataset.first)),
          )
        : [];
      if (!viewport || pending.length === 0) {
        this.#doneKey = key;
        return;
      }
      const started = performance.now();
      const batch = pending.slice(0, Math.max(1, fits));
      // Skipping is turned off only where the browser skips the block now: turned on again, it would skip a
      // block it renders (on screen) until its next rendering, and a click on a photo then reached no photo.
      const skipped = batch.filter((block) => !isRendered(block));
      for (const block of skipped) block.style.setProperty('content-visibility', 'visible');
      // The first read lays out the whole batch at once.
      const boxes = batch.map((block) => block.getBoundingClientRect());
      const heights = batch.map((block, position) => contentHeight(block, boxes[position]!));
      // What the blocks cost (keeping the screen in place below costs one layout a batch, whatever its size).
      const costPerBlock = (performance.now() - started) / batch.length;
      const aboveViewport = boxes.some((box) => box.top < viewport.top);
      for (const block of skipped) block.style.removeProperty('content-visibility');
      // Given straight to the blocks: rendering the whole exhibit for a few blocks would cost more.
      const giveHeights = () =>
        batch.forEach((block, position) => {
          this.#heights.set(Number(block.dataset.first), heights[position]!);
          block.style.setProperty(
            'contain-intrinsic-size',
            `auto ${heights[position]!.toFixed(2)}px`,
          );
        });
      // Only a block above the viewport moves what is on screen.
      if (aboveViewport) this.#keepingPlace(blocks, viewport, giveHeights);
      else giveHeights();
      recentCosts.push(costPerBlock);
      if (recentCosts.length > RECENT_BATCHES) recentCosts.shift();
      // Done with the last batch (not one idle period later: updates until then would look again), or given
      // up after two slow batches in a row (one may be a collection or the page's work).
      const finished = batch.length === pending.length;
      slowInARow = costPerBlock > MOST_PER_BLOCK_MS ? slowInARow + 1 : 0;
      const givenUp = !finished && slowInARow >= 2;
      if (this.#calibrationDue(finished, givenUp)) {
        const firstCalibration = this.#calibratedWith === 0;
        this.#calibratedWith = this.#heights.size;
        const linePx = this.#calibratedLinePx(job.views, context, key);
        if (
          linePx !== undefined &&
          (firstCalibration ||
            Math.abs(linePx - this.#linePx) > this.#linePx * RECALIBRATION_MIN_CHANGE)
        ) {
          // The new estimates are given to the blocks here, where what is on screen can be kept in place;
          // the render that follows gives them the same.
          this.#keepingPlace(blocks, viewport, () => {
            this.#linePx = linePx;
            this.#giveEstimates(blocks, job.views, context, key);
          });
          this.changed();
        }
      }
      if (finished || givenUp) {
        this.#doneKey = key;
        return;
      }
    }
  }

  /**
   * Whether to calibrate the line height after a batch: with 4, 16, 64, ... blocks measured, and with the
   * blocks measured so far, however few, when measuring stops (the estimates the others then keep are the
   * better for it). Once every block is measured no estimate is left to calibrate, unless none was yet.
   */
  #calibrationDue(finished: boolean, givenUp: boolean): boolean {
    const measured = this.#heights.size;
    const next = this.#calibratedWith
      ? this.#calibratedWith * RECALIBRATION_FACTOR
      : CALIBRATION_BLOCKS;
    return (
      measured >= next ||
      (givenUp && measured > this.#calibratedWith) ||
      (finished && this.#calibratedWith === 0)
    );
  }

  /** Where #keepingPlace last kept a block on screen. */
  #kept?: { block: HTMLElement; top: number };

  /**
   * Runs `change` so that the first of `blocks` on screen stays where it is on screen: a block above the
   * viewport given its real height moves what follows it. Chromium's scroll anchoring makes up for that where
   * it finds an anchor, but finds none while the screen shows only blocks it still skips (just after a jump
   * with the scrollbar); in WebKit the screen moved as well, in Firefox it did not (its anchoring held).
   */
  #keepingPlace(blocks: readonly HTMLElement[], viewport: Viewport, change: () => void) {
    const block = firstOnScreen(blocks, viewport.top);
    let before = block?.getBoundingClientRect().top;
    // Scroll positions are rounded: the same block less than a pixel away is kept where it was first kept.
    if (
      block &&
      before !== undefined &&
      this.#kept?.block === block &&
      Math.abs(this.#kept.top - before) < 1
    )
      before = this.#kept.top;
    change();
    if (!block || before === undefined) return;
    const moved = block.getBoundingClientRect().top - before;
    if (Math.abs(moved) >= 0.5) viewport.scroller.scrollTop += moved;
    this.#kept = { block, top: before };
  }

  /** Gives the blocks not measured yet their new estimates (where they have one), as the exhibit's render would. */
  #giveEstimates(
    blocks: readonly HTMLElement[],
    views: readonly SectionView[],
    context: RenderContext,
    key: string,
  ) {
    const byFirst = new Map(
      views.flatMap((view) => view.blocks).map((block) => [block.tiles[0]?.index, block]),
    );
    for (const element of blocks) {
      const block = byFirst.get(Number(element.dataset.first));
      const given = element.style.getPropertyValue('contain-intrinsic-size');
      if (!block || !given || this.#heights.has(Number(element.dataset.first))) continue;
      element.style.setProperty(
        'contain-intrinsic-size',
        `auto ${this.of(block, context, key).toFixed(2)}px`,
      );
    }
  }

  /** The height of a line of caption: what the measured blocks have beyond their images, per line. */
  #calibratedLinePx(
    views: readonly SectionView[],
    context: RenderContext,
    key: string,
  ): number | undefined {
    let captions = 0;
    let lines = 0;
    for (const block of views.flatMap((view) => view.blocks)) {
      const height = this.#heights.get(block.tiles[0]?.index ?? -1);
      if (height === undefined) continue;
      captions += height - block.imagesHeight;
      lines += this.#linesOf(block, context, key);
    }
    return lines > 0 && captions > 0 ? captions / lines : undefined;
  }
}

/**
 * The blocks in the order they are measured: first those within `reach` above the exhibition's end, from the
 * last up (the End key and a scrollbar dragged to the bottom land there, where the page cannot scroll to keep
 * what is seen in place, and the exhibition's credits below them are painted at once), then those within
 * `reach` above the end of the other sections, nearest the end first (the last block of every section, then
 * the one before it, ...), then the rest in document order. The sections' ends came first while a section's
 * header was painted at once after a scrollbar jump, a frame before the block above it got its real height;
 * since headers are skipped like blocks, nothing painted moves there either way, and no measurement has shown
 * this part of the order still matters.
 */
export function measuringOrder(blocks: readonly HTMLElement[], reach: number): HTMLElement[] {
  const atEnd: HTMLElement[] = [];
  /** Blocks near the other sections' ends, by how many blocks above their section's end they are. */
  const nearSectionEnd: HTMLElement[][] = [];
  const lastSection = blocks.at(-1)?.parentElement;
  let section: Element | null = null;
  let above = 0;
  let rank = 0;
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const block = blocks[index]!;
    if (block.parentElement !== section) {
      section = block.parentElement;
      above = 0;
      rank = 0;
    }
    if (above < reach) {
      if (section === lastSection) atEnd.push(block);
      else (nearSectionEnd[rank] ??= []).push(block);
    }
    above += givenHeight(block);
    rank += 1;
  }
  // Gathered from the end up: each rank is put back in document order.
  const nearEnds = nearSectionEnd.flatMap((ranked) => ranked.reverse());
  const ahead = new Set([...atEnd, ...nearEnds]);
  return [...atEnd, ...nearEnds, ...blocks.filter((block) => !ahead.has(block))];
}

/** The first block whose bottom is below the viewport's top, `top` (blocks are in document order). */
function firstOnScreen(blocks: readonly HTMLElement[], top: number): HTMLElement | undefined {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.getBoundingClientRect().bottom <= top) low = middle + 1;
    else high = middle;
  }
  return blocks[low];
}

/** What shows `element`: the element that scrolls it, and the top and height of its visible part. */
interface Viewport {
  readonly scroller: Element;
  readonly top: number;
  readonly height: number;
}

function viewportOf(element: Element): Viewport {
  const page = document.scrollingElement ?? document.documentElement;
  const scroller = scrollerOf(element) ?? page;
  if (scroller === page) return { scroller, top: 0, height: window.innerHeight };
  const box = scroller.getBoundingClientRect();
  return {
    scroller,
    top: Math.max(0, box.top + scroller.clientTop),
    height: Math.min(scroller.clientHeight, window.innerHeight),
  };
}

/** The element that scrolls `element`: the nearest scrolling ancestor (across shadow roots), if any. */
function scrollerOf(element: Element): Element | undefined {
  for (let node: Element | null = element; node; ) {
    const { overflowY } = getComputedStyle(node);
    if (/auto|scroll|overlay/.test(overflowY) && node.scrollHeight > node.clientHeight) return node;
    node =
      node.parentElement ??
      ((node.getRootNode() as ShadowRoot).host as Element | undefined) ??
      null;
  }
  return undefined;
}

/**
 * Whether the browser renders `block` now rather than skipping it (`content-visibility: auto`); without
 * `checkVisibility`, taken as skipped.
 */
function isRendered(block: HTMLElement): boolean {
  const content = block.firstElementChild;
  return (
    typeof content?.checkVisibility === 'function' &&
    content.checkVisibility({ contentVisibilityAuto: true })
  );
}

/** The height a block is given while skipped (its `contain-intrinsic-size`). */
function givenHeight(block: HTMLElement): number {
  return parseFloat(block.style.getPropertyValue('contain-intrinsic-size').split(' ').at(-1)!) || 0;
}

/** The idle time the browser gives now; without idle callbacks, a short task. */
function idlePeriod(): Promise<{ available: number; idle: boolean }> {
  if (typeof requestIdleCallback !== 'function') {
    return nextTask().then(() => ({ available: TASK_BUDGET_MS, idle: false }));
  }
  return new Promise((resolve) => {
    requestIdleCallback((deadline) => resolve({ available: deadline.timeRemaining(), idle: true }));
  });
}

/** The height `contain-intrinsic-size` gives: the content box (a story block has padding). */
function contentHeight(block: HTMLElement, box: DOMRect): number {
  const style = getComputedStyle(block);
  const padding = parseFloat(style.paddingBlockStart) + parseFloat(style.paddingBlockEnd);
  return Math.max(0, box.height - (padding || 0));
}
