import { pickLanguageKey } from '../format/language.js';

/** Every UI string the elements show. `{n}`, `{total}`, `{status}`, ... are placeholders. */
export interface UiStrings {
  /** Appended to a tile's accessible name: "photo 4 of 18". */
  photoPosition: string;
  /** A caption card's position (an item without an image). */
  cardPosition: string;
  skipExhibition: string;
  contents: string;
  language: string;
  loading: string;
  retry: string;
  networkError: string;
  networkErrorStatus: string;
  timeoutError: string;
  parseError: string;
  parseErrorAt: string;
  invalidError: string;
  problemsTitle: string;
  imageUnavailable: string;
  credits: string;
  provider: string;
  rights: string;
  license: string;
  details: string;
  previous: string;
  next: string;
  counter: string;
  viewLarger: string;
  people: string;
  place: string;
  date: string;
  noItems: string;
  /** The lightbox dialog's name. */
  viewer: string;
  close: string;
  /** The viewer's announcement on every change: "Photo 4 of 18", then `slideAnnouncement` with a caption. */
  slidePosition: string;
  slideAnnouncement: string;
  play: string;
  pause: string;
  fullscreen: string;
  download: string;
  copyLink: string;
  linkCopied: string;
  /** Shown with the link in a text field when the clipboard cannot be written. */
  copyLinkManually: string;
  /** The button that shows or hides the viewer's caption panel. */
  caption: string;
  thumbnails: string;
}

/** English UI strings: built in, and the fallback for any missing locale. */
export const en: UiStrings = {
  photoPosition: 'photo {n} of {total}',
  cardPosition: 'item {n} of {total}',
  skipExhibition: 'Skip past the exhibition',
  contents: 'Contents',
  language: 'Language',
  loading: 'Loading the exhibition…',
  retry: 'Retry',
  networkError: 'The exhibition could not be loaded.',
  networkErrorStatus: 'The exhibition could not be loaded: the server answered HTTP {status}.',
  timeoutError: 'The exhibition took longer than {seconds} seconds to load.',
  parseError: 'The exhibition file is not valid JSON.',
  parseErrorAt: 'Line {line}, column {column}: {message}',
  invalidError: 'The exhibition file has problems that prevent showing it.',
  problemsTitle: 'Problems in the exhibition file',
  imageUnavailable: 'Image unavailable',
  credits: 'Credits',
  provider: 'Provided by',
  rights: 'Rights',
  license: 'Licence',
  details: 'Details',
  previous: 'Previous',
  next: 'Next',
  counter: '{n} of {total}',
  viewLarger: 'View larger',
  people: 'People',
  place: 'Place',
  date: 'Date',
  noItems: 'This exhibition has no photos.',
  viewer: 'Photo viewer',
  close: 'Close',
  slidePosition: 'Photo {n} of {total}',
  slideAnnouncement: '{position}: {caption}',
  play: 'Play slideshow',
  pause: 'Pause slideshow',
  fullscreen: 'Full screen',
  download: 'Download',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyLinkManually: 'Copy this link:',
  caption: 'Caption',
  thumbnails: 'Thumbnails',
};

/** The UI languages that ship with the package; all but English are loaded when a visitor needs them. */
export const LOCALE_CODES = ['en', 'ko', 'ru', 'ar'] as const;
export type LocaleCode = (typeof LOCALE_CODES)[number];

export interface LocalizedStrings {
  readonly strings: UiStrings;
  /** The BCP 47 tag of the UI locale chosen (for number formatting and `lang`). */
  readonly locale: LocaleCode;
}

/** The built-in UI locale for the visitor's preferences (format.md's algorithm), English when none fits. */
export function localeFor(preferences: readonly string[]): LocaleCode {
  const key = pickLanguageKey([...LOCALE_CODES], preferences, 'en');
  return LOCALE_CODES.find((code) => code === key) ?? 'en';
}

/**
 * The UI strings for the visitor's preferences, from the locales available (English when the chosen one is
 * not), with a host's overrides on top.
 */
export function uiStrings(
  preferences: readonly string[],
  overrides: Partial<UiStrings> = {},
  available: Readonly<Partial<Record<LocaleCode, UiStrings>>> = { en },
): LocalizedStrings {
  const wanted = localeFor(preferences);
  const locale = available[wanted] ? wanted : 'en';
  const strings = { ...(available[locale] ?? en) };
  for (const [key, value] of Object.entries(overrides)) {
    if (key in strings && typeof value === 'string') strings[key as keyof UiStrings] = value;
  }
  return { strings, locale };
}

/** Fills `{name}` placeholders; numbers are written in the locale's digits. */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | number>>,
  locale = 'en',
): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** Per locale: its formatter, and whether it writes whole numbers as plain ASCII digits. */
const numberFormats = new Map<string, { format: Intl.NumberFormat; ascii: boolean }>();

export function formatNumber(value: number, locale: string): string {
  let entry = numberFormats.get(locale);
  if (!entry) {
    let format: Intl.NumberFormat;
    try {
      format = new Intl.NumberFormat(locale, { useGrouping: false });
    } catch {
      format = new Intl.NumberFormat('en', { useGrouping: false });
    }
    // Most locales write ±1234567890 as is: whole numbers then need no Intl call (tiles name their
    // position with two numbers each: 10,000 tiles made 20,000 calls).
    entry = {
      format,
      ascii:
        format.format(1234567890) === '1234567890' && format.format(-1234567890) === '-1234567890',
    };
    numberFormats.set(locale, entry);
  }
  // String(-0) is "0"; Intl writes "-0".
  return entry.ascii && Number.isSafeInteger(value) && !Object.is(value, -0)
    ? String(value)
    : entry.format.format(value);
}
