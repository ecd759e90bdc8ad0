import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { textDirection } from '../../core/format/language.js';
import type { Exhibition, Item, Problem, Section } from '../../core/format/types.js';
import { formatNumber } from '../../core/i18n/strings.js';
import type { UiStrings } from '../../core/i18n/strings.js';
import {
  PhotoChangeEvent,
  PhotoExhibitErrorEvent,
  PhotoExhibitLoadEvent,
  PhotoOpenEvent,
} from '../../events.js';
import type { PhotoCloseEvent, PhotoDetail } from '../../events.js';
import { effectiveLanguage, hostLanguagePreferences } from '../../internal/host-language.js';
import type { ValidBeginning } from '../../internal/json-text.js';
import { LoadAbortedError, loadDocument, parseDocument } from '../../internal/load-document.js';
import { ensureLocale, stringsFor } from '../../internal/locales.js';
import { loadRenderer, renderer } from '../../internal/renderer.js';
import type { Renderer } from '../../internal/renderer.js';
import { importIiifDocument, looksLikeIiif } from '../../internal/iiif.js';
import { loadValidator } from '../../internal/validator.js';
import { loadViewer, preloadViewerWhenIdle } from '../../internal/viewer.js';
import { nextTask } from '../../internal/next-task.js';
import type { ViewerClass, ViewerElement } from '../../internal/viewer.js';
import type { RenderContext } from '../../templates/context.js';
import type { ErrorView, LoadFailure } from '../../templates/exhibit.js';
import type { BlockHeights } from '../../templates/block-heights.js';
import type { NearBlocks } from '../../templates/near-blocks.js';
import type { ExhibitionLayout, SectionView, SectionsState } from '../../templates/sections.js';
import type { Tile } from '../../templates/tiles.js';
import { styles } from './photo-exhibit.styles.js';

export const LAYOUTS = ['justified', 'grid', 'columns', 'story', 'slideshow'] as const;
export type ExhibitLayout = (typeof LAYOUTS)[number];
export const THEMES = ['inherit', 'light', 'dark', 'auto'] as const;
export type ExhibitTheme = (typeof THEMES)[number];
export type ExhibitState = 'empty' | 'loading' | 'rendered' | 'error';

/**
 * Items rendered before the first paint (about a screenful at 1280 by 800 under a header; a larger screen
 * fills in the next frame); the rest follow in chunks so no task runs long. 24 made that first task long.
 */
const FIRST_CHUNK = 12;
/**
 * Each later chunk is sized from the time the last one took, aiming at this many milliseconds of script per
 * task. Longer chunks have every caption in sooner (fewer renderings between them), but a chunk dearer than
 * the last or a garbage collection then makes a long task. Chromium 156, 4 interleaved rounds against 12 ms:
 * every caption of 1,000 photos 1.49 times the floor's full time against 1.65 (grid 1.25 against 1.33), of
 * 10,000 photos 0.93 against 1.10; total blocking time 7 to 17 ms against 1 to 13, the longest task 127 ms
 * against 85. (On an older Chromium 20 ms had made 113 ms of blocking time at 10,000 photos against 33.)
 */
