import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { textDirection } from '../../core/format/language.js';
import type { Exhibition, Item, Problem, Section } from '../../core/format/types.js';
import { fillTemplate } from '../../core/i18n/strings.js';
import type { UiStrings } from '../../core/i18n/strings.js';
import {
  PhotoChangeEvent,
  PhotoExhibitErrorEvent,
  PhotoExhibitLoadEvent,
  PhotoOpenEvent,
} from '../../events.js';
import type { PhotoDetail } from '../../events.js';
import { effectiveLanguage, hostLanguagePreferences } from '../../internal/host-language.js';
import { LoadAbortedError, loadDocument, locateParseError } from '../../internal/load-document.js';
import { ensureLocale, stringsFor } from '../../internal/locales.js';
import { loadRenderer, renderer } from '../../internal/renderer.js';
import type { Renderer } from '../../internal/renderer.js';
import { loadValidator } from '../../internal/validator.js';
import type { RenderContext } from '../../templates/context.js';
import type { ErrorView } from '../../templates/exhibit.js';
import type { Tile } from '../../templates/tiles.js';
import { styles } from './photo-exhibit.styles.js';

export const LAYOUTS = ['justified', 'grid', 'columns', 'story', 'slideshow'] as const;
export type ExhibitLayout = (typeof LAYOUTS)[number];
export const THEMES = ['inherit', 'light', 'dark', 'auto'] as const;
export type ExhibitTheme = (typeof THEMES)[number];
export type ExhibitState = 'empty' | 'loading' | 'rendered' | 'error';

/** Items rendered before the first paint; the rest follow in chunks so no task runs long. */
const FIRST_CHUNK = 60;
/** Each later chunk is sized from the time the last one took, aiming at this many milliseconds per task. */
const CHUNK_BUDGET_MS = 12;
const MIN_CHUNK = 12;
const MAX_CHUNK = 600;
/** Tiles are grouped in blocks: the unit of chunked rendering, re-rendering and `content-visibility`. */
const BLOCK_ITEMS = 24;
const GAP = 8;
/** Until a layout is known, a tile is laid out assuming this much caption under its image. */
const CAPTION_ESTIMATE = 72;

interface Block {
  readonly key: string;
  readonly tiles: readonly Tile[];
  readonly estimatedHeight: number;
  readonly render: (tiles: readonly Tile[], context: RenderContext) => TemplateResult;
}

interface SectionView {
  readonly section: Section;
  readonly blocks: readonly Block[];
}

let instanceCount = 0;

/**
 * @summary A whole online photo exhibition from a JSON document: header, intro, sections of photos with
 * structured captions, credits and rights, in five layouts, in the visitor's language.
 * @tag photo-exhibit
 *
 * @slot - Fallback content shown until the exhibition renders (for example a link to the exhibition), and an
 * optional `<script type="application/json">` holding the document.
 *
 * @csspart exhibition - The labelled region that holds the exhibition.
 * @csspart skip-link - The link that jumps past the exhibition.
 * @csspart header - The exhibition header.
 * @csspart title - The exhibition title.
 * @csspart subtitle - The subtitle.
 * @csspart occasion - The occasion's title.
 * @csspart dates - The exhibition's dates.
 * @csspart language-switcher - The language control (with `language-switcher`).
 * @csspart intro - The exhibition's introduction.
 * @csspart toc - The table of contents (with `toc`).
 * @csspart section - A section.
 * @csspart section-title - A section's title.
 * @csspart section-date - A section's date.
 * @csspart section-intro - A section's introduction.
 * @csspart tiles - The laid-out photos of a section.
 * @csspart tile - One photo (or caption card) with its caption.
 * @csspart open - The button that opens a photo in the viewer.
 * @csspart frame - The box that holds an image at its aspect ratio.
 * @csspart image - An `<img>`.
 * @csspart unavailable - The "image unavailable" message.
 * @csspart card - A caption card: the box in place of a missing image.
 * @csspart caption - A tile's caption.
 * @csspart caption-title - A caption's short title.
 * @csspart text - Caption text.
 * @csspart links - Caption links.
 * @csspart quote - A quotation.
 * @csspart signature - A quotation's signature.
 * @csspart meta - People, place and date of a caption.
 * @csspart credit - A caption's credit line.
 * @csspart slide-controls - The slideshow's previous/next controls and counter.
 * @csspart footer - Credits, provider, rights and metadata.
 * @csspart credits - The credits.
 * @csspart credits-title - The credits heading.
 * @csspart provider - The provider(s).
 * @csspart rights - The rights statement and licence.
 * @csspart metadata - A list of metadata pairs.
 * @csspart loading - The loading message.
 * @csspart error - The error state.
 * @csspart retry - The Retry button of a network error.
 * @csspart problems - The problems panel (with `debug`).
 *
 * @cssprop [--photo-exhibit-background=transparent] - Background (a palette for `light`, `dark`, `auto`).
 * @cssprop [--photo-exhibit-color=inherit] - Text colour.
 * @cssprop [--photo-exhibit-muted=inherit] - Colour of secondary text.
 * @cssprop [--photo-exhibit-muted-opacity=0.8] - Opacity of secondary caption lines (people, place, date, credit).
 * @cssprop [--photo-exhibit-accent=currentColor] - Accent: quotation rules, focus.
 * @cssprop [--photo-exhibit-link-color=inherit] - Link colour.
 * @cssprop [--photo-exhibit-focus-color=currentColor] - Focus outline colour.
 * @cssprop [--photo-exhibit-font=inherit] - Text font.
 * @cssprop [--photo-exhibit-heading-font=Georgia, serif] - Font of titles and caption cards.
 * @cssprop [--photo-exhibit-quote-font=Georgia, serif] - Font of quotations.
 * @cssprop [--photo-exhibit-gap=8px] - Space between photos.
 * @cssprop [--photo-exhibit-radius=0] - Corner radius of images.
 * @cssprop [--photo-exhibit-placeholder=rgba(127,127,127,0.18)] - Box colour before an image loads.
 * @cssprop [--photo-exhibit-card-background=rgba(127,127,127,0.12)] - Caption card background.
 * @cssprop [--photo-exhibit-card-border=rgba(127,127,127,0.35)] - Caption card border.
 * @cssprop [--photo-exhibit-card-font-size=1.125em] - Caption card text size.
 * @cssprop [--photo-exhibit-caption-size=0.9375em] - Caption text size.
 * @cssprop [--photo-exhibit-max-width=none] - Maximum width of the text columns (intro, captions in story).
 *
 * @fires {PhotoExhibitLoadEvent} photo-exhibit-load - The exhibition rendered. Detail: `exhibition`, `problems`.
 * @fires {PhotoExhibitErrorEvent} photo-exhibit-error - The exhibition cannot be shown. Detail: `kind` (`network`, `parse`, `invalid`), `message`, `problems`, `status`.
 * @fires {PhotoOpenEvent} photo-open - A photo is about to open in the viewer (cancelable). Detail: `id`, `index`, `item`.
 * @fires {PhotoChangeEvent} photo-change - The slideshow moved to another photo. Detail: `id`, `index`, `item`.
 */
