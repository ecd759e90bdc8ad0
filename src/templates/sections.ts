import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Exhibition, Section } from '../core/format/types.js';
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
import { styleProps } from './style-props.js';
import { rowTemplate, tileTemplate } from './tiles.js';
import type { Tile } from './tiles.js';

export type BlockLayout = 'justified' | 'grid' | 'columns' | 'story' | 'slideshow';

/** Tiles are grouped in blocks: the unit of chunked rendering, re-rendering and `content-visibility`. */
const BLOCK_ITEMS = 24;
const GAP = 8;
/** Until a block has rendered, it is assumed to have this much caption under each row of images. */
const CAPTION_ESTIMATE = 72;

type TileRenderer = (tile: Tile, sizes: string, cover?: boolean) => TemplateResult;

interface Block {
  readonly key: string;
  readonly tiles: readonly Tile[];
  readonly estimatedHeight: number;
  readonly render: (tiles: readonly Tile[], renderTile: TileRenderer) => TemplateResult;
}

export interface SectionView {
  readonly section: Section;
  readonly blocks: readonly Block[];
}

/** Lays out every section at one width breakpoint: the blocks of tiles each layout renders. */
export function layoutSections(
  exhibition: Exhibition,
  tiles: readonly Tile[],
  layout: BlockLayout,
  width: number,
  rowHeight: number | undefined,
): SectionView[] {
  let offset = 0;
  return exhibition.sections.map((section) => {
    const sectionTiles = tiles.slice(offset, offset + section.items.length);
    offset += section.items.length;
    return { section, blocks: blocksFor(sectionTiles, layout, width, rowHeight) };
  });
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
        estimatedHeight: blockRows.reduce(
          (sum, row) => sum + row.height + CAPTION_ESTIMATE + GAP * 3,
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
      estimatedHeight: result.height + tiles.length * CAPTION_ESTIMATE,
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
        estimatedHeight: rowsInBlock * (cellWidth + CAPTION_ESTIMATE + GAP),
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
      estimatedHeight: layout === 'story' ? 800 : 600,
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
  readonly headingLevel: number;
  readonly idPrefix: string;
  /** Changes whenever the strings, language or overrides change (re-renders every block). */
  readonly contextKey: string;
  readonly showSlide: (index: number) => void;
}

export function sectionsTemplate(state: SectionsState, context: RenderContext) {
  const renderTile: TileRenderer = (tile, sizes, cover = false) =>
    tileTemplate(
      tile,
      {
        total: state.total,
        tabStop: tile.index === state.activeIndex,
        sizes,
        eager: tile.index < 8,
        cover,
        failed: state.failedImages.has(tile.item.id),
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
      ${sectionHeaderTemplate(section, context, { headingLevel: state.headingLevel, titleId })}
      <div class="tiles" part="tiles">
        ${blocks.map((block) => blockTemplate(block, state, renderTile))}
      </div>
    </section>`;
  });
  return state.layout === 'slideshow' ? [...sections, slideControls(state, context)] : sections;
}

function blockTemplate(block: Block, state: SectionsState, renderTile: TileRenderer) {
  const first = block.tiles[0];
  if (!first || first.index >= state.renderedCount) return nothing;
  const last = block.tiles[block.tiles.length - 1]!;
  const active =
    state.activeIndex >= first.index && state.activeIndex <= last.index ? state.activeIndex : -1;
  const hidden = state.layout === 'slideshow' && state.slideIndex !== first.index;
  const failed = block.tiles
    .filter((tile) => state.failedImages.has(tile.item.id))
    .map((tile) => tile.item.id);
  const visible = block.tiles.filter((tile) => tile.index < state.renderedCount);
  return html`<div
    class="block"
    ?hidden=${hidden}
    ${styleProps({ 'contain-intrinsic-size': `auto ${Math.round(block.estimatedHeight)}px` })}
  >
    ${guard(
      [block.key, state.contextKey, active, failed.join(' '), visible.length, state.total],
      () => block.render(visible, renderTile),
    )}
  </div>`;
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
