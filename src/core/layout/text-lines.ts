/**
 * How many lines a caption takes in a box of a given width, estimated from its text alone: the exhibit
 * gives blocks it has not laid out yet a height from this (see `BlockHeights`), and how wrong that is
 * decides how far content moves when such a block first appears.
 */

/** One run of text: a title, a paragraph, a date line. */
export interface TextRun {
  readonly text: string;
  /** Its font size, relative to the caption's. */
  readonly scale?: number;
  /** Space around it, in caption lines. */
  readonly spacing?: number;
  /** Width taken from the box (a quotation's indent), in ems of the caption's font. */
  readonly indent?: number;
}

/**
 * Wide characters (Hangul, CJK ideographs and kana, full-width forms) take about one em; the others, in
 * proportional Latin, Cyrillic or Arabic type, about half of one.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;
const NARROW_EM = 0.5;
/** A line is not filled to its end: words wrap whole. */
const FILL = 0.93;

/** The width of a string in ems, by the averages above. */
export function emWidth(text: string): number {
  const wide = text.match(WIDE)?.length ?? 0;
  return wide + (text.length - wide) * NARROW_EM;
}

/**
 * Estimated height of these runs, stacked, in a box `widthEm` ems of the caption's font wide, in caption
 * lines (a line of a run at scale 0.875 counts 0.875).
 */
export function estimatedLines(runs: readonly TextRun[], widthEm: number): number {
  // A box of no known width holds an em per line: the estimate errs tall, never NaN.
  const box = Number.isFinite(widthEm) ? widthEm : 0;
  let lines = 0;
  for (const run of runs) {
    const scale = run.scale ?? 1;
    const width = Math.max(1, box - (run.indent ?? 0)) * FILL;
    const runLines = run.text ? Math.max(1, Math.ceil((emWidth(run.text) * scale) / width)) : 0;
    lines += runLines * scale + (run.spacing ?? 0);
  }
  return lines;
}
