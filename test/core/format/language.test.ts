import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  documentLanguages,
  languagePreferences,
  pickLanguageKey,
  resolveProse,
  resolveText,
  textDirection,
  validateExhibition,
  type Exhibition,
} from '../../../src/core/index.js';
import { fixture } from './helpers.js';

describe('languagePreferences', () => {
  it("uses the element's lang alone when it is set", () => {
    assert.deepEqual(
      languagePreferences({ elementLang: 'ko', ancestorLang: 'en', navigatorLanguages: ['ru'] }),
      ['ko'],
    );
  });

  it("otherwise takes the ancestor's lang, then the browser's languages", () => {
    assert.deepEqual(
      languagePreferences({
        elementLang: '',
        ancestorLang: 'en-GB',
        navigatorLanguages: ['ru', 'ar'],
      }),
      ['en-GB', 'ru', 'ar'],
    );
    assert.deepEqual(languagePreferences({ elementLang: null, navigatorLanguages: ['ko-KR'] }), [
      'ko-KR',
    ]);
  });

  it('drops blank entries and repeats (case-insensitive)', () => {
    assert.deepEqual(
      languagePreferences({ ancestorLang: ' ', navigatorLanguages: ['en-US', '', 'EN-us', 'en'] }),
      ['en-US', 'en'],
    );
    assert.deepEqual(languagePreferences({}), []);
  });
});

describe('pickLanguageKey', () => {
  const keys = ['en', 'ko', 'ru', 'ar'];

  it('takes an exact key, case-insensitively', () => {
    assert.equal(pickLanguageKey(keys, ['ko']), 'ko');
    assert.equal(pickLanguageKey(['en-GB', 'en-US'], ['EN-us']), 'en-US');
  });

  it("takes the preference's primary subtag (en-GB -> en)", () => {
    assert.equal(pickLanguageKey(keys, ['en-GB']), 'en');
    assert.equal(pickLanguageKey(keys, ['ru-RU', 'en']), 'ru');
  });

  it('takes any key with the same primary subtag (en -> en-US)', () => {
    assert.equal(pickLanguageKey(['fr', 'en-US'], ['en']), 'en-US');
    assert.equal(pickLanguageKey(['en-US', 'en-GB'], ['en-AU']), 'en-US');
  });

  it('lets the first preference that matches decide', () => {
    assert.equal(pickLanguageKey(keys, ['de', 'ar', 'en']), 'ar');
    assert.equal(pickLanguageKey(['en', 'ko-KR'], ['ko', 'en']), 'ko-KR');
  });

  it('falls back to none, then the document language, then the first key', () => {
    assert.equal(pickLanguageKey(['ko', 'none'], ['de'], 'ko'), 'none');
    assert.equal(pickLanguageKey(['ru', 'ko'], ['de'], 'ko'), 'ko');
    assert.equal(pickLanguageKey(['ru', 'en-GB'], ['de'], 'en'), 'en-GB');
    assert.equal(pickLanguageKey(['ru', 'ko'], ['de'], 'fr'), 'ru');
    assert.equal(pickLanguageKey(['ru', 'ko'], []), 'ru');
  });

  it('prefers a real match over none', () => {
    assert.equal(pickLanguageKey(['none', 'ko'], ['ko']), 'ko');
  });

  it('has nothing to pick from an empty map', () => {
    assert.equal(pickLanguageKey([], ['en'], 'en'), undefined);
  });
});

describe('textDirection', () => {
  it('is rtl for right-to-left languages', () => {
    for (const lang of [
      'ar',
      'he',
      'fa',
      'ur',
      'ps',
      'sd',
      'ug',
      'yi',
      'dv',
      'ckb',
      'syr',
      'ar-EG',
      'HE-il',
    ]) {
      assert.equal(textDirection(lang), 'rtl', lang);
    }
  });

  it('is ltr for others and for no language', () => {
    for (const lang of ['en', 'ko', 'ru', 'zh-Hant', 'none', '', undefined]) {
      assert.equal(textDirection(lang), 'ltr', String(lang));
    }
  });

  it('lets a script subtag decide', () => {
    assert.equal(textDirection('ar-Latn'), 'ltr');
    assert.equal(textDirection('pa-Arab'), 'rtl');
    assert.equal(textDirection('ff-Adlm'), 'rtl');
    assert.equal(textDirection('az-Arab-IR'), 'rtl');
    assert.equal(textDirection('zh-yue-Hebr'), 'rtl');
  });

  it('does not mistake extension values for scripts', () => {
    assert.equal(textDirection('en-u-nu-arab'), 'ltr');
    assert.equal(textDirection('en-US-x-arab'), 'ltr');
  });
});

