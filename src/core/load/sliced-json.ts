/**
 * JSON.parse for documents too large to parse in one task (an exhibition of 10,000 photos is 8 MB of JSON,
 * and parsing it at once blocks the page for 100 ms and more). The text is read in slices that each end
 * after `sliceMs`: one pass finds the extent of every array and object too large to parse whole, then the
 * small values between them are parsed with the native JSON.parse and put together. The result is what
 * JSON.parse gives (same values, key order, duplicate keys and `__proto__` keys as own properties); text
 * that is not JSON throws a SyntaxError, as JSON.parse does, without saying where (parse-json.ts does).
 */
import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  closingQuote,
  isSpace,
  notJson,
} from './json-scan.js';

export interface SlicedParseOptions {
  /** How long one slice of work may run, in milliseconds. */
  readonly sliceMs: number;
  readonly now: () => number;
  /** Ends the slice: resolves when the next one may start (a new task). */
  readonly pause: () => Promise<unknown>;
  /** Values shorter than this (in UTF-16 code units) are parsed whole; tests make it small. */
  readonly leafLength?: number;
}

/** Large enough that a value of this size parses in well under a millisecond. */
const LEAF_LENGTH = 16_384;
/**
 * Large values nested deeper than this are parsed whole: putting values together recurses once per level,
 * and a pathological document (arrays nested 100,000 deep) must not exhaust the stack that JSON.parse does not.
 */
const MOST_SPLIT_DEPTH = 64;
/** How many tokens the scanner reads between looks at the clock. */
const TOKENS_PER_CHECK = 2048;

/** An array or object too long to parse whole, with the separators of its own members. */
interface LargeValue {
  readonly start: number;
  /** Offset of its closing bracket or brace. */
  readonly end: number;
  readonly isObject: boolean;
  /** Offsets of the commas (and, for objects, the colons) directly inside it, in order. */
  readonly separators: readonly number[];
  /** Its large members, in order. */
  readonly children: readonly LargeValue[];
}

/** A container being scanned. */
interface OpenValue {
  readonly start: number;
  readonly isObject: boolean;
  /** Where its separators begin on the shared separator stack. */
  readonly separatorsFrom: number;
  readonly children: LargeValue[];
}

export async function parseJsonInSlices(
  text: string,
  options: SlicedParseOptions,
): Promise<unknown> {
  const leafLength = options.leafLength ?? LEAF_LENGTH;
  if (text.length < leafLength) return JSON.parse(text);
  let sliceEnd = options.now() + options.sliceMs;
  const maybePause = async () => {
    if (options.now() < sliceEnd) return;
    await options.pause();
    sliceEnd = options.now() + options.sliceMs;
  };

  // Pass 1: the extent and separators of every large array and object.
  const separators: number[] = [];
  const open: OpenValue[] = [];
  const roots: LargeValue[] = [];
  let tokens = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      index = closingQuote(text, index);
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      open.push({
        start: index,
        isObject: code === OPEN_BRACE,
        separatorsFrom: separators.length,
        children: [],
      });
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      const value = open.pop();
      if (!value || value.isObject !== (code === CLOSE_BRACE)) throw notJson();
      if (index + 1 - value.start >= leafLength && open.length < MOST_SPLIT_DEPTH) {
        const large = { ...value, end: index, separators: separators.slice(value.separatorsFrom) };
        (open[open.length - 1]?.children ?? roots).push(large);
      }
      separators.length = value.separatorsFrom;
    } else if (code === COMMA || code === COLON) {
      if (open.length > 0) separators.push(index);
    } else {
      continue;
    }
    if (++tokens % TOKENS_PER_CHECK === 0) await maybePause();
  }
  if (open.length > 0) throw notJson();
  const root = roots[0];
  // A long string, or a document whose large values are not its top-level one: parsed whole.
  if (!root || roots.length > 1 || !isSpace(text, 0, root.start) || !isSpace(text, root.end + 1)) {
    return JSON.parse(text);
  }

  // Pass 2: each large value from its members, the small ones parsed natively.
  const build = async (value: LargeValue): Promise<unknown> => {
    const members = memberSpans(value);
    let childIndex = 0;
    const parseSpan = async (from: number, to: number): Promise<unknown> => {
      const child = value.children[childIndex];
      if (child && child.start >= from && child.end < to) {
        childIndex += 1;
        if (!isSpace(text, from, child.start) || !isSpace(text, child.end + 1, to)) throw notJson();
        return build(child);
      }
      await maybePause();
      return JSON.parse(text.slice(from, to));
    };
    const empty = members.length === 1 && isSpace(text, value.start + 1, value.end);
    if (!value.isObject) {
      const items: unknown[] = [];
      if (empty) return items;
      if (value.separators.some((separator) => text.charCodeAt(separator) !== COMMA))
        throw notJson();
      for (const [from, to] of members) items.push(await parseSpan(from, to));
      return items;
    }
    const record: Record<string, unknown> = {};
    if (empty) return record;
    if (value.separators.length !== members.length * 2 - 1) throw notJson();
    for (let position = 0; position < value.separators.length; position += 2) {
      // Separators alternate colon, comma, colon, ...: a member is `key : value`.
      const colon = value.separators[position]!;
      const from = position === 0 ? value.start + 1 : value.separators[position - 1]! + 1;
      const to = value.separators[position + 1] ?? value.end;
      if (text.charCodeAt(colon) !== COLON) throw notJson();
      if (position + 1 < value.separators.length && text.charCodeAt(to) !== COMMA) throw notJson();
      const key: unknown = JSON.parse(text.slice(from, colon));
      if (typeof key !== 'string') throw notJson();
      // As JSON.parse does: an own property even for "__proto__".
      Object.defineProperty(record, key, {
        value: await parseSpan(colon + 1, to),
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
    return record;
  };
  return build(root);
}

/** The offsets between which each member of a large array (or each `key: value` of an object) lies. */
function memberSpans(value: LargeValue): Array<[number, number]> {
  const commas = value.isObject
    ? value.separators.filter((_, position) => position % 2 === 1)
    : value.separators;
  const spans: Array<[number, number]> = [];
  let from = value.start + 1;
  for (const comma of commas) {
    spans.push([from, comma]);
    from = comma + 1;
  }
  spans.push([from, value.end]);
  return spans;
}
