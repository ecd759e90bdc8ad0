import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fillTemplate, formatNumber } from '../../../src/core/i18n/index.js';

describe('formatNumber', () => {
  it('writes numbers as Intl does for the locale, whole or not, in Latin or Arabic-Indic digits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('en', 'ko', 'ru', 'ar', 'ar-EG', 'fa', 'hi-IN-u-nu-deva', 'not a locale'),
        fc.oneof(
          fc.integer(),
          fc.constant(-0),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
        ),
        (locale, value) => {
          let expected: string;
          try {
            expected = new Intl.NumberFormat(locale, { useGrouping: false }).format(value);
          } catch {
            expected = new Intl.NumberFormat('en', { useGrouping: false }).format(value);
          }
          assert.equal(formatNumber(value, locale), expected);
        },
      ),
    );
  });

  it('fills tile positions in the locale digits', () => {
    assert.equal(fillTemplate('{n} / {total}', { n: 4, total: 18 }, 'en'), '4 / 18');
    assert.equal(
      fillTemplate('{n} / {total}', { n: 4, total: 18 }, 'ar-EG'),
      `${new Intl.NumberFormat('ar-EG').format(4)} / ${new Intl.NumberFormat('ar-EG').format(18)}`,
    );
  });
});
