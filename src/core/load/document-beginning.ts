/**
 * The first screen of a large exhibition without parsing all of it. One pass over the text, building no
 * values, finds where the document's first section ends and counts the items its sections list; the text up
 * to that section, closed after it, is then parsed natively: the root object's members before `sections`
 * and the first section. Parsing the whole document (sliced-json.ts) takes over 100 ms at 5,000 photos in
 * Chromium; this pass about a third of that, in slices too.
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
} from './json-scan.js';

export interface DocumentBeginning {
  /** `{ ...the root's members before "sections", "sections": [the first section] }`. */
  readonly json: unknown;
  /** How many items the whole document lists, as declaredItemCount() counts them on the parsed document. */
  readonly itemCount: number;
}

export interface BeginningOptions {
  /** A first section that ends this far into the text or further is not worth reading first. */
  readonly maxLength: number;
  /** How long one slice of work may run, in milliseconds. */
  readonly sliceMs: number;
  readonly now: () => number;
  /** Ends the slice: resolves when the next one may start (a new task), rejects to stop reading. */
  readonly pause: () => Promise<unknown>;
}

/** How many characters are read between looks at the clock (well under a millisecond of work). */
const CHARS_PER_CHECK = 65_536;

// What an open array or object is to the exhibition format. Plain numbers, not an enum: with isolated
// modules an enum is an object whose members the hot loop would look up.
const ROOT = 0;
const SECTIONS = 1;
const SECTION = 2;
const ITEMS = 3;
const OTHER = 4;
/**
 * Where the roles end: the root is at depth 1, its sections list at 2, a section at 3 and the section's
 * items list at 4. Deeper arrays and objects (the items' own) are only counted, not matched: a bracket that
 * does not match in there breaks the whole parse, which then says where.
 */
const ROLE_DEPTH = 4;

/**
 * The beginning of an exhibition document, or undefined when it has none to show before the whole is
 * parsed: its root is not an object, it has no `sections` list (or more than one `sections` key: the last
 * one counts, and it is not known until the end), its first section is not an object or ends at or beyond
 * `maxLength`, or its brackets do not balance (the whole parse then says where it breaks).
 */
export async function readDocumentBeginning(
  text: string,
  options: BeginningOptions,
): Promise<DocumentBeginning | undefined> {
  const scan = new BeginningScan(text);
  let sliceEnd = options.now() + options.sliceMs;
  try {
    for (let from = 0; from < text.length; ) {
      from = scan.read(from, Math.min(text.length, from + CHARS_PER_CHECK));
      // Past `maxLength` without a first section ending before it, the rest cannot give a beginning.
      if (scan.failed || Math.min(scan.sectionEnd, from) >= options.maxLength) return undefined;
      if (options.now() >= sliceEnd) {
        await options.pause();
        sliceEnd = options.now() + options.sliceMs;
      }
    }
    const end = scan.firstSectionEnd();
    if (end === undefined) return undefined;
    return { json: JSON.parse(`${text.slice(0, end + 1)}]}`), itemCount: scan.itemCount };
  } catch {
    // A string that never ends, a key with a broken escape, a beginning that is not JSON; or stopped.
    return undefined;
  }
}

/** The scan's state between slices. */
class BeginningScan {
  failed = false;
  itemCount = 0;
  /** How many arrays and objects are open. */
  private depth = 0;
  /** The open containers down to ROLE_DEPTH: `role * 2`, plus 1 for an object. */
  private readonly open: number[] = [];
  /** The depth at which commas separate items (that of an open items list), else -1. */
  private itemsDepth = -1;
  /** The last string read, which is a key when a colon follows it. */
  private stringStart = -1;
  private stringEnd = -1;
  /** The key whose value comes next, in the root object and in a section. */
  private rootKey = '';
  private sectionKey = '';
  private sectionsKeys = 0;
  private sectionsLists = 0;
  /** Where the first section ends, once read. */
  sectionEnd = Infinity;
  private sectionCount = 0;
  private sectionItems = 0;
  private itemsStart = -1;
  private itemCommas = 0;

  constructor(private readonly text: string) {}

  /** Where the first section ends, when the whole text has one list of sections and is balanced. */
  firstSectionEnd(): number | undefined {
    const complete = this.depth === 0 && this.sectionsKeys === 1 && this.sectionsLists === 1;
    return complete && this.sectionEnd !== Infinity ? this.sectionEnd : undefined;
  }

