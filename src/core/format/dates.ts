// Dates (format.md, "Date"): ISO 8601 calendar dates and intervals, checked and formatted.

import { textDirection, type TextDirection } from './language.js';
import { resolveText } from './resolve.js';
import type { DateValue } from './types.js';

export type DatePrecision = 'year' | 'month' | 'day';

export interface CalendarDate {
  year: number;
  /** 1-12, when the precision is month or day. */
  month: number | undefined;
  /** 1-31, when the precision is day. */
  day: number | undefined;
}

export interface ParsedDate {
  precision: DatePrecision;
  start: CalendarDate;
  /** Only for intervals; never before `start`. */
  end: CalendarDate | undefined;
  /** The start as written, for `<time datetime>` (HTML has no interval form). */
  datetime: string;
}

export type DateParseResult =
  | { ok: true; date: ParsedDate }
  | { ok: false; message: string; hint: string };

export interface FormattedDate {
  text: string;
  /** The ISO value of the date, or of an interval's start. */
  datetime: string;
  lang: string | undefined;
  dir: TextDirection;
}

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const FORMAT_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { dateStyle: 'long' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
};
const FALLBACK_LOCALE = 'en';
const FORMS_HINT = 'write 2023, 2023-09, 2023-09-13 or an interval such as 2023-09-12/2023-09-17';

/** Checks an ISO 8601 date or interval; impossible dates and intervals that end before they start fail. */
export function parseDateValue(value: string): DateParseResult {
  const ends = value.split('/');
  if (ends.length > 2) return notIso(value);
  const parsedEnds: { date: CalendarDate; precision: DatePrecision }[] = [];
  for (const end of ends) {
    const match = FORM.exec(end);
    if (!match) return notIso(value);
    const [, year, month, day] = match;
    const date = {
      year: Number(year),
      month: month === undefined ? undefined : Number(month),
      day: day === undefined ? undefined : Number(day),
    };
    const impossible = impossibility(date);
    if (impossible)
      return { ok: false, message: `${end} is not a real date: ${impossible}`, hint: FORMS_HINT };
    parsedEnds.push({ date, precision: day ? 'day' : month ? 'month' : 'year' });
  }
  const [start, end] = parsedEnds;
  if (start === undefined) return notIso(value);
  if (end !== undefined && end.precision !== start.precision) {
    return {
      ok: false,
      message: `both ends of the interval ${value} must have the same precision`,
      hint: 'write both ends as years, as year-months, or as full dates',
    };
  }
  if (end !== undefined && compare(end.date, start.date) < 0) {
    return {
      ok: false,
      message: `the interval ${value} ends before it starts`,
      hint: `write the earlier date first: ${ends[1]}/${ends[0]}`,
    };
  }
  const datetime = ends[0] ?? value;
  return {
    ok: true,
    date: { precision: start.precision, start: start.date, end: end?.date, datetime },
  };
}

/**
 * The text to show for a date: its `display` text in the preferred language when it has one, else the value
 * formatted for `locale` with `Intl.DateTimeFormat` in UTC. Undefined when the value is not a valid date.
 * An unusable `locale` falls back to English.
 */
export function formatDate(
  date: DateValue,
  locale: string,
  preferences: readonly string[],
  documentLanguage?: string,
): FormattedDate | undefined {
  const value = typeof date === 'string' ? date : date.value;
  const parsed = parseDateValue(value);
  if (!parsed.ok) return undefined;
  const { datetime } = parsed.date;
  if (typeof date !== 'string' && date.display !== undefined) {
    const display = resolveText(date.display, preferences, documentLanguage);
    if (display) return { text: display.text, datetime, lang: display.lang, dir: display.dir };
  }
  const { formatter, lang } = dateFormatter(locale, parsed.date.precision);
  const start = toUtcDate(parsed.date.start);
  const text = parsed.date.end
    ? formatter.formatRange(start, toUtcDate(parsed.date.end))
    : formatter.format(start);
  return { text, datetime, lang, dir: textDirection(lang) };
}

/** Building an Intl.DateTimeFormat is costly (thousands of captions): one per locale and precision. */
const formatters = new Map<string, { formatter: Intl.DateTimeFormat; lang: string }>();

function dateFormatter(
  locale: string,
  precision: keyof typeof FORMAT_OPTIONS,
): { formatter: Intl.DateTimeFormat; lang: string } {
  const key = `${locale}|${precision}`;
  let entry = formatters.get(key);
  if (!entry) {
    const options = { ...FORMAT_OPTIONS[precision], timeZone: 'UTC' };
    try {
      entry = { formatter: new Intl.DateTimeFormat(locale, options), lang: locale };
    } catch {
      entry = {
        formatter: new Intl.DateTimeFormat(FALLBACK_LOCALE, options),
        lang: FALLBACK_LOCALE,
      };
    }
    formatters.set(key, entry);
  }
  return entry;
}

function toUtcDate({ year, month, day }: CalendarDate): Date {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not move the years 0-99 to 1900-1999.
  date.setUTCFullYear(year, (month ?? 1) - 1, day ?? 1);
  return date;
}

function impossibility({ year, month, day }: CalendarDate): string | undefined {
  if (month === undefined) return undefined;
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const monthName = MONTH_NAMES[month - 1] ?? '';
  const length = daysInMonth(year, month);
  if (day !== undefined && (day < 1 || day > length)) {
    return `${monthName} ${year} has ${length} days`;
  }
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function compare(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

function notIso(value: string): DateParseResult {
  return {
    ok: false,
    message: `must be an ISO 8601 date, got ${JSON.stringify(value)}`,
    hint: FORMS_HINT,
  };
}
