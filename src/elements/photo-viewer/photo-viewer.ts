import { LitElement, html, nothing, svg } from 'lit';
import type { PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Item, Person, Place } from '../../core/format/types.js';
import { textDirection } from '../../core/format/language.js';
import { safeUrl } from '../../core/format/urls.js';
import { fillTemplate } from '../../core/i18n/strings.js';
import type { UiStrings } from '../../core/i18n/strings.js';
import { bestSource, cssUrl } from '../../core/images/index.js';
import { PhotoChangeEvent, PhotoCloseEvent } from '../../events.js';
import type { PhotoDetail } from '../../events.js';
import { elementContext } from '../../internal/locales.js';
import { whenIdle } from '../../internal/when-idle.js';
import { loadRenderer, renderer } from '../../internal/renderer.js';
import type { Renderer } from '../../internal/renderer.js';
import type { RenderContext } from '../../templates/context.js';
import { styles } from './photo-viewer.styles.js';

/** Zoom factor of one +/- key press. */
const ZOOM_STEP = 1.5;
/** Scale a double-click or double-tap zooms to. */
const DOUBLE_TAP_SCALE = 2.5;
const MAX_SCALE = 4;
/** Movement (px) under which a press is a tap, not a drag. */
const TAP_SLOP = 10;
const DOUBLE_TAP_MS = 300;
const IDLE_MS = 3000;
/** CSS width of the low-resolution file drawn until the sharp one loads: about what a tile has loaded. */
const PLACEHOLDER_WIDTH = 320;
/** Thumbnails shown on each side of the current photo. */
const THUMBNAIL_REACH = 50;
/** Opening, the thumbnail strip waits this long at most for the photo to load (see open). */
const PHOTO_WAIT_MAX_MS = 300;
/** Then the strip's buttons and the neighbours' files wait for an idle period this long at most. */
const IDLE_WAIT_MAX_MS = 200;

interface Size {
  readonly width: number;
  readonly height: number;
}
interface Point {
  readonly x: number;
  readonly y: number;
}
interface Zoom {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}
/** A pointer gesture on the stage, from its first pointer down to its last pointer up. */
interface Gesture {
  /** Where the first pointer went down: pointer capture retargets the later events to the stage. */
  target: EventTarget | null;
  start: Point;
  /** The zoom when the gesture (or its pinch) began. */
  zoom: Zoom;
  /** Distance and midpoint of the two pointers when a pinch began. */
  pinch?: { distance: number; center: Point };
  /** Two pointers were down at some point: the gesture never navigates or closes. */
  pinched: boolean;
  moved: boolean;
  delta: Point;
}

const NO_ZOOM: Zoom = { scale: 1, x: 0, y: 0 };
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Resolves true once the URL has loaded and decoded, false when it fails. */
function loadImage(url: string, priority: 'high' | 'auto' = 'auto'): Promise<boolean> {
  const image = new Image();
  image.fetchPriority = priority;
  const result = new Promise<boolean>((resolve) => {
    image.addEventListener('load', () =>
      // Some engines refuse to decode() SVG; a loaded image is good enough.
      resolve(
        image.decode().then(
          () => true,
          () => true,
        ),
      ),
    );
    image.addEventListener('error', () => resolve(false));
  });
  image.src = url;
  return result;
}

/** A sharp file asked for before the dialog was laid out: its URL and pixel width. */
interface EarlyRequest {
  readonly url: string;
  readonly width: number;
}

/** The early request made for each item (a press on its tile, or opening it). */
const earlyRequests = new WeakMap<Item, EarlyRequest>();

/**
 * Asks for the file to show `item` with before the stage's size is known: the one for the largest stage the
 * viewport allows. The stage is smaller, so that file is sharp enough for it (at worst one size larger than
 * needed). Undefined without the renderer, an image, or widths to choose by.
 */
function requestEarly(item: Item, measuredRatio?: number): EarlyRequest | undefined {
  const view = renderer();
  if (!view || !item.image) return undefined;
  const ratio = view.aspectRatioOf(item.image) ?? measuredRatio ?? view.FALLBACK_ASPECT_RATIO;
  const source = bestSource(
    item.image,
    Math.min(innerWidth, innerHeight * ratio),
    devicePixelRatio,
  );
  const url = safeUrl(source?.url, 'image');
  if (!url || source?.width === undefined) return undefined;
  const previous = earlyRequests.get(item);
  if (previous?.url === url) return previous;
  const request = { url, width: source.width };
  earlyRequests.set(item, request);
  void loadImage(url, 'high');
  return request;
}

let pageLocks = 0;
let restorePage: (() => void) | undefined;

/**
 * Stops the page from scrolling behind the viewer. The scrollbar's width is kept (scrollbar-gutter, or
 * padding where that is unsupported) so that nothing behind the dialog re-lays out.
 */
function lockPageScroll() {
  if (pageLocks++ > 0) return;
  const root = document.documentElement;
  const { style } = root;
  const saved = ['overflow', 'scrollbar-gutter', 'padding-inline-end'].map(
    (name) => [name, style.getPropertyValue(name), style.getPropertyPriority(name)] as const,
  );
  const scrollbar = window.innerWidth - root.clientWidth;
  if (scrollbar > 0) {
    if (CSS.supports('scrollbar-gutter', 'stable')) style.setProperty('scrollbar-gutter', 'stable');
    else {
      const padding = parseFloat(getComputedStyle(root).paddingInlineEnd) || 0;
      style.setProperty('padding-inline-end', `${padding + scrollbar}px`);
    }
  }
  style.setProperty('overflow', 'hidden');
  restorePage = () => {
    for (const [name, value, priority] of saved) {
      if (value) style.setProperty(name, value, priority);
      else style.removeProperty(name);
    }
  };
}

function unlockPageScroll() {
  if (pageLocks === 0 || --pageLocks > 0) return;
  restorePage?.();
}

