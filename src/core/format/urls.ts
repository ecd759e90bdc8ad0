// The one safe-URL check of the project (format.md, "URL"). Every URL taken from a document passes here
// for its context before it is rendered or fetched.
//
// Allowed:
// - everywhere: absolute `http:`/`https:` URLs and relative references (resolved against an http(s)
//   `baseUrl` when one is given, so an exhibition folder moves as a unit; kept as given otherwise);
// - 'link': also `mailto:` (a caption may offer to write to an archive; it runs nothing);
// - 'image': also `data:image/...` and `blob:`. SVG data URLs are allowed: scripts in an SVG run only when
//   it is opened as a document, never when it is displayed through `<img>`/`srcset`, the only way these
//   URLs are used;
// - 'service' (IIIF Image API services, documents to fetch): only http(s) and relative.
// Everything else (`javascript:`, `vbscript:`, `data:text/html`, `file:`, unknown schemes) is refused.

export type UrlContext = 'link' | 'image' | 'service';

/** Browsers remove ASCII tab and newline anywhere in a URL. */
const REMOVED_ANYWHERE = /[\t\n\r]/g;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const HTTP_PROTOCOL = /^https?:$/;
const IMAGE_DATA_URL = /^data:image\/[A-Za-z0-9.+-]+[;,]/i;
/** A base for checking that a relative reference parses when the caller gave none. */
const PLACEHOLDER_BASE = 'https://base.invalid/';

interface ParsedUrl {
  readonly href: string;
  readonly protocol: string;
}
type UrlConstructor = new (url: string, base?: string) => ParsedUrl;
// `URL` exists in every supported runtime (browsers, Node 20) but not in lib ES2022, which src/core uses.
const UrlParser = (globalThis as unknown as { URL: UrlConstructor }).URL;

/**
 * The URL to use for `value` in `context`, or null when it is not a string, is empty, or is not safe there.
 * Absolute http(s) URLs come back normalised (`href`); relative references come back resolved against
 * `baseUrl`, or as given (without surrounding whitespace) when there is no usable base.
 */
export function safeUrl(value: unknown, context: UrlContext, baseUrl?: string): string | null {
  if (typeof value !== 'string') return null;
  const url = trimControlsAndSpaces(value.replace(REMOVED_ANYWHERE, ''));
  if (url === '') return null;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return resolveRelative(url, baseUrl);
  if (scheme === 'http' || scheme === 'https') {
    const parsed = parse(url);
    return parsed && HTTP_PROTOCOL.test(parsed.protocol) ? parsed.href : null;
  }
  if (context === 'link' && scheme === 'mailto') return url;
  if (context === 'image' && scheme === 'data') return IMAGE_DATA_URL.test(url) ? url : null;
  if (context === 'image' && scheme === 'blob') return url.length > 'blob:'.length ? url : null;
  return null;
}

function resolveRelative(reference: string, baseUrl: string | undefined): string | null {
  const base = baseUrl === undefined ? undefined : parse(baseUrl);
  // Only an http(s) base is used: a reference resolved against file: or another scheme would not pass
  // this check again, and the browser resolves it against the page anyway.
  const resolved =
    base && HTTP_PROTOCOL.test(base.protocol) ? parse(reference, base.href) : undefined;
  if (resolved) return resolved.href;
  return parse(reference, PLACEHOLDER_BASE) ? reference : null;
}

/** Browsers also drop C0 controls and spaces at either end, so `" java\tscript:"` is `javascript:` to them. */
function trimControlsAndSpaces(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start++;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end--;
  return value.slice(start, end);
}

function parse(url: string, base?: string): ParsedUrl | undefined {
  try {
    return new UrlParser(url, base);
  } catch {
    return undefined;
  }
}
