import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import type { Exhibition, Item, Section } from '../core/format/types.js';
import { aspectRatioOf } from '../core/images/index.js';
import { fillTemplate } from '../core/i18n/strings.js';
import {
  adaptiveRowHeight,
  columnCountFor,
  columnsLayout,
  gridLayout,
  justifiedLayout,
} from '../core/layout/index.js';
import { textIn } from './context.js';
import type { RenderContext } from './context.js';
import { sectionHeaderTemplate } from './exhibit.js';
import { FALLBACK_ASPECT_RATIO } from './figure.js';
import type { BlockHeights } from './block-heights.js';
import { styleProps } from './style-props.js';
import { rowTemplate, tileTemplate } from './tiles.js';
import type { Tile } from './tiles.js';

export type BlockLayout = 'justified' | 'grid' | 'columns' | 'story' | 'slideshow';

/** Tiles are grouped in blocks: the unit of chunked rendering, re-rendering and `content-visibility`. */
const BLOCK_ITEMS = 24;
const GAP = 8;
/** Until captions can be estimated from their text (see BlockHeights), each is taken to be this tall. */
const DEFAULT_CAPTION_LINES = 4;
/** A caption's font size and line height as the styles set them, until a rendered caption tells. */
export const CAPTION_FONT_PX = 15;
export const CAPTION_LINE_HEIGHT = 1.5;

/** Estimated lines of a tile's caption at a width in pixels. */
export type CaptionLines = (tile: Tile, width: number) => number;

type TileRenderer = (tile: Tile, sizes: string, cover?: boolean) => TemplateResult;

export interface Block {
  readonly key: string;
  readonly tiles: readonly Tile[];
  /** The block's height without captions (images, gaps): known from the layout. */
  readonly imagesHeight: number;
  /** How many lines of captions its height adds to that (the tallest caption of each row, for rows). */
  readonly captionLines: (linesOf: CaptionLines) => number;
  readonly render: (tiles: readonly Tile[], renderTile: TileRenderer) => TemplateResult;
}

export interface SectionView {
  readonly section: Section;
  readonly blocks: readonly Block[];
}

/** An exhibition laid out: its tiles in order and the blocks of each section. */
export interface ExhibitionLayout {
  readonly tiles: readonly Tile[];
  readonly views: readonly SectionView[];
  /** The inputs it was laid out with: sections laid out with the same ones are kept. */
  readonly key: string;
}

export interface LayoutInputs {
  readonly layout: BlockLayout;
  /** The width breakpoint. */
  readonly width: number;
  readonly rowHeight: number | undefined;
  /** Aspect ratios measured from loaded images whose document gave no size. */
  readonly measuredRatios: ReadonlyMap<string, number>;
}

/**
 * Lays out the exhibition's sections, keeping those of `previous` laid out with the same inputs: a document
 * arriving section by section is laid out once, as it arrives.
 */
export function layoutExhibition(
  exhibition: Exhibition,
  inputs: LayoutInputs,
  previous: ExhibitionLayout | undefined,
): ExhibitionLayout {
  const { layout, width, rowHeight, measuredRatios } = inputs;
  const key = [width, layout, rowHeight, measuredRatios.size].join('|');
  let kept = 0;
  if (previous?.key === key) {
    while (
      kept < previous.views.length &&
      previous.views[kept]!.section === exhibition.sections[kept]
    )
      kept += 1;
  }
  const views = previous ? previous.views.slice(0, kept) : [];
  const keptItems = views.reduce((count, view) => count + view.section.items.length, 0);
  const tiles = previous ? previous.tiles.slice(0, keptItems) : [];
  for (const section of exhibition.sections.slice(kept)) {
    const sectionTiles = section.items.map((item, position) => ({
      item,
      index: tiles.length + position,
      aspectRatio: aspectRatioFor(item, measuredRatios),
    }));
    tiles.push(...sectionTiles);
    views.push({ section, blocks: blocksFor(sectionTiles, layout, width, rowHeight) });
  }
  return { tiles, views, key };
}

/** The aspect ratio of an item's box: the image's, else measured once loaded, else 3:2. */
export function aspectRatioFor(item: Item, measured: ReadonlyMap<string, number>): number {
  if (!item.image) return FALLBACK_ASPECT_RATIO;
  return aspectRatioOf(item.image) ?? measured.get(item.id) ?? FALLBACK_ASPECT_RATIO;
}