const CHUNK_BUDGET_MS = 20;
const MIN_CHUNK = 12;
const MAX_CHUNK = 600;
/** The longest the exhibit's updates wait for a photo to open (see #holdUpdates). */
const HOLD_MAX_MS = 1000;
/** The validator reads the document in slices of this many milliseconds, so no task runs long. */
const VALIDATION_SLICE_MS = 25;
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
 * @fires {PhotoExhibitLoadEvent} photo-exhibit-load - The whole document is read and every tile rendered (a large one appears section by section before). Detail: `exhibition`, `problems`.
 * @fires {PhotoExhibitErrorEvent} photo-exhibit-error - The exhibition cannot be shown. Detail: `kind` (`network`, `parse`, `invalid`), `message`, `problems`, `status`.
 * @fires {PhotoOpenEvent} photo-open - A photo is about to open in the viewer (cancelable). Detail: `id`, `index`, `item`.
 * @fires {PhotoChangeEvent} photo-change - Another photo is shown, in the viewer (which dispatches it from inside this element) or the slideshow. Detail: `id`, `index`, `item`.
 * @fires {PhotoCloseEvent} photo-close - The viewer closed (dispatched by the viewer inside this element). Detail: `id`, `index`, `item` of the photo shown last.
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

  /** The id of the photo open in the viewer; setting it opens that photo, removing it closes the viewer. */
  @property({ reflect: true }) photo?: string;

  /** Keep `#<item-id>` in the page address while a photo is open: links to a photo, and Back closes it. */
  @property({ type: Boolean, attribute: 'deep-link' }) deepLink = false;

  /** The viewer offers a download link for each photo (the rights are always shown). */
  @property({ type: Boolean, attribute: 'allow-download' }) allowDownload = false;

  /** Overrides of UI strings (built in: English, Korean, Russian, Arabic). */
  @property({ attribute: false }) strings: Partial<UiStrings> = {};

  /**
   * Where the element is: `empty`, `loading`, `rendered` (from the first section shown on) or `error`
   * (read-only, reflected for CSS).
   */
  @property({ reflect: true }) state: ExhibitState = 'empty';

  @state() private document?: Exhibition;
  @state() private errorView?: ErrorView;
  @state() private measuredWidth?: number;
  @state() private renderedCount = 0;
  @state() private activeIndex = 0;
  @state() private slideIndex = 0;
  @state() private measuredRatios: ReadonlyMap<string, number> = new Map();
  @state() private failedImages: ReadonlySet<string> = new Set();

  @state() private viewerRequested = false;
  #viewerItems: Item[] = [];
  /** This exhibit pushed the history entry of the photo open now (deep-link). */
  #ownsHistoryEntry = false;
  /** A width measured while the viewer was open, applied when it closes. */
  #deferredWidth?: number;
  #currentProblems: readonly Problem[] = [];
  #languages: readonly string[] = [];
  #loadGeneration = 0;
  #tiles: readonly Tile[] = [];
  #sectionViews: readonly SectionView[] = [];
  /** The last layout: sections laid out with the same inputs are kept when the document grows. */
  #layout?: ExhibitionLayout;
  /** The validator is still reading the document (the sections shown so far are not all of it). */
  #validating = false;
  /**
   * A large document's first section, shown from the document's beginning while the whole was parsed:
   * kept (the same object, so its layout and tiles are kept) when the whole document's first section is
   * the same.
   */
  #beginning?: Section;
  /** The whole document has been read (or found broken): a beginning still being read is not shown. */
  #wholeDocumentRead = false;
  /** The blocks that have image nodes (created with the renderer). */
  #nearBlocks?: NearBlocks;
  /** The blocks' measured heights (created with the renderer). */
  #blockHeights?: BlockHeights;
  /** The last render's context, and what its text depends on (language, strings). */
  #context?: RenderContext;
  #contextKey = '';
  /** How many items the document lists: the total shown while the validator is reading it. */
  #declaredTotal = 0;
  #loadController?: AbortController;
  /** Chunks are being rendered (see #scheduleChunk). */
  #chunking = false;
  #chunkSize = FIRST_CHUNK;
  #autoplayTimer?: ReturnType<typeof setInterval>;
  #autoplayHeld = false;
  #pointerInside = false;
  #focusInside = false;
  #loadEventPending = false;
  #warnedLayout?: string;
  readonly #instanceId = `photo-exhibit-${(instanceCount += 1)}`;
  #resizeObserver?: ResizeObserver;
  #resizeFrame = 0;
  #childObserver?: MutationObserver;

  /** The rendering code: loaded before any document is shown (see loadRenderer). */
  get #view(): Renderer {
    const loaded = renderer();
    if (!loaded) throw new Error('photo-exhibit: rendering before the renderer loaded');
    return loaded;
  }

  /** The problems of the last validation (errors and warnings, with JSON Pointer paths). */
  get problems(): readonly Problem[] {
    return this.#currentProblems;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Changes apply in the next animation frame: rendering inside the observer's callback would resize the
    // element again in the same frame ("ResizeObserver loop completed with undelivered notifications").
    this.#resizeObserver = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      cancelAnimationFrame(this.#resizeFrame);
      this.#resizeFrame = requestAnimationFrame(() => {
        // The exhibit does not re-lay out behind an open viewer (its scroll lock may change the width).
        if (this.#viewerOpen) this.#deferredWidth = width;
        else if (width !== this.measuredWidth) this.measuredWidth = width;
      });
    });
    this.#resizeObserver.observe(this);
    for (const type of ['pointerenter', 'pointerleave', 'focusin', 'focusout']) {
      this.addEventListener(type, this.#holdAutoplay);
    }
    window.addEventListener('beforeprint', this.#renderEverything);
    window.addEventListener('hashchange', this.#revealHashTarget);
    window.addEventListener('popstate', this.#onPopState);
    // First connection: a property or attribute source is read by willUpdate; otherwise look for an inline
    // script. A reconnection resumes a load that disconnecting aborted (also one shown from its beginning).
    const resume = this.hasUpdated
      ? this.state === 'loading' || this.state === 'empty' || !this.#wholeDocumentRead
      : this.exhibition === undefined && !this.src;
    if (resume) this.#loadFromSources();
    else if (this.hasUpdated) {
      this.#scheduleChunk();
      // Block measuring (in updated) stopped when the element left.
      this.requestUpdate();
      // The blocks rendered before are watched again (the observer stopped when the element left).
      for (const block of this.renderRoot.querySelectorAll('.block'))
        this.#nearBlocks?.observe(block);
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    cancelAnimationFrame(this.#resizeFrame);
    this.#childObserver?.disconnect();
    this.#nearBlocks?.disconnect();
    this.#loadController?.abort();
    clearInterval(this.#autoplayTimer);
    this.#autoplayTimer = undefined;
    window.removeEventListener('beforeprint', this.#renderEverything);
    window.removeEventListener('hashchange', this.#revealHashTarget);
    window.removeEventListener('popstate', this.#onPopState);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('exhibition') || changed.has('src')) this.#loadFromSources();
    if (
      changed.has('layout') &&
      !LAYOUTS.includes(this.layout) &&
      this.#warnedLayout !== this.layout
    ) {
      this.#warnedLayout = this.layout;
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
      this.#computeLayout();
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('photo') && this.document) this.#followPhotoAttribute();
    if (changed.has('autoplayInterval') && this.#autoplayTimer !== undefined) {
      clearInterval(this.#autoplayTimer);
      this.#autoplayTimer = undefined;
    }
    this.#syncAutoplay();
    if (
      this.#loadEventPending &&
      !this.#validating &&
      this.document &&
      this.renderedCount >= this.#tiles.length &&
      this.measuredWidth !== undefined
    ) {
      this.#loadEventPending = false;
      this.dispatchEvent(
        new PhotoExhibitLoadEvent({ exhibition: this.document, problems: this.#currentProblems }),
      );
      this.#revealHashTarget();
      this.#openFromAddress();
      if (this.#viewerItems.some((item) => item.image)) {
        // The viewer element is rendered (closed) once its code is there, so a click only opens it.
        void preloadViewerWhenIdle().then(
          () => (this.viewerRequested = true),
          () => undefined,
        );
      }
    }
    const context = this.#context;
    if (this.#layout && context && !this.#validating && this.renderedCount >= this.#tiles.length) {
      const generation = this.#loadGeneration;
      this.#blockHeights?.measure({
        root: this.renderRoot,
        views: this.#sectionViews,
        context,
        key: this.#heightsKey,
        // Not while the viewer is open: its photo is what the reader waits for.
        current: () => generation === this.#loadGeneration && this.isConnected && !this.#viewerOpen,
      });
    }
  }

  // ---- Loading ----------------------------------------------------------------------------------

  /** Reads the document from the first source present: `exhibition`, then `src`, then an inline script. */
  #loadFromSources() {
    this.#loadController?.abort();
    this.#loadController = undefined;
    this.#loadGeneration += 1;
    this.#validating = false;
    this.#beginning = undefined;
    this.#wholeDocumentRead = false;
    // Start the lazy chunks now, in parallel with the document.
    void loadRenderer();
    void loadValidator();
    if (this.exhibition !== undefined) {
      this.#childObserver?.disconnect();
      void this.#showDocument(this.exhibition, document.baseURI);
      return;
    }
    if (this.src) {
      this.#childObserver?.disconnect();
      void this.#fetchDocument(this.src);
      return;
    }
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) {
      this.#childObserver?.disconnect();
      this.#showInlineDocument(script.textContent ?? '');
      return;
    }
    // The inline script may not be parsed yet when the element upgrades: watch for it.
    this.#childObserver ??= new MutationObserver(() => {
      if (this.exhibition === undefined && !this.src) this.#loadFromSources();
    });
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.state = 'empty';
  }

  /** An inline document is read as a fetched one is: a large one in slices, its beginning shown first. */
  #showInlineDocument(text: string) {
    const generation = this.#loadGeneration;
    this.#loadController = new AbortController();
    void parseDocument(text, document.baseURI, {
      signal: this.#loadController.signal,
      onBeginning: (beginning) => void this.#showBeginning(beginning),
    }).then((result) => {
      if (generation !== this.#loadGeneration) return;
      if (result.ok) void this.#showDocument(result.json, result.baseUrl);
      else void this.#showError(result);
    });
  }

  async #fetchDocument(src: string) {
    const controller = new AbortController();
    this.#loadController = controller;
    this.state = 'loading';
    this.document = undefined;
    this.errorView = undefined;
    // A page's first Intl formatter loads the locale data (30 to 40 ms here): built while the document
    // downloads, not in the task that renders the first screen.
    void nextTask().then(() => formatNumber(0, hostLanguagePreferences(this)[0] ?? 'en'));
    try {
      const result = await loadDocument(src, {
        signal: controller.signal,
        timeoutSeconds: this.timeout,
        onBeginning: (beginning) => void this.#showBeginning(beginning),
      });
      if (controller.signal.aborted) return;
      if (result.ok) await this.#showDocument(result.json, result.baseUrl);
      else void this.#showError(result);
    } catch (error) {
      if (!(error instanceof LoadAbortedError)) throw error;
    }
  }

  /** Shows a large document's first section while the rest is parsed. */
  async #showBeginning({ exhibition, itemCount }: ValidBeginning) {
    const generation = this.#loadGeneration;
    await this.#chunksLoaded();
    if (generation !== this.#loadGeneration || this.#wholeDocumentRead || this.#listsWhole) return;
    this.#startShowing();
    this.#validating = true;
    this.#declaredTotal = itemCount;
    this.#beginning = exhibition.sections[0];
    this.document = exhibition;
  }

  /**
   * The table of contents and the language control list what only the whole document says (its sections,
   * its languages): with either, the exhibition is shown once the whole is read, since growing as sections
   * are read they would move everything below them.
   */
  get #listsWhole() {
    return this.toc || this.languageSwitcher;
  }

  /** The validator, the renderer and the reader's language: what showing a document needs. */
  #chunksLoaded() {
    return Promise.all([
      loadValidator(),
      ensureLocale(hostLanguagePreferences(this)),
      loadRenderer(),
    ]);
  }

  /** The exhibition with the first section already shown from the beginning, if there is one. */
  #withBeginning(exhibition: Exhibition): Exhibition {
    const shown = this.#beginning;
    if (!shown || exhibition.sections[0] === shown) return exhibition;
    return { ...exhibition, sections: [shown, ...exhibition.sections.slice(1)] };
  }

  async #showDocument(json: unknown, baseUrl: string) {
    const generation = this.#loadGeneration;
    this.#wholeDocumentRead = true;
    const [{ validateInSlices, declaredItemCount }] = await this.#chunksLoaded();
    // A newer source replaced this one while the validator loaded.
    if (generation !== this.#loadGeneration) return;
    let source = json;
    let importProblems: Problem[] = [];
    if (looksLikeIiif(json)) {
      this.#loadController ??= new AbortController();
      const { signal } = this.#loadController;
      try {
        const imported = await importIiifDocument(json, baseUrl, {
          signal,
          timeoutSeconds: this.timeout,
        });
        source = imported.exhibition;
        importProblems = imported.problems;
      } catch (error) {
        if (signal.aborted || error instanceof LoadAbortedError) return;
        console.warn('photo-exhibit: the IIIF importer could not be loaded', error);
        void this.#showError({ kind: 'network' });
        return;
      }
      if (generation !== this.#loadGeneration) return;
    }
    // The document is read in slices; each section is shown as soon as it is read, first screen first.
    this.#validating = true;
    this.#declaredTotal = declaredItemCount(source);
    let shown = false;
    const result = await validateInSlices(source, {
      baseUrl,
      sliceMs: VALIDATION_SLICE_MS,
      now: () => performance.now(),
      pause: nextTask,
      current: () => generation === this.#loadGeneration,
      onSections: (exhibition) => {
        if (this.#listsWhole) return;
        // The validator's output is plain data: the same text is the same section. (Compared only where a
        // beginning was shown: a first section can be the whole of a large document.)
        const beginning = this.#beginning;
        if (!shown && !(beginning && sameJson(exhibition.sections[0], beginning))) {
          this.#startShowing();
        }
        shown = true;
        this.document = this.#withBeginning(exhibition);
      },
    });
    if (!result) return;
    // Before this document's problems are kept: showing a new document starts them over.
    if (!shown && result.exhibition) this.#startShowing();
    this.#validating = false;
    this.#languages = result.languages;
    result.problems.unshift(...importProblems);
    this.#currentProblems = result.problems;
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
      void this.#showError({ kind: 'invalid', problems: result.problems });
      return;
    }
    this.document = this.#withBeginning(result.exhibition);
    this.#loadEventPending = true;
    this.requestUpdate();
  }

  /** A new document replaces the shown one: per-document state starts over. */
  #startShowing() {
    this.errorView = undefined;
    this.#beginning = undefined;
    // The previous document's problems are not this one's; this one's are known once it is all read.
    this.#currentProblems = [];
    this.measuredRatios = new Map();
    this.failedImages = new Set();
    this.activeIndex = 0;
    this.slideIndex = 0;
    this.#tiles = [];
    this.#sectionViews = [];
    this.#layout = undefined;
    this.#nearBlocks?.disconnect();
    this.#nearBlocks = new this.#view.NearBlocks(() => this.requestUpdate());
    this.#blockHeights = new this.#view.BlockHeights(() => this.requestUpdate());
    this.renderedCount = 0;
    this.#chunkSize = FIRST_CHUNK;
    this.state = 'rendered';
  }

  /** Shows the error state once the UI strings in the visitor's language and the renderer are there. */
  async #showError(failure: LoadFailure) {
    const generation = this.#loadGeneration;
    this.#wholeDocumentRead = true;
    await Promise.all([loadRenderer(), ensureLocale(hostLanguagePreferences(this))]);
    if (generation !== this.#loadGeneration) return;
    const view = this.#view.errorView(failure, this.#localStrings(), this.timeout);
    this.document = undefined;
    this.#tiles = [];
    this.#sectionViews = [];
    this.errorView = view;
    this.state = 'error';
    this.#loadEventPending = false;
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

  #retry = () => {
    this.#loadFromSources();
  };

  // ---- Layout -----------------------------------------------------------------------------------

  get #effectiveLayout(): ExhibitLayout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'justified';
  }

  /**
   * Lays out the sections at the current width breakpoint. Sections already laid out with the same inputs
   * are kept: a document arriving section by section is laid out once, as it arrives.
   */
  #computeLayout() {
    const exhibition = this.document;
    if (!exhibition) return;
    const width = this.#view.widthBreakpoint(
      this.measuredWidth && this.measuredWidth > 0 ? this.measuredWidth : 960,
    );
    const inputs = {
      layout: this.#effectiveLayout,
      width,
      rowHeight: this.rowHeight,
      measuredRatios: this.measuredRatios,
    };
    this.#layout = this.#view.layoutExhibition(exhibition, inputs, this.#layout);
    this.#tiles = this.#layout.tiles;
    this.#sectionViews = this.#layout.views;
    // Blocks within two screens of the top get their images in the first render; the others when the
    // block observer sees them come within a screen of the viewport.
    for (const first of this.#view.blocksWithin(this.#sectionViews, window.innerHeight * 2)) {
      this.#nearBlocks?.add(first);
    }
    this.#viewerItems = this.#tiles.map((tile) => tile.item);
    if (this.renderedCount < Math.min(FIRST_CHUNK, this.#tiles.length)) {
      this.renderedCount = Math.min(FIRST_CHUNK, this.#tiles.length);
    }
    this.#scheduleChunk();
  }

  // ---- Chunked rendering and print ---------------------------------------------------------------

  /** Renders the tiles not rendered yet, a chunk per task, until all are (or the document changes). */
  #scheduleChunk() {
    if (this.#chunking || this.renderedCount >= this.#tiles.length) return;
    this.#chunking = true;
    const generation = this.#loadGeneration;
    void (async () => {
      while (this.renderedCount < this.#tiles.length) {
        await nextTask();
        if (generation !== this.#loadGeneration || !this.isConnected) break;
        const started = performance.now();
        const end = Math.min(
          this.#tiles.length,
          this.#view.chunkEnd(this.#sectionViews, this.renderedCount, this.#chunkSize),
        );
        const added = end - this.renderedCount;
        this.renderedCount = end;
        await this.updateComplete;
        // The update ran in this task: size the next chunk so a task stays short on this device.
        const perItem = Math.max(0.01, (performance.now() - started) / added);
        this.#chunkSize = Math.round(
          Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, CHUNK_BUDGET_MS / perItem)),
        );
      }
      this.#chunking = false;
    })();
  }

  /** Printing shows the whole catalogue: render every item now and load images eagerly. */
  #renderEverything = () => {
    if (!this.document) return;
    this.renderedCount = this.#tiles.length;
    if (this.#nearBlocks) this.#nearBlocks.all = true;
    this.toggleAttribute('printing', true);
    this.performUpdate();
    for (const image of this.renderRoot.querySelectorAll('img[loading="lazy"]')) {
      image.setAttribute('loading', 'eager');
    }
    window.addEventListener('afterprint', () => this.removeAttribute('printing'), { once: true });
  };

  // ---- Rendering ----------------------------------------------------------------------------------

  #localStrings(): UiStrings {
    return stringsFor(this, hostLanguagePreferences(this), this.strings).strings;
  }

  #renderContext(exhibition: Exhibition | undefined): RenderContext {
    const preferences = hostLanguagePreferences(this);
    const { strings, locale } = stringsFor(this, preferences, this.strings);
    const documentLanguage = exhibition?.language;
    const title = exhibition
      ? this.#view.textIn(exhibition.title, {
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
    const context = this.#renderContext(exhibition);
    if (this.state === 'error' && this.errorView) {
      return html`${this.#view.errorTemplate(this.errorView, context, this.#retry)}
      ${this.debug ? this.#view.problemsPanel(this.#currentProblems, context) : nothing}`;
    }
    if (!exhibition) {
      return html`<div class="fallback"><slot></slot></div>
        ${this.state === 'loading'
          ? html`<p class="loading" part="loading" role="status">${context.strings.loading}</p>`
          : nothing}`;
    }
    const titleId = `${this.#instanceId}-title`;
    const lang = context.containerLang;
    const dir = lang ? textDirection(lang) : undefined;
    return html`<a class="skip-link" part="skip-link" href="#" @click=${this.#skipPastExhibition}
        >${context.strings.skipExhibition}</a
      >
      <section
        class="exhibition layout-${this.#effectiveLayout}"
        part="exhibition"
        aria-labelledby=${ifDefined(
          this.#view.textIn(exhibition.title, context) ? titleId : undefined,
        )}
        lang=${ifDefined(lang)}
        dir=${ifDefined(dir)}
        @click=${this.#onClick}
        @keydown=${this.#onKeydown}
        @focusin=${this.#onFocusIn}
        @pointerover=${this.#preloadViewer}
        @pointerdown=${this.#onPointerDown}
        @load=${this.#imageLoadListener}
        @error=${this.#imageErrorListener}
      >
        ${this.#view.headerTemplate(exhibition, context, {
          headingLevel: this.headingLevel,
          titleId,
          languageSwitcher: this.languageSwitcher
            ? this.#view.languageSwitcherTemplate(this.#languages, context, (language) =>
                this.setAttribute('lang', language),
              )
            : nothing,
        })}
        ${this.#view.prose(exhibition.intro, context, 'intro')}
        ${this.debug ? this.#view.problemsPanel(this.#currentProblems, context) : nothing}
        ${this.toc ? this.#view.tocTemplate(exhibition, context) : nothing}
        ${this.measuredWidth === undefined
          ? nothing
          : this.#view.sectionsTemplate(this.#sectionsState(context), context)}
        ${this.#validating
          ? nothing
          : this.#view.footerTemplate(exhibition, context, this.headingLevel)}
        <span class="end" tabindex="-1"></span>
      </section>
      ${this.viewerRequested ? this.#viewerTemplate(exhibition) : nothing}`;
  }

  /** What blocks' heights depend on: the layout and the text. */
  get #heightsKey() {
    return `${this.#layout?.key}|${this.#contextKey}`;
  }

  #sectionsState(context: RenderContext): SectionsState {
    this.#context = context;
    this.#contextKey = [
      context.preferences.join(','),
      context.containerLang,
      JSON.stringify(this.strings),
    ].join('|');
    return {
      views: this.#sectionViews,
      layout: this.#effectiveLayout,
      // Tiles name their position "of" the total: while sections arrive it is the document's item count,
      // so the tiles already shown are not all rendered again as each section comes.
      total: this.#validating
        ? Math.max(this.#declaredTotal, this.#tiles.length)
        : this.#tiles.length,
      renderedCount: this.renderedCount,
      activeIndex: this.activeIndex,
      slideIndex: this.slideIndex,
      failedImages: this.failedImages,
      isNear: (firstIndex) => this.#nearBlocks?.has(firstIndex) ?? false,
      observeBlock: this.#nearBlocks?.observe ?? (() => undefined),
      headingLevel: this.headingLevel,
      idPrefix: this.#instanceId,
      contextKey: this.#contextKey,
      heights: this.#blockHeights,
      heightsKey: this.#heightsKey,
      showSlide: (index) => this.#showSlide(index),
    };
  }

  /** Shows a slide of the slideshow layout; `photo-change` tells the host (once per change). */
  #showSlide(index: number) {
    const clamped = Math.max(0, Math.min(this.#tiles.length - 1, index));
    if (clamped === this.slideIndex) return;
    this.slideIndex = clamped;
    this.activeIndex = clamped;
    this.#dispatchPhotoEvent(PhotoChangeEvent, clamped);
  }

  /**
   * Runs the slideshow with `autoplay`: never under reduced motion, and held while the pointer or the focus
   * is in the exhibition, so nobody loses the slide they are reading or about to activate.
   */
  #syncAutoplay() {
    const run =
      this.autoplay &&
      this.#effectiveLayout === 'slideshow' &&
      this.state === 'rendered' &&
      this.#tiles.length > 1 &&
      !this.#autoplayHeld &&
      !matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (run && this.#autoplayTimer === undefined) {
      this.#autoplayTimer = setInterval(
        () => this.#showSlide((this.slideIndex + 1) % this.#tiles.length),
        Math.max(0.05, this.autoplayInterval || 6) * 1000,
      );
    } else if (!run && this.#autoplayTimer !== undefined) {
      clearInterval(this.#autoplayTimer);
      this.#autoplayTimer = undefined;
    }
  }

  #holdAutoplay = (event: Event) => {
    if (event.type === 'pointerenter' || event.type === 'pointerleave') {
      this.#pointerInside = event.type === 'pointerenter';
    } else {
      // Focus moving between tiles inside the exhibit fires focusout then focusin: both keep it held.
      const next = (event as FocusEvent).relatedTarget as Node | null;
      this.#focusInside = event.type === 'focusin' || (next !== null && this.contains(next));
    }
    this.#autoplayHeld = this.#pointerInside || this.#focusInside;
    this.#syncAutoplay();
  };

  // ---- Interaction ---------------------------------------------------------------------------------

  #onClick = (event: MouseEvent) => {
    const target = event.target as Element;
    const sectionLink = target.closest<HTMLAnchorElement>('a[data-section-link]');
    if (sectionLink) {
      event.preventDefault();
      const id = sectionLink.dataset.sectionLink!;
      history.pushState(history.state, '', `#${encodeURIComponent(id)}`);
      this.#revealSection(id);
      return;
    }
    const button = target.closest<HTMLButtonElement>('.tile > .open');
    if (!button) return;
    const index = Number(button.closest<HTMLElement>('.tile')!.dataset.index);
    this.activeIndex = index;
    this.#requestOpen(index);
  };

  // ---- The viewer -------------------------------------------------------------------------------

  /** Opens a photo in the viewer, by item id or 0-based index (after a cancelable `photo-open`). */
  open(idOrIndex: string | number) {
    const index =
      typeof idOrIndex === 'number'
        ? idOrIndex
        : this.#tiles.findIndex((tile) => tile.item.id === idOrIndex);
    if (Number.isInteger(index) && index >= 0 && index < this.#tiles.length)
      this.#requestOpen(index);
  }

  /** Closes the viewer. */
  close() {
    this.#viewerElement?.close();
  }

  /** The next photo: in the open viewer, else the next slide of the slideshow layout. */
  next() {
    if (this.#viewerOpen) this.#viewerElement!.next();
    else if (this.#effectiveLayout === 'slideshow') this.#showSlide(this.slideIndex + 1);
  }

  /** The previous photo: in the open viewer, else the previous slide of the slideshow layout. */
  previous() {
    if (this.#viewerOpen) this.#viewerElement!.previous();
    else if (this.#effectiveLayout === 'slideshow') this.#showSlide(this.slideIndex - 1);
  }

  /**
   * The rendered viewer, looked up once among the shadow root's own children (render puts it there): a
   * search of the whole tree took 40 ms of the click at 10,000 photos.
   */
  get #viewerElement(): ViewerElement | undefined {
    if (!this.viewerRequested) return undefined;
    if (!this.#viewerRef?.isConnected) {
      this.#viewerRef = [...this.renderRoot.children].find(
        (child): child is ViewerElement => child.localName === 'photo-viewer',
      );
    }
    return this.#viewerRef;
  }

  #viewerRef?: ViewerElement;

  get #viewerOpen(): boolean {
    return this.#viewerElement?.isOpen === true;
  }

  #preloadViewer = (event: Event) => {
    if ((event.target as Element).closest?.('.tile')) void loadViewer().catch(() => undefined);
  };

  /**
   * A press on a photo: its sharp file starts downloading now, while the button is held, before the click
   * opens the viewer. Not for touch, where a press is as often the start of a scroll.
   */
  #onPointerDown = (event: PointerEvent) => {
    this.#preloadViewer(event);
    const tile = (event.target as Element).closest?.<HTMLElement>('.tile');
    const item = tile && this.#tiles[Number(tile.dataset.index)]?.item;
    if (!item?.image || event.button !== 0 || event.pointerType === 'touch') return;
    (customElements.get('photo-viewer') as ViewerClass | undefined)?.prefetch?.(item);
    // (The page behind an open viewer is inert: no press reaches a tile then.)
    if (this.#viewerElement) this.#holdUpdatesForPress();
  };

  /**
   * A press on a photo may open the viewer: the exhibit's updates wait until the task after the press ends
   * (the click, in the same task as the pointerup, has by then made them wait for the photo to open).
   */
  #holdUpdatesForPress() {
    this.#holdUpdates(
      new Promise((resolve) =>
        addEventListener('pointerup', () => resolve(nextTask()), { once: true }),
      ),
    );
  }

  /** What the exhibit's updates wait for (see #holdUpdates). */
  #holds = new Set<Promise<unknown>>();

  /**
   * The exhibit's own updates wait until `until` settles, or HOLD_MAX_MS at most: while a photo opens, the
   * tab stop moving to it and the `photo` attribute would render every block again (10 ms and more at
   * 10,000 photos), delaying the viewer's first frame and its photo.
   */
  #holdUpdates(until: unknown) {
    const release = (): boolean => this.#holds.delete(hold);
    const hold: Promise<unknown> = Promise.race([
      until,
      new Promise((resolve) => setTimeout(resolve, HOLD_MAX_MS)),
    ]).then(release, release);
    this.#holds.add(hold);
  }

  protected override async scheduleUpdate() {
    while (this.#holds.size > 0) await Promise.all(this.#holds);
    super.scheduleUpdate();
  }

  /** Asks the host whether to open the viewer (`photo-open` is cancelable), then opens it. */
  #requestOpen(index: number) {
    if (!this.#dispatchPhotoEvent(PhotoOpenEvent, index)) return;
    void this.#openViewer(index);
  }

  async #openViewer(index: number) {
    const generation = this.#loadGeneration;
    try {
      await loadViewer();
    } catch {
      console.warn('photo-exhibit: the viewer could not be loaded');
      return;
    }
    if (generation !== this.#loadGeneration || !this.isConnected) return;
    this.viewerRequested = true;
    if (!this.#viewerElement) await this.updateComplete;
    const viewer = this.#viewerElement;
    const tile = this.#tiles[index];
    if (!viewer || !tile) return;
    this.#holdUpdates(viewer.open(index));
    this.activeIndex = index;
    this.#reflectPhoto(tile.item.id);
    if (this.deepLink) {
      const hash = `#${encodeURIComponent(tile.item.id)}`;
      if (location.hash !== hash) history.pushState(history.state, '', hash);
      this.#ownsHistoryEntry = true;
    }
  }

  #viewerTemplate(exhibition: Exhibition) {
    return html`<photo-viewer
      .items=${this.#viewerItems}
      .people=${exhibition.people ?? {}}
      .places=${exhibition.places ?? {}}
      .documentLanguage=${exhibition.language}
      .strings=${this.strings}
      .shareUrl=${this.deepLink ? this.#photoUrl : undefined}
      lang=${ifDefined(this.getAttribute('lang') ?? undefined)}
      ?allow-download=${this.allowDownload}
      @photo-change=${this.#onViewerChange}
      @photo-close=${this.#onViewerClose}
    ></photo-viewer>`;
  }

  #photoUrl = (item: Item) => {
    const url = new URL(location.href);
    url.hash = encodeURIComponent(item.id);
    return url.href;
  };

  /**
   * Sets `photo` to the photo the viewer shows, which is not a request to open or close. The attribute is
   * written now, not in the next update: that may wait while the photo opens (see #holdUpdates).
   */
  #reflectPhoto(id: string | undefined) {
    this.#reflectedPhoto = id;
    this.photo = id;
    if (id === undefined) this.removeAttribute('photo');
    else this.setAttribute('photo', id);
  }

  /** The `photo` value the exhibit wrote itself, following the viewer. */
  #reflectedPhoto?: string;

  #followPhotoAttribute() {
    if (this.photo === this.#reflectedPhoto) return;
    if (this.photo) {
      const index = this.#tiles.findIndex((tile) => tile.item.id === this.photo);
      if (index < 0) return;
      if (this.#viewerOpen) this.#viewerElement!.goTo(index);
      else this.#requestOpen(index);
    } else if (this.#viewerOpen) {
      this.#viewerElement!.close();
    }
  }

  #onViewerChange = (event: Event) => {
    const { id, index } = (event as PhotoCloseEvent).detail;
    this.activeIndex = index;
    if (this.#effectiveLayout === 'slideshow') this.slideIndex = index;
    this.#reflectPhoto(id);
    if (this.deepLink && this.#ownsHistoryEntry) {
      history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
    }
  };

  /** On close, focus returns to the tile of the photo shown last, scrolled into view. */
  #onViewerClose = (event: Event) => {
    const { index } = (event as PhotoCloseEvent).detail;
    this.#reflectPhoto(undefined);
    if (this.deepLink && this.#ownsHistoryEntry) {
      this.#ownsHistoryEntry = false;
      history.back();
    }
    if (this.#deferredWidth !== undefined) {
      this.measuredWidth = this.#deferredWidth;
      this.#deferredWidth = undefined;
    }
    void this.#focusTile(index).then(() => {
      this.renderRoot
        .querySelector(`.tile[data-index="${index}"]`)
        ?.scrollIntoView({ block: 'nearest' });
    });
  };

  /** Back (or Forward) moved away from the open photo's entry: close; onto one of ours: open it. */
  #onPopState = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const index = id ? this.#tiles.findIndex((tile) => tile.item.id === id) : -1;
    if (this.#viewerOpen) {
      if (index < 0) {
        this.#ownsHistoryEntry = false;
        this.#viewerElement!.close();
      } else if (this.#viewerElement!.index !== index) {
        this.#viewerElement!.goTo(index);
      }
    } else if (this.deepLink && index >= 0) {
      this.#ownsHistoryEntry = true;
      this.#requestOpen(index);
    }
  };

  /**
   * A page loaded with `#<item-id>` of this exhibit: the entry is replaced by the address without the hash,
   * then the photo opens with an entry of its own, so Back closes it and stays on the page.
   */
  #openFromAddress() {
    if (this.photo) {
      this.#followPhotoAttribute();
      return;
    }
    if (!this.deepLink) return;
    const id = decodeURIComponent(location.hash.slice(1));
    const index = id ? this.#tiles.findIndex((tile) => tile.item.id === id) : -1;
    if (index < 0) return;
    const url = new URL(location.href);
    url.hash = '';
    history.replaceState(history.state, '', url.href);
    this.#requestOpen(index);
  }

  #dispatchPhotoEvent(EventClass: new (detail: PhotoDetail) => Event, index: number): boolean {
    const tile = this.#tiles[index];
    if (!tile) return false;
    return this.dispatchEvent(new EventClass({ id: tile.item.id, index, item: tile.item }));
  }

  #onFocusIn = (event: FocusEvent) => {
    const tile = (event.target as Element).closest<HTMLElement>('.tile');
    if (tile && (event.target as Element).matches('.open')) {
      const index = Number(tile.dataset.index);
      if (index !== this.activeIndex) this.activeIndex = index;
      // A keyboard visitor on a tile may press Enter next: have the viewer ready.
      this.#preloadViewer(event);
    }
  };

  #onKeydown = (event: KeyboardEvent) => {
    const button = (event.target as Element).closest?.<HTMLElement>('.tile > .open');
    if (!button || event.altKey || event.ctrlKey || event.metaKey) return;
    const next = this.#view.keyTarget(event.key, button, this.activeIndex, this.#tiles.length);
    if (next === undefined) return;
    event.preventDefault();
    void this.#focusTile(next);
  };

  async #focusTile(index: number) {
    if (index >= this.renderedCount) {
      this.renderedCount = Math.min(this.#tiles.length, index + this.#chunkSize);
    }
    this.activeIndex = index;
    // The photo focused is about to be seen: its block gets its images now, not a frame after scrolling.
    const blockStart = this.#view.blockStartOf(this.#sectionViews, index);
    if (blockStart !== undefined) this.#nearBlocks?.add(blockStart);
    if (this.#effectiveLayout === 'slideshow') this.#showSlide(index);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.tile[data-index="${index}"] > .open`)?.focus();
  }

  #skipPastExhibition = (event: Event) => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('.end')?.focus();
  };

  #revealSection(id: string) {
    const section = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-section-id]')].find(
      (element) => element.dataset.sectionId === id,
    );
    if (!section) return false;
    section.scrollIntoView({ block: 'start' });
    section.querySelector<HTMLElement>('[part="section-title"]')?.focus({ preventScroll: true });
    return true;
  }

  /** `#<section-id>` in the page address scrolls to that section (ids this exhibit does not have are left alone). */
  #revealHashTarget = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && this.document?.sections.some((section) => section.id === id)) this.#revealSection(id);
  };

  // Image load and error events do not bubble: one capturing listener handles every tile.
  #imageLoadListener = {
    capture: true,
    handleEvent: (event: Event) => {
      const image = event.target as HTMLImageElement;
      if (image.localName !== 'img') return;
      const index = image.closest<HTMLElement>('.tile')?.dataset.index;
      const tile = index === undefined ? undefined : this.#tiles[Number(index)];
      if (
        !tile ||
        !tile.item.image ||
        this.#view.aspectRatioOf(tile.item.image) ||
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

  #imageErrorListener = {
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

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
