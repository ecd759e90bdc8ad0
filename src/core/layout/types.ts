/** A curator's placement hint (format.md, Item `layout`). */
export type LayoutHint = 'normal' | 'wide' | 'full';

/** What a layout needs to know about one item. */
export interface LayoutItem {
  /** Width / height. Missing, NaN or <= 0 means 3/2, the box of a caption card or an unmeasured image. */
  readonly aspectRatio?: number;
  readonly hint?: LayoutHint;
}

/**
 * One positioned box, in CSS px. `inlineStart` is the offset from the container's inline-start edge, so an
 * element that places boxes with `inset-inline-start` flows right-to-left documents from the right.
 */
export interface LayoutBox {
  /** Position of the item in the input. */
  readonly index: number;
  readonly inlineStart: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A length that follows the container width W: `perWidth * W + px`. For a fixed choice of rows or columns,
 * every coordinate of these layouts is exactly of this form (spacing stays constant), so one computed layout
 * stays valid, with no script, while the width changes within a breakpoint (see `fluidCss`).
 */
export interface FluidLength {
  readonly perWidth: number;
  readonly px: number;
}

export interface FluidBox {
  readonly index: number;
  readonly inlineStart: FluidLength;
  readonly top: FluidLength;
  readonly width: FluidLength;
  readonly height: FluidLength;
}

export interface FluidLayout {
  readonly boxes: readonly FluidBox[];
  /** Height of the whole layout. */
  readonly height: FluidLength;
}

/** What every layout returns. */
export interface LayoutResult {
  /** The width the layout was computed for (0 when the given width was not a positive number). */
  readonly containerWidth: number;
  /** Boxes in input order, at `containerWidth`, edges rounded to whole px (see `layoutAtWidth`). */
  readonly boxes: readonly LayoutBox[];
  readonly height: number;
  /** The same layout as lengths that follow the container width. */
  readonly fluid: FluidLayout;
}
