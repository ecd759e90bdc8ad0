import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Image } from '../core/format/types.js';
import { imgAttributes, objectPosition, pictureSources } from '../core/images/index.js';
import { thumbhashAverageColor } from '../core/images/thumbhash.js';
import type { ResolvedText } from '../core/format/resolve.js';
import { safeUrl } from '../core/format/urls.js';
import { languageAttributes, textIn } from './context.js';
import { styleProps } from './style-props.js';
import type { RenderContext } from './context.js';

/** The aspect ratio a box takes before an image of unknown size has loaded. */
export const FALLBACK_ASPECT_RATIO = 3 / 2;

export interface FrameOptions {
  readonly image: Image | undefined;
  /** Why the image cannot be shown (an invalid `src` reported by the validator, or a failed load). */
  readonly unavailable: boolean;
  /** Aspect ratio of the box (width / height); measured or from the JSON. */
  readonly aspectRatio: number;
  /** The `sizes` attribute: how wide the image is drawn, in CSS pixels. */
  readonly sizes: string;
  /** First-screen images load eagerly; the rest lazily. */
  readonly eager: boolean;
  /** Crop to the box (`object-fit: cover`) around the image's focus point, for the grid layout. */
  readonly cover: boolean;
  /** Only the box for now: the exhibit creates image nodes near the viewport. */
  readonly deferred?: boolean;
  /** The image comes from the validator, whose addresses passed the safe-URL check already. */
  readonly validated?: boolean;
}

/** The alt text of an image: its `alt` in the visitor's language, or empty (never the caption). */
export function altText(
  image: Image | undefined,
  context: RenderContext,
): ResolvedText | undefined {
  if (!image || image.decorative) return undefined;
  return textIn(image.alt, context);
}

/**
 * The placeholder colour shown until the image loads: its `color`, else the average colour of its ThumbHash
 * (only a valid #rrggbb reaches CSS).
 */
export function placeholderColor(image: Image | undefined): string | undefined {
  const color = image?.placeholder?.color;
  if (typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color)) return color;
  return thumbhashAverageColor(image?.placeholder?.thumbhash);
}

/**
 * The image with only the addresses that are safe for it. `<photo-figure>` may be given an item that never
 * went through the validator, and every variant and IIIF address ends up in a `srcset`.
 */
function withSafeSources(image: Image, src: string): Image {
  const variants = Array.isArray(image.variants)
    ? image.variants.flatMap((variant) => {
        const url = safeUrl(variant?.src, 'image');
        return url === null ? [] : [{ ...variant, src: url }];
      })
    : undefined;
  return { ...image, src, variants, iiif: safeService(image.iiif) };
}

function safeService(service: Image['iiif']): Image['iiif'] {
  if (typeof service === 'string') return safeUrl(service, 'service') ?? undefined;
  const id = safeUrl(service?.id, 'service');
  return service && id !== null ? { ...service, id } : undefined;
}

/**
 * An image in a box of its final size (zero layout shift): `<picture>` with a source per variant type, a
 * placeholder colour behind it, or the "image unavailable" state that keeps the box.
 */
export function frameTemplate(options: FrameOptions, context: RenderContext): TemplateResult {
  const { image } = options;
  const style = styleProps({
    'aspect-ratio': String(options.aspectRatio),
    '--photo-placeholder': placeholderColor(image),
  });
  const src = image ? (options.validated ? image.src : safeUrl(image.src, 'image')) : null;
  const safeImage =
    image && src ? (options.validated ? image : withSafeSources(image, src)) : undefined;
  const attributes = safeImage ? imgAttributes(safeImage, { sizes: options.sizes }) : undefined;
  if (!safeImage || !attributes || options.unavailable) {
    // The neutral placeholder, not the photo's colour: the message on it must stay readable.
    return html`<span
      class="frame unavailable"
      part="frame"
      ${styleProps({ 'aspect-ratio': String(options.aspectRatio) })}
    >
      <span class="unavailable-text" part="unavailable">${context.strings.imageUnavailable}</span>
    </span>`;
  }
  if (options.deferred) return html`<span class="frame" part="frame" ${style}></span>`;
  const alt = altText(safeImage, context);
  const altLanguage = alt ? languageAttributes(alt, context) : { lang: undefined, dir: undefined };
  const sources = pictureSources(safeImage);
  const imageStyle = styleProps({
    'object-position': options.cover ? objectPosition(safeImage.focus) : undefined,
  });
  return html`<span class="frame" part="frame" ${style}>
    <picture>
      ${sources.map(
        (source) =>
          html`<source type=${source.type} srcset=${source.srcset} sizes=${options.sizes} />`,
      )}
      <img
        part="image"
        class=${options.cover ? 'cover' : ''}
        src=${attributes.src}
        srcset=${ifDefined(attributes.srcset)}
        sizes=${ifDefined(attributes.srcset ? options.sizes : undefined)}
        width=${ifDefined(attributes.width)}
        height=${ifDefined(attributes.height)}
        alt=${alt?.text ?? ''}
        lang=${ifDefined(altLanguage.lang)}
        dir=${ifDefined(altLanguage.dir)}
        loading=${options.eager ? 'eager' : 'lazy'}
        decoding="async"
        ${imageStyle}
      />
    </picture>
  </span>`;
}

/**
 * A caption card: the box in the place of a missing image, showing the caption's title or first words.
 * Hidden from assistive technology because the same words are in the caption under it.
 */
export function captionCardTemplate(label: ResolvedText | undefined, context: RenderContext) {
  const { lang, dir } = label
    ? languageAttributes(label, context)
    : { lang: undefined, dir: undefined };
  const text = label?.text ?? '';
  // prettier-ignore
  return html`<span class="frame card" part="card"><span class="card-text" aria-hidden="true" lang=${ifDefined(lang)} dir=${ifDefined(dir)} .textContent=${text}></span></span>`;
}
