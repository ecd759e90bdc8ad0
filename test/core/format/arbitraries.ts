// fast-check arbitraries for exhibition documents that are nearly valid: every field is usually right and
// sometimes wrong in one of the ways curators get it wrong, so that properties reach every rule.

import fc from 'fast-check';

/** Usually `valid`, sometimes one of `invalid`. */
function mostly<T>(valid: fc.Arbitrary<T>, ...invalid: unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 1, arbitrary: fc.constantFrom(...invalid) },
  );
}

/** A record whose keys are each present or not, plus sometimes an unknown or extension key. */
function someOf(
  model: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      fc.record(model, { requiredKeys: [] }),
      fc.option(fc.constantFrom('captoin', 'Title', 'x-note', 'widht', '__proto__', 'a/b~c'), {
        freq: 8,
      }),
    )
    .map(([record, extra]) => {
      if (extra !== null)
        Object.defineProperty(record, extra, {
          value: 'extra',
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return record;
    });
}

const words = fc.constantFrom(
  'Boats',
  'Sunrise over the harbour',
  'Two boats.',
  '배',
  'ضوء الميناء',
  'Свет',
  '',
);
const languageKey = fc.constantFrom('en', 'ko', 'ru', 'ar', 'none', 'en-GB', 'zh-Hant');
const text = mostly(
  fc.oneof(words, fc.dictionary(languageKey, words, { minKeys: 1, maxKeys: 3 })),
  5,
  null,
  {},
  ['x'],
  { en_US: 'x' },
  { en: 5 },
  { 'x-note': 'x' },
);
const paragraphs = fc.array(words, { minLength: 1, maxLength: 3 });
const prose = mostly(
  fc.oneof(
    words,
    paragraphs,
    fc.dictionary(languageKey, fc.oneof(words, paragraphs), { minKeys: 1, maxKeys: 3 }),
  ),
  [],
  [1],
  { en: [] },
  7,
);
const isoDate = fc.constantFrom(
  '2023',
  '2023-09',
  '2023-09-13',
  '2023-09-12/2023-09-17',
  '1948/2023',
);
const date = mostly(
  fc.oneof(isoDate, fc.record({ value: isoDate, display: text }, { requiredKeys: ['value'] })),
  '2023-02-30',
  '2023-09-17/2023-09-12',
  '2023/2024-01',
  '13.09.2023',
  2023,
  { display: 'x' },
);
const imageUrl = mostly(
  fc.constantFrom(
    'img/a.jpg',
    'https://example.org/a.jpg',
    'data:image/png;base64,AAAA',
    'blob:https://example.org/1',
    '//cdn.example.org/a.jpg',
  ),
  'javascript:alert(1)',
  ' java\tscript:x',
  'data:text/html,x',
  '',
  'http://[bad',
  3,
);
const linkUrl = mostly(
  fc.constantFrom('https://example.org', 'about.html', 'mailto:a@example.org'),
  'javascript:x',
  'file:///x',
  null,
);
const pixels = mostly(fc.integer({ min: 1, max: 4000 }), '1600px', 0, -1, 1.5, null);
const id = mostly(
  fc.constantFrom(
    'boats',
    'sunrise',
    'item-1',
    'item-2',
    'section-1',
    'boats-2',
    'x-ray',
    'constructor',
  ),
  '3 boats',
  '',
  7,
  '__proto__',
);
const personId = fc.constantFrom('kim', 'oh', 'toString', 'nobody');
const placeId = fc.constantFrom('pier', 'market', 'hasOwnProperty', 'nowhere');

const person = mostly(
  someOf({ name: text, shortName: text, roles: fc.array(text, { maxLength: 2 }) }),
  'kim',
  null,
);
const place = mostly(
  someOf({
    name: text,
    locality: text,
    country: mostly(fc.constantFrom('KR', 'EG'), 'kr', 'Korea'),
    geo: mostly(
      fc.record({
        lat: fc.double({ min: -90, max: 90, noNaN: true }),
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
      }),
      { lat: 91, lon: 0 },
      { lat: 1 },
    ),
  }),
  null,
);
const image = mostly(
  someOf({
    src: imageUrl,
    width: pixels,
    height: pixels,
    alt: text,
    decorative: mostly(fc.boolean(), 'yes'),
    description: prose,
    variants: mostly(
      fc.array(
        someOf({
          src: imageUrl,
          width: pixels,
          height: pixels,
          type: mostly(fc.constantFrom('image/avif', 'image/webp'), 'avif'),
        }),
        { maxLength: 2 },
      ),
      'img/a-800.jpg',
    ),
    iiif: mostly(
      fc.oneof(
        fc.constantFrom('https://iiif.example.org/a', 'iiif/a'),
        someOf({
          id: fc.constantFrom('https://iiif.example.org/a', 'mailto:a@example.org'),
          type: fc.constantFrom('ImageService2', 'ImageService3', 'ImageService1'),
          profile: fc.constantFrom('level0', 'level2', 'level9'),
          sizes: fc.array(someOf({ width: pixels, height: pixels }), { maxLength: 2 }),
        }),
      ),
      5,
    ),
    placeholder: mostly(
      someOf({
        color: mostly(fc.constant('#3d4a57'), '#fff'),
        thumbhash: mostly(fc.constant('1QcSHQRnh4'), '***'),
      }),
      'grey',
    ),
    focus: mostly(
      fc.tuple(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
      [0.5],
      [2, 0],
      'centre',
    ),
  }),
  'img/a.jpg',
  null,
);
const quote = mostly(
  someOf({
    text: prose,
    original: prose,
    kind: mostly(fc.constantFrom('quotation', 'inscription', 'speech'), 'inscripton'),
    by: fc.oneof(personId, person),
    date,
    source: text,
    signature: text,
  }),
  'quoted',
);
const caption = mostly(
  someOf({
    text: prose,
    title: text,
    links: mostly(fc.array(someOf({ href: linkUrl, label: text }), { maxLength: 2 }), {}),
    people: mostly(fc.array(fc.oneof(personId, person), { maxLength: 3 }), 'kim'),
    place: fc.oneof(placeId, place),
    date,
    credit: text,
    quote,
  }),
  'Just a string',
  [],
);
const rights = mostly(
  someOf({
    license: linkUrl,
    statement: text,
    holder: text,
    year: mostly(fc.integer({ min: 1900, max: 2100 }), '2023', 1.5),
  }),
  'CC BY',
);
const metadata = mostly(fc.array(someOf({ label: text, value: text }), { maxLength: 2 }), {});
const item = mostly(
  someOf({
    id,
    image,
    caption,
    rights,
    layout: mostly(fc.constantFrom('normal', 'wide', 'full'), 'huge'),
    metadata,
  }),
  null,
  'boats',
  [],
);
const items = mostly(fc.array(item, { minLength: 1, maxLength: 6 }), [], {});
const section = mostly(
  someOf({
    id,
    title: text,
    intro: prose,
    date,
    places: mostly(fc.array(placeId, { maxLength: 2 }), 'pier'),
    metadata,
    items,
  }),
  null,
);
const registry = (entry: fc.Arbitrary<unknown>, keys: fc.Arbitrary<string>) =>
  mostly(fc.dictionary(keys, entry, { maxKeys: 3 }), [], 'kim');

/** A nearly valid exhibition object. */
export const exhibitionDocument: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    someOf({
      photoExhibit: mostly(fc.constantFrom('1.0', '1.2'), '2.0', '1', 1, '0.9'),
      id,
      title: text,
      subtitle: text,
      summary: text,
      language: mostly(fc.constantFrom('en', 'ko', 'ar'), 'en_US', 'none', 5),
      intro: prose,
      occasion: mostly(
        someOf({
          type: mostly(fc.constantFrom('anniversary', 'visit'), 'birthday'),
          ordinal: pixels,
          of: text,
          title: text,
          date,
        }),
        'party',
      ),
      date,
      published: date,
      cover: image,
      provider: mostly(
        fc.array(someOf({ name: text, url: linkUrl, logo: image }), { maxLength: 2 }),
        'Archive',
      ),
      credits: mostly(
        fc.array(someOf({ role: text, name: text, url: linkUrl }), { maxLength: 2 }),
        'Me',
      ),
      rights,
      metadata,
      people: registry(person, fc.constantFrom('kim', 'oh', 'constructor', 'bad id', '__proto__')),
      places: registry(place, fc.constantFrom('pier', 'market', 'hasOwnProperty', '9')),
    }),
    fc.oneof(
      fc.record({ items }),
      fc.record({ sections: mostly(fc.array(section, { minLength: 1, maxLength: 3 }), []) }),
      fc.record({ items, sections: fc.array(section, { minLength: 1, maxLength: 2 }) }),
      fc.constant({}),
    ),
  )
  .map(([head, content]) => ({ ...head, ...content }));

/** A nearly valid document in any of the accepted shapes. */
export const anyDocument: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: exhibitionDocument },
  { weight: 1, arbitrary: fc.array(item, { maxLength: 5 }) },
);

