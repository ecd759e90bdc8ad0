// Field-level checks shared by every part of the validator. Each reader takes a value and its JSON Pointer,
// reports what is wrong with it, and returns the normalised value or undefined (the value is left out).
// Nothing here throws, whatever the input.

import { parseDateValue } from './dates.js';
import { OBJECT_KEYS, OBJECT_NAMES, type ObjectKind } from './keys.js';
import { LANGUAGE_KEY_PATTERN } from './patterns.js';
import { pointer } from './pointer.js';
import { closestKey } from './suggest.js';
import type { DateValue, Extensions, Problem, Prose, Text } from './types.js';
import { safeUrl, type UrlContext } from './urls.js';

export type UnknownRecord = Record<string, unknown>;

/** A language map the document contains, where it is, and its keys. */
export interface LanguageMapUse {
  path: string;
  keys: string[];
  /** False for text that is in one language by nature (a quotation's original): no translation gaps. */
  translatable: boolean;
}

const TEXT_EXAMPLE = '{ "en": "…", "ko": "…" }';
const EXTENSION_PREFIX = 'x-';

export function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as a curator would recognise it in a message. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'nothing usable';
}

/** The own fields of an object in the input, with the pointer to each. */
export class Fields {
  constructor(
    private readonly source: UnknownRecord,
    readonly path: string,
  ) {}

  /** A field is present when it is an own property with a value (JSON has no `undefined`). */
  has(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.source, key) && this.source[key] !== undefined;
  }

  get(key: string): unknown {
    return this.has(key) ? this.source[key] : undefined;
  }

  at(key: string): string {
    return this.path + pointer(key);
  }

  /** The `x-` keys, passed through unchanged. */
  extensions(): Extensions {
    const extensions: Extensions = {};
    for (const [key, value] of Object.entries(this.source)) {
      if (key.startsWith(EXTENSION_PREFIX)) extensions[key as `x-${string}`] = value;
    }
    return extensions;
  }
}

export type Reader<T> = (value: unknown, path: string) => T | undefined;

export class Checker {
  readonly problems: Problem[] = [];
  /** Every language map read, in document order (for translation gaps and the document's languages). */
  readonly languageMaps: LanguageMapUse[] = [];
  /** Whether some Text or Prose is a plain string, which is then in the document's `language`. */
  plainTextUsed = false;

  constructor(protected readonly baseUrl: string | undefined) {}

  /** Reports an error and returns its message. */
  error(path: string, message: string, hint?: string): string {
    this.problems.push(
      hint === undefined
        ? { severity: 'error', path, message }
        : { severity: 'error', path, message, hint },
    );
    return message;
  }

  warn(path: string, message: string, hint?: string): void {
    this.problems.push(
      hint === undefined
        ? { severity: 'warning', path, message }
        : { severity: 'warning', path, message, hint },
    );
  }

  /** The fields of an object of `kind`; unknown keys are reported (with a likely intended key) and ignored. */
  object(value: unknown, path: string, kind: ObjectKind, hint?: string): Fields | undefined {
    if (!isRecord(value)) {
      this.error(path, `must be ${OBJECT_NAMES[kind]} ({ … }), got ${describeValue(value)}`, hint);
      return undefined;
    }
    const allowed: readonly string[] = OBJECT_KEYS[kind];
    for (const key of Object.keys(value)) {
      if (key.startsWith(EXTENSION_PREFIX) || allowed.includes(key)) continue;
      const suggestion = closestKey(key, allowed);
      this.warn(
        path + pointer(key),
        suggestion === undefined
          ? `${JSON.stringify(key)} is not a field of ${OBJECT_NAMES[kind]} and is ignored`
          : `${JSON.stringify(key)} is not a field of ${OBJECT_NAMES[kind]}; did you mean ${JSON.stringify(suggestion)}?`,
        suggestion === undefined
          ? `known fields: ${allowed.join(', ')}; start extension fields with "x-"`
          : `rename it to ${JSON.stringify(suggestion)}`,
      );
    }
    return new Fields(value, path);
  }

  /** Reads `key` when present. */
  optional<T>(fields: Fields, key: string, read: Reader<T>): T | undefined {
    return fields.has(key) ? read.call(this, fields.get(key), fields.at(key)) : undefined;
  }

