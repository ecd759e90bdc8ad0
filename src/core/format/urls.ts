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
  readonly search: string;
  readonly hash: string;
}
/**
 * Shapes whose parsed form is known without a parser (thousands of image URLs per document): a relative
 * path of unreserved characters without "." or ".." segments, and an absolute http(s) URL with a lower-case
 * host name ending in a letter label (so not an IPv4 address), a port that is not the default, and such a
 * path. Anything else goes through `URL`.
 */
const SIMPLE_RELATIVE =
  /^((?:\.\.?\/)*)([A-Za-z0-9_~-][A-Za-z0-9._~-]*(?:\/[A-Za-z0-9._~-]+)*\/?)$/;
const SIMPLE_ABSOLUTE =
  /^(https?):\/\/((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z](?:[a-z0-9-]*[a-z0-9])?)(?::([1-9][0-9]{0,4}))?(\/(?:[A-Za-z0-9._~-]+\/?)*)?$/;
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;
const DEFAULT_PORTS: Readonly<Record<string, string>> = { http: '80', https: '443' };
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
    const simple = simpleAbsolute(url);
    if (simple !== undefined) return simple;
    const parsed = parse(url);
    return parsed && HTTP_PROTOCOL.test(parsed.protocol) ? parsed.href : null;
  }
  if (context === 'link' && scheme === 'mailto') return url;
  if (context === 'image' && scheme === 'data') return IMAGE_DATA_URL.test(url) ? url : null;
  if (context === 'image' && scheme === 'blob') return url.length > 'blob:'.length ? url : null;
  return null;
}

function resolveRelative(reference: string, baseUrl: string | undefined): string | null {
  const base = baseUrl === undefined ? undefined : parsedBase(baseUrl);
  const simple = SIMPLE_RELATIVE.exec(reference);
  const path = simple?.[2];
  const isSimple = path !== undefined && !DOT_SEGMENT.test(path);
  // Only an http(s) base is used: a reference resolved against file: or another scheme would not pass
  // this check again, and the browser resolves it against the page anyway.
  if (base && HTTP_PROTOCOL.test(base.protocol)) {
    if (isSimple) {
      // "../" climbs one directory (never above the root); "./" stays.
      const climbs = (simple?.[1] ?? '').split('../').length - 1;
      const directories = base.directories.slice(0, Math.max(0, base.directories.length - climbs));
      return `${base.root}/${[...directories, path].join('/')}`;
    }
    const resolved = parse(reference, base.href);
    if (resolved) return resolved.href;
  }
  return isSimple || parse(reference, PLACEHOLDER_BASE) ? reference : null;
}

function simpleAbsolute(url: string): string | undefined {
  const match = SIMPLE_ABSOLUTE.exec(url);
  if (!match) return undefined;
  const [, scheme = '', host = '', port, path] = match;
  if (host.includes('--') || (path !== undefined && DOT_SEGMENT.test(path))) return undefined;
  if (port !== undefined && (port === DEFAULT_PORTS[scheme] || Number(port) > 65535))
    return undefined;
  return path === undefined ? `${url}/` : url;
}

interface ParsedBase {
  readonly href: string;
  readonly protocol: string;
  /** Scheme, user info, host and port: everything before the path. */
  readonly root: string;
  /** The path's directories, where a relative path resolves. */
  readonly directories: readonly string[];
}

let lastBase: { url: string; parsed: ParsedBase | undefined } | undefined;

/** The base URL parsed once for a whole document. */
function parsedBase(url: string): ParsedBase | undefined {
  if (lastBase?.url !== url) {
    const parsed = parse(url);
    let result: ParsedBase | undefined;
    if (parsed) {
      const { href, protocol, search, hash } = parsed;
      const withoutQuery = href.slice(0, href.length - search.length - hash.length);
      // The path of an http(s) URL starts at the first "/" after "scheme://".
      const pathStart = withoutQuery.indexOf('/', protocol.length + 2);
      const root = pathStart < 0 ? withoutQuery : withoutQuery.slice(0, pathStart);
      const segments = pathStart < 0 ? [] : withoutQuery.slice(pathStart + 1).split('/');
      result = { href, protocol, root, directories: segments.slice(0, -1) };
    }
    lastBase = { url, parsed: result };
  }
  return lastBase.parsed;
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