const icon = (path: string) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true">${svg`<path d=${path} />`}</svg>`;
const icons = {
  close: 'M6 6l12 12M18 6L6 18',
  previous: 'M15 5l-7 7 7 7',
  next: 'M9 5l7 7-7 7',
  play: 'M7 5v14l12-7z',
  pause: 'M8 5v14M16 5v14',
  fullscreen: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
  download: 'M12 4v11M7 10l5 5 5-5M5 20h14',
  link: 'M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1',
  caption: 'M4 5h16v11H9l-5 4zM8 9h8M8 12h5',
};

/**
 * @summary The lightbox: one photo at a time in a modal dialog, with zoom, swipe, a slideshow, thumbnails
 * and the full caption. Usable alone with an `items` property and `open(index)`.
 * @tag photo-viewer
 *
 * @csspart dialog - The `<dialog>` (full screen, in the top layer).
 * @csspart toolbar - The bar with the counter and the buttons.
 * @csspart counter - "4 of 18".
 * @csspart play - The play/pause button of the slideshow.
 * @csspart fullscreen - The full screen button (absent where the Fullscreen API is not available).
 * @csspart download - The download link (only with `allow-download`).
 * @csspart copy-link - The copy-link button (only with `shareUrl`).
 * @csspart share-status - "Link copied", or the link to copy by hand.
 * @csspart caption-toggle - The button that shows or hides the caption panel.
 * @csspart close - The close button.
 * @csspart stage - The area the photo is shown, swiped and zoomed in.
 * @csspart image - The large `<img>`.
 * @csspart unavailable - The message shown in place of an image that failed.
 * @csspart card - The caption card of an item without an image.
 * @csspart previous - The previous button.
 * @csspart next - The next button.
 * @csspart caption-panel - The caption panel: caption, image description and rights; it scrolls.
 * @csspart caption-title - The caption's short title.
 * @csspart metadata - The photo's metadata pairs, in the caption panel.
 * @csspart text - The caption text.
 * @csspart links - The caption's links.
 * @csspart quote - A quotation in the caption.
 * @csspart signature - The quotation's signature.
 * @csspart meta - People, place and date.
 * @csspart credit - The credit line.
 * @csspart description - The image's long description.
 * @csspart rights - The item's rights statement.
 * @csspart thumbnails - The strip of thumbnails.
 * @csspart thumbnail - One thumbnail button.
 *
 * @cssprop [--photo-viewer-background=#111] - Background of the viewer.
 * @cssprop [--photo-viewer-color=#f2f2f2] - Text and icon colour.
 * @cssprop [--photo-viewer-focus-color=#8ab4ff] - Colour of focus outlines.
 * @cssprop [--photo-viewer-muted=#c8c4bb] - Colour of the caption's people, place, date and credit lines.
 * @cssprop [--photo-viewer-link-color=#f0c878] - Colour of links in the caption.
 * @cssprop [--photo-viewer-accent=#e2b45a] - Colour of a quotation's rule.
 * @cssprop [--photo-viewer-caption-width=24rem] - Width of the caption panel beside the photo (below it on narrow screens).
 * @cssprop [--photo-viewer-thumbnail-size=3.5rem] - Size of the square thumbnails.
 * @cssprop [--photo-viewer-card-font-size=clamp(1.25rem, 1rem + 1.5vw, 2.25rem)] - Text size of a caption-only slide.
 * @cssprop [--photo-exhibit-font=inherit] - Font of the text.
 * @cssprop [--photo-exhibit-heading-font=Georgia, serif] - Font of caption cards.
 * @cssprop [--photo-exhibit-quote-font=Georgia, serif] - Font of quotations.
 * @cssprop [--photo-exhibit-accent=currentColor] - Colour of a quotation's rule.
 * @cssprop [--photo-exhibit-link-color=inherit] - Colour of links.
 * @cssprop [--photo-exhibit-focus-color=currentColor] - Colour of focus outlines in captions.
 * @cssprop [--photo-exhibit-muted=inherit] - Colour of the people, place, date and credit lines.
 * @cssprop [--photo-exhibit-muted-opacity=0.8] - Opacity of those lines.
 * @cssprop [--photo-exhibit-placeholder=rgba(127,127,127,0.18)] - Box colour until an image loads.
 * @cssprop [--photo-exhibit-radius=0] - Corner radius of image boxes.
 * @cssprop [--photo-exhibit-card-background=rgba(127,127,127,0.12)] - Background of a caption-only slide's card.
 * @cssprop [--photo-exhibit-card-border=rgba(127,127,127,0.35)] - Border of that card.
 * @cssprop [--photo-exhibit-card-font-size=1.125em] - Text size on that card.
 *
 * @fires {PhotoChangeEvent} photo-change - The photo shown changed while open (not on open); detail `{ id, index, item }`.
 * @fires {PhotoCloseEvent} photo-close - The viewer closed, by any means; detail `{ id, index, item }` of the last photo.
 */
export class PhotoViewer extends LitElement {
  static override styles = styles;

  /**
   * Starts downloading the file the viewer would open `item` with, ahead of `open()`: call it when a photo
   * is pressed (`<photo-exhibit>` does, on `pointerdown`), so the download overlaps the click. Needs the
   * rendering code, which a viewer or an exhibit on the page loads.
   */
  static prefetch(item: Item): void {
    if (item && typeof item === 'object') requestEarly(item);
  }

  /** The items to show, in order (format.md's Item objects, normalised). */
  @property({ attribute: false }) items: Item[] = [];

  /** People referred to by id in the captions. */
  @property({ attribute: false }) people: Record<string, Person> = {};

  /** Places referred to by id in the captions. */
  @property({ attribute: false }) places: Record<string, Place> = {};

  /** The language of the items' plain strings (the exhibition's `language`). */
  @property({ attribute: 'document-language' }) documentLanguage?: string;

  /** Display language (BCP 47); defaults to the page's language. */
  @property({ attribute: 'lang' }) displayLanguage?: string;

  /** Wrap around at the ends instead of stopping. */
  @property({ type: Boolean }) loop = false;

  /** Offer a link to download the largest source of the photo shown. */
  @property({ type: Boolean, attribute: 'allow-download' }) allowDownload = false;

