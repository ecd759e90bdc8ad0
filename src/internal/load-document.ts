import type { ValidBeginning } from './json-text.js';

/** A JSON document read from `src`, or why it could not be read. */
export type LoadedDocument =
  | { readonly ok: true; readonly json: unknown; readonly baseUrl: string }
  | {
      readonly ok: false;
      readonly kind: 'network';
      readonly status?: number;
      readonly timedOut: boolean;
    }
  | {
      readonly ok: false;
      readonly kind: 'parse';
      readonly line: number;
      readonly column: number;
      readonly message: string;
      readonly looksLikeHtml: boolean;
    };

/** From this many characters, a document is parsed in slices. */
const SLICED_PARSE_LENGTH = 1_000_000;

export class LoadAbortedError extends Error {
  constructor() {
    super('The request was replaced by a newer one.');
  }
}

export interface LoadOptions {
  readonly signal: AbortSignal;
  readonly timeoutSeconds: number;
  /** Given a large document's first section, read without errors, before the whole of it is parsed. */
  readonly onBeginning?: (beginning: ValidBeginning) => void;
}

/**
 * Fetches and parses an exhibition document. `signal` aborts it (a newer `src`); `timeoutSeconds` ends a
 * request still pending as a network error. Relative URLs inside resolve against the final response URL.
 */
export async function loadDocument(
  src: string,
  { signal, timeoutSeconds, onBeginning }: LoadOptions,
): Promise<LoadedDocument> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      controller.abort();
    },
    Math.max(0, timeoutSeconds) * 1000,
  );
  try {
    const url = new URL(src, document.baseURI).href;
    const response = await fetch(url, {
      signal: controller.signal,
      headers: { accept: 'application/json, application/ld+json;q=0.9, */*;q=0.1' },
    });
    if (!response.ok)
      return { ok: false, kind: 'network', status: response.status, timedOut: false };
    return await parseDocument(await response.text(), response.url || url, { signal, onBeginning });
  } catch {
    if (signal.aborted) throw new LoadAbortedError();
    return { ok: false, kind: 'network', timedOut };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

/**
 * Parses a document's text, or says where it stops being JSON. `signal` ends the reading of a large
 * document's beginning; `baseUrl` is the document's own URL. Should the scanner that says where not load,
 * that is a network error, with Retry.
 */
export async function parseDocument(
  text: string,
  baseUrl: string,
  { signal, onBeginning }: Omit<LoadOptions, 'timeoutSeconds'>,
): Promise<LoadedDocument> {
  try {
    return { ok: true, json: await parseText(text, baseUrl, signal, onBeginning), baseUrl };
  } catch {
    return locateParseError(text).catch(() => ({ ok: false, kind: 'network', timedOut: false }));
  }
}

/**
 * JSON.parse of a megabyte and more blocks the page for tens of milliseconds (100 and more for 8 MB):
 * such documents are parsed in slices, by a chunk loaded only for them, and their beginning is handed to
 * `onBeginning` first. Should that fail for any reason (the chunk not loading, a document it cannot
 * split), the native parse decides: nothing is lost.
 */
function parseText(
  text: string,
  baseUrl: string,
  signal: AbortSignal,
  onBeginning?: (beginning: ValidBeginning) => void,
): unknown {
  return text.length < SLICED_PARSE_LENGTH
    ? JSON.parse(text)
    : import('./json-text.js')
        .then(async (chunk) => {
          const beginning = onBeginning && (await chunk.readBeginning(text, baseUrl, signal));
          if (beginning) onBeginning(beginning);
          return chunk.parseLargeJson(text);
        })
        .catch(() => JSON.parse(text));
}

/** Says where a document stops being JSON; the scanner that finds out is loaded only when one does. */
export function locateParseError(text: string): Promise<LoadedDocument> {
  return import('./json-text.js').then((chunk) => chunk.locateParseError(text));
}