/** A block's height before it is measured. */
export function estimatedHeight(
  block: Block,
  linesOf: CaptionLines = () => DEFAULT_CAPTION_LINES,
  linePx = CAPTION_FONT_PX * CAPTION_LINE_HEIGHT,
): number {
  return block.imagesHeight + block.captionLines(linesOf) * linePx;
}

/** The lines of the tallest caption among tiles side by side. */
function tallest(
  tiles: readonly Tile[],
  widthOf: (position: number) => number,
  linesOf: CaptionLines,
) {
  return tiles.reduce(
    (most, tile, position) => Math.max(most, linesOf(tile, widthOf(position))),
    0,
  );
}

/** The first tile of every block that starts within `reach` pixels of the top, by estimated heights. */
export function blocksWithin(views: readonly SectionView[], reach: number): number[] {
  const firsts: number[] = [];
  let offset = 0;
  for (const view of views) {
    for (const block of view.blocks) {
      if (offset > reach) return firsts;
      const first = block.tiles[0];
      if (first) firsts.push(first.index);
      offset += estimatedHeight(block);
    }
  }
  return firsts;
}

/** The first tile of the block that holds the tile at `index`. */
export function blockStartOf(views: readonly SectionView[], index: number): number | undefined {
  for (const view of views) {
    for (const block of view.blocks) {
      const first = block.tiles[0];
      const last = block.tiles[block.tiles.length - 1];
      if (first && last && index >= first.index && index <= last.index) return first.index;
    }
  }
  return undefined;
}

/**
 * Where a chunk of rendering that starts at tile `from` and aims at `size` tiles should end: at the end of the
 * block nearest to that aim, at least one block on. A block cut by a chunk is rendered again, all its tiles,
 * when the next chunk completes it.
 */
export function chunkEnd(views: readonly SectionView[], from: number, size: number): number {
  const aim = from + size;
  let end = from;
  for (const view of views) {
    for (const block of view.blocks) {
      const last = block.tiles[block.tiles.length - 1];
      if (!last || last.index < from) continue;
      const next = last.index + 1;
      if (end > from && Math.abs(next - aim) >= Math.abs(end - aim)) return end;
      end = next;
    }
  }
  return end > from ? end : aim;
}

