import { en, localeFor, uiStrings } from '../core/i18n/strings.js';
import type { LocaleCode, UiStrings } from '../core/i18n/strings.js';
import type { Person, Place } from '../core/format/types.js';
import type { RenderContext } from '../templates/context.js';
import { effectiveLanguage, hostLanguagePreferences } from './host-language.js';

/** UI locales loaded so far: English is built in, the others are small chunks loaded on first use. */
export const loadedLocales: Partial<Record<LocaleCode, UiStrings>> = { en };

const pending = new Map<LocaleCode, Promise<void>>();

function importLocale(code: Exclude<LocaleCode, 'en'>): Promise<UiStrings> {
  switch (code) {
    case 'ko':
      return import('../core/i18n/locales/ko.js').then((module) => module.ko);
    case 'ru':
      return import('../core/i18n/locales/ru.js').then((module) => module.ru);
    case 'ar':
      return import('../core/i18n/locales/ar.js').then((module) => module.ar);
  }
}

/**
 * Makes the UI locale for these preferences available. Resolves to true when it had to be loaded (the
 * caller re-renders), false when it was there already. A locale that fails to load leaves English in place.
 */
export async function ensureLocale(preferences: readonly string[]): Promise<boolean> {
  const code = localeFor(preferences);
  if (code === 'en' || loadedLocales[code]) return false;
  let loading = pending.get(code);
  if (!loading) {
    loading = importLocale(code).then(
      (strings) => {
        loadedLocales[code] = strings;
      },
      () => undefined,
    );
    pending.set(code, loading);
  }
  await loading;
  return loadedLocales[code] !== undefined;
}

/**
 * The UI strings an element renders with now, from the locales loaded so far; when the visitor's locale is
 * still to load, it is requested and the element re-renders once it has arrived.
 */
export function stringsFor(
  host: { requestUpdate(): void },
  preferences: readonly string[],
  overrides: Partial<UiStrings> = {},
) {
  if (localeFor(preferences) !== 'en' && !loadedLocales[localeFor(preferences)]) {
    void ensureLocale(preferences).then((loaded) => {
      if (loaded) host.requestUpdate();
    });
  }
  return uiStrings(preferences, overrides, loadedLocales);
}

/** What a caption, figure or viewer element renders its format values with. */
export interface ContextSource extends Element {
  requestUpdate(): void;
  readonly documentLanguage?: string;
  readonly people: Readonly<Record<string, Person>>;
  readonly places: Readonly<Record<string, Place>>;
}

/**
 * The render context of an element given its document's language, people and places as properties: the
 * visitor's languages from the element's `lang` (or an ancestor's), and the UI strings for them.
 */
export function elementContext(
  host: ContextSource,
  overrides: Partial<UiStrings> = {},
): RenderContext {
  const preferences = hostLanguagePreferences(host);
  const { strings, locale } = stringsFor(host, preferences, overrides);
  return {
    preferences,
    documentLanguage: host.documentLanguage,
    containerLang: effectiveLanguage(host),
    locale: preferences[0] ?? locale,
    strings,
    people: host.people,
    places: host.places,
  };
}
