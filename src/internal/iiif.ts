import type { Problem } from '../core/format/types.js';
import { loadDocument } from './load-document.js';

/** IIIF Presentation documents say so in their `@context`; our own format never does. */
export function looksLikeIiif(json: unknown): boolean {
  if (typeof json !== 'object' || json === null) return false;
  const context = (json as Record<string, unknown>)['@context'];
  const contexts = Array.isArray(context) ? context : [context];
  return contexts.some(
    (entry) => typeof entry === 'string' && entry.includes('iiif.io/api/presentation'),
  );
}

/** Child manifests of a collection are fetched this many at a time. */
const CONCURRENT_CHILDREN = 4;

/**
 * Converts a IIIF Manifest or Collection with the lazily loaded importer. A collection's child manifests are
 * fetched (one level deep, in order, a few at a time); one that fails becomes a warning, not a failure.
 */
export async function importIiifDocument(
  json: unknown,
  baseUrl: string,
  { signal, timeoutSeconds }: { signal: AbortSignal; timeoutSeconds: number },
): Promise<{ exhibition: unknown; problems: Problem[] }> {
  const { importIiif, mergeCollection } = await import('../core/import/iiif.js');
  const imported = importIiif(json, { baseUrl });
  const children = imported.children ?? [];
  if (children.length === 0) return imported;
  const outcomes: Parameters<typeof mergeCollection>[1] = new Array(children.length);
  let next = 0;
  const worker = async () => {
    while (next < children.length) {
      const position = next;
      next += 1;
      const child = children[position]!;
      const loaded = await loadDocument(child.id, { signal, timeoutSeconds });
      outcomes[position] = loaded.ok
        ? { ok: true, result: importIiif(loaded.json, { baseUrl: loaded.baseUrl }) }
        : {
            ok: false,
            id: child.id,
            reason:
              loaded.kind === 'network'
                ? loaded.status !== undefined
                  ? `HTTP ${loaded.status}`
                  : loaded.timedOut
                    ? 'timed out'
                    : 'unreachable'
                : `not JSON (line ${loaded.line}, column ${loaded.column})`,
          };
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_CHILDREN, children.length) }, worker));
  return mergeCollection(imported, outcomes);
}