function blocksFor(
  tiles: readonly Tile[],
  layout: BlockLayout,
  width: number,
  rowHeight: number | undefined,
): Block[] {
  const blocks: Block[] = [];
  const keyBase = `${layout}:${width}`;
  if (layout === 'justified') {
    const targetRowHeight = rowHeight && rowHeight > 0 ? rowHeight : adaptiveRowHeight(width);
    const result = justifiedLayout(
      tiles.map((tile) => ({ aspectRatio: tile.aspectRatio, hint: tile.item.layout })),
      { containerWidth: width, targetRowHeight, spacing: GAP },
    );
    let rows: { start: number; end: number; height: number }[] = [];
    const flush = () => {
      if (rows.length === 0) return;
      const blockRows = rows;
      const first = blockRows[0]!.start;
      const last = blockRows[blockRows.length - 1]!.end;
      blocks.push({
        key: `${keyBase}:${targetRowHeight}:${first}-${last}`,
        tiles: tiles.slice(first, last),
        imagesHeight: blockRows.reduce((sum, row) => sum + row.height + GAP * 3, 0),
        captionLines: (linesOf) =>
          blockRows.reduce(
            (sum, row) =>
              sum +
              tallest(
                tiles.slice(row.start, row.end),
                (position) => result.boxes[row.start + position]?.width ?? width,
                linesOf,
              ),
            0,
          ),
        render: (rendered, renderTile) =>
          html`${blockRows.map((row) =>
            rowTemplate(
              rendered
                .slice(row.start - first, row.end - first)
                .map((tile) =>
                  renderTile(
                    tile,
                    `${Math.ceil(result.boxes[tile.index - tiles[0]!.index]?.width ?? width)}px`,
                  ),
                ),
              result.boxes.slice(row.start, row.end).map((box) => box.width),
              width,
            ),
          )}`,
      });
      rows = [];
    };
    for (const row of result.rows) {
      rows.push(row);
      if (row.end - rows[0]!.start >= BLOCK_ITEMS) flush();
    }
    flush();
    return blocks;
  }
  if (layout === 'columns') {
    const columns = Math.min(columnCountFor(width), Math.max(1, tiles.length));
    const result = columnsLayout(
      tiles.map((tile) => ({ aspectRatio: tile.aspectRatio })),
      { containerWidth: width, columns, spacing: GAP },
    );
    blocks.push({
      key: `${keyBase}:columns`,
      tiles,
      imagesHeight: result.height,
      // The longest column; none at all for a section without items.
      captionLines: (linesOf) =>
        Math.max(
          0,
          ...result.columns.map((column) =>
            tiles
              .slice(column.start, column.end)
              .reduce((sum, tile) => sum + linesOf(tile, column.width), 0),
          ),
        ),
      render: (rendered, renderTile) =>
        html`<div class="columns">
          ${result.columns.map(
            (column) =>
              html`<div class="column" ${styleProps({ 'flex-grow': column.width })}>
                ${rendered
                  .slice(column.start, column.end)
                  .map((tile) => renderTile(tile, `${Math.ceil(column.width)}px`))}
              </div>`,
          )}
        </div>`,
    });
    return blocks;
  }
  if (layout === 'grid') {
    const grid = gridLayout(
      tiles.map((tile) => ({ aspectRatio: tile.aspectRatio })),
      { containerWidth: width, spacing: GAP },
    );
    const cellWidth = Math.ceil(grid.boxes[0]?.width ?? width);
    for (let start = 0; start < tiles.length; start += BLOCK_ITEMS) {
      const blockTiles = tiles.slice(start, start + BLOCK_ITEMS);
      const rowsInBlock = Math.ceil(blockTiles.length / grid.columns);
      blocks.push({
        key: `${keyBase}:grid:${start}`,
        tiles: blockTiles,
        imagesHeight: rowsInBlock * (cellWidth + GAP),
        captionLines: (linesOf) => {
          let lines = 0;
          for (let row = 0; row < blockTiles.length; row += grid.columns)
            lines += tallest(blockTiles.slice(row, row + grid.columns), () => cellWidth, linesOf);
          return lines;
        },
        render: (rendered, renderTile) =>
          html`<div class="grid" ${styleProps({ '--photo-grid-columns': grid.columns })}>
            ${rendered.map((tile) => renderTile(tile, `${cellWidth}px`, true))}
          </div>`,
      });
    }
    return blocks;
  }
  // story and slideshow: one item per block, laid out by CSS container queries.
  for (const tile of tiles) {
    blocks.push({
      key: `${keyBase}:${tile.index}`,
      tiles: [tile],
      imagesHeight: layout === 'story' ? 800 : 600,
      captionLines: () => 0,
      render: (rendered, renderTile) =>
        html`${rendered.map((item) => renderTile(item, `${Math.ceil(width * 0.6)}px`))}`,
    });
  }
  return blocks;
}

/** What the sections render from the exhibit's state. */
export interface SectionsState {
  readonly views: readonly SectionView[];
  readonly layout: BlockLayout;
  readonly total: number;
  readonly renderedCount: number;
  readonly activeIndex: number;
  readonly slideIndex: number;
  readonly failedImages: ReadonlySet<string>;
  /** Whether the block starting at this tile is near the viewport: only those have image nodes. */
  readonly isNear: (firstIndex: number) => boolean;
  /** Called with each block element once it is rendered: the exhibit watches it come near. */
  readonly observeBlock: (block: Element | undefined) => void;
  /** Blocks' measured heights, or their best estimates until measured, under `heightsKey`. */
  readonly heights: BlockHeights | undefined;
  readonly heightsKey: string;
  readonly headingLevel: number;
  readonly idPrefix: string;
  /** Changes whenever the strings, language or overrides change (re-renders every block). */
  readonly contextKey: string;
  readonly showSlide: (index: number) => void;
}

export function sectionsTemplate(state: SectionsState, context: RenderContext) {
  const renderTileFor =
    (near: boolean): TileRenderer =>
    (tile, sizes, cover = false) =>
      tileTemplate(
        tile,
        {
          total: state.total,
          tabStop: tile.index === state.activeIndex,
          sizes,
          eager: tile.index < 8,
          cover,
          failed: state.failedImages.has(tile.item.id),
          deferImage: !near,
        },
        context,
      );
  const sections = state.views.map(({ section, blocks }) => {
    const titleId = `${state.idPrefix}-section-${section.id}`;
    const hasTitle = textIn(section.title, context) !== undefined;
    return html`<section
      class="section"
      part="section"
      data-section-id=${section.id}
      aria-labelledby=${ifDefined(hasTitle ? titleId : undefined)}
    >
      ${guard([section, state.contextKey, state.headingLevel, titleId], () =>
        sectionHeaderTemplate(section, context, { headingLevel: state.headingLevel, titleId }),
      )}
      <div class="tiles" part="tiles">
        ${blocks.map((block) => blockTemplate(block, state, context, renderTileFor))}
      </div>
    </section>`;
  });
  return state.layout === 'slideshow' ? [...sections, slideControls(state, context)] : sections;
}