/** A valid exhibition that uses every field of every kind of object once (for exhaustive mutation). */
export const completeDocument = {
  $schema: 'https://unpkg.com/photo-exhibit/dist/schema.json',
  photoExhibit: '1.0',
  id: 'harbour',
  title: { en: 'Harbour', ko: '항구' },
  subtitle: 'A year',
  summary: 'Boats and people.',
  language: 'en',
  intro: ['One.', 'Two.'],
  occasion: {
    type: 'anniversary',
    ordinal: 75,
    of: 'the harbour',
    title: 'Harbour day',
    date: '2023-09-09',
  },
  date: { value: '2023-09-12/2023-09-17', display: 'Twelfth to seventeenth' },
  published: '2024-04',
  cover: { src: 'img/cover.jpg', width: 1200, height: 630, alt: 'Boats' },
  provider: [
    {
      name: 'Archive',
      url: 'https://example.org',
      logo: { src: 'logo.svg', width: 2, height: 1, decorative: true },
    },
  ],
  credits: [{ role: 'Photographs', name: 'Mina Park', url: 'mailto:mina@example.org' }],
  rights: {
    license: 'https://creativecommons.org/licenses/by/4.0/',
    statement: 'CC BY 4.0',
    holder: 'Mina Park',
    year: 2023,
  },
  metadata: [{ label: 'Camera', value: { none: 'X-T4' } }],
  people: { kim: { name: 'Kim', shortName: 'K', roles: ['fisherman'] } },
  places: {
    pier: {
      name: 'Pier',
      locality: 'Busan',
      region: 'Yeongnam',
      country: 'KR',
      geo: { lat: 35.1, lon: 129 },
    },
  },
  sections: [
    {
      id: 'busan',
      title: 'Busan',
      intro: { en: 'Intro.', ko: '소개.' },
      date: '2023',
      places: ['pier'],
      metadata: [{ label: 'Season', value: 'Spring' }],
      items: [
        {
          id: 'boats',
          layout: 'wide',
          metadata: [{ label: 'Lens', value: '35 mm' }],
          rights: { statement: 'Reserved' },
          image: {
            src: 'img/boats.jpg',
            width: 1600,
            height: 1000,
            alt: 'Boats at a pier',
            decorative: false,
            description: 'A long description.',
            variants: [{ src: 'img/boats-800.avif', width: 800, height: 500, type: 'image/avif' }],
            iiif: {
              id: 'https://iiif.example.org/boats',
              type: 'ImageService3',
              profile: 'level0',
              sizes: [{ width: 400, height: 250 }],
            },
            placeholder: { color: '#3d4a57', thumbhash: '1QcSHQRnh493V4dIh4eXh1h4kJUI' },
            focus: [0.5, 0.4],
          },
          caption: {
            text: 'The boats come in.',
            title: 'Boats',
            links: [{ href: 'about.html', label: 'About' }],
            people: ['kim', { name: 'A visitor' }],
            place: 'pier',
            date: '2023-09-13',
            credit: 'Photo: Mina Park',
            quote: {
              text: 'The sea is calm.',
              original: { ko: '바다는 잔잔하다.' },
              kind: 'speech',
              by: 'kim',
              date: '2023-09-13',
              source: 'interview',
              signature: 'Kim',
            },
          },
        },
        {
          id: 'market',
          image: {
            src: 'img/market.jpg',
            width: 10,
            height: 10,
            alt: 'Fish stalls under awnings',
            iiif: 'https://iiif.example.org/market',
          },
          caption: { text: 'Stalls.', place: { name: 'Market' } },
        },
      ],
    },
    {
      id: 'gulls',
      title: 'Gulls',
      items: [
        {
          id: 'gull',
          image: { src: 'img/gull.jpg', width: 3, height: 2, alt: 'A gull on a post' },
          caption: { text: 'A gull waits.' },
        },
      ],
    },
  ],
};
