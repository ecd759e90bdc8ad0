// Responsive image sources: `srcset` for the <img>, `<source type>` groups for newer formats, and the one
// file the viewer needs for a given size.
import type { ImageSourceInput, SrcsetCandidate } from './types.js';
import { iiifWidthLadder } from './iiif.js';
import { isPositive, uniqueByWidth, wholePixels } from './numbers.js';

/** Formats every browser shows in a plain <img>; other typed variants go into <source> elements. */
const IMG_TYPES: ReadonlySet<string> = new Set([
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/svg+xml',
]);
/** <source> order: the browser takes the first type it supports, so the smallest files come first. */
const PREFERRED_SOURCE_TYPES: readonly string[] = ['image/avif', 'image/webp'];
/** CSS px width the <img> `src` fallback is chosen for when the image has no `src` of its own. */
const FALLBACK_SRC_WIDTH = 1024;

export interface PictureSource {
  readonly type: string;
  readonly srcset: string;
  readonly sizes?: string;
}

export interface ImgAttributes {
  readonly src: string;
  readonly srcset?: string;
  readonly sizes?: string;
  readonly width?: number;
  readonly height?: number;
}

export interface BestSource {
  readonly url: string;
  /** Unknown for an image that has only a `src` without a width. */
  readonly width?: number;
  readonly type?: string;
}

/** Every candidate with a known width: `src`, variants and the IIIF ladder, in that order, types lowercased. */
function allCandidates(image: ImageSourceInput): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  const src = usableUrl(image?.src);
  const width = wholePixels(image?.width);
  if (src !== undefined && width !== undefined) candidates.push({ url: src, width });
  for (const variant of Array.isArray(image?.variants) ? image.variants : []) {
    const url = usableUrl(variant?.src);
    const variantWidth = wholePixels(variant?.width);
    if (url === undefined || variantWidth === undefined) continue;
    const type = mimeType(variant.type);
    candidates.push(
      type === undefined ? { url, width: variantWidth } : { url, width: variantWidth, type },
    );
  }
  if (image?.iiif !== undefined) {
    candidates.push(...iiifWidthLadder(image.iiif, { width: image.width, height: image.height }));
  }
  return candidates;
}

function usableUrl(url: unknown): string | undefined {
  return typeof url === 'string' && url.trim() !== '' ? url.trim() : undefined;
}

function mimeType(type: unknown): string | undefined {
  return typeof type === 'string' && type.trim() !== '' ? type.trim().toLowerCase() : undefined;
}

/** Untyped candidates are in the format of `src`, which an <img> shows. */
function showableInImg(candidate: SrcsetCandidate): boolean {
  return candidate.type === undefined || IMG_TYPES.has(candidate.type);
}

/**
 * The candidates an <img> can show (`src` with its width, untyped and JPEG/PNG/GIF/SVG variants, the IIIF
 * ladder), sorted by width, one per width (the first given wins: `src`, then variants, then IIIF).
 */
export function srcsetCandidates(image: ImageSourceInput): SrcsetCandidate[] {
  return uniqueByWidth(allCandidates(image).filter(showableInImg));
}

/**
 * One `<source type srcset>` per other format, AVIF first, then WebP, then the rest in document order. Each
 * <source> needs its own `sizes`: pass the one given to the <img>.
 */
export function pictureSources(
  image: ImageSourceInput,
  options: { readonly sizes?: string } = {},
): PictureSource[] {
  const groups = new Map<string, SrcsetCandidate[]>();
  for (const candidate of allCandidates(image)) {
    const type = candidate.type;
    if (type === undefined || IMG_TYPES.has(type)) continue;
    groups.set(type, [...(groups.get(type) ?? []), candidate]);
  }
  const rank = (type: string): number => {
    const preferred = PREFERRED_SOURCE_TYPES.indexOf(type);
    return preferred === -1 ? PREFERRED_SOURCE_TYPES.length : preferred;
  };
  // Map keeps insertion (document) order and sort is stable, so the rest stay in document order.
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([type, candidates]) => ({
      type,
      srcset: formatSrcset(uniqueByWidth(candidates)),
      ...sizesField(options.sizes),
    }));
}