export class PhotoExhibit extends LitElement {
  static override styles = styles;

  /** The exhibition document (format 1.0, or a bare array of items); wins over `src` and the inline script. */
  @property({ attribute: false }) exhibition?: unknown;

  /** URL of the JSON document; relative URLs inside it resolve against it. */
  @property() src?: string;

  /** `justified` (default), `grid`, `columns`, `story` or `slideshow`. */
  @property({ reflect: true }) layout: ExhibitLayout = 'justified';

  /** Display language (BCP 47); defaults to the page's language. Switching is live. */
  @property({ attribute: 'lang' }) displayLanguage?: string;

  /** Target row height of `justified`, in pixels; by default about a quarter of the element's width. */
  @property({ type: Number, attribute: 'row-height' }) rowHeight?: number;

  /** Level of the exhibition title (1-5); section titles are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Show a list of section links before the first section. */
  @property({ type: Boolean }) toc = false;

  /** Show a control listing the document's languages, which sets `lang`. */
  @property({ type: Boolean, attribute: 'language-switcher' }) languageSwitcher = false;

  /** `inherit` (default: the host page's colours and font), `light`, `dark` or `auto`. */
  @property({ reflect: true }) theme: ExhibitTheme = 'inherit';

  /** Seconds before a pending `src` request ends as a network error. */
  @property({ type: Number }) timeout = 30;

  /** Show the validator's warnings on screen, for curators. */
  @property({ type: Boolean }) debug = false;

  /** Start the slideshow layout advancing by itself. */
  @property({ type: Boolean }) autoplay = false;

  /** Seconds each slide shows with `autoplay`. */
  @property({ type: Number, attribute: 'autoplay-interval' }) autoplayInterval = 6;

  /** Overrides of UI strings (built in: English, Korean, Russian, Arabic). */
  @property({ attribute: false }) strings: Partial<UiStrings> = {};

  /** Where the element is: `empty`, `loading`, `rendered` or `error` (read-only, reflected for CSS). */
  @property({ reflect: true }) state: ExhibitState = 'empty';

  @state() private document?: Exhibition;
  @state() private errorView?: ErrorView;
  @state() private measuredWidth?: number;
  @state() private renderedCount = 0;
  @state() private activeIndex = 0;
  @state() private slideIndex = 0;
  @state() private measuredRatios: ReadonlyMap<string, number> = new Map();
  @state() private failedImages: ReadonlySet<string> = new Set();

