import { en, localeFor, uiStrings } from '../core/i18n/strings.js';
import type { LocaleCode, UiStrings } from '../core/i18n/strings.js';

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
