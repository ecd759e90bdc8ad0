import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Image, Item, Person, Place } from '../../core/format/types.js';
import { elementContext } from '../../internal/locales.js';
import { loadRenderer, renderer } from '../../internal/renderer.js';
import { styles } from './photo-figure.styles.js';

/**
 * @summary One photograph with its caption: a responsive image in a box of its final size, a placeholder until
 * it loads, an "image unavailable" state that keeps the caption, or a caption card when there is no image.
 * @tag photo-figure
 *
 * @csspart figure - The `<figure>`.
 * @csspart frame - The box that holds the image at its aspect ratio.
 * @csspart image - The `<img>`.
 * @csspart unavailable - The "image unavailable" message.
 * @csspart card - The caption card shown in place of a missing image.
 * @csspart caption - The `<figcaption>`.
 * @csspart caption-title - The caption's short title.
 * @csspart text - The caption text.
 * @csspart links - The caption's links.
 * @csspart quote - A quotation in the caption.
 * @csspart signature - The quotation's signature.
 * @csspart meta - People, place and date.
 * @csspart credit - The credit line.
 *
 * @cssprop [--photo-exhibit-placeholder=rgba(127,127,127,0.18)] - Box colour until the image loads (an image's own placeholder colour wins).
 * @cssprop [--photo-exhibit-radius=0] - Corner radius of the image box.
 * @cssprop [--photo-exhibit-card-background=rgba(127,127,127,0.12)] - Background of caption cards.
 * @cssprop [--photo-exhibit-card-border=rgba(127,127,127,0.35)] - Border colour of caption cards.
 * @cssprop [--photo-exhibit-card-font-size=1.125em] - Text size on caption cards.
 * @cssprop [--photo-exhibit-heading-font=Georgia, serif] - Font of caption cards.
 * @cssprop [--photo-exhibit-accent=currentColor] - Colour of a quotation's rule.
 * @cssprop [--photo-exhibit-muted=inherit] - Colour of secondary text.
 * @cssprop [--photo-exhibit-muted-opacity=0.8] - Opacity of the people, place, date and credit lines.
 * @cssprop [--photo-exhibit-link-color=inherit] - Colour of links.
 * @cssprop [--photo-exhibit-focus-color=currentColor] - Colour of focus outlines.
 * @cssprop [--photo-exhibit-quote-font=Georgia, serif] - Font of quotations.
 * @cssprop [--photo-exhibit-font=inherit] - Font of the text.
 */
export class PhotoFigure extends LitElement {
  static override styles = styles;

  /** The item to show (format.md's Item); wins over the `src`, `width`, `height` and `alt` attributes. */
  @property({ attribute: false }) item?: Item;

  /** Image URL, when used without `item`. */
  @property() src?: string;

  /** Intrinsic width of the image in pixels (reserves its box before it loads). */
  @property({ type: Number }) width?: number;

  /** Intrinsic height of the image in pixels. */
  @property({ type: Number }) height?: number;

  /** Alternative text; leave it out (empty) when the caption describes the image. */
  @property() alt?: string;

  /** The `sizes` of the image: how wide it is drawn. */
  @property() sizes = '100vw';

  /** Load the image at once instead of when it nears the viewport (for the first screen). */
  @property({ type: Boolean }) eager = false;

  /** People referred to by id in the caption. */
  @property({ attribute: false }) people: Record<string, Person> = {};

  /** Places referred to by id in the caption. */
  @property({ attribute: false }) places: Record<string, Place> = {};

  /** The language of the item's plain strings (the exhibition's `language`). */
  @property({ attribute: 'document-language' }) documentLanguage?: string;

  /** Display language (BCP 47); defaults to the page's language. */
  @property({ attribute: 'lang' }) displayLanguage?: string;

  @state() private failedSrc?: string;
  @state() private measuredRatio?: number;

  private get image(): Image | undefined {
    if (this.item) return this.item.image;
    if (!this.src) return undefined;
    return { src: this.src, width: this.width, height: this.height, alt: this.alt };
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!renderer()) void loadRenderer().then(() => this.requestUpdate());
  }

  override render() {
    const view = renderer();
    if (!view) return nothing;
    const { aspectRatioOf, captionCardTemplate, captionLabel, captionTemplate, frameTemplate } =
      view;
    const context = elementContext(this);
    const image = this.image;
    const caption = this.item?.caption;
    const invalidImage = this.item !== undefined && this.item['x-imageError'] !== undefined;
    const frame =
      image || invalidImage
        ? frameTemplate(
            {
              image,
              unavailable: invalidImage || (image !== undefined && this.failedSrc === image.src),
              aspectRatio:
                (image && aspectRatioOf(image)) ?? this.measuredRatio ?? view.FALLBACK_ASPECT_RATIO,
              sizes: this.sizes,
              eager: this.eager,
              cover: false,
            },
            context,
          )
        : captionCardTemplate(captionLabel(caption, context), context);
    return html`<figure
      part="figure"
      @load=${this.imageLoadListener}
      @error=${this.imageErrorListener}
    >
      ${frame}
      ${caption
        ? html`<figcaption part="caption">${captionTemplate(caption, context)}</figcaption>`
        : nothing}
    </figure>`;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('item') || changed.has('src')) {
      this.failedSrc = undefined;
      this.measuredRatio = undefined;
    }
  }

  // load and error do not bubble: listen in the capture phase.
  private imageLoadListener = {
    capture: true,
    handleEvent: (event: Event) => {
      const image = event.target as HTMLImageElement;
      const known = this.image && renderer()?.aspectRatioOf(this.image);
      if (!known && image.naturalWidth > 0 && image.naturalHeight > 0) {
        this.measuredRatio = image.naturalWidth / image.naturalHeight;
      }
    },
  };

  private imageErrorListener = {
    capture: true,
    handleEvent: () => {
      this.failedSrc = this.image?.src;
    },
  };
}