  /** Start the slideshow on open (never under `prefers-reduced-motion`). */
  @property({ type: Boolean }) autoplay = false;

  /** Seconds each photo stays in the slideshow. */
  @property({ type: Number }) interval = 5;

  /** The link to an item; when set, a "Copy link" button copies it. */
  @property({ attribute: false }) shareUrl?: (item: Item) => string;

  /** Overrides of UI strings (built in: English, Korean, Russian, Arabic). */
  @property({ attribute: false }) strings: Partial<UiStrings> = {};

  @state() private current = 0;
  @state() private opened = false;
  @state() private playing = false;
  @state() private captionHidden = false;
  @state() private idle = false;
  @state() private fullscreen = false;
  @state() private zoomed = false;
  @state() private stageSize?: Size;
  /** A larger source for the zoomed item, shown in place of the first sharp one once decoded. */
  @state() private sharp?: { id: string; url: string };
  /** The photo URL last loaded: until the shown photo has, the low-resolution file is drawn behind it. */
  @state() private painted?: string;
  @state() private failed = new Set<string>();
  @state() private measuredRatios = new Map<string, number>();
  @state() private share?: { copied: true } | { url: string };
  /** The thumbnail strip has its buttons (from the frame after opening on; see open). */
  @state() private stripFilled = false;

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('.stage') private stage?: HTMLElement;
  @query('.slide') private slide?: HTMLElement;
  @query('.photo') private photo?: HTMLImageElement;

