// Language resolution (format.md, "Language resolution"): which text of a language map to show, and the
// `lang` and `dir` to write on it.

export type TextDirection = 'ltr' | 'rtl';

export interface LanguageSources {
  /** The element's own `lang` attribute. */
  elementLang?: string | null | undefined;
  /** The `lang` of the nearest ancestor that has one (usually `<html lang>`). */
  ancestorLang?: string | null | undefined;
  /** `navigator.languages`. */
  navigatorLanguages?: readonly string[] | undefined;
}

export const NONE = 'none';
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'syr']);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg']);

/**
 * The display language preferences, best first: the element's `lang` alone when it is set; otherwise the
 * ancestor's `lang` followed by the browser's languages. Blank entries and repeats are dropped.
 */
export function languagePreferences(sources: LanguageSources): string[] {
  const elementLang = sources.elementLang?.trim();
  const candidates = elementLang
    ? [elementLang]
    : [sources.ancestorLang ?? '', ...(sources.navigatorLanguages ?? [])];
  const seen = new Set<string>();
  const preferences: string[] = [];
  for (const candidate of candidates) {
    const language = candidate.trim();
    if (language === '' || seen.has(language.toLowerCase())) continue;
    seen.add(language.toLowerCase());
    preferences.push(language);
  }
  return preferences;
}

/**
 * The key of a language map to show: for each preference in order, an exact key (case-insensitive), then
 * its primary subtag (`en-GB` finds `en`), then any key with that primary subtag (`en` finds `en-US`);
 * failing all preferences, `none`, then the document language (matched the same way), then the first key.
 */
export function pickLanguageKey(
  keys: readonly string[],
  preferences: readonly string[],
  documentLanguage?: string,
): string | undefined {
  for (const preference of preferences) {
    const key = matchLanguageKey(keys, preference);
    if (key !== undefined) return key;
  }
  const none = keys.find((key) => key.toLowerCase() === NONE);
  if (none !== undefined) return none;
  const documentKey = documentLanguage ? matchLanguageKey(keys, documentLanguage) : undefined;
  return documentKey ?? keys[0];
}

/** The key of `keys` that a reader of `language` should get, if any (step 1 of pickLanguageKey). */
export function matchLanguageKey(keys: readonly string[], language: string): string | undefined {
  const wanted = language.toLowerCase();
  const primary = primarySubtag(wanted);
  return (
    keys.find((key) => key.toLowerCase() === wanted) ??
    keys.find((key) => key.toLowerCase() === primary) ??
    keys.find((key) => key.toLowerCase() !== NONE && primarySubtag(key) === primary)
  );
}

/**
 * `rtl` for right-to-left languages and scripts. A script subtag decides when there is one (`ar-Latn` is
 * left-to-right, `pa-Arab` right-to-left); otherwise the primary language does.
 */
export function textDirection(lang: string | undefined): TextDirection {
  if (!lang) return 'ltr';
  const [primary = '', ...rest] = lang.toLowerCase().split(/[-_]/);
  // The script, when present, follows the primary language and any three-letter extended language subtags.
  const script = rest.find((subtag) => !/^[a-z]{3}$/.test(subtag));
  if (script !== undefined && /^[a-z]{4}$/.test(script)) {
    return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  }
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

function primarySubtag(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}