describe('resolveText', () => {
  const title = { en: 'Harbour Light', ko: '항구의 빛', ar: 'ضوء الميناء', none: 'Harbour' };

  it('resolves a language map with lang and dir', () => {
    assert.deepEqual(resolveText(title, ['ar'], 'en'), {
      text: 'ضوء الميناء',
      lang: 'ar',
      dir: 'rtl',
    });
    assert.deepEqual(resolveText(title, ['ko-KR'], 'en'), {
      text: '항구의 빛',
      lang: 'ko',
      dir: 'ltr',
    });
  });

  it('gives no lang for the none key', () => {
    assert.deepEqual(resolveText(title, ['ru'], 'en'), {
      text: 'Harbour',
      lang: undefined,
      dir: 'ltr',
    });
  });

  it('puts plain strings in the document language', () => {
    assert.deepEqual(resolveText('مرحبا', ['en'], 'ar'), { text: 'مرحبا', lang: 'ar', dir: 'rtl' });
    assert.deepEqual(resolveText('Boats', ['ko']), { text: 'Boats', lang: undefined, dir: 'ltr' });
  });

  it('resolves nothing to undefined', () => {
    assert.equal(resolveText(undefined, ['en']), undefined);
    assert.equal(resolveText({}, ['en']), undefined);
  });
});

describe('resolveProse', () => {
  it('returns paragraphs of the chosen language', () => {
    const intro = { en: ['One.', 'Two.'], ru: 'Один.' };
    assert.deepEqual(resolveProse(intro, ['ru'], 'en'), {
      paragraphs: ['Один.'],
      lang: 'ru',
      dir: 'ltr',
    });
    assert.deepEqual(resolveProse(intro, ['de'], 'en'), {
      paragraphs: ['One.', 'Two.'],
      lang: 'en',
      dir: 'ltr',
    });
  });

  it('splits strings at blank lines and drops blank paragraphs', () => {
    assert.deepEqual(resolveProse('One.\n\nTwo,\nstill two.\n \n\nThree.', [], 'en')?.paragraphs, [
      'One.',
      'Two,\nstill two.',
      'Three.',
    ]);
    assert.deepEqual(resolveProse(['One.', '  ', 'Two.'], [])?.paragraphs, ['One.', 'Two.']);
  });
});

describe('documentLanguages', () => {
  it('lists the document language, then language map keys in first-seen order, without none', () => {
    const { exhibition } = validateExhibition(fixture('multilingual.json'));
    assert.ok(exhibition);
    assert.deepEqual(documentLanguages(exhibition), ['en', 'ko', 'ru', 'ar']);
  });

  it('includes languages met only deep inside the document', () => {
    const exhibition: Exhibition = {
      language: 'ko',
      title: '항구',
      sections: [
        {
          id: 's',
          items: [
            { id: 'a', caption: { text: 'x', quote: { text: { 'zh-Hant': '海', none: '…' } } } },
          ],
        },
      ],
    };
    assert.deepEqual(documentLanguages(exhibition), ['ko', 'zh-Hant']);
  });

  it('is empty for a document without languages', () => {
    assert.deepEqual(documentLanguages({ sections: [{ id: 's', items: [{ id: 'a' }] }] }), []);
  });
});

describe('documentLanguages', () => {
  it("leaves out the language of a quotation's original", async () => {
    const { documentLanguages, validateExhibition } = await import(
      '../../../src/core/format/validate.js'
    );
    const { exhibition, problems } = validateExhibition({
      photoExhibit: '1.0',
      title: { en: 'Harbour', ko: '항구' },
      language: 'en',
      items: [
        {
          id: 'a',
          caption: {
            text: { en: 'Text', ko: '글' },
            quote: {
              text: { en: 'Keep the light.', ko: '불을 지켜라.' },
              original: { nb: 'Hold lyset.' },
            },
          },
        },
      ],
    });
    assert.deepEqual(documentLanguages(exhibition!), ['en', 'ko']);
    assert.equal(problems.filter((problem) => problem.message.includes('nb')).length, 0);
  });
});
