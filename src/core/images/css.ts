import { isPositive } from './numbers.js';

/**
 * The `sizes` of a tile whose rendered width is known: `312px`, rounded up so the browser never picks a file
 * too small. Media conditions with `vw` are only right when the exhibition spans the viewport; the element
 * knows its real width, so a plain length is both simpler and correct wherever it is embedded. When a layout
 * is reused fluidly across a width breakpoint, pass the box width at the breakpoint's upper end. Without a
 * box width the container width is used, and without either `100vw`.
 */
export function sizesAttribute(boxWidthPx: number, containerWidthPx?: number): string {
  const width = isPositive(boxWidthPx) ? boxWidthPx : containerWidthPx;
  return isPositive(width) ? `${Math.ceil(width)}px` : '100vw';
}

/** CSS `object-position` for a focus point `[x, y]` in 0..1 (clamped; a missing value is the centre). */
export function objectPosition(focus?: readonly [number, number]): string {
  const percent = (value: unknown): string => {
    const fraction = typeof value === 'number' && Number.isFinite(value) ? value : 0.5;
    return `${Math.round(Math.min(Math.max(fraction, 0), 1) * 10000) / 100}%`;
  };
  return Array.isArray(focus) ? `${percent(focus[0])} ${percent(focus[1])}` : '50% 50%';
}

/**
 * A CSS `url()` value for a URL that has passed the safe-URL check: quoted, with the characters that could end
 * the string or the declaration (quotes, backslashes, line breaks and other control characters) escaped.
 */
export function cssUrl(url: string): string {
  const escaped = url.replace(
    // eslint-disable-next-line no-control-regex -- control characters are among what must be escaped
    /["\\\u0000-\u001f\u007f]/g,
    (character) => `\\${character.charCodeAt(0).toString(16)} `,
  );
  return `url("${escaped}")`;
}
