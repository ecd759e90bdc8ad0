// Turns untrusted layout inputs into safe numbers. Internal to the layout modules.
import type { LayoutItem } from './types.js';

export const DEFAULT_SPACING = 8;
export const DEFAULT_ASPECT_RATIO = 3 / 2;
// Beyond 1000:1 a box is thinner than a pixel at any real width; the clamp also keeps sums of aspect ratios
// (and of their inverses) well inside double precision for 100,000 items.
const MAX_ASPECT_RATIO = 1000;

/** The items of an array, or none for anything else. */
export function itemList(items: unknown): readonly (LayoutItem | null | undefined)[] {
  return Array.isArray(items) ? items : [];
}

export function itemAspectRatio(item: LayoutItem | null | undefined): number {
  const ratio = item?.aspectRatio;
  if (typeof ratio !== 'number' || !(ratio > 0) || !Number.isFinite(ratio))
    return DEFAULT_ASPECT_RATIO;
  return Math.min(Math.max(ratio, 1 / MAX_ASPECT_RATIO), MAX_ASPECT_RATIO);
}

/** A usable container width, or 0 (lay out nothing). */
export function containerWidthOf(width: unknown): number {
  return typeof width === 'number' && width > 0 && Number.isFinite(width) ? width : 0;
}

/** A finite number > 0, else the fallback. */
export function positiveOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && value > 0 && Number.isFinite(value) ? value : fallback;
}

/** A finite number >= 0, else the fallback. */
export function nonNegativeOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && value >= 0 && Number.isFinite(value) ? value : fallback;
}
