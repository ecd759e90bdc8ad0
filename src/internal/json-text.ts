// The lazy chunk for documents that are not small, valid JSON: large ones are parsed in slices (their
// first section read first), broken ones are scanned to say where they break.
import type { Exhibition } from '../core/format/types.js';
import { validateInSlices } from '../core/format/validate.js';
import { readDocumentBeginning } from '../core/load/document-beginning.js';
import { parseJson } from '../core/load/parse-json.js';
import { parseJsonInSlices } from '../core/load/sliced-json.js';
import type { LoadedDocument } from './load-document.js';
import { nextTask } from './next-task.js';

/** Parses a large document in slices of 10 ms, each in its own task (the first one too). */
export async function parseLargeJson(text: string): Promise<unknown> {
  await nextTask();
  return parseJsonInSlices(text, { sliceMs: 10, now: () => performance.now(), pause: nextTask });
}

/** A beginning longer than this is not worth it: parsing it natively would be a long task. */
const MOST_BEGINNING_LENGTH = 1_000_000;

/** A large document's beginning, validated: the header and the first section. */
export interface ValidBeginning {
  readonly exhibition: Exhibition;
  /** How many items the whole document lists. */
  readonly itemCount: number;
}

/**
 * A large document's first section (if it is in the document's first quarter), validated on its own.
 * Undefined when it has errors: an error may be the beginning's alone (a person listed after the
 * sections), and the whole document decides. The whole document is parsed after this, so that the first
 * screen comes first.
 */
export async function readBeginning(
  text: string,
  baseUrl: string,
  signal: AbortSignal,
): Promise<ValidBeginning | undefined> {
  const beginning = await readDocumentBeginning(text, {
    maxLength: Math.min(text.length / 4, MOST_BEGINNING_LENGTH),
    sliceMs: 10,
    now: () => performance.now(),
    // A newer source, or the element leaving the page, ends the reading.
    pause: () => nextTask().then(() => signal.throwIfAborted()),
  });
  if (!beginning) return undefined;
  const result = await validateInSlices(beginning.json, {
    baseUrl,
    sliceMs: 25,
    now: () => performance.now(),
    pause: nextTask,
    current: () => !signal.aborted,
    onSections: () => undefined,
  });
  if (!result?.exhibition || result.problems.some((problem) => problem.severity === 'error')) {
    return undefined;
  }
  return { exhibition: result.exhibition, itemCount: beginning.itemCount };
}

/** Where a document stops being JSON. */
export function locateParseError(text: string): LoadedDocument {
  const parsed = parseJson(text);
  if (parsed.ok)
    return { ok: false, kind: 'parse', line: 1, column: 1, message: '', looksLikeHtml: false };
  return { ...parsed, kind: 'parse' };
}
