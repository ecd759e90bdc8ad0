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

export class LoadAbortedError extends Error {
  constructor() {
    super('The request was replaced by a newer one.');
  }
}

/**
 * Fetches and parses an exhibition document. `signal` aborts it (a newer `src`); `timeoutSeconds` ends a
 * request still pending as a network error. Relative URLs inside resolve against the final response URL.
 */
export async function loadDocument(
  src: string,
  { signal, timeoutSeconds }: { signal: AbortSignal; timeoutSeconds: number },
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
      credentials: 'same-origin',
      headers: { accept: 'application/json, application/ld+json;q=0.9, */*;q=0.1' },
    });
    if (!response.ok)
      return { ok: false, kind: 'network', status: response.status, timedOut: false };
    const text = await response.text();
    try {
      return { ok: true, json: JSON.parse(text), baseUrl: response.url || url };
    } catch {
      return await locateParseError(text);
    }
  } catch {
    if (signal.aborted) throw new LoadAbortedError();
    return { ok: false, kind: 'network', timedOut };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

/** Says where a document stops being JSON; the scanner that finds out is loaded only when one does. */
export async function locateParseError(text: string): Promise<LoadedDocument> {
  const { parseJson } = await import('../core/load/parse-json.js');
  const parsed = parseJson(text);
  if (parsed.ok)
    return { ok: false, kind: 'parse', line: 1, column: 1, message: '', looksLikeHtml: false };
  return { ...parsed, kind: 'parse' };
}