function blockTemplate(
  block: Block,
  state: SectionsState,
  context: RenderContext,
  renderTileFor: (near: boolean) => TileRenderer,
) {
  const first = block.tiles[0];
  if (!first || first.index >= state.renderedCount) return nothing;
  const last = block.tiles[block.tiles.length - 1]!;
  const active =
    state.activeIndex >= first.index && state.activeIndex <= last.index ? state.activeIndex : -1;
  const hidden = state.layout === 'slideshow' && state.slideIndex !== first.index;
  const failed =
    state.failedImages.size === 0
      ? ''
      : block.tiles
          .filter((tile) => state.failedImages.has(tile.item.id))
          .map((tile) => tile.item.id)
          .join(' ');
  const shown = Math.min(block.tiles.length, state.renderedCount - first.index);
  const near = state.isNear(first.index);
  const height = state.heights?.of(block, context, state.heightsKey) ?? estimatedHeight(block);
  // Every update of the exhibit passes over every block: one that did not change is skipped here, by
  // comparing a few values, so an update costs what changed, not the exhibition's size.
  return guard(
    [
      block,
      state.contextKey,
      active,
      failed,
      shown,
      state.total,
      near,
      hidden,
      height,
      state.observeBlock,
    ],
    () =>
      // A block laid out anew (another width) is a new element: the observer sees it fresh, even where it
      // takes the place of a block that was already on screen.
      keyed(
        `${block.key}@${first.index}`,
        html`<div
          class="block"
          data-first=${first.index}
          ${ref(state.observeBlock)}
          ?hidden=${hidden}
          ${styleProps({ 'contain-intrinsic-size': `auto ${height.toFixed(2)}px` })}
        >
          ${guard([block.key, state.contextKey, active, failed, shown, state.total, near], () =>
            block.render(block.tiles.slice(0, shown), renderTileFor(near)),
          )}
        </div>`,
      ),
  );
}

function slideControls(state: SectionsState, context: RenderContext) {
  return html`<div class="slide-controls" part="slide-controls">
    <button
      type="button"
      class="slide-previous"
      ?disabled=${state.slideIndex <= 0}
      @click=${() => state.showSlide(state.slideIndex - 1)}
    >
      ${context.strings.previous}
    </button>
    <span class="counter" aria-live="polite"
      >${fillTemplate(
        context.strings.counter,
        { n: state.slideIndex + 1, total: state.total },
        context.locale,
      )}</span
    >
    <button
      type="button"
      class="slide-next"
      ?disabled=${state.slideIndex >= state.total - 1}
      @click=${() => state.showSlide(state.slideIndex + 1)}
    >
      ${context.strings.next}
    </button>
  </div>`;
}

/** The list of section links (`toc`); the exhibit handles their clicks (section ids live in its shadow root). */
export function tocTemplate(exhibition: Exhibition, context: RenderContext) {
  const entries = exhibition.sections.flatMap((section) => {
    const title = textIn(section.title, context);
    return title ? [{ id: section.id, title }] : [];
  });
  if (entries.length === 0) return nothing;
  return html`<nav class="toc" part="toc" aria-label=${context.strings.contents}>
    <ol>
      ${entries.map(
        (entry) =>
          html`<li>
            <a href=${`#${entry.id}`} data-section-link=${entry.id}>${entry.title.text}</a>
          </li>`,
      )}
    </ol>
  </nav>`;
}

/** The language control (`language-switcher`): each language named in itself. */
export function languageSwitcherTemplate(
  languages: readonly string[],
  context: RenderContext,
  choose: (language: string) => void,
) {
  if (languages.length < 2) return nothing;
  const current = context.containerLang?.toLowerCase();
  const nameOf = (code: string) => {
    try {
      return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  return html`<label class="language-switcher" part="language-switcher">
    <span>${context.strings.language}</span>
    <select @change=${(event: Event) => choose((event.target as HTMLSelectElement).value)}>
      ${languages.map(
        (code) =>
          html`<option value=${code} lang=${code} ?selected=${current === code.toLowerCase()}>
            ${nameOf(code)}
          </option>`,
      )}
    </select>
  </label>`;
}
