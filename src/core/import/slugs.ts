// Ids for the exhibition, its sections and items (the page's #fragments) and its places, derived from IIIF ids
// so that a link to a photo keeps working when the manifest is imported again.

/** Path segments that name a kind of resource rather than this one (…/book1/manifest.json is "book1"). */
const GENERIC_SEGMENT = /^(manifest|collection|canvas|range|sequence|index|info)?$/;

/**
 * A slug from the last meaningful path segment of `iiifId`: lowercased, other characters than a-z 0-9 . _ -
 * as "-", starting with a letter (`prefix` is put before one that does not), or `fallback` without any.
 */
export function slugFrom(iiifId: unknown, prefix: string, fallback: string): string {
  const path =
    typeof iiifId === 'string' ? iiifId.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*|[?#].*/gi, '') : '';
  const segment = path
    .split('/')
    .map((part) =>
      decodePercent(part)
        .toLowerCase()
        .replace(/\.json$/, ''),
    )
    .reverse()
    .find((part) => !GENERIC_SEGMENT.test(part));
  const slug = (segment ?? '')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  if (slug === '') return fallback;
  return /^[a-z]/.test(slug) ? slug : prefix + slug;
}

/** `Folio%201r` is "Folio 1r"; a malformed escape is kept as written. */
function decodePercent(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Hands out each id once: a repeated one becomes `id-2`, `id-3`, … */
export class Slugs {
  private readonly used = new Set<string>();
  /** The next suffix to try for a base, so that thousands of repeats stay linear. */
  private readonly nextSuffix = new Map<string, number>();

  take(base: string): string {
    let id = base;
    let n = this.nextSuffix.get(base) ?? 2;
    while (this.used.has(id)) id = `${base}-${n++}`;
    this.nextSuffix.set(base, n);
    this.used.add(id);
    return id;
  }
}