/**
 * Attributes of the <img>: `src` (the image's own, else the candidate for a 1024 px display), `srcset` when
 * it offers more than `src`, `sizes` with it, and the intrinsic `width`/`height` that reserve the box.
 * Undefined when the image has no URL at all.
 */
export function imgAttributes(
  image: ImageSourceInput,
  options: { readonly sizes?: string } = {},
): ImgAttributes | undefined {
  const candidates = srcsetCandidates(image);
  const src = usableUrl(image?.src) ?? pick(candidates, FALLBACK_SRC_WIDTH)?.url;
  if (src === undefined) return undefined;
  const width = wholePixels(image?.width);
  const height = wholePixels(image?.height);
  const offersMore = candidates.some((candidate) => candidate.url !== src);
  return {
    src,
    ...(offersMore ? { srcset: formatSrcset(candidates), ...sizesField(options.sizes) } : {}),
    ...(width === undefined ? {} : { width }),
    ...(height === undefined ? {} : { height }),
  };
}

function sizesField(sizes: string | undefined): { sizes?: string } {
  return typeof sizes === 'string' && sizes.trim() !== '' ? { sizes: sizes.trim() } : {};
}

/** `url 480w, url 960w`; whitespace and edge commas, which would end a srcset URL early, are escaped. */
function formatSrcset(candidates: readonly SrcsetCandidate[]): string {
  return candidates
    .map(({ url, width }) => {
      const escaped = url.replace(/\s/g, encodeURIComponent).replace(/^,|,$/g, '%2C');
      return `${escaped} ${width}w`;
    })
    .join(', ');
}

/** The smallest candidate at least `pixels` wide, else the largest. Candidates are sorted by width. */
function pick(candidates: readonly SrcsetCandidate[], pixels: number): SrcsetCandidate | undefined {
  return candidates.find((candidate) => candidate.width >= pixels) ?? candidates.at(-1);
}

/**
 * The file to show at a CSS width on a screen of a device pixel ratio (the viewer, zoomed): the smallest
 * <img>-compatible candidate at least cssWidth x ratio wide, else the largest; `src` when there are none.
 */
export function bestSource(
  image: ImageSourceInput,
  cssWidth: number,
  devicePixelRatio: number,
): BestSource | undefined {
  const ratio = isPositive(devicePixelRatio) ? devicePixelRatio : 1;
  const pixels = isPositive(cssWidth) ? cssWidth * ratio : 0;
  const chosen = pick(srcsetCandidates(image), pixels);
  if (chosen) return chosen;
  const src = usableUrl(image?.src);
  return src === undefined ? undefined : { url: src };
}

/**
 * Width / height of the image: its own `width` and `height`, else those of the widest variant or listed IIIF
 * size that has both (the widest rounds least). Undefined when nothing tells.
 */
export function aspectRatioOf(image: ImageSourceInput): number | undefined {
  const own = ratioOf(image);
  if (own !== undefined) return own;
  const service = typeof image?.iiif === 'object' && image.iiif !== null ? image.iiif : undefined;
  let widest: { width: number; ratio: number } | undefined;
  for (const size of [
    ...(Array.isArray(image?.variants) ? image.variants : []),
    ...(Array.isArray(service?.sizes) ? service.sizes : []),
  ]) {
    const ratio = ratioOf(size);
    if (ratio !== undefined && (widest === undefined || size.width > widest.width)) {
      widest = { width: size.width, ratio };
    }
  }
  return widest?.ratio;
}

function ratioOf(
  size: { readonly width?: number; readonly height?: number } | null,
): number | undefined {
  const width = size?.width;
  const height = size?.height;
  return isPositive(width) && isPositive(height) ? width / height : undefined;
}
