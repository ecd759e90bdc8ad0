// Which text of a language map to show, with the `lang` and `dir` to write on it (format.md, "Language
// resolution"). Apart from language.ts so that code that only picks languages stays small.

import { NONE, pickLanguageKey, textDirection } from './language.js';
import type { TextDirection } from './language.js';
import type { Prose, Text } from './types.js';

export interface ResolvedText {
  text: string;
  /** Undefined for the `none` key, and for plain strings in a document without a `language`. */
  lang: string | undefined;
  dir: TextDirection;
}

export interface ResolvedProse {
  /** Non-blank paragraphs; a string is split at blank lines. */
  paragraphs: string[];
  lang: string | undefined;
  dir: TextDirection;
}

/** Text to show for `value`, with its language and direction; plain strings are in the document language. */
export function resolveText(
  value: Text | undefined,
  preferences: readonly string[],
  documentLanguage?: string,
): ResolvedText | undefined {
  const resolved = resolveEntry(value, preferences, documentLanguage);
  if (resolved === undefined || typeof resolved.value !== 'string') return undefined;
  return { text: resolved.value, lang: resolved.lang, dir: textDirection(resolved.lang) };
}

/** Paragraphs to show for `value`, with their language and direction. */
export function resolveProse(
  value: Prose | undefined,
  preferences: readonly string[],
  documentLanguage?: string,
): ResolvedProse | undefined {
  const resolved = resolveEntry(value, preferences, documentLanguage);
  if (resolved === undefined) return undefined;
  const paragraphs = (typeof resolved.value === 'string' ? [resolved.value] : resolved.value)
    .flatMap((paragraph) => paragraph.split(/\n[^\S\n]*\n\s*/))
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  return { paragraphs, lang: resolved.lang, dir: textDirection(resolved.lang) };
}

function resolveEntry(
  value: Prose | undefined,
  preferences: readonly string[],
  documentLanguage: string | undefined,
): { value: string | string[]; lang: string | undefined } | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' || Array.isArray(value)) return { value, lang: documentLanguage };
  const key = pickLanguageKey(Object.keys(value), preferences, documentLanguage);
  const entry = key === undefined ? undefined : value[key];
  if (key === undefined || entry === undefined) return undefined;
  return { value: entry, lang: key.toLowerCase() === NONE ? undefined : key };
}
