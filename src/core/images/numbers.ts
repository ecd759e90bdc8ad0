// Internal: numbers from documents as whole pixels.

export function isPositive(value: unknown): value is number {
  return typeof value === 'number' && value > 0 && Number.isFinite(value);
}

/** A positive finite number rounded to a whole pixel (at least 1), else undefined. */
export function wholePixels(value: unknown): number | undefined {
  return isPositive(value) ? Math.max(1, Math.round(value)) : undefined;
}

/** Candidates sorted by width, keeping the first one given for each width. */
export function uniqueByWidth<T extends { readonly width: number }>(candidates: readonly T[]): T[] {
  // Array.prototype.sort is stable, so "first given" survives the sort.
  const sorted = [...candidates].sort((a, b) => a.width - b.width);
  return sorted.filter(
    (candidate, index) => index === 0 || sorted[index - 1]!.width !== candidate.width,
  );
}