  /** Reads `key`, reporting its absence: the object of `kind` is then left out. */
  required<T>(
    fields: Fields,
    key: string,
    kind: ObjectKind,
    read: Reader<T>,
    hint?: string,
  ): T | undefined {
    if (fields.has(key)) return read.call(this, fields.get(key), fields.at(key));
    const name = OBJECT_NAMES[kind];
    this.error(
      fields.at(key),
      `is missing: ${name} needs ${JSON.stringify(key)}, so this ${name.replace(/^an? /, '')} is left out`,
      hint,
    );
    return undefined;
  }

  /** The valid entries of a list (invalid ones are reported and left out). */
  list<T>(value: unknown, path: string, readEntry: Reader<T>, what: string): T[] | undefined {
    if (!Array.isArray(value)) {
      this.error(path, `must be a list of ${what} ([ … ]), got ${describeValue(value)}`);
      return undefined;
    }
    const entries: T[] = [];
    value.forEach((entry, index) => {
      const read = readEntry.call(this, entry, path + pointer(index));
      if (read !== undefined) entries.push(read);
    });
    return entries.length > 0 ? entries : undefined;
  }

  text(value: unknown, path: string): Text | undefined {
    if (typeof value === 'string') {
      this.plainTextUsed = true;
      return value;
    }
    if (isRecord(value)) return this.languageMap(value, path, readString, 'text', true);
    this.error(
      path,
      `must be text: a string or a language map such as ${TEXT_EXAMPLE}, got ${describeValue(value)}`,
    );
    return undefined;
  }

  prose(value: unknown, path: string): Prose | undefined {
    return this.proseIn(value, path, true);
  }

  /** Prose in one language by nature, such as a quotation's original. */
  originalProse(value: unknown, path: string): Prose | undefined {
    return this.proseIn(value, path, false);
  }

  private proseIn(value: unknown, path: string, translatable: boolean): Prose | undefined {
    if (isRecord(value))
      return this.languageMap(value, path, readParagraphs, 'paragraphs', translatable);
    const paragraphs = readParagraphs(value);
    if (paragraphs !== undefined) {
      this.plainTextUsed = true;
      return paragraphs;
    }
    this.error(
      path,
      `must be text: a string, a list of paragraphs, or a language map of either, got ${describeValue(value)}`,
      Array.isArray(value)
        ? 'a list of paragraphs needs at least one string, and only strings'
        : undefined,
    );
    return undefined;
  }

  private languageMap<V>(
    map: UnknownRecord,
    path: string,
    readValue: (value: unknown) => V | undefined,
    what: string,
    translatable: boolean,
  ): Record<string, V> | undefined {
    const entries: [string, V][] = [];
    for (const [key, value] of Object.entries(map)) {
      if (key.startsWith(EXTENSION_PREFIX)) continue;
      const keyPath = path + pointer(key);
      if (!LANGUAGE_KEY_PATTERN.test(key)) {
        this.error(
          keyPath,
          `${JSON.stringify(key)} is not a language tag`,
          'use BCP 47 tags such as "en", "ko", "pt-BR" or "zh-Hant" (a hyphen, not "_"), or "none" for text in no particular language',
        );
        continue;
      }
      const read = readValue(value);
      if (read === undefined) {
        this.error(
          keyPath,
          `must be ${what === 'text' ? 'a string' : 'a string or a list of paragraphs'}, got ${describeValue(value)}`,
        );
        continue;
      }
      entries.push([key, read]);
    }
    if (entries.length === 0) {
      this.error(
        path,
        'is a language map without any text',
        `write a string, or a map such as ${TEXT_EXAMPLE}`,
      );
      return undefined;
    }
    this.languageMaps.push({ path, keys: entries.map(([key]) => key), translatable });
    return Object.fromEntries(entries);
  }

  date(value: unknown, path: string): DateValue | undefined {
    if (isRecord(value)) {
      const fields = this.object(value, path, 'dateWithDisplay');
      if (!fields) return undefined;
      const dateValue = this.required(fields, 'value', 'dateWithDisplay', this.isoDate);
      const display = this.optional(fields, 'display', this.text);
      if (dateValue === undefined) return undefined;
      return compact({ ...fields.extensions(), value: dateValue, display });
    }
    return this.isoDate(value, path);
  }

  private isoDate(value: unknown, path: string): string | undefined {
    if (typeof value !== 'string') {
      this.error(
        path,
        `must be a date such as "2023-09-13" or { "value": "2023-09-13", "display": "…" }, got ${describeValue(value)}`,
      );
      return undefined;
    }
    const parsed = parseDateValue(value);
    if (parsed.ok) return value;
    this.error(path, parsed.message, parsed.hint);
    return undefined;
  }

