import type { DateValue, Person, Place, Prose, Text } from '../core/format/types.js';
import { formatDate } from '../core/format/dates.js';
import { resolveProse, resolveText } from '../core/format/resolve.js';
import type { ResolvedText } from '../core/format/resolve.js';
import type { UiStrings } from '../core/i18n/strings.js';

/** Everything a template needs to turn format values into text in the visitor's language. */
export interface RenderContext {
  /** The visitor's language preferences, best first (format.md's "Language resolution"). */
  readonly preferences: readonly string[];
  /** The document's `language`: the language of its plain strings. */
  readonly documentLanguage: string | undefined;
  /** The language of the element the text renders into; text in another language is marked with `lang`. */
  readonly containerLang: string | undefined;
  /** Locale for formatted dates and numbers. */
  readonly locale: string;
  readonly strings: UiStrings;
  readonly people: Readonly<Record<string, Person>>;
  readonly places: Readonly<Record<string, Place>>;
}

/** `lang`/`dir` for a rendered string: set only where its language differs from its container's (WCAG 3.1.2). */
export interface LanguageAttributes {
  readonly lang: string | undefined;
  readonly dir: 'ltr' | 'rtl' | undefined;
}

const sameLanguage = (a: string | undefined, b: string | undefined) =>
  (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

export function languageAttributes(
  resolved: Pick<ResolvedText, 'lang' | 'dir'>,
  context: RenderContext,
): LanguageAttributes {
  if (resolved.lang === undefined || sameLanguage(resolved.lang, context.containerLang)) {
    return { lang: undefined, dir: undefined };
  }
  return { lang: resolved.lang, dir: resolved.dir };
}

export function textIn(value: Text | undefined, context: RenderContext): ResolvedText | undefined {
  const resolved = resolveText(value, context.preferences, context.documentLanguage);
  return resolved && resolved.text.trim() !== '' ? resolved : undefined;
}

export function proseIn(value: Prose | undefined, context: RenderContext) {
  const resolved = resolveProse(value, context.preferences, context.documentLanguage);
  return resolved && resolved.paragraphs.some((paragraph) => paragraph.trim() !== '')
    ? resolved
    : undefined;
}

export function dateIn(value: DateValue | undefined, context: RenderContext) {
  if (value === undefined) return undefined;
  return formatDate(value, context.locale, context.preferences, context.documentLanguage);
}

/** A person given inline or by id in the exhibition's registry. */
export function personIn(
  value: string | Person | undefined,
  context: RenderContext,
): Person | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? context.people[value] : value;
}

export function placeIn(
  value: string | Place | undefined,
  context: RenderContext,
): Place | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? context.places[value] : value;
}
