// IIIF Image API 2 and 3 URLs: https://iiif.io/api/image/3.0/ and https://iiif.io/api/image/2.1/
// Requests are always for the full region, unrotated, and never larger than the image: version 3 refuses a
// size above the full one unless it carries `^`, which is never produced here.
import type { IiifServiceInput, SrcsetCandidate } from './types.js';
import { uniqueByWidth, wholePixels } from './numbers.js';

/** Widths offered for a level 1 or 2 service, px. */
export const IIIF_WIDTH_LADDER: readonly number[] = [
  240, 360, 480, 720, 960, 1200, 1600, 2000, 2400, 3200,
];

export interface IiifImageRequest {
  /** Width in pixels; absent or invalid asks for the full size. */
  readonly width?: number;
  /** Height in pixels, for an exact `w,h` size (a level 0 version 3 service's listed sizes). */
  readonly height?: number;
  /** Default `jpg`. */
  readonly format?: string;
  /** Default `default`. */
  readonly quality?: string;
}

interface IiifService {
  readonly id: string;
  readonly version: 2 | 3;
  readonly level0: boolean;
  readonly sizes: readonly { readonly width: number; readonly height: number }[];
  readonly maxWidth: number | undefined;
  readonly maxHeight: number | undefined;
  readonly maxArea: number | undefined;
}

function normaliseService(service: string | IiifServiceInput | undefined): IiifService | undefined {
  const details = typeof service === 'string' ? undefined : service;
  const rawId = typeof service === 'string' ? service : service?.id;
  if (typeof rawId !== 'string') return undefined;
  const id = rawId
    .trim()
    .replace(/\/info\.json$/i, '')
    .replace(/\/+$/, '');
  if (id === '') return undefined;
  const sizes = (Array.isArray(details?.sizes) ? details.sizes : []).flatMap((size) => {
    const width = wholePixels(size?.width);
    const height = wholePixels(size?.height);
    return width !== undefined && height !== undefined ? [{ width, height }] : [];
  });
  const maxWidth = wholePixels(details?.maxWidth);
  return {
    id,
    version: details?.type === 'ImageService3' ? 3 : 2,
    level0: details?.profile === 'level0',
    sizes,
    maxWidth,
    // Both versions: a maxWidth without maxHeight implies the same maxHeight.
    maxHeight: wholePixels(details?.maxHeight) ?? maxWidth,
    maxArea: wholePixels(details?.maxArea),
  };
}

/**
 * `{id}/full/{size}/0/{quality}.{format}`: size `w,` (or `w,h` when a height is given), or the full size
 * (`max` in version 3, `full` in version 2) without a valid width. Undefined when the service has no id.
 */
export function iiifImageUrl(
  service: string | IiifServiceInput,
  request: IiifImageRequest = {},
): string | undefined {
  const normalised = normaliseService(service);
  return normalised && imageUrl(normalised, request ?? {});
}

function imageUrl(service: IiifService, request: IiifImageRequest): string {
  const width = wholePixels(request.width);
  const height = wholePixels(request.height);
  const fullSize = service.version === 3 ? 'max' : 'full';
  const size = width === undefined ? fullSize : `${width},${height ?? ''}`;
  const format = urlWord(request.format, /^[a-z0-9]+$/i) ?? 'jpg';
  const quality = urlWord(request.quality, /^[a-z]+$/i) ?? 'default';
  return `${service.id}/full/${size}/0/${quality}.${format}`;
}

/** The value when it is a string matching the pattern (it becomes part of a URL), else undefined. */
function urlWord(value: unknown, pattern: RegExp): string | undefined {
  return typeof value === 'string' && pattern.test(value) ? value : undefined;
}

/**
 * Srcset candidates from a IIIF service. Level 1 and 2: the ladder's widths up to the largest the service
 * gives for this image (its width, `maxWidth`, and with a known height `maxHeight` and `maxArea`), plus that
 * largest width when it falls between rungs; without the image's width, only the service's listed sizes.
 * Level 0: only the listed sizes (version 3 as `w,h`, exactly as listed; version 2 as `w,`), or with none
 * listed the full image when its width is known.
 */
export function iiifWidthLadder(
  service: string | IiifServiceInput,
  image: { readonly width?: number; readonly height?: number } = {},
  ladder: readonly number[] = IIIF_WIDTH_LADDER,
): SrcsetCandidate[] {
  const normalised = normaliseService(service);
  if (!normalised) return [];
  const imageWidth = wholePixels(image?.width);
  if (normalised.level0 || imageWidth === undefined) {
    return listedSizes(normalised, imageWidth);
  }
  const largest = largestWidth(normalised, imageWidth, wholePixels(image?.height));
  const steps = Array.isArray(ladder) ? ladder : IIIF_WIDTH_LADDER;
  const rungs = steps.flatMap((rung) => {
    const width = wholePixels(rung);
    return width !== undefined && width <= largest ? [width] : [];
  });
  // The largest width is always offered unless the ladder stops below it.
  if (!rungs.includes(largest) && steps.some((rung) => rung > largest)) rungs.push(largest);
  return uniqueByWidth(rungs.map((width) => ({ url: imageUrl(normalised, { width }), width })));
}

function listedSizes(service: IiifService, imageWidth: number | undefined): SrcsetCandidate[] {
  if (service.sizes.length === 0) {
    if (!service.level0 || imageWidth === undefined) return [];
    return [{ url: imageUrl(service, {}), width: imageWidth }];
  }
  return uniqueByWidth(
    service.sizes.map(({ width, height }) => ({
      url: imageUrl(service, service.version === 3 ? { width, height } : { width }),
      width,
    })),
  );
}

function largestWidth(
  service: IiifService,
  imageWidth: number,
  imageHeight: number | undefined,
): number {
  let largest = Math.min(imageWidth, service.maxWidth ?? Infinity);
  if (imageHeight !== undefined) {
    const aspect = imageWidth / imageHeight;
    if (service.maxHeight !== undefined) largest = Math.min(largest, service.maxHeight * aspect);
    if (service.maxArea !== undefined) {
      largest = Math.min(largest, widestWithin(service.maxArea, aspect));
    }
  }
  return Math.max(1, Math.floor(largest));
}

/**
 * The widest width whose area stays within maxArea even when the server rounds the height up:
 * width * (width / aspect + 1) <= maxArea, solved for width.
 */
function widestWithin(maxArea: number, aspect: number): number {
  return (Math.sqrt(aspect * aspect + 4 * maxArea * aspect) - aspect) / 2;
}