  #zoom = NO_ZOOM;
  /** The box the photo is fitted into at scale 1 (CSS px). */
  #fit?: Size;
  /** How many times the viewer has been opened: an opening's later steps are for it alone. */
  #openings = 0;
  /** Zoomed once on this slide: keep the larger source even after zooming out. */
  #upgraded = false;
  /** The sharp file requested before the stage was laid out, for the item opened. */
  #early?: { id: string } & EarlyRequest;
  #requestedUrl?: string;
  #preloaded = new Set<string>();
  #pointers = new Map<number, Point>();
  #gesture?: Gesture;
  #lastTap?: { time: number; point: Point };
  #suppressClick = false;
  #pressTarget?: EventTarget | null;
  #pointerOnControls = false;
  #focusOnControls = false;
  #playTimer?: ReturnType<typeof setTimeout>;
  #idleTimer?: ReturnType<typeof setTimeout>;
  #lastDetail?: PhotoDetail;
  // Measured in the next frame: re-rendering inside the observer's callback can resize the stage again in the
  // same frame, which browsers report as "ResizeObserver loop completed with undelivered notifications".
  #resizeObserver = new ResizeObserver(() => {
    cancelAnimationFrame(this.#measureFrame);
    this.#measureFrame = requestAnimationFrame(() => this.#measureStage());
  });
  #measureFrame = 0;

  /** 0-based position of the photo shown (or last shown). */
  get index(): number {
    return this.current;
  }

  /** Whether the viewer is open. */
  get isOpen(): boolean {
    return this.opened;
  }

  /**
   * Opens the viewer on the item at `index` (clamped to the items); resolves once it is shown with all its
   * controls (the thumbnails come once the photo has loaded, or 0.3 s after opening at the latest).
   */
  async open(index: number): Promise<void> {
    if (this.items.length === 0 || !this.isConnected) return;
    if (this.opened) {
      this.goTo(index);
      return;
    }
    const opening = (this.#openings += 1);
    this.current = this.#clampIndex(index);
    // Before any state changes: the image's request is sent from a microtask, which then runs before the
    // update that renders the dialog (tens of milliseconds) instead of after it.
    this.#requestEarly();
    this.opened = true;
    this.#resetSlide();
    this.#lastDetail = this.#detail();
    lockPageScroll();
    this.#markActive();
    if (this.autoplay && !matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this.playing = true;
      this.#schedulePlay();
    }
    if (!renderer()) {
      await loadRenderer();
      this.requestUpdate();
    }
    await this.updateComplete;
    // Measured now as well as observed: a page in a background tab runs no resize observers.
    this.#measureStage();
    await this.updateComplete;
    // The strip's buttons come once the photo has loaded and decoded and the page is idle: building, styling
    // and laying out a hundred of them took a third of the click's work, and done sooner they held back the
    // photo's own loading and drawing. Until then a spacer as wide keeps the strip's height.
    await this.#photoSettled();
    await this.#photoDecoded();
    await whenIdle(IDLE_WAIT_MAX_MS);
    // Not for a later opening (closed and opened again meanwhile): that one waits for its own photo.
    if (this.opened && opening === this.#openings && !this.stripFilled) {
      this.stripFilled = true;
      await this.updateComplete;
    }
  }

  /**
   * Resolves once the photo shown has loaded or failed, at once for a slide without one, and at most
   * PHOTO_WAIT_MAX_MS later (a slow network does not keep the controls away).
   */
  #photoSettled(): Promise<void> {
    const photo = this.photo;
    if (!photo || photo.complete) return Promise.resolve();
    return new Promise((resolve) => {
      const settle = () => {
        clearTimeout(limit);
        photo.removeEventListener('load', settle);
        photo.removeEventListener('error', settle);
        resolve();
      };
      const limit = setTimeout(settle, PHOTO_WAIT_MAX_MS);
      photo.addEventListener('load', settle);
      photo.addEventListener('error', settle);
    });
  }

  /**
   * Resolves once the photo shown is decoded (or cannot be), at once for a slide without one, and at most
   * IDLE_WAIT_MAX_MS later (a very large file does not keep the controls away).
   */
  #photoDecoded(): Promise<void> {
    const photo = this.photo;
    if (!photo?.complete || photo.naturalWidth === 0) return Promise.resolve();
    return Promise.race([
      photo.decode().catch(() => undefined),
      new Promise<void>((resolve) => setTimeout(resolve, IDLE_WAIT_MAX_MS)),
    ]);
  }

  /** Closes the viewer; fires `photo-close` once. */
  close(): void {
    if (!this.opened) return;
    this.opened = false;
    this.playing = false;
    this.stripFilled = false;
    this.share = undefined;
    clearTimeout(this.#playTimer);
    clearTimeout(this.#idleTimer);
    this.idle = false;
    this.#resizeObserver.disconnect();
    this.stageSize = undefined;
    this.#pointers.clear();
    this.#gesture = undefined;
    this.#requestedUrl = undefined;
    if (this.shadowRoot?.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
    if (this.dialog?.open) this.dialog.close();
    unlockPageScroll();
    this.#emit(PhotoCloseEvent, this.#detail() ?? this.#lastDetail);
  }

  /** Shows the next item (the first after the last with `loop`). */
  next(): void {
    const last = this.items.length - 1;
    if (this.current < last) this.goTo(this.current + 1);
    else if (this.loop) this.goTo(0);
  }

  /** Shows the previous item (the last before the first with `loop`). */
  previous(): void {
    if (this.current > 0) this.goTo(this.current - 1);
    else if (this.loop) this.goTo(this.items.length - 1);
  }

  /** Shows the item at `index` (clamped); fires `photo-change` when the viewer is open and it changes. */
  goTo(index: number): void {
    const target = this.#clampIndex(index);
    if (target === this.current) return;
    this.current = target;
    if (!this.opened) return;
    this.#resetSlide();
    this.#schedulePlay();
    this.#lastDetail = this.#detail();
    this.#emit(PhotoChangeEvent, this.#lastDetail);
  }

  /**
   * Dispatches a photo event. The event is built apart from the dispatchEvent() call: the manifest analyzer
   * would otherwise list an event named after the argument (the real ones are declared with @fires).
   */
  #emit(
    EventClass: typeof PhotoChangeEvent | typeof PhotoCloseEvent,
    detail: PhotoDetail | undefined,
  ) {
    if (!detail) return;
    const event = new EventClass(detail);
    this.dispatchEvent(event);
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!renderer()) void loadRenderer().then(() => this.requestUpdate());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.close();
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('items') && this.opened) {
      if (this.items.length === 0) this.close();
      else if (this.current >= this.items.length) this.goTo(this.items.length - 1);
    }
    const view = renderer();
    const item = this.items[this.current];
    this.#fit = view && item ? this.#fitFor(view, item) : undefined;
  }

  override updated(changed: Map<PropertyKey, unknown>) {
    const dialog = this.dialog;
    if (!this.opened || !dialog) return;
    const shown = !dialog.open;
    if (shown) {
      try {
        dialog.showModal();
      } catch {
        this.close();
        return;
      }
      document.addEventListener('fullscreenchange', this.#onFullscreenChange);
      this.renderRoot.querySelector<HTMLElement>('.close')?.focus();
      // Only focus the visitor moves onto the controls holds the slideshow, not where we put it.
      this.#holdPlay(this.#pointerOnControls, false);
      if (this.stage) this.#resizeObserver.observe(this.stage);
    }
    this.#loadCurrent();
    if (shown || changed.has('current') || changed.has('stripFilled')) {
      this.#revealCurrentThumbnail();
    }
  }

  // ---- Rendering ----------------------------------------------------------------------------------

  override render() {
    const view = renderer();
    if (!view) return nothing;
    const context = this.#renderContext();
    const lang = context.containerLang;
    return html`<dialog
      part="dialog"
      class=${this.idle ? 'idle' : ''}
      aria-label=${context.strings.viewer}
      dir=${ifDefined(lang ? textDirection(lang) : undefined)}
      @cancel=${this.#onCancel}
      @close=${this.#onDialogClose}
      @keydown=${this.#onKeydown}
      @pointermove=${this.#markActive}
      @pointerdown=${this.#markActive}
      @pointerover=${this.#onPointerOver}
      @pointerout=${this.#onPointerOut}
      @focusin=${this.#onFocusIn}
      @focusout=${this.#onFocusOut}
    >
      ${this.opened ? this.#contentTemplate(view, context) : nothing}
    </dialog>`;
  }

  #renderContext(): RenderContext {
    return elementContext(this, this.strings);
  }

  #contentTemplate(view: Renderer, context: RenderContext) {
    const item = this.items[this.current];
    if (!item) return nothing;
    const { strings, locale } = context;
    const total = this.items.length;
    const n = this.current + 1;
    const label = view.captionLabel(item.caption, context);
    const position = fillTemplate(strings.slidePosition, { n, total }, locale);
    const atStart = !this.loop && this.current === 0;
    const atEnd = !this.loop && this.current === total - 1;
    const download = this.allowDownload ? this.#downloadUrl(item) : undefined;
    return html`<div class="toolbar" part="toolbar" data-control>
        <span class="counter" part="counter"
          >${fillTemplate(strings.counter, { n, total }, locale)}</span
        >
        ${this.#shareTemplate(context)}
        ${total > 1
          ? this.#button(
              'play',
              this.playing ? strings.pause : strings.play,
              this.playing ? icons.pause : icons.play,
              this.#togglePlay,
            )
          : nothing}
        ${document.fullscreenEnabled
          ? this.#button(
              'fullscreen',
              strings.fullscreen,
              icons.fullscreen,
              this.#toggleFullscreen,
              {
                pressed: this.fullscreen,
              },
            )
          : nothing}
        ${download
          ? html`<a
              class="download"
              part="download"
              href=${download}
              download=""
              aria-label=${strings.download}
              >${icon(icons.download)}</a
            >`
          : nothing}
        ${this.shareUrl
          ? this.#button('copy-link', strings.copyLink, icons.link, this.#copyLink)
          : nothing}
        ${this.#button('caption-toggle', strings.caption, icons.caption, this.#toggleCaption, {
          expanded: !this.captionHidden,
        })}
        ${this.#button('close', strings.close, icons.close, () => this.close())}
      </div>
      <div
        class="stage ${this.zoomed ? 'zoomed' : ''}"
        part="stage"
        @pointerdown=${this.#onPointerDown}
        @pointermove=${this.#onPointerMove}
        @pointerup=${this.#onPointerUp}
        @pointercancel=${this.#onPointerUp}
        @wheel=${this.#onWheel}
        @click=${this.#onStageClick}
      >
        <div class="slide">${keyed(item.id, this.#slideTemplate(view, item, context))}</div>
      </div>
      ${this.#button('previous', strings.previous, icons.previous, () => this.previous(), {
        disabled: atStart,
        className: 'nav previous',
      })}
      ${this.#button('next', strings.next, icons.next, () => this.next(), {
        disabled: atEnd,
        className: 'nav next',
      })}
      <section
        class="caption-panel"
        part="caption-panel"
        id="caption-panel"
        aria-label=${strings.caption}
        tabindex="0"
        ?hidden=${this.captionHidden}
        data-control
      >
        ${item.caption ? view.captionTemplate(item.caption, context) : nothing}
        ${view.metadataTemplate(item.metadata, context)}
        ${view.prose(item.image?.description, context, 'description')}
        ${view.prose(item.rights?.statement, context, 'rights')}
      </section>
      ${total > 1
        ? // Rebuilt only when what they show changes.
          guard(
            [
              this.items,
              this.current,
              this.documentLanguage,
              context.preferences.join(),
              context.strings.photoPosition,
              this.stripFilled,
            ],
            () => this.#thumbnailsTemplate(view, context),
          )
        : nothing}
      <div class="visually-hidden" role="status">
        ${label
          ? fillTemplate(strings.slideAnnouncement, { position, caption: label.text }, locale)
          : position}
      </div>`;
  }

  #button(
    part: string,
    label: string,
    path: string,
    onClick: () => void,
    options: { pressed?: boolean; expanded?: boolean; disabled?: boolean; className?: string } = {},
  ) {
    return html`<button
      type="button"
      class=${options.className ?? part}
      part=${part}
      aria-label=${label}
      aria-pressed=${ifDefined(options.pressed === undefined ? undefined : String(options.pressed))}
      aria-expanded=${ifDefined(
        options.expanded === undefined ? undefined : String(options.expanded),
      )}
      aria-controls=${ifDefined(options.expanded === undefined ? undefined : 'caption-panel')}
      aria-disabled=${ifDefined(options.disabled ? 'true' : undefined)}
      data-control
      @click=${() => {
        if (!options.disabled) onClick.call(this);
      }}
    >
      ${icon(path)}
    </button>`;
  }

  #slideTemplate(view: Renderer, item: Item, context: RenderContext) {
    const image = item.image;
    if (!image && item['x-imageError'] === undefined) {
      return view.captionCardTemplate(view.captionLabel(item.caption, context), context);
    }
    const placeholder = image && this.#placeholderUrl(item);
    if (!image || !placeholder || this.failed.has(item.id) || item['x-imageError'] !== undefined) {
      return html`<p class="unavailable" part="unavailable">
        ${context.strings.imageUnavailable}
      </p>`;
    }
    const fit = this.#fit;
    if (!fit) return nothing;
    const alt = image.decorative ? undefined : view.textIn(image.alt, context);
    const altLang = alt && alt.lang !== context.containerLang ? alt : undefined;
    // The sharp file goes straight into the page (no script between its bytes and the screen), over the
    // low-resolution one, which is usually the tile's own file, already loaded: the photo shows at once and
    // sharpens where it is. Zooming in swaps to a larger file only once that one is decoded.
    const src =
      this.sharp?.id === item.id
        ? this.sharp.url
        : (this.#sharpUrl(view, item, false) ?? placeholder);
    const behind = src !== placeholder && this.painted !== src ? cssUrl(placeholder) : undefined;
    return html`<img
      class="photo"
      part="image"
      src=${src}
      alt=${alt?.text ?? ''}
      lang=${ifDefined(altLang?.lang)}
      dir=${ifDefined(altLang?.dir)}
      draggable="false"
      @load=${this.#onImageLoad}
      @error=${this.#onImageError}
      ${view.styleProps({
        width: `${fit.width}px`,
        height: `${fit.height}px`,
        'background-image': behind,
        // Until a file arrives, the photo's placeholder colour from the document (as its tile has).
        'background-color': this.painted === src ? undefined : view.placeholderColor(image),
      })}
    />`;
  }

  /**
   * The strip shows the thumbnails around the current photo, not all of them: an exhibition of 10,000
   * photos would otherwise build 10,000 buttons before the photo can show. It moves with the current photo.
   */
  #thumbnailsTemplate(view: Renderer, context: RenderContext) {
    const total = this.items.length;
    const start = Math.max(
      0,
      Math.min(this.current - THUMBNAIL_REACH, total - THUMBNAIL_REACH * 2 - 1),
    );
    const shown = this.items.slice(start, start + THUMBNAIL_REACH * 2 + 1);
    return html`<div
      class="thumbnails"
      part="thumbnails"
      role="group"
      aria-label=${context.strings.thumbnails}
      data-control
      @load=${this.#thumbnailListener}
      @error=${this.#thumbnailListener}
    >
      ${this.stripFilled
        ? this.#thumbnailButtons(view, context, shown, start)
        : html`<div
            class="thumbnail-spacer"
            ${view.styleProps({ '--thumbnail-count': shown.length })}
          ></div>`}
    </div>`;
  }

  #thumbnailButtons(view: Renderer, context: RenderContext, shown: readonly Item[], start: number) {
    const total = this.items.length;
    return html`${shown.map((item, position) => {
      const index = start + position;
      const thumbnail = this.#placeholderUrl(item);
      const current = index === this.current;
      return html`<button
        type="button"
        class="thumbnail"
        part="thumbnail"
        aria-label=${view.photoName(item, index, total, context)}
        aria-current=${ifDefined(current ? 'true' : undefined)}
        tabindex=${current ? 0 : -1}
        @click=${() => this.goTo(index)}
      >
        ${thumbnail
          ? html`<img src=${thumbnail} alt="" loading="lazy" decoding="async" />`
          : nothing}
      </button>`;
    })}`;
  }

  #shareTemplate(context: RenderContext) {
    const share = this.share;
    if (!share) return html`<p class="share-status" part="share-status" role="status"></p>`;
    return html`<p class="share-status" part="share-status" role="status">
      ${'copied' in share
        ? context.strings.linkCopied
        : html`${context.strings.copyLinkManually}
            <input readonly aria-label=${context.strings.copyLink} .value=${share.url} />`}
    </p>`;
  }

  /** A thumbnail that fails is hidden rather than drawn as a broken image (load and error do not bubble). */
  #thumbnailListener = {
    capture: true,
    handleEvent: (event: Event) => {
      (event.target as HTMLElement).hidden = event.type === 'error';
    },
  };

  // ---- Sources ------------------------------------------------------------------------------------

  #placeholderUrl(item: Item): string | undefined {
    if (!item.image) return undefined;
    const source = bestSource(item.image, PLACEHOLDER_WIDTH, devicePixelRatio);
    return safeUrl(source?.url, 'image') ?? undefined;
  }

  #downloadUrl(item: Item): string | undefined {
    if (!item.image) return undefined;
    return safeUrl(bestSource(item.image, Number.MAX_SAFE_INTEGER, 1)?.url, 'image') ?? undefined;
  }

  /** The box the item's image takes on the stage at scale 1: contained, never above its own size. */
  #fitFor(view: Renderer, item: Item): Size | undefined {
    const stage = this.stageSize;
    const image = item.image;
    if (!stage || !image || stage.width <= 0 || stage.height <= 0) return undefined;
    const ratio =
      view.aspectRatioOf(image) ?? this.measuredRatios.get(item.id) ?? view.FALLBACK_ASPECT_RATIO;
    // Contained in the stage, but never drawn larger than its largest file.
    const largest = bestSource(image, Number.MAX_SAFE_INTEGER, 1)?.width ?? Infinity;
    const width = Math.min(stage.width, stage.height * ratio, largest);
    return { width, height: width / ratio };
  }

  /**
   * Opening, the dialog takes its first layout before the stage's size is known: the sharp file is asked
   * for now (unless a press on the photo did already), so it downloads meanwhile.
   */
  #requestEarly() {
    const item = this.items[this.current];
    const request = item && requestEarly(item, this.measuredRatios.get(item.id));
    this.#early = request && { id: item.id, ...request };
  }

  #sharpUrl(view: Renderer, item: Item, upgraded: boolean): string | undefined {
    const fit = this.#fitFor(view, item);
    if (!fit || !item.image) return undefined;
    const early = this.#early;
    if (!upgraded && early?.id === item.id && early.width >= fit.width * devicePixelRatio) {
      return early.url;
    }
    const source = bestSource(item.image, fit.width * (upgraded ? MAX_SCALE : 1), devicePixelRatio);
    return safeUrl(source?.url, 'image') ?? undefined;
  }

  /**
   * The current item's photo loads in the page; a caption-only slide preloads its neighbours at once. Once
   * zoomed, the larger source loads here and replaces the shown one when decoded (a failure keeps it).
   */
  #loadCurrent() {
    const view = renderer();
    const item = this.items[this.current];
    if (!view || !item || this.failed.has(item.id)) return;
    if (!item.image) this.#preloadNeighbours(view);
    if (!this.#upgraded) return;
    const url = this.#sharpUrl(view, item, true);
    if (!url || url === this.#requestedUrl || url === this.photo?.getAttribute('src')) return;
    this.#requestedUrl = url;
    void loadImage(url).then((loaded) => {
      if (this.#requestedUrl === url && loaded) this.sharp = { id: item.id, url };
    });
  }

  #preloadNeighbours(view: Renderer) {
    const total = this.items.length;
    for (const offset of [1, -1]) {
      const index = this.loop ? (this.current + offset + total) % total : this.current + offset;
      const item = this.items[index];
      const url = item && this.#sharpUrl(view, item, false);
      if (url && !this.#preloaded.has(url)) {
        this.#preloaded.add(url);
        void loadImage(url);
      }
    }
  }

  #onImageLoad = (event: Event) => {
    const image = event.target as HTMLImageElement;
    const item = this.items[this.current];
    this.painted = image.getAttribute('src') ?? undefined;
    // Not before the photo is drawn: their responses and decoding would compete with its own.
    void whenIdle(IDLE_WAIT_MAX_MS).then(() => {
      const view = renderer();
      if (view && this.opened) this.#preloadNeighbours(view);
    });
    const view = renderer();
    if (!item?.image || view?.aspectRatioOf(item.image) || this.measuredRatios.has(item.id)) {
      return;
    }
    if (image.naturalWidth > 0 && image.naturalHeight > 0) {
      this.measuredRatios = new Map(this.measuredRatios).set(
        item.id,
        image.naturalWidth / image.naturalHeight,
      );
    }
  };

  #onImageError = () => {
    const item = this.items[this.current];
    if (item) this.failed = new Set(this.failed).add(item.id);
  };

  // ---- State --------------------------------------------------------------------------------------

  #clampIndex(index: number): number {
    const last = this.items.length - 1;
    return Number.isFinite(index) ? clamp(Math.trunc(index), 0, Math.max(0, last)) : 0;
  }

  #detail(): PhotoDetail | undefined {
    const item = this.items[this.current];
    return item ? { id: item.id, index: this.current, item } : undefined;
  }

  /** Per-slide state back to its start: zoom, swipe offset, sources, share message. */
  #resetSlide() {
    this.#applyZoom(NO_ZOOM);
    this.#upgraded = false;
    this.sharp = undefined;
    this.#requestedUrl = undefined;
    this.share = undefined;
    this.slide?.style.removeProperty('transform');
  }

  get #rtl(): boolean {
    return getComputedStyle(this.dialog ?? this).direction === 'rtl';
  }

  #measureStage() {
    const box = this.stage?.getBoundingClientRect();
    if (box && (box.width !== this.stageSize?.width || box.height !== this.stageSize?.height)) {
      this.stageSize = { width: box.width, height: box.height };
    }
  }

  #revealCurrentThumbnail() {
    const strip = this.renderRoot.querySelector<HTMLElement>('.thumbnails');
    const button = strip?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!strip || !button) return;
    if (this.shadowRoot?.activeElement?.classList.contains('thumbnail')) button.focus();
    // scrollBy, not scrollIntoView: the page behind must never scroll.
    const box = strip.getBoundingClientRect();
    const rect = button.getBoundingClientRect();
    if (rect.left < box.left) strip.scrollBy({ left: rect.left - box.left });
    else if (rect.right > box.right) strip.scrollBy({ left: rect.right - box.right });
  }

  // ---- Zoom ---------------------------------------------------------------------------------------

  /** Sets the zoom, kept within 1..MAX_SCALE and with the photo covering the stage where it can. */
  #applyZoom(next: Zoom) {
    const fit = this.#fit;
    const stage = this.stageSize;
    const scale = clamp(next.scale, 1, MAX_SCALE);
    const boundX = fit && stage ? Math.max(0, (fit.width * scale - stage.width) / 2) : 0;
    const boundY = fit && stage ? Math.max(0, (fit.height * scale - stage.height) / 2) : 0;
    this.#zoom = {
      scale,
      x: clamp(next.x, -boundX, boundX),
      y: clamp(next.y, -boundY, boundY),
    };
    const { x, y } = this.#zoom;
    if (scale === 1) this.photo?.style.removeProperty('transform');
    else this.photo?.style.setProperty('transform', `translate(${x}px, ${y}px) scale(${scale})`);
    this.zoomed = scale > 1;
    if (this.zoomed && !this.#upgraded) {
      this.#upgraded = true;
      this.#loadCurrent();
    }
  }

  /** Zooms to `scale` keeping the photo's point under `center` (relative to the stage's centre) in place. */
  #zoomAt(scale: number, center: Point = { x: 0, y: 0 }, from = this.#zoom) {
    if (!this.photo) return;
    const ratio = clamp(scale, 1, MAX_SCALE) / from.scale;
    this.#applyZoom({
      scale,
      x: center.x - (center.x - from.x) * ratio,
      y: center.y - (center.y - from.y) * ratio,
    });
  }

  /** A client point relative to the stage's centre. */
  #stagePoint(clientX: number, clientY: number): Point {
    const rect = this.stage!.getBoundingClientRect();
    return { x: clientX - rect.left - rect.width / 2, y: clientY - rect.top - rect.height / 2 };
  }

  // ---- Events -------------------------------------------------------------------------------------

  #onCancel = (event: Event) => {
    event.preventDefault();
    this.close();
  };

  /**
   * The dialog closed without us (e.g. a close request the page could not cancel). The event comes a task
   * after dialog.close(): by then the viewer may have been opened again, with the dialog open.
   */
  #onDialogClose = () => {
    if (this.opened && !this.dialog?.open) this.close();
  };

  #onKeydown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if ((event.composedPath()[0] as Element | undefined)?.localName === 'input') return;
    const last = this.items.length - 1;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => (this.#rtl ? this.next() : this.previous()),
      ArrowRight: () => (this.#rtl ? this.previous() : this.next()),
      PageUp: () => this.previous(),
      PageDown: () => this.next(),
      Home: () => this.goTo(0),
      End: () => this.goTo(last),
      '+': () => this.#zoomAt(this.#zoom.scale * ZOOM_STEP),
      '=': () => this.#zoomAt(this.#zoom.scale * ZOOM_STEP),
      '-': () => this.#zoomAt(this.#zoom.scale / ZOOM_STEP),
      '0': () => this.#applyZoom(NO_ZOOM),
      Escape: () => this.close(),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  #onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    try {
      this.stage?.setPointerCapture(event.pointerId);
    } catch {
      // Synthetic pointers cannot be captured; the gesture still works while they stay on the stage.
    }
    if (this.#pointers.size === 0) {
      this.#pressTarget = event.target;
      this.#suppressClick = false;
    }
    this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    this.slide?.classList.remove('released');
    this.#startGesture();
  };

  /** (Re)starts the gesture from the pointers now down: one drags, two pinch. */
  #startGesture() {
    const [first, second] = [...this.#pointers.values()];
    if (!first) return;
    const ongoing = this.#gesture;
    this.#gesture = {
      target: ongoing?.target ?? this.#pressTarget ?? null,
      start: first,
      zoom: this.#zoom,
      pinched: (ongoing?.pinched ?? false) || second !== undefined,
      moved: ongoing?.moved ?? false,
      delta: { x: 0, y: 0 },
    };
    if (second) {
      this.#gesture.pinch = {
        distance: Math.hypot(second.x - first.x, second.y - first.y),
        center: this.#stagePoint((first.x + second.x) / 2, (first.y + second.y) / 2),
      };
    }
  }

  #onPointerMove = (event: PointerEvent) => {
    const gesture = this.#gesture;
    if (!gesture || !this.#pointers.has(event.pointerId)) return;
    this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const [first, second] = [...this.#pointers.values()];
    if (!first) return;
    if (second && gesture.pinch) {
      gesture.moved = true;
      const distance = Math.hypot(second.x - first.x, second.y - first.y);
      const center = this.#stagePoint((first.x + second.x) / 2, (first.y + second.y) / 2);
      const { pinch, zoom } = gesture;
      // Zoom around the starting midpoint, then follow the midpoint as it moves (pan while pinching).
      const scale = clamp((zoom.scale * distance) / (pinch.distance || 1), 1, MAX_SCALE);
      const ratio = scale / zoom.scale;
      this.#applyZoom({
        scale,
        x: center.x - (pinch.center.x - zoom.x) * ratio,
        y: center.y - (pinch.center.y - zoom.y) * ratio,
      });
      return;
    }
    const delta = { x: first.x - gesture.start.x, y: first.y - gesture.start.y };
    gesture.delta = delta;
    if (Math.hypot(delta.x, delta.y) > TAP_SLOP) gesture.moved = true;
    if (!gesture.moved) return;
    if (this.zoomed) {
      this.#applyZoom({
        ...gesture.zoom,
        x: gesture.zoom.x + delta.x,
        y: gesture.zoom.y + delta.y,
      });
    } else {
      // The slide follows the finger sideways, or downwards for swipe-to-close.
      const sideways = Math.abs(delta.x) >= Math.abs(delta.y);
      const x = sideways ? delta.x : 0;
      const y = sideways ? 0 : Math.max(0, delta.y);
      this.slide?.style.setProperty('transform', `translate(${x}px, ${y}px)`);
    }
  };

  #onPointerUp = (event: PointerEvent) => {
    const gesture = this.#gesture;
    if (!gesture || !this.#pointers.delete(event.pointerId)) return;
    if (this.#pointers.size > 0) {
      // A pinch became a one-finger pan: continue from here.
      this.#startGesture();
      return;
    }
    this.#gesture = undefined;
    this.#suppressClick = gesture.moved;
    if (!gesture.moved) {
      this.#onTap(event, gesture.target);
      return;
    }
    const index = this.current;
    if (!this.zoomed && !gesture.pinched && this.stageSize) {
      const { x, y } = gesture.delta;
      if (Math.abs(x) >= Math.abs(y) && Math.abs(x) > Math.min(100, this.stageSize.width / 4)) {
        // Swiping towards the start shows the next photo; in right-to-left the start is on the right.
        if (x < 0 !== this.#rtl) this.next();
        else this.previous();
      } else if (y > Math.abs(x) && y > Math.min(120, this.stageSize.height / 4)) {
        this.close();
        return;
      }
    }
    // Springs back (animated where motion is welcome) unless another photo took its place.
    this.slide?.classList.toggle('released', index === this.current);
    this.slide?.style.removeProperty('transform');
  };

  /** Double-tap (or double-click) on the photo toggles zoom at that point. */
  #onTap(event: PointerEvent, target: EventTarget | null) {
    const now = performance.now();
    const point = { x: event.clientX, y: event.clientY };
    const previous = this.#lastTap;
    this.#lastTap = { time: now, point };
    if (
      !previous ||
      now - previous.time > DOUBLE_TAP_MS ||
      Math.hypot(point.x - previous.point.x, point.y - previous.point.y) > TAP_SLOP * 3 ||
      target !== this.photo
    ) {
      return;
    }
    this.#lastTap = undefined;
    if (this.zoomed) this.#applyZoom(NO_ZOOM);
    else this.#zoomAt(DOUBLE_TAP_SCALE, this.#stagePoint(point.x, point.y));
  }

  #onWheel = (event: WheelEvent) => {
    if (!(event.ctrlKey || event.metaKey) || !this.photo) return;
    event.preventDefault();
    const pixels = event.deltaY * (event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 16 : 1);
    this.#zoomAt(
      this.#zoom.scale * Math.exp(-pixels * 0.0025),
      this.#stagePoint(event.clientX, event.clientY),
    );
  };

  /** A click on the stage around the photo (the backdrop) closes. */
  #onStageClick = (event: MouseEvent) => {
    // The target of the press, not of the click: pointer capture makes every click land on the stage.
    const target = this.#pressTarget ?? event.target;
    this.#pressTarget = undefined;
    if (!this.#suppressClick && (target === this.stage || target === this.slide)) this.close();
  };

  /** Controls show again on any activity and hide after a while without. */
  #markActive = () => {
    this.idle = false;
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => {
      const focused = this.shadowRoot?.activeElement;
      const focusShown = focused?.closest('[data-control]') && focused.matches(':focus-visible');
      if (this.#pointerOnControls || focusShown) this.#markActive();
      else if (this.opened) this.idle = true;
    }, IDLE_MS);
  };

  #isControl(target: EventTarget | null) {
    return target instanceof Element && target.closest('[data-control]') !== null;
  }

  /** The slideshow waits while the pointer or focus is on the controls; it restarts when both leave. */
  #holdPlay(pointer: boolean, focus: boolean) {
    const held = this.#pointerOnControls || this.#focusOnControls;
    this.#pointerOnControls = pointer;
    this.#focusOnControls = focus;
    if (held !== (pointer || focus)) this.#schedulePlay();
  }

  #onPointerOver = (event: PointerEvent) => {
    this.#holdPlay(this.#isControl(event.target), this.#focusOnControls);
  };

  #onPointerOut = (event: PointerEvent) => {
    if (event.relatedTarget === null) this.#holdPlay(false, this.#focusOnControls);
  };

  #onFocusIn = (event: FocusEvent) => {
    const target = event.target as Element;
    this.#markActive();
    // The play button itself does not hold the slideshow (it would never start from the keyboard).
    this.#holdPlay(this.#pointerOnControls, this.#isControl(target) && !target.matches('.play'));
  };

  #onFocusOut = (event: FocusEvent) => {
    if (event.relatedTarget === null) this.#holdPlay(this.#pointerOnControls, false);
  };

  // ---- Controls -----------------------------------------------------------------------------------

  #togglePlay() {
    this.playing = !this.playing;
    // Pressing Play is not a reason to wait: focus on the controls holds only once it moves again.
    this.#focusOnControls = false;
    this.#schedulePlay();
  }

  /** (Re)arms the slideshow timer; it is held while the pointer or focus is on the controls. */
  #schedulePlay() {
    clearTimeout(this.#playTimer);
    if (!this.playing || !this.opened || this.#pointerOnControls || this.#focusOnControls) return;
    const seconds = this.interval > 0 ? this.interval : 5;
    this.#playTimer = setTimeout(() => {
      if (!this.loop && this.current === this.items.length - 1) this.playing = false;
      else this.next();
    }, seconds * 1000);
  }

  #toggleCaption() {
    this.captionHidden = !this.captionHidden;
  }

  #toggleFullscreen() {
    if (this.shadowRoot?.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void this.dialog?.requestFullscreen().catch(() => undefined);
  }

  #onFullscreenChange = () => {
    this.fullscreen = this.shadowRoot?.fullscreenElement === this.dialog;
  };

  async #copyLink() {
    const item = this.items[this.current];
    const url = item && this.shareUrl?.(item);
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      this.share = { copied: true };
    } catch {
      this.share = { url };
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>('.share-status input');
      field?.focus();
      field?.select();
    }
  }
}
