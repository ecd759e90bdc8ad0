import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, parseDateValue } from '../../../src/core/index.js';

/** ICU separates ranges with thin or narrow no-break spaces; compare with plain spaces. */
function plain(text: string | undefined): string | undefined {
  return text?.replace(/[\u2009\u202f\u00a0]/g, ' ');
}

describe('parseDateValue', () => {
  it('reads years, months, days and intervals', () => {
    const day = parseDateValue('2023-09-13');
    assert.ok(day.ok);
    assert.deepEqual(day.date, {
      precision: 'day',
      start: { year: 2023, month: 9, day: 13 },
      end: undefined,
      datetime: '2023-09-13',
    });
    const interval = parseDateValue('2023-09-12/2023-09-17');
    assert.ok(interval.ok);
    assert.equal(interval.date.precision, 'day');
    assert.deepEqual(interval.date.end, { year: 2023, month: 9, day: 17 });
    assert.equal(interval.date.datetime, '2023-09-12');
    for (const [value, precision] of [
      ['2023', 'year'],
      ['2023-09', 'month'],
      ['1948/2023', 'year'],
      ['2023-09/2023-09', 'month'],
    ] as const) {
      const parsed = parseDateValue(value);
      assert.ok(parsed.ok, value);
      assert.equal(parsed.date.precision, precision);
    }
  });

  it('accepts 29 February in leap years only', () => {
    assert.ok(parseDateValue('2024-02-29').ok);
    assert.ok(parseDateValue('2000-02-29').ok);
    assert.ok(!parseDateValue('1900-02-29').ok);
    assert.ok(!parseDateValue('2023-02-29').ok);
  });

  it('rejects impossible dates with a reason', () => {
    const result = parseDateValue('2023-02-30');
    assert.ok(!result.ok);
    assert.match(result.message, /2023-02-30 is not a real date: February 2023 has 28 days/);
    assert.ok(!parseDateValue('2023-13').ok);
    assert.ok(!parseDateValue('2023-00-10').ok);
    assert.ok(!parseDateValue('2023-04-31').ok);
    assert.ok(!parseDateValue('2023-04-00').ok);
  });

  it('rejects intervals that end before they start, suggesting the right order', () => {
    const result = parseDateValue('2023-09-17/2023-09-12');
    assert.ok(!result.ok);
    assert.match(result.message, /ends before it starts/);
    assert.match(result.hint, /2023-09-12\/2023-09-17/);
  });

  it('rejects mixed precision and other forms', () => {
    for (const value of [
      '2023/2024-05',
      '13.09.2023',
      '2023-9-13',
      '2023-09-12/17',
      '23',
      '2023-09-13T10:00',
      '',
      '2023//2024',
      ' 2023',
      '２０２３',
    ]) {
      assert.ok(!parseDateValue(value).ok, value);
    }
  });
});

describe('formatDate', () => {
  it('formats days, months and years in the display language', () => {
    assert.deepEqual(formatDate('2023-09-13', 'en', ['en']), {
      text: 'September 13, 2023',
      datetime: '2023-09-13',
      lang: 'en',
      dir: 'ltr',
    });
    assert.equal(formatDate('2023-09-13', 'ko', ['ko'])?.text, '2023년 9월 13일');
    assert.equal(formatDate('2023-09-13', 'ru', ['ru'])?.text, '13 сентября 2023 г.');
    assert.equal(formatDate('2023-09', 'en', [])?.text, 'September 2023');
    assert.equal(formatDate('2023-09', 'ko', [])?.text, '2023년 9월');
    assert.equal(formatDate('2023', 'en', [])?.text, '2023');
    assert.equal(formatDate('2023', 'ko', [])?.text, '2023년');
  });

  it('formats Arabic right to left', () => {
    const formatted = formatDate('2023-09-13', 'ar', ['ar']);
    assert.match(formatted?.text ?? '', /سبتمبر/);
    assert.match(formatted?.text ?? '', /(13|١٣)/);
    assert.equal(formatted?.lang, 'ar');
    assert.equal(formatted?.dir, 'rtl');
  });

  it('formats intervals as ranges, with the start as datetime', () => {
    const interval = formatDate('2023-09-12/2023-09-17', 'en', []);
    assert.equal(plain(interval?.text), 'September 12 – 17, 2023');
    assert.equal(interval?.datetime, '2023-09-12');
    assert.equal(
      plain(formatDate('2023-09-12/2023-09-17', 'ko', [])?.text),
      '2023년 9월 12일~17일',
    );
    assert.equal(
      plain(formatDate('2023-09-12/2023-09-17', 'ru', [])?.text),
      '12–17 сентября 2023 г.',
    );
    assert.match(formatDate('2023-09-12/2023-09-17', 'ar', [])?.text ?? '', /سبتمبر/);
    assert.equal(
      plain(formatDate('2023-03/2024-02', 'en', [])?.text),
      'March 2023 – February 2024',
    );
    assert.equal(plain(formatDate('1948/2023', 'en', [])?.text), '1948 – 2023');
  });

  it('keeps early years where they are', () => {
    assert.equal(formatDate('0075', 'en', [])?.text, '75');
  });

  it('shows the display text in the preferred language instead', () => {
    const date = {
      value: '2023-09-12/2023-09-17',
      display: {
        en: 'September 12 to 17, Juche 112 (2023)',
        ko: '주체112(2023)년 9월 12일부터 17일까지',
      },
    };
    assert.deepEqual(formatDate(date, 'ko', ['ko'], 'en'), {
      text: '주체112(2023)년 9월 12일부터 17일까지',
      datetime: '2023-09-12',
      lang: 'ko',
      dir: 'ltr',
    });
    assert.equal(
      formatDate(date, 'ru', ['ru'], 'en')?.text,
      'September 12 to 17, Juche 112 (2023)',
    );
    assert.deepEqual(formatDate({ value: '2023', display: 'Juche 112' }, 'ar', ['ar'], 'en'), {
      text: 'Juche 112',
      datetime: '2023',
      lang: 'en',
      dir: 'ltr',
    });
  });

  it('formats the value when there is no display text', () => {
    assert.equal(formatDate({ value: '2023-09-13' }, 'en', [])?.text, 'September 13, 2023');
  });

  it('falls back to English for unusable locales instead of throwing', () => {
    for (const locale of ['', 'en_US', 'not a locale', '12']) {
      const formatted = formatDate('2023-09-13', locale, []);
      assert.equal(formatted?.text, 'September 13, 2023', locale);
      assert.equal(formatted?.lang, 'en');
    }
  });

  it('returns undefined for invalid dates', () => {
    assert.equal(formatDate('2023-02-30', 'en', []), undefined);
    assert.equal(formatDate({ value: 'soon', display: 'Soon' }, 'en', []), undefined);
  });
});
