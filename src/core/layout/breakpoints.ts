// Width breakpoints: an element computes its layout when its width enters a new breakpoint, and in between
// lets CSS follow the width with the layout's fluid lengths (`fluidCss`): resizing costs no script and no
// work proportional to the number of items, and scrolling costs none at all (boxes are positioned once).
// Within a breakpoint every row or column scales with the width, so a target row height that is a fixed
// fraction of the width (`adaptiveRowHeight` between 640 and 1280 px) is kept exactly; elsewhere it drifts by
// at most the step between breakpoints, about 12 %.

/**
 * Lower bounds of the breakpoints, px, about 12 % apart. They include the widths where `columnCountFor` and
 * `adaptiveRowHeight` change behaviour, so neither changes inside a breakpoint.
 */
export const WIDTH_BREAKPOINTS: readonly number[] = [
  320, 400, 480, 560, 640, 720, 800, 900, 1000, 1120, 1280, 1440, 1600, 1840, 2080, 2400, 2800,
  3200,
];

/**
 * The breakpoint a width falls in: the largest breakpoint not above it, or 0 below the first one (and for a
 * width that is not a number). Compare results to decide whether to compute the layout again.
 */
export function widthBreakpoint(
  width: number,
  breakpoints: readonly number[] = WIDTH_BREAKPOINTS,
): number {
  let found = 0;
  for (const breakpoint of breakpoints) {
    if (breakpoint <= width && breakpoint > found) found = breakpoint;
  }
  return found;
}
