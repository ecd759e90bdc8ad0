import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  documentLanguages,
  resolveText,
  validateExhibition,
  type Caption,
  type Exhibition,
  type Problem,
} from '../../../src/core/index.js';
import { errors, fixture, warnings } from './helpers.js';

// A verbatim copy of the project's seed document (shared/seed/online-photo-exhibition.txt), kept with the
// fixtures so the tests do not depend on anything outside the repository.
const seedText = readFileSync(
  new URL('../../fixtures/online-photo-exhibition.txt', import.meta.url),
  'utf8',
);

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The seed's text as displayed: the quotation marks around the section title are typography. */
const seedDisplayed = seedText.replace(/^"(New Landmark in DPRK-Russia Ties)"$/m, '$1');

/** Every displayed string of the seed fixture, in reading order. */
function displayedText(exhibition: Exhibition): string {
  const strings: unknown[] = [exhibition.title];
  for (const section of exhibition.sections) {
    strings.push(section.title, section.intro);
    for (const item of section.items) {
      const caption = item.caption as Caption;
      strings.push(caption.text, caption.quote?.text, caption.quote?.signature);
    }
  }
  return collapse(
    strings
      .flat()
      .filter((value) => typeof value === 'string')
      .join(' '),
  );
}

describe('fixture seed.json', () => {
  const seed = fixture('seed.json') as Exhibition;
  const result = validateExhibition(seed);

  it('keeps every sentence of the seed verbatim and in order', () => {
    const text = displayedText(seed);
    // Headings and captions are lines without a full stop: each line is split into its sentences.
    const sentences = seedDisplayed
      .split('\n')
      .flatMap((line) => collapse(line).split(/(?<=[.!?])\s+/))
      .filter((sentence) => sentence !== '');
    assert.equal(sentences.length, 18);
    let cursor = 0;
    for (const sentence of sentences) {
      const found = text.indexOf(sentence, cursor);
      assert.ok(found >= cursor, `missing or out of order: ${sentence}`);
      cursor = found + sentence.length;
    }
    assert.equal(text, collapse(seedDisplayed), 'nothing added or lost');
  });

  it('keeps the slips of the source', () => {
    const intro = seed.sections[0]?.intro as string[];
    assert.match(
      intro[3] ?? '',
      /various units\.military, economic, scientific,educational and cultural\.including/,
    );
  });

  it('maps the seed as format.md says', () => {
    assert.equal(seed.photoExhibit, '1.0');
    assert.equal(seed.title, seedText.split('\n')[0]);
    assert.equal(seed.language, 'en');
    assert.deepEqual(seed.occasion, {
      type: 'anniversary',
      ordinal: 75,
      of: "the founding of the Democratic People's Republic of Korea",
    });
    assert.equal(seed.sections.length, 1);
    const [section] = seed.sections;
    assert.equal(section?.title, 'New Landmark in DPRK-Russia Ties');
    assert.equal((section?.intro as string[]).length, 5);
    assert.deepEqual(section?.date, {
      value: '2023-09-12/2023-09-17',
      display: 'September 12 to 17, Juche 112 (2023)',
    });
    assert.equal(section?.items.length, 9);
    assert.ok(section?.items.every((item) => item.image === undefined));
    assert.equal(section?.items[3]?.caption?.text, section?.items[4]?.caption?.text);
  });

  it('splits the third caption into a caption and an inscription', () => {
    assert.deepEqual(seed.sections[0]?.items[2]?.caption, {
      text: 'Kim Jong Un writes in the visitors book',
      quote: {
        kind: 'inscription',
        source: 'visitors book',
        text: 'The glory of Russia that produced the first conquerors of space will be immortal.',
        signature: 'Kim Jong Un, September 13, 2023',
        date: '2023-09-13',
      },
    });
  });

  it('validates without errors; the warnings are the missing images and rights', () => {
    assert.deepEqual(errors(result), []);
    assert.deepEqual(
      warnings(result).map((problem) => problem.path),
      [...seed.sections[0]!.items.map((_, index) => `/sections/0/items/${index}/image`), '/rights'],
    );
    assert.deepEqual(result.exhibition, seed);
  });
});