  /** Why `value` cannot be used as a URL in `context`, or the URL to use. */
  checkUrl(
    value: unknown,
    context: UrlContext,
  ): { url: string } | { message: string; hint: string } {
    if (typeof value !== 'string') {
      return {
        message: `must be a URL (a string), got ${describeValue(value)}`,
        hint: URL_HINTS[context],
      };
    }
    const url = safeUrl(value, context, this.baseUrl);
    if (url !== null) return { url };
    return {
      message:
        value.trim() === ''
          ? 'is empty: a URL is needed'
          : `${describeValue(value)} is not ${URL_DESCRIPTIONS[context]}, so it is not used`,
      hint: URL_HINTS[context],
    };
  }

  url(value: unknown, path: string, context: UrlContext): string | undefined {
    const checked = this.checkUrl(value, context);
    if ('url' in checked) return checked.url;
    this.error(path, checked.message, checked.hint);
    return undefined;
  }

  /** A positive whole number of pixels. */
  pixels(value: unknown, path: string): number | undefined {
    if (isPositiveInteger(value)) return value;
    const digits =
      typeof value === 'string' ? /^\s*(\d+)\s*(px)?\s*$/i.exec(value)?.[1] : undefined;
    this.error(
      path,
      `must be a positive whole number of pixels, got ${describeValue(value)}`,
      digits !== undefined
        ? `write ${Number(digits)} without quotes or unit`
        : 'give the size of the image file in pixels, e.g. 1600',
    );
    return undefined;
  }

  positiveInteger(value: unknown, path: string): number | undefined {
    if (isPositiveInteger(value)) return value;
    this.error(path, `must be a positive whole number, got ${describeValue(value)}`);
    return undefined;
  }

  integer(value: unknown, path: string): number | undefined {
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    this.error(path, `must be a whole number, got ${describeValue(value)}`);
    return undefined;
  }

  numberIn(value: unknown, path: string, min: number, max: number): number | undefined {
    if (typeof value === 'number' && value >= min && value <= max) return value;
    this.error(path, `must be a number from ${min} to ${max}, got ${describeValue(value)}`);
    return undefined;
  }

  boolean(value: unknown, path: string): boolean | undefined {
    if (typeof value === 'boolean') return value;
    this.error(
      path,
      `must be true or false, got ${describeValue(value)}`,
      'write true or false without quotes',
    );
    return undefined;
  }

  /** One of `allowed`, with the closest allowed value suggested otherwise. */
  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T;
    const suggestion = typeof value === 'string' ? closestKey(value, allowed) : undefined;
    this.error(
      path,
      `must be one of ${allowed.map((entry) => JSON.stringify(entry)).join(', ')}, got ${describeValue(value)}`,
      suggestion === undefined ? undefined : `did you mean ${JSON.stringify(suggestion)}?`,
    );
    return undefined;
  }

  /** A string matching `pattern`; `what` and `example` explain it. */
  matching(
    value: unknown,
    path: string,
    pattern: RegExp,
    what: string,
    example: string,
  ): string | undefined {
    if (typeof value === 'string' && pattern.test(value)) return value;
    this.error(path, `must be ${what}, got ${describeValue(value)}`, `for example ${example}`);
    return undefined;
  }
}

const URL_DESCRIPTIONS: Record<UrlContext, string> = {
  link: 'a safe link (http, https, mailto or a relative address)',
  image: 'a safe image address (http, https, a relative address, data:image/… or blob:)',
  service: 'a safe service address (http, https or a relative address)',
};

const URL_HINTS: Record<UrlContext, string> = {
  link: 'write an address such as "https://example.org/page" or a relative one such as "about.html"',
  image:
    'write an address such as "img/photo.jpg" (relative to the JSON file) or "https://example.org/photo.jpg"',
  service: 'write the service address, such as "https://example.org/iiif/photo"',
};

function readString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A string, or a non-empty list of strings. */
function readParagraphs(value: unknown): string | string[] | undefined {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value) || value.length === 0) return undefined;
  return value.every((paragraph) => typeof paragraph === 'string')
    ? [...(value as string[])]
    : undefined;
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/** `value` without its undefined properties (optional fields that were absent or left out). */
export function compact<T extends object>(value: T): T {
  // A fresh object is faster to build than one with deleted properties, and the keys are known ones or
  // `x-` keys, never `__proto__`.
  const result: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry !== undefined) result[key] = entry;
  }
  return result as T;
}
