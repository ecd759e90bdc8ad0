// "Did you mean" suggestions for misspelt keys and ids.

/** Longer keys are not compared: they are not typos of a short key, and the distance costs length squared. */
const MAX_COMPARED_LENGTH = 64;

/**
 * The allowed key closest to `key` by edit distance (case-insensitive, a swap of two neighbouring letters
 * counts as one edit), when it is close enough to be a likely typo; ties go to the earlier allowed key.
 */
export function closestKey(key: string, allowed: Iterable<string>): string | undefined {
  if (key.length > MAX_COMPARED_LENGTH) return undefined;
  const wanted = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    if (candidate === key) continue;
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance && distance <= typoBudget(Math.max(key.length, candidate.length))) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** One edit for short words, about one per three letters for longer ones. */
function typoBudget(length: number): number {
  return Math.max(1, Math.floor(length / 3));
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > typoBudget(Math.max(a.length, b.length))) return Infinity;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(
        (previous[j] ?? Infinity) + 1,
        (current[j - 1] ?? Infinity) + 1,
        (previous[j - 1] ?? Infinity) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, (beforePrevious[j - 2] ?? Infinity) + 1);
      }
      current.push(distance);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? Infinity;
}