  /**
   * Reads from `from` to about `to` (a string that starts before `to` is read to its end); returns where
   * the next read starts. This runs once per document, mostly before the engine has optimised it, so the
   * loop is kept as small as a bare scan's and works on locals, written back at the end; what the few
   * brackets and keys near the root mean is worked out by the methods below.
   */
  read(from: number, to: number): number {
    const { text } = this;
    let { depth, itemsDepth, stringStart, stringEnd, itemCommas } = this;
    let index = from;
    for (; index < to; index++) {
      const code = text.charCodeAt(index);
      if (code === QUOTE) {
        stringStart = index;
        index = closingQuote(text, index);
        stringEnd = index;
      } else if (code === COMMA) {
        if (depth === itemsDepth) itemCommas += 1;
        else if (depth < ROLE_DEPTH) this.endMember(depth);
      } else if (code === COLON) {
        if (depth < ROLE_DEPTH) this.readKey(depth, stringStart, stringEnd);
      } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        depth += 1;
        if (depth <= ROLE_DEPTH) {
          if (this.enter(code === OPEN_BRACE, index) === ITEMS) {
            itemsDepth = depth;
            itemCommas = 0;
          }
          if (this.failed) return to;
        }
      } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        if (depth <= ROLE_DEPTH) {
          if (depth === itemsDepth) {
            this.itemCommas = itemCommas;
            itemsDepth = -1;
          }
          this.leave(code === CLOSE_BRACE, index);
          if (this.failed) return to;
        }
        depth -= 1;
      }
    }
    this.depth = depth;
    this.itemsDepth = itemsDepth;
    this.stringStart = stringStart;
    this.stringEnd = stringEnd;
    this.itemCommas = itemCommas;
    return index;
  }

  /** The role of the innermost container down to ROLE_DEPTH. */
  private get top(): number {
    const entry = this.open[this.open.length - 1];
    return entry === undefined ? OTHER : entry >> 1;
  }

  /** A comma above the items: in the root object or a section, the next member's key is not read yet. */
  private endMember(depth: number) {
    if (depth !== this.open.length) return;
    const top = this.top;
    if (top === ROOT) this.rootKey = '';
    else if (top === SECTION) this.sectionKey = '';
  }

  private readKey(depth: number, start: number, end: number) {
    if (depth !== this.open.length) return;
    const top = this.top;
    if (top === ROOT) {
      this.rootKey = keyAt(this.text, start, end);
      if (this.rootKey === 'sections') this.sectionsKeys += 1;
    } else if (top === SECTION) {
      this.sectionKey = keyAt(this.text, start, end);
      // An `items` key replaces an earlier one (a value that is not a list counts no items).
      if (this.sectionKey === 'items') this.sectionItems = 0;
    }
  }

  /** An array or object opens at `index`, at most ROLE_DEPTH deep: returns its role. */
  private enter(isObject: boolean, index: number): number {
    const { open } = this;
    const top = this.top;
    let role = OTHER;
    if (open.length === 0) {
      if (!isObject) this.failed = true;
      role = ROOT;
    } else if (top === ROOT) {
      if (this.rootKey === 'sections' && !isObject) {
        role = SECTIONS;
        this.sectionsLists += 1;
      }
      this.rootKey = '';
    } else if (top === SECTIONS) {
      if (isObject) {
        role = SECTION;
        this.sectionItems = 0;
      }
    } else if (top === SECTION) {
      if (this.sectionKey === 'items' && !isObject) {
        role = ITEMS;
        this.itemsStart = index;
      }
      this.sectionKey = '';
    }
    open.push(role * 2 + (isObject ? 1 : 0));
    return role;
  }

  /** The innermost array or object, at most ROLE_DEPTH deep, closes at `index`. */
  private leave(isObject: boolean, index: number) {
    const { text } = this;
    const top = this.top;
    const entry = this.open.pop();
    if (entry === undefined || entry % 2 !== (isObject ? 1 : 0)) {
      this.failed = true;
    } else if (top === ITEMS) {
      this.sectionItems = this.itemCommas + (isSpace(text, this.itemsStart + 1, index) ? 0 : 1);
    } else if (top === SECTION) {
      if (this.sectionCount === 0) this.sectionEnd = index;
      this.sectionCount += 1;
      this.itemCount += this.sectionItems;
    } else if (top === ROOT && !isSpace(text, index + 1)) {
      this.failed = true;
    }
  }
}

/** The key written as the string from `start` to `end` (its quotes). */
function keyAt(text: string, start: number, end: number): string {
  const raw = text.slice(start, end + 1);
  return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
}
