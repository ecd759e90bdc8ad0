import type { FluidLayout, FluidLength, LayoutBox, LayoutResult } from './types.js';
import { containerWidthOf } from './input.js';

/** The value of a fluid length at a container width. */
export function fluidValue(length: FluidLength, width: number): number {
  return length.perWidth * width + length.px;
}

/**
 * Evaluates a fluid layout at a width: O(n), no new line breaking, spacing unchanged. Edges are rounded to
 * whole CSS px, so gaps stay exactly `spacing` (when it is whole) and rows end exactly at `width`; a box may
 * differ from its exact aspect ratio by under a pixel, which `object-fit: cover` absorbs.
 */
export function layoutAtWidth(
  fluid: FluidLayout,
  width: number,
): { boxes: readonly LayoutBox[]; height: number } {
  const containerWidth = containerWidthOf(width);
  if (containerWidth === 0) return { boxes: [], height: 0 };
  const snapInline = (value: number): number =>
    Math.min(Math.max(Math.round(value), 0), containerWidth);
  const snapBlock = (value: number): number => Math.max(Math.round(value), 0);
  const boxes = fluid.boxes.map((box): LayoutBox => {
    const start = fluidValue(box.inlineStart, containerWidth);
    const top = fluidValue(box.top, containerWidth);
    const inlineStart = snapInline(start);
    const blockStart = snapBlock(top);
    return {
      index: box.index,
      inlineStart,
      top: blockStart,
      width: snapInline(start + fluidValue(box.width, containerWidth)) - inlineStart,
      height: snapBlock(top + fluidValue(box.height, containerWidth)) - blockStart,
    };
  });
  return { boxes, height: snapBlock(fluidValue(fluid.height, containerWidth)) };
}

/**
 * A fluid length as CSS, in container query units: `calc(25cqi - 6px)`. The boxes' containing block must
 * be inside an element with `container-type: inline-size` whose content box is the layout's container, so
 * 100cqi is the container width; the browser then resizes the layout with no script until the next width
 * breakpoint (`widthBreakpoint`), when the layout is computed again.
 */
export function fluidCss(length: FluidLength): string {
  const percent = roundTo(length.perWidth * 100, 4);
  const px = roundTo(length.px, 3);
  if (percent === 0) return `${px}px`;
  if (px === 0) return `${percent}cqi`;
  return `calc(${percent}cqi ${px < 0 ? '-' : '+'} ${Math.abs(px)}px)`;
}

function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  // `+ 0` turns -0 into 0, so no "-0px" appears.
  return Math.round(value * scale) / scale + 0;
}

/** The result every layout returns: the fluid layout and its evaluation at the container width. */
export function completeLayout(fluid: FluidLayout, containerWidth: number): LayoutResult {
  return { containerWidth, ...layoutAtWidth(fluid, containerWidth), fluid };
}

export const EMPTY_FLUID_LAYOUT: FluidLayout = { boxes: [], height: { perWidth: 0, px: 0 } };