  private currentProblems: readonly Problem[] = [];
  private languages: readonly string[] = [];
  private loadGeneration = 0;
  private tiles: readonly Tile[] = [];
  private sectionViews: readonly SectionView[] = [];
  private loadController?: AbortController;
  private chunkTimer?: ReturnType<typeof setTimeout>;
  private chunkSize = FIRST_CHUNK;
  private autoplayTimer?: ReturnType<typeof setInterval>;
  private autoplayHeld = false;
  private pointerInside = false;
  private focusInside = false;
  private loadEventPending = false;
  private warnedLayout?: string;
  private readonly instanceId = `photo-exhibit-${(instanceCount += 1)}`;
  private resizeObserver?: ResizeObserver;
  private resizeFrame = 0;
  private childObserver?: MutationObserver;

  /** The rendering code: loaded before any document is shown (see loadRenderer). */
  private get view(): Renderer {
    const loaded = renderer();
    if (!loaded) throw new Error('photo-exhibit: rendering before the renderer loaded');
    return loaded;
  }

  /** The problems of the last validation (errors and warnings, with JSON Pointer paths). */
  get problems(): readonly Problem[] {
    return this.currentProblems;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Changes apply in the next animation frame: rendering inside the observer's callback would resize the
    // element again in the same frame ("ResizeObserver loop completed with undelivered notifications").
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      cancelAnimationFrame(this.resizeFrame);
      this.resizeFrame = requestAnimationFrame(() => {
        if (width !== this.measuredWidth) this.measuredWidth = width;
      });
    });
    this.resizeObserver.observe(this);
    for (const type of ['pointerenter', 'pointerleave', 'focusin', 'focusout']) {
      this.addEventListener(type, this.holdAutoplay);
    }
    window.addEventListener('beforeprint', this.renderEverything);
    window.addEventListener('hashchange', this.revealHashTarget);
    // First connection: a property or attribute source is read by willUpdate; otherwise look for an inline
    // script. A reconnection resumes a load that disconnecting aborted.
    const resume = this.hasUpdated
      ? this.state === 'loading' || this.state === 'empty'
      : this.exhibition === undefined && !this.src;
    if (resume) this.loadFromSources();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.resizeFrame);
    this.childObserver?.disconnect();
    this.loadController?.abort();
    clearTimeout(this.chunkTimer);
    clearInterval(this.autoplayTimer);
    this.autoplayTimer = undefined;
    window.removeEventListener('beforeprint', this.renderEverything);
    window.removeEventListener('hashchange', this.revealHashTarget);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('exhibition') || changed.has('src')) this.loadFromSources();
    if (
      changed.has('layout') &&
      !LAYOUTS.includes(this.layout) &&
      this.warnedLayout !== this.layout
    ) {
      this.warnedLayout = this.layout;
      console.warn(
        `photo-exhibit: unknown layout "${this.layout}"; using "justified". Layouts: ${LAYOUTS.join(', ')}.`,
      );
    }
    const layoutInputsChanged =
      changed.has('document' as keyof PhotoExhibit) ||
      changed.has('measuredWidth' as keyof PhotoExhibit) ||
      changed.has('layout') ||
      changed.has('rowHeight') ||
      changed.has('measuredRatios' as keyof PhotoExhibit);
    // The first layout uses the width measured now, so the first painted layout is the final one.
    if (this.document && this.measuredWidth === undefined && this.clientWidth > 0) {
      this.measuredWidth = this.clientWidth;
    }
    if (layoutInputsChanged && this.document && this.measuredWidth !== undefined)
      this.computeLayout();
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('autoplayInterval') && this.autoplayTimer !== undefined) {
      clearInterval(this.autoplayTimer);
      this.autoplayTimer = undefined;
    }
    this.syncAutoplay();
    if (
      changed.has('slideIndex' as keyof PhotoExhibit) &&
      changed.get('slideIndex' as keyof PhotoExhibit) !== undefined
    ) {
      this.dispatchPhotoEvent(PhotoChangeEvent, this.slideIndex);
    }
    if (
      this.loadEventPending &&
      this.document &&
      this.renderedCount >= this.tiles.length &&
      this.measuredWidth !== undefined
    ) {
      this.loadEventPending = false;
      this.dispatchEvent(
        new PhotoExhibitLoadEvent({ exhibition: this.document, problems: this.currentProblems }),
      );
      this.revealHashTarget();
    }
  }

  // ---- Loading ----------------------------------------------------------------------------------

  /** Reads the document from the first source present: `exhibition`, then `src`, then an inline script. */
  private loadFromSources() {
    this.loadController?.abort();
    this.loadController = undefined;
    this.loadGeneration += 1;
    // Start the lazy chunks now, in parallel with the document.
    void loadRenderer();
    void loadValidator();
    if (this.exhibition !== undefined) {
      this.childObserver?.disconnect();
      void this.showDocument(this.exhibition, document.baseURI);
      return;
    }
    if (this.src) {
      this.childObserver?.disconnect();
      void this.fetchDocument(this.src);
      return;
    }
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) {
      this.childObserver?.disconnect();
      this.showInlineDocument(script.textContent ?? '');
      return;
    }
    // The inline script may not be parsed yet when the element upgrades: watch for it.
    this.childObserver ??= new MutationObserver(() => {
      if (this.exhibition === undefined && !this.src) this.loadFromSources();
    });
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.state = 'empty';
  }

  private showInlineDocument(text: string) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      const generation = this.loadGeneration;
      void locateParseError(text).then((result) => {
        if (generation === this.loadGeneration && !result.ok && result.kind === 'parse') {
          this.showParseError(result);
        }
      });
      return;
    }
    void this.showDocument(json, document.baseURI);
  }

  private async fetchDocument(src: string) {
    const controller = new AbortController();
    this.loadController = controller;
    this.state = 'loading';
    this.document = undefined;
    this.errorView = undefined;
    try {
      const result = await loadDocument(src, {
        signal: controller.signal,
        timeoutSeconds: this.timeout,
      });
      if (controller.signal.aborted) return;
      if (result.ok) await this.showDocument(result.json, result.baseUrl);
      else if (result.kind === 'parse') this.showParseError(result);
      else this.showNetworkError(result.status, result.timedOut);
    } catch (error) {
      if (!(error instanceof LoadAbortedError)) throw error;
    }
  }

  private async showDocument(json: unknown, baseUrl: string) {
    const generation = this.loadGeneration;
    const [{ validateExhibition, documentLanguages }] = await Promise.all([
      loadValidator(),
      ensureLocale(hostLanguagePreferences(this)),
      loadRenderer(),
    ]);
    // A newer source replaced this one while the validator loaded.
    if (generation !== this.loadGeneration) return;
    const result = validateExhibition(json, { baseUrl });
    this.languages = result.exhibition ? documentLanguages(result.exhibition) : [];
    this.currentProblems = result.problems;
    if (result.problems.length > 0) {
      const errors = result.problems.filter((problem) => problem.severity === 'error').length;
      console.warn(
        `photo-exhibit: the exhibition document has ${errors} error(s) and ${
          result.problems.length - errors
        } warning(s); see the photo-exhibit-load event's detail.problems or the debug attribute.`,
        result.problems,
      );
    }
    if (result.fatal || !result.exhibition) {
      void this.showError((strings) => ({
        kind: 'invalid',
        message: strings.invalidError,
        problems: result.problems,
        retry: false,
      }));
      return;
    }
    this.document = result.exhibition;
    this.errorView = undefined;
    this.measuredRatios = new Map();
    this.failedImages = new Set();
    this.activeIndex = 0;
    this.slideIndex = 0;
    this.tiles = flattenTiles(this.view, result.exhibition, this.measuredRatios);
    this.renderedCount = Math.min(this.tiles.length, FIRST_CHUNK);
    this.loadEventPending = true;
    this.state = 'rendered';
    this.scheduleChunk();
  }

  private showParseError(parsed: { line: number; column: number; message: string }) {
    void this.showError((strings) => ({
      kind: 'parse',
      message: strings.parseError,
      detail: fillTemplate(strings.parseErrorAt, {
        line: parsed.line,
        column: parsed.column,
        message: parsed.message,
      }),
      problems: [],
      retry: false,
    }));
  }

  private showNetworkError(status: number | undefined, timedOut: boolean) {
    void this.showError((strings) => ({
      kind: 'network',
      message: timedOut
        ? fillTemplate(strings.timeoutError, { seconds: this.timeout })
        : status !== undefined
          ? fillTemplate(strings.networkErrorStatus, { status: String(status) })
          : strings.networkError,
      problems: [],
      status,
      retry: true,
    }));
  }

  /** Shows the error state once the UI strings in the visitor's language and the renderer are there. */
  private async showError(describe: (strings: UiStrings) => ErrorView) {
    const generation = this.loadGeneration;
    await Promise.all([loadRenderer(), ensureLocale(hostLanguagePreferences(this))]);
    if (generation !== this.loadGeneration) return;
    const view = describe(this.localStrings());
    this.document = undefined;
    this.tiles = [];
    this.sectionViews = [];
    this.errorView = view;
    this.state = 'error';
    this.loadEventPending = false;
    const detail = {
      kind: view.kind,
      message: view.detail ? `${view.message} ${view.detail}` : view.message,
      problems: view.problems,
    };
    this.dispatchEvent(
      new PhotoExhibitErrorEvent(
        view.status === undefined ? detail : { ...detail, status: view.status },
      ),
    );
  }

  private retry = () => {
    this.loadFromSources();
  };

  // ---- Layout -----------------------------------------------------------------------------------

  private get effectiveLayout(): ExhibitLayout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'justified';
  }

  private computeLayout() {
    const exhibition = this.document;
    if (!exhibition) return;
    this.tiles = flattenTiles(this.view, exhibition, this.measuredRatios);
    const width = this.view.widthBreakpoint(
      this.measuredWidth && this.measuredWidth > 0 ? this.measuredWidth : 960,
    );
    const layout = this.effectiveLayout;
    let offset = 0;
    this.sectionViews = exhibition.sections.map((section) => {
      const tiles = this.tiles.slice(offset, offset + section.items.length);
      offset += section.items.length;
      return { section, blocks: this.blocksFor(tiles, layout, width) };
    });
  }

  private blocksFor(tiles: readonly Tile[], layout: ExhibitLayout, width: number): Block[] {
    const blocks: Block[] = [];
    const keyBase = `${layout}:${width}`;
    if (layout === 'justified') {
      const targetRowHeight =
        this.rowHeight && this.rowHeight > 0 ? this.rowHeight : this.view.adaptiveRowHeight(width);
      const result = this.view.justifiedLayout(
        tiles.map((tile) => ({ aspectRatio: tile.aspectRatio, hint: tile.item.layout })),
        { containerWidth: width, targetRowHeight, spacing: GAP },
      );
      let rows: { start: number; end: number; height: number }[] = [];
      const flush = () => {
        if (rows.length === 0) return;
        const blockRows = rows;
        const first = blockRows[0]!.start;
        const last = blockRows[blockRows.length - 1]!.end;
        const blockTiles = tiles.slice(first, last);
        blocks.push({
          key: `${keyBase}:${targetRowHeight}:${first}-${last}`,
          tiles: blockTiles,
          estimatedHeight: blockRows.reduce(
            (sum, row) => sum + row.height + CAPTION_ESTIMATE + GAP * 3,
            0,
          ),
          render: (rendered, context) =>
            html`${blockRows.map((row) =>
              this.view.rowTemplate(
                rendered
                  .slice(row.start - first, row.end - first)
                  .map((tile) =>
                    this.tile(
                      tile,
                      context,
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
      const columns = Math.min(this.view.columnCountFor(width), Math.max(1, tiles.length));
      const result = this.view.columnsLayout(
        tiles.map((tile) => ({ aspectRatio: tile.aspectRatio })),
        { containerWidth: width, columns, spacing: GAP },
      );
      const columnWidths = result.columns.map((column) => column.width);
      blocks.push({
        key: `${keyBase}:columns`,
        tiles,
        estimatedHeight: result.height + tiles.length * CAPTION_ESTIMATE,
        render: (rendered, context) =>
          html`<div class="columns">
            ${result.columns.map(
              (column, position) =>
                html`<div
                  class="column"
                  ${this.view.styleProps({ 'flex-grow': columnWidths[position] ?? 1 })}
                >
                  ${rendered
                    .slice(column.start, column.end)
                    .map((tile) => this.tile(tile, context, `${Math.ceil(column.width)}px`))}
                </div>`,
            )}
          </div>`,
      });
      return blocks;
    }
    if (layout === 'grid') {
      const grid = this.view.gridLayout(
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
          render: (rendered, context) =>
            html`<div
              class="grid"
              ${this.view.styleProps({ '--photo-grid-columns': grid.columns })}
            >
              ${rendered.map((tile) => this.tile(tile, context, `${cellWidth}px`, true))}
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
        render: (rendered, context) =>
          html`${rendered.map((item) => this.tile(item, context, `${Math.ceil(width * 0.6)}px`))}`,
      });
    }
    return blocks;
  }

  private tile(tile: Tile, context: RenderContext, sizes: string, cover = false) {
    return this.view.tileTemplate(
      tile,
      {
        total: this.tiles.length,
        tabStop: tile.index === this.activeIndex,
        sizes,
        eager: tile.index < 8,
        cover,
        failed: this.failedImages.has(tile.item.id),
      },
      context,
    );
  }

  // ---- Chunked rendering and print ---------------------------------------------------------------

  private scheduleChunk() {
    clearTimeout(this.chunkTimer);
    if (this.renderedCount >= this.tiles.length) return;
    this.chunkTimer = setTimeout(() => {
      const started = performance.now();
      const added = Math.min(this.chunkSize, this.tiles.length - this.renderedCount);
      this.renderedCount += added;
      void this.updateComplete.then(() => {
        // The update ran in this task: size the next chunk so a task stays short on this device.
        const perItem = Math.max(0.01, (performance.now() - started) / added);
        this.chunkSize = Math.round(
          Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, CHUNK_BUDGET_MS / perItem)),
        );
        this.scheduleChunk();
      });
    }, 0);
  }

  /** Printing shows the whole catalogue: render every item now and load images eagerly. */
  private renderEverything = () => {
    if (!this.document) return;
    clearTimeout(this.chunkTimer);
    this.renderedCount = this.tiles.length;
    this.toggleAttribute('printing', true);
    this.performUpdate();
    for (const image of this.renderRoot.querySelectorAll('img[loading="lazy"]')) {
      image.setAttribute('loading', 'eager');
    }
    window.addEventListener('afterprint', () => this.removeAttribute('printing'), { once: true });
  };

  // ---- Rendering ----------------------------------------------------------------------------------

  private localStrings(): UiStrings {
    return stringsFor(this, hostLanguagePreferences(this), this.strings).strings;
  }

  private renderContext(exhibition: Exhibition | undefined): RenderContext {
    const preferences = hostLanguagePreferences(this);
    const { strings, locale } = stringsFor(this, preferences, this.strings);
    const documentLanguage = exhibition?.language;
    const title = exhibition
      ? this.view.textIn(exhibition.title, {
          preferences,
          documentLanguage,
          containerLang: undefined,
          locale,
          strings,
          people: {},
          places: {},
        })
      : undefined;
    // The exhibition region is in the language its title resolved to; strings in others are marked.
    const containerLang = title?.lang ?? documentLanguage ?? effectiveLanguage(this) ?? locale;
    return {
      preferences,
      documentLanguage,
      containerLang,
      locale: preferences[0] ?? locale,
      strings,
      people: exhibition?.people ?? {},
      places: exhibition?.places ?? {},
    };
  }

  override render() {
    const exhibition = this.document;
    const context = this.renderContext(exhibition);
    if (this.state === 'error' && this.errorView) {
      return html`${this.view.errorTemplate(this.errorView, context, this.retry)}
      ${this.debug ? this.view.problemsPanel(this.currentProblems, context) : nothing}`;
    }
    if (!exhibition) {
      return html`<div class="fallback"><slot></slot></div>
        ${this.state === 'loading'
          ? html`<p class="loading" part="loading" role="status">${context.strings.loading}</p>`
          : nothing}`;
    }
    const titleId = `${this.instanceId}-title`;
    const lang = context.containerLang;
    const dir = lang ? textDirection(lang) : undefined;
    return html`<a class="skip-link" part="skip-link" href="#" @click=${this.skipPastExhibition}
        >${context.strings.skipExhibition}</a
      >
      <section
        class="exhibition layout-${this.effectiveLayout}"
        part="exhibition"
        aria-labelledby=${ifDefined(
          this.view.textIn(exhibition.title, context) ? titleId : undefined,
        )}
        lang=${ifDefined(lang)}
        dir=${ifDefined(dir)}
        @click=${this.onClick}
        @keydown=${this.onKeydown}
        @focusin=${this.onFocusIn}
        @load=${this.imageLoadListener}
        @error=${this.imageErrorListener}
      >
        ${this.view.headerTemplate(exhibition, context, {
          headingLevel: this.headingLevel,
          titleId,
          languageSwitcher: this.languageSwitcher
            ? this.languageSwitcherTemplate(context)
            : nothing,
        })}
        ${this.view.prose(exhibition.intro, context, 'intro')}
        ${this.debug ? this.view.problemsPanel(this.currentProblems, context) : nothing}
        ${this.toc ? this.tocTemplate(exhibition, context) : nothing}
        ${this.measuredWidth === undefined ? nothing : this.sectionsTemplate(context)}
        ${this.view.footerTemplate(exhibition, context, this.headingLevel)}
        <span class="end" tabindex="-1"></span>
      </section>`;
  }

  private sectionsTemplate(context: RenderContext) {
    const contextKey = [
      context.preferences.join(','),
      context.containerLang,
      JSON.stringify(this.strings),
    ].join('|');
    return this.sectionViews
      .map(({ section, blocks }) => {
        const titleId = `${this.instanceId}-section-${section.id}`;
        const hasTitle = this.view.textIn(section.title, context) !== undefined;
        return html`<section
          class="section"
          part="section"
          data-section-id=${section.id}
          aria-labelledby=${ifDefined(hasTitle ? titleId : undefined)}
        >
          ${this.view.sectionHeaderTemplate(section, context, {
            headingLevel: this.headingLevel,
            titleId,
          })}
          <div class="tiles" part="tiles">
            ${blocks.map((block) => this.blockTemplate(block, context, contextKey))}
          </div>
        </section>`;
      })
      .concat(this.effectiveLayout === 'slideshow' ? [this.slideControls(context)] : []);
  }

  private blockTemplate(block: Block, context: RenderContext, contextKey: string) {
    const first = block.tiles[0];
    if (!first || first.index >= this.renderedCount) return nothing;
    const last = block.tiles[block.tiles.length - 1]!;
    const active =
      this.activeIndex >= first.index && this.activeIndex <= last.index ? this.activeIndex : -1;
    const slide = this.effectiveLayout === 'slideshow';
    const hidden = slide && this.slideIndex !== first.index;
    const failed = block.tiles
      .filter((tile) => this.failedImages.has(tile.item.id))
      .map((tile) => tile.item.id);
    const visible = block.tiles.filter((tile) => tile.index < this.renderedCount);
    return html`<div
      class="block"
      ?hidden=${hidden}
      ${this.view.styleProps({
        'contain-intrinsic-size': `auto ${Math.round(block.estimatedHeight)}px`,
      })}
    >
      ${guard(
        [block.key, contextKey, active, failed.join(' '), visible.length, this.tiles.length],
        () => block.render(visible, context),
      )}
    </div>`;
  }

  private slideControls(context: RenderContext) {
    const total = this.tiles.length;
    return html`<div class="slide-controls" part="slide-controls">
      <button
        type="button"
        class="slide-previous"
        ?disabled=${this.slideIndex <= 0}
        @click=${() => this.showSlide(this.slideIndex - 1)}
      >
        ${context.strings.previous}
      </button>
      <span class="counter" aria-live="polite"
        >${fillTemplate(
          context.strings.counter,
          { n: this.slideIndex + 1, total },
          context.locale,
        )}</span
      >
      <button
        type="button"
        class="slide-next"
        ?disabled=${this.slideIndex >= total - 1}
        @click=${() => this.showSlide(this.slideIndex + 1)}
      >
        ${context.strings.next}
      </button>
    </div>`;
  }

  private showSlide(index: number) {
    const clamped = Math.max(0, Math.min(this.tiles.length - 1, index));
    this.slideIndex = clamped;
    this.activeIndex = clamped;
  }

  /**
   * Runs the slideshow with `autoplay`: never under reduced motion, and held while the pointer or the focus
   * is in the exhibition, so nobody loses the slide they are reading or about to activate.
   */
  private syncAutoplay() {
    const run =
      this.autoplay &&
      this.effectiveLayout === 'slideshow' &&
      this.state === 'rendered' &&
      this.tiles.length > 1 &&
      !this.autoplayHeld &&
      !matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (run && this.autoplayTimer === undefined) {
      this.autoplayTimer = setInterval(
        () => this.showSlide((this.slideIndex + 1) % this.tiles.length),
        Math.max(0.05, this.autoplayInterval || 6) * 1000,
      );
    } else if (!run && this.autoplayTimer !== undefined) {
      clearInterval(this.autoplayTimer);
      this.autoplayTimer = undefined;
    }
  }

  private holdAutoplay = (event: Event) => {
    if (event.type === 'pointerenter' || event.type === 'pointerleave') {
      this.pointerInside = event.type === 'pointerenter';
    } else {
      // Focus moving between tiles inside the exhibit fires focusout then focusin: both keep it held.
      const next = (event as FocusEvent).relatedTarget as Node | null;
      this.focusInside = event.type === 'focusin' || (next !== null && this.contains(next));
    }
    this.autoplayHeld = this.pointerInside || this.focusInside;
    this.syncAutoplay();
  };

  private tocTemplate(exhibition: Exhibition, context: RenderContext) {
    const entries = exhibition.sections.flatMap((section) => {
      const title = this.view.textIn(section.title, context);
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

  private languageSwitcherTemplate(context: RenderContext) {
    const languages = this.languages;
    if (languages.length < 2) return nothing;
    const current = context.containerLang;
    const names = (code: string) => {
      try {
        return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
      } catch {
        return code;
      }
    };
    return html`<label class="language-switcher" part="language-switcher">
      <span>${context.strings.language}</span>
      <select
        @change=${(event: Event) =>
          this.setAttribute('lang', (event.target as HTMLSelectElement).value)}
      >
        ${languages.map(
          (code) =>
            html`<option
              value=${code}
              lang=${code}
              ?selected=${current?.toLowerCase() === code.toLowerCase()}
            >
              ${names(code)}
            </option>`,
        )}
      </select>
    </label>`;
  }

  // ---- Interaction ---------------------------------------------------------------------------------

  private tileButtons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.tile > .open')];
  }

  private onClick = (event: MouseEvent) => {
    const target = event.target as Element;
    const sectionLink = target.closest<HTMLAnchorElement>('a[data-section-link]');
    if (sectionLink) {
      event.preventDefault();
      const id = sectionLink.dataset.sectionLink!;
      history.pushState(history.state, '', `#${encodeURIComponent(id)}`);
      this.revealSection(id);
      return;
    }
    const button = target.closest<HTMLButtonElement>('.tile > .open');
    if (!button) return;
    const index = Number(button.closest<HTMLElement>('.tile')!.dataset.index);
    this.activeIndex = index;
    this.requestOpen(index);
  };

  /** Asks the host whether to open the viewer; the viewer itself arrives with the viewer chunk. */
  private requestOpen(index: number) {
    this.dispatchPhotoEvent(PhotoOpenEvent, index);
  }

  private dispatchPhotoEvent(
    EventClass: new (detail: PhotoDetail) => Event,
    index: number,
  ): boolean {
    const tile = this.tiles[index];
    if (!tile) return false;
    return this.dispatchEvent(new EventClass({ id: tile.item.id, index, item: tile.item }));
  }

  private onFocusIn = (event: FocusEvent) => {
    const tile = (event.target as Element).closest<HTMLElement>('.tile');
    if (tile && (event.target as Element).matches('.open')) {
      const index = Number(tile.dataset.index);
      if (index !== this.activeIndex) this.activeIndex = index;
    }
  };

  private onKeydown = (event: KeyboardEvent) => {
    const button = (event.target as Element).closest?.('.tile > .open');
    if (!button || event.altKey || event.ctrlKey || event.metaKey) return;
    const rtl = getComputedStyle(button).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    let next: number | undefined;
    if (event.key === forward) next = this.activeIndex + 1;
    else if (event.key === backward) next = this.activeIndex - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = this.tiles.length - 1;
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      next = this.verticalNeighbour(button as HTMLElement, event.key === 'ArrowDown' ? 1 : -1);
    }
    if (next === undefined) return;
    event.preventDefault();
    void this.focusTile(Math.max(0, Math.min(this.tiles.length - 1, next)));
  };

  /** The tile in the next row below (or above) whose centre is closest horizontally. */
  private verticalNeighbour(from: HTMLElement, direction: 1 | -1): number | undefined {
    const origin = from.getBoundingClientRect();
    const centre = origin.left + origin.width / 2;
    const buttons = this.tileButtons();
    const start = buttons.indexOf(from as HTMLButtonElement);
    let best: { index: number; rowTop: number; distance: number } | undefined;
    for (
      let position = start + direction;
      position >= 0 && position < buttons.length;
      position += direction
    ) {
      const rect = buttons[position]!.getBoundingClientRect();
      const isOtherRow =
        direction === 1 ? rect.top >= origin.bottom - 1 : rect.bottom <= origin.top + 1;
      if (!isOtherRow) continue;
      if (best && Math.abs(rect.top - best.rowTop) > 1) break;
      const distance = Math.abs(rect.left + rect.width / 2 - centre);
      const index = Number(buttons[position]!.closest<HTMLElement>('.tile')!.dataset.index);
      if (!best || distance < best.distance)
        best = { index, rowTop: best?.rowTop ?? rect.top, distance };
    }
    return best?.index;
  }

  private async focusTile(index: number) {
    if (index >= this.renderedCount) {
      this.renderedCount = Math.min(this.tiles.length, index + this.chunkSize);
    }
    this.activeIndex = index;
    if (this.effectiveLayout === 'slideshow') this.slideIndex = index;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.tile[data-index="${index}"] > .open`)?.focus();
  }

  private skipPastExhibition = (event: Event) => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('.end')?.focus();
  };

  private revealSection(id: string) {
    const section = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-section-id]')].find(
      (element) => element.dataset.sectionId === id,
    );
    if (!section) return false;
    section.scrollIntoView({ block: 'start' });
    section.querySelector<HTMLElement>('[part="section-title"]')?.focus({ preventScroll: true });
    return true;
  }

  /** `#<section-id>` in the page address scrolls to that section (ids this exhibit does not have are left alone). */
  private revealHashTarget = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && this.document?.sections.some((section) => section.id === id)) this.revealSection(id);
  };

  // Image load and error events do not bubble: one capturing listener handles every tile.
  private imageLoadListener = {
    capture: true,
    handleEvent: (event: Event) => {
      const image = event.target as HTMLImageElement;
      if (image.localName !== 'img') return;
      const id = image.closest<HTMLElement>('.tile')?.dataset.id;
      const tile =
        id === undefined ? undefined : this.tiles.find((candidate) => candidate.item.id === id);
      if (
        !tile ||
        !tile.item.image ||
        this.view.aspectRatioOf(tile.item.image) ||
        this.measuredRatios.has(tile.item.id)
      )
        return;
      if (image.naturalWidth > 0 && image.naturalHeight > 0) {
        this.measuredRatios = new Map(this.measuredRatios).set(
          tile.item.id,
          image.naturalWidth / image.naturalHeight,
        );
      }
    },
  };

  private imageErrorListener = {
    capture: true,
    handleEvent: (event: Event) => {
      const image = event.target as HTMLElement;
      if (image.localName !== 'img') return;
      const id = image.closest<HTMLElement>('.tile')?.dataset.id;
      if (id !== undefined && !this.failedImages.has(id))
        this.failedImages = new Set(this.failedImages).add(id);
    },
  };
}

/** Every item of the exhibition in order, with the aspect ratio its box takes. */
function flattenTiles(
  view: Renderer,
  exhibition: Exhibition,
  measured: ReadonlyMap<string, number>,
): Tile[] {
  const tiles: Tile[] = [];
  for (const section of exhibition.sections) {
    for (const item of section.items) {
      tiles.push({ item, index: tiles.length, aspectRatio: aspectRatioFor(view, item, measured) });
    }
  }
  return tiles;
}

function aspectRatioFor(view: Renderer, item: Item, measured: ReadonlyMap<string, number>): number {
  if (!item.image) return view.FALLBACK_ASPECT_RATIO;
  return view.aspectRatioOf(item.image) ?? measured.get(item.id) ?? view.FALLBACK_ASPECT_RATIO;
}
