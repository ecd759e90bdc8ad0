// The lazy chunk for documents that are not small, valid JSON: large ones are parsed in slices, broken ones
// are scanned to say where they break.
import { parseJson } from '../core/load/parse-json.js';
import { parseJsonInSlices } from '../core/load/sliced-json.js';
import type { LoadedDocument } from './load-document.js';
import { nextTask } from './next-task.js';

/** Parses a large document in slices of 10 ms, each in its own task. */
export function parseLargeJson(text: string): Promise<unknown> {
  return parseJsonInSlices(text, { sliceMs: 10, now: () => performance.now(), pause: nextTask });
}

/** Where a document stops being JSON. */
export function locateParseError(text: string): LoadedDocument {
  const parsed = parseJson(text);
  if (parsed.ok)
    return { ok: false, kind: 'parse', line: 1, column: 1, message: '', looksLikeHtml: false };
  return { ...parsed, kind: 'parse' };
}