describe('fixture multilingual.json', () => {
  const input = fixture('multilingual.json');
  const result = validateExhibition(input);
  const exhibition = result.exhibition as Exhibition;
  const allItems = exhibition.sections.flatMap((section) => section.items);

  it('validates without errors; the warnings are its translation gaps', () => {
    assert.deepEqual(errors(result), []);
    const gaps = warnings(result);
    assert.ok(gaps.length >= 3);
    for (const gap of gaps) assert.match(gap.message, /has no .* translation/);
    assert.deepEqual(result.exhibition, input);
  });

  it('offers English, Korean, Russian and Arabic', () => {
    assert.deepEqual(documentLanguages(exhibition), ['en', 'ko', 'ru', 'ar']);
  });

  it('has two sections and 8 to 12 items, all with sized, described images', () => {
    assert.equal(exhibition.sections.length, 2);
    assert.ok(allItems.length >= 8 && allItems.length <= 12);
    for (const item of allItems) {
      assert.match(item.image?.src ?? '', /^img\//);
      assert.ok(item.image?.width && item.image.height && item.image.alt, item.id);
    }
  });

  it('has an Arabic caption read right to left', () => {
    const arabic = allItems
      .map((item) =>
        resolveText(item.caption?.text as string | Record<string, string>, ['ar'], 'en'),
      )
      .filter((text) => text?.dir === 'rtl');
    assert.ok(arabic.length >= 5);
    const netMaker = allItems.find((item) => item.id === 'net-maker');
    assert.equal(Object.keys(netMaker?.caption?.text ?? {})[0], 'ar');
  });

  it('has registries, none entries and dates with display maps', () => {
    assert.ok(Object.keys(exhibition.people ?? {}).length >= 2);
    assert.ok(Object.keys(exhibition.places ?? {}).length >= 2);
    assert.equal(
      resolveText(exhibition.people?.['mina-park']?.name, ['de'], 'en')?.text,
      'Mina Park',
    );
    assert.deepEqual(resolveText(exhibition.credits?.[0]?.name, ['ko'], 'en'), {
      text: '박민아',
      lang: 'ko',
      dir: 'ltr',
    });
    const date = exhibition.date;
    assert.ok(typeof date === 'object' && typeof date.display === 'object');
    assert.deepEqual(Object.keys(date.display), ['en', 'ko', 'ru', 'ar']);
  });
});

describe('fixture broken.json', () => {
  const result = validateExhibition(fixture('broken.json'));
  const expected = fixture('broken.expected.json') as {
    severity: Problem['severity'];
    path: string;
    messageIncludes: string;
  }[];

  it('lists at least twelve distinct faults', () => {
    assert.ok(new Set(expected.map((problem) => problem.path)).size >= 12);
  });

  for (const problem of expected) {
    it(`reports ${problem.severity} at ${problem.path}`, () => {
      const found = result.problems.filter(
        (actual) =>
          actual.severity === problem.severity &&
          actual.path === problem.path &&
          actual.message.includes(problem.messageIncludes),
      );
      assert.equal(
        found.length,
        1,
        JSON.stringify(result.problems.filter((actual) => actual.path === problem.path)),
      );
      assert.ok(found[0]?.hint, 'every problem says how to fix it');
    });
  }

  it('reports nothing else', () => {
    assert.equal(result.problems.length, expected.length);
  });

  it('still renders what is valid', () => {
    const exhibition = result.exhibition as Exhibition;
    assert.deepEqual(
      exhibition.sections.map((section) => [section.id, section.items.map((item) => item.id)]),
      [
        [
          'harbour',
          ['boats', 'stalls', 'boats-2', 'auction', 'nets', 'item-6', 'sunrise', 'market'],
        ],
        ['gulls', ['gull']],
      ],
    );
    const [boats, stalls, , auction] = exhibition.sections[0]!.items;
    assert.equal(boats?.caption?.links, undefined);
    assert.equal(stalls?.image, undefined);
    assert.ok(stalls?.['x-imageError']);
    assert.equal(stalls?.caption?.text, 'Stalls open at four in the morning.');
    assert.ok(auction?.['x-imageError']);
  });
});

describe('fixture future-major.json', () => {
  it('is fatal', () => {
    const result = validateExhibition(fixture('future-major.json'));
    assert.equal(result.fatal, true);
    assert.equal(result.exhibition, null);
    assert.deepEqual(
      result.problems.map((problem) => [problem.severity, problem.path]),
      [['error', '/photoExhibit']],
    );
  });
});

describe('fixtures bare-items.json and items-only.json', () => {
  it('render a bare array with warnings only', () => {
    const result = validateExhibition(fixture('bare-items.json'));
    assert.deepEqual(errors(result), []);
    assert.deepEqual(
      result.exhibition?.sections.map((section) => section.items.map((item) => item.id)),
      [['boats', 'auction', 'item-3']],
    );
    assert.deepEqual(
      warnings(result).map((problem) => problem.path),
      ['', '/2/id', ''],
    );
  });

  it('render { items } without title with warnings only', () => {
    const result = validateExhibition(fixture('items-only.json'));
    assert.deepEqual(errors(result), []);
    assert.deepEqual(
      warnings(result).map((problem) => problem.path),
      ['/photoExhibit', '/title', '/id', '/language', '/rights'],
    );
    assert.equal(result.exhibition?.sections[0]?.id, 'section-1-2');
  });
});
