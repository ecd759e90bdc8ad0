import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { iiifWidthLadder, validateExhibition, type Item } from '../../../src/core/index.js';
import { importIiif, isIiif, mergeCollection } from '../../../src/core/import/index.js';
import {
  BASE,
  CONTEXT_2,
  CONTEXT_3,
  FIXTURES,
  assertWarning,
  canvas3,
  iiifFixture,
  imageBody,
  itemsOf,
  manifest3,
  onlyItem,
  paintingPage,
  sectionsOf,
} from './helpers.js';

const harbour = () => importIiif(iiifFixture('manifest-v3.json'));
const shipsLog = () => importIiif(iiifFixture('manifest-v2.json'));

function item(items: Item[], id: string): Item {
  const found = items.find((candidate) => candidate.id === id);
  assert.ok(found, `no item ${id} in ${items.map((entry) => entry.id).join(', ')}`);
  return found;
}

describe('isIiif', () => {
  it('recognises Presentation 3 and 2 manifests and collections by @context and type', () => {
    assert.equal(isIiif(iiifFixture('manifest-v3.json')), 'manifest3');
    assert.equal(isIiif(iiifFixture('collection-v3.json')), 'collection3');
    assert.equal(isIiif(iiifFixture('manifest-v2.json')), 'manifest2');
    assert.equal(isIiif({ '@context': CONTEXT_2, '@type': 'sc:Collection' }), 'collection2');
    assert.equal(isIiif({ '@context': [CONTEXT_3], type: 'Collection' }), 'collection3');
  });

  it('refuses other documents', () => {
    for (const json of [
      null,
      'manifest',
      [],
      { photoExhibit: '1.0', title: 'Harbour', items: [] },
      { '@context': CONTEXT_3, type: 'Canvas' },
      { '@context': 'http://iiif.io/api/image/3/context.json', type: 'Manifest' },
      { type: 'Manifest' },
    ]) {
      assert.equal(isIiif(json), false, JSON.stringify(json));
    }
  });

  it('reports a document that is not IIIF instead of converting it', () => {
    const result = importIiif({ title: 'Harbour' });
    assert.equal(result.problems[0]?.severity, 'error');
    assert.deepEqual(sectionsOf(result), []);
  });
});

describe('importIiif: Presentation 3 manifest', () => {
  it('label -> title, in every language', () => {
    assert.deepEqual(harbour().exhibition['title'], {
      en: 'Harbour at dawn',
      fr: "Le port à l'aube",
    });
    const untitled = importIiif(manifest3([canvas3('a')], { label: undefined }));
    assertWarning(untitled, '/label', 'no title');
  });

  it('summary -> intro, as plain text paragraphs', () => {
    assert.deepEqual(harbour().exhibition['intro'], {
      en: 'Glass plate negatives of the old harbour, 1890–1910.\n\nFishermen & their boats.',
      fr: 'Négatifs sur verre du vieux port, 1890–1910.\n\nLes pêcheurs & leurs bateaux.',
    });
  });

  it('metadata -> metadata pairs, never guessed into people or places', () => {
    const { exhibition } = harbour();
    assert.deepEqual(exhibition['metadata'], [
      { label: { en: 'Photographer', fr: 'Photographe' }, value: { none: 'Jules Martin' } },
      {
        label: { en: 'Physical description' },
        value: { en: 'Glass plate negatives, scanned in 2019\nBox\u00a04' },
      },
      { label: { en: 'Subject' }, value: { en: 'Harbours' } },
    ]);
    assert.equal(exhibition['people'], undefined);
    assert.deepEqual(Object.keys(exhibition['places'] as object), ['old-harbour']);
  });

  it('requiredStatement -> rights statement, and rights -> licence', () => {
    assert.deepEqual(harbour().exhibition['rights'], {
      statement: {
        en: 'Provided by the Example Harbour Museum',
        fr: 'Fourni par le Musée du port',
      },
      license: 'http://creativecommons.org/licenses/by/4.0/',
    });
    const canvas = canvas3('a', {
      requiredStatement: { label: { en: ['Rights'] }, value: { en: ['© Jules Martin'] } },
    });
    assert.deepEqual(onlyItem(importIiif(manifest3([canvas]))).rights, {
      statement: { en: '© Jules Martin' },
    });
  });

  it('provider -> provider, with its homepage and logo', () => {
    assert.deepEqual(harbour().exhibition['provider'], [
      {
        name: { en: 'Example Harbour Museum', fr: 'Musée du port' },
        url: 'https://harbour.example.org/',
        logo: {
          src: 'https://iiif.example.org/image/logo/full/max/0/default.png',
          width: 240,
          height: 80,
          iiif: {
            id: 'https://iiif.example.org/image/logo',
            type: 'ImageService3',
            profile: 'level2',
          },
          alt: { en: 'Example Harbour Museum', fr: 'Musée du port' },
        },
      },
    ]);
  });

  it('thumbnail -> cover', () => {
    assert.deepEqual(harbour().exhibition['cover'], {
      src: 'https://iiif.example.org/image/pier/full/300,/0/default.jpg',
      width: 300,
      height: 200,
      iiif: { id: 'https://iiif.example.org/image/pier', type: 'ImageService3', profile: 'level1' },
    });
  });

  it('navDate -> date, as the calendar day', () => {
    const result = harbour();
    assert.equal(result.exhibition['date'], '1895-06-01');
    assert.equal(item(itemsOf(result), 'p1').caption?.date, '1895-06-12');
    const invalid = importIiif(manifest3([canvas3('a')], { navDate: '1895-02-30T00:00:00Z' }));
    assert.equal(invalid.exhibition['date'], undefined);
    assertWarning(invalid, '/navDate', 'not a date');
  });

  it('navPlace points -> places: the registry for the manifest, the caption place for a canvas', () => {
    const result = harbour();
    assert.deepEqual(result.exhibition['places'], {
      'old-harbour': {
        name: { en: 'Old harbour', fr: 'Vieux port' },
        geo: { lat: 47.2184, lon: -1.5536 },
      },
    });
    assert.deepEqual(item(itemsOf(result), 'p1').caption?.place, {
      name: { en: 'North pier', fr: 'Jetée nord' },
      geo: { lat: 47.2173, lon: -1.5561 },
    });
    const polygon = importIiif(
      manifest3([canvas3('a')], {
        navPlace: {
          type: 'Feature',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 0],
              ],
            ],
          },
        },
      }),
    );
    assert.equal(polygon.exhibition['places'], undefined);
    assertWarning(polygon, '/navPlace', 'only labelled points');
  });

  it('top-level ranges -> sections; deeper ranges flattened; canvases in no range last', () => {
    const result = harbour();
    const sections = sectionsOf(result);
    assert.deepEqual(
      sections.map((section) => [
        section.id,
        section.title,
        section.items.map((entry) => entry.id),
      ]),
      [
        ['morning', { en: 'Morning', fr: 'Le matin' }, ['p1', 'p2']],
        ['night', { en: 'Night and market', fr: 'La nuit et le marché' }, ['p3', 'p4', 'p5']],
        ['more', undefined, ['p6']],
      ],
    );
    assert.deepEqual(sections[0]?.intro, {
      en: 'The harbour wakes up.',
      fr: 'Le port se réveille.',
    });
    assertWarning(result, '/structures/0/items/1', 'flattened');
  });

  it('without ranges, one untitled section holds every canvas in order', () => {
    const result = importIiif(manifest3([canvas3('a'), canvas3('b'), canvas3('c')]));
    assert.deepEqual(
      sectionsOf(result).map((section) => [section.id, section.title, section.items.length]),
      [['test', undefined, 3]],
    );
  });

  it('a canvas in two ranges appears once, in the first; a range of nothing known is dropped', () => {
    const ref = (name: string) => ({ id: `${BASE}/canvas/${name}`, type: 'Canvas' });
    const result = importIiif(
      manifest3([canvas3('a'), canvas3('b')], {
        structures: [
          { id: `${BASE}/range/1`, type: 'Range', label: { en: ['One'] }, items: [ref('a')] },
          {
            id: `${BASE}/range/2`,
            type: 'Range',
            label: { en: ['Two'] },
            items: [ref('a'), ref('b')],
          },
          { id: `${BASE}/range/3`, type: 'Range', label: { en: ['Three'] }, items: [ref('zz')] },
        ],
      }),
    );
    assert.deepEqual(
      sectionsOf(result).map((section) => section.items.map((entry) => entry.id)),
      [['a'], ['b']],
    );
    assertWarning(result, '/structures/1/items/0', 'in an earlier section');
    assertWarning(result, '/structures/2/items/0', 'no such canvas');
  });

  it('a single range that only wraps others is a table of contents: its ranges are the sections', () => {
    const ref = (name: string) => ({ id: `${BASE}/canvas/${name}`, type: 'Canvas' });
    const result = importIiif(
      manifest3([canvas3('a'), canvas3('b')], {
        structures: [
          {
            id: `${BASE}/range/toc`,
            type: 'Range',
            label: { en: ['Table of contents'] },
            items: [
              { id: `${BASE}/range/1`, type: 'Range', label: { en: ['One'] }, items: [ref('a')] },
              { id: `${BASE}/range/2`, type: 'Range', label: { en: ['Two'] }, items: [ref('b')] },
            ],
          },
        ],
      }),
    );
    assert.deepEqual(
      sectionsOf(result).map((section) => section.title),
      [{ en: 'One' }, { en: 'Two' }],
    );
  });

  it('Canvas -> item: label -> caption title, summary -> caption text, with languages', () => {
    const p1 = item(itemsOf(harbour()), 'p1');
    assert.deepEqual(p1.caption?.title, { en: 'Boats at the pier', fr: 'Bateaux au quai' });
    assert.deepEqual(p1.caption?.text, {
      en: 'The first boats come in before sunrise.',
      fr: "Les premiers bateaux rentrent avant l'aube.",
    });
    assert.deepEqual(p1.metadata, [
      {
        label: { en: 'Negative number', fr: 'Numéro du négatif' },
        value: { none: 'GP-1895-041' },
      },
    ]);
  });

  it('a canvas with only a label gets it as its caption text, not twice', () => {
    const p3 = item(itemsOf(harbour()), 'p3');
    assert.deepEqual(p3.caption, {
      text: { en: 'The lighthouse at night', fr: 'Le phare la nuit' },
    });
  });

  it('whole-canvas commenting annotations -> caption text, per language; region comments are reported', () => {
    const result = harbour();
    assert.deepEqual(item(itemsOf(result), 'p4').caption, {
      title: { en: 'The fish market', fr: 'Le marché aux poissons' },
      text: {
        en: "Prices are called out at six o'clock.",
        fr: 'Les prix sont annoncés à six heures.',
      },
    });
    assertWarning(result, '/items/3/annotations/0/items/1', 'region');
  });

  it('a summary and comments together become paragraphs of the caption text', () => {
    const canvas = canvas3('a', {
      summary: { en: ['Seen from the pier.'] },
      annotations: [
        {
          id: `${BASE}/canvas/a/comments`,
          type: 'AnnotationPage',
          items: [
            {
              id: `${BASE}/canvas/a/comment`,
              type: 'Annotation',
              motivation: ['commenting'],
              body: { type: 'TextualBody', value: 'Taken at low tide.', language: ['en'] },
              target: { type: 'SpecificResource', source: `${BASE}/canvas/a` },
            },
          ],
        },
        { id: `${BASE}/canvas/a/elsewhere`, type: 'AnnotationPage' },
      ],
    });
    const result = importIiif(manifest3([canvas]));
    assert.deepEqual(onlyItem(result).caption?.text, {
      en: 'Seen from the pier.\n\nTaken at low tide.',
    });
    assertWarning(result, '/items/0/annotations/1', 'outside the manifest');
  });

  it('painting image body -> image (src, width, height), the first choice of a Choice', () => {
    const items = itemsOf(harbour());
    assert.deepEqual(item(items, 'p2').image, {
      src: 'https://iiif.example.org/image/nets-natural/full/max/0/default.jpg',
      width: 3000,
      height: 2000,
      iiif: {
        id: 'https://iiif.example.org/image/nets-natural',
        type: 'ImageService3',
        profile: 'level2',
      },
    });
    assert.equal(item(items, 'p2').image?.alt, undefined);
    assertWarning(harbour(), '/items/1/items/0/items/0/body', 'first of its 2 choices');
  });

  it('takes the size from the body, else from its service, else from the canvas', () => {
    const unsized = { id: `${BASE}/photo.jpg`, type: 'Image' };
    const fromCanvas = canvas3('a', { items: [paintingPage(`${BASE}/canvas/a`, unsized)] });
    const fromService = canvas3('b', {
      items: [
        paintingPage(`${BASE}/canvas/b`, {
          ...unsized,
          service: [
            {
              id: `${BASE}/iiif/b`,
              type: 'ImageService3',
              profile: 'level1',
              width: 600,
              height: 400,
            },
          ],
        }),
      ],
    });
    const [a, b] = itemsOf(importIiif(manifest3([fromCanvas, fromService])));
    assert.deepEqual([a?.image?.width, a?.image?.height], [1200, 800]);
    assert.deepEqual([b?.image?.width, b?.image?.height], [600, 400]);
  });

  it('image service -> image.iiif: type, level, listed sizes', () => {
    assert.deepEqual(item(itemsOf(harbour()), 'p3').image?.iiif, {
      id: 'https://iiif.example.org/static/lighthouse',
      type: 'ImageService3',
      profile: 'level0',
      sizes: [
        { width: 400, height: 600 },
        { width: 800, height: 1200 },
        { width: 1600, height: 2400 },
      ],
    });
    const v2InV3 = canvas3('a', {
      items: [
        paintingPage(
          `${BASE}/canvas/a`,
          imageBody('a', {
            '@id': `${BASE}/iiif2/a/info.json`,
            '@type': 'ImageService2',
            profile: 'http://iiif.io/api/image/2/level2.json',
          }),
        ),
      ],
    });
    assert.deepEqual(onlyItem(importIiif(manifest3([v2InV3]))).image?.iiif, {
      id: `${BASE}/iiif2/a`,
      type: 'ImageService2',
      profile: 'level2',
    });
  });

  it('reports services that are not Image API 2 or 3 and keeps the image', () => {
    const canvas = canvas3('a', {
      items: [
        paintingPage(`${BASE}/canvas/a`, {
          ...imageBody('a'),
          service: [
            { id: `${BASE}/auth`, type: 'AuthCookieService1', profile: 'login' },
            {
              '@id': `${BASE}/iiif1/a`,
              '@context': 'http://library.stanford.edu/iiif/image-api/1.1/context.json',
              profile: 'http://library.stanford.edu/iiif/image-api/1.1/compliance.html#level1',
            },
          ],
        }),
      ],
    });
    const result = importIiif(manifest3([canvas]));
    assert.equal(onlyItem(result).image?.iiif, undefined);
    assert.ok(onlyItem(result).image?.src);
    assertWarning(
      result,
      '/items/0/items/0/items/0/body/service/0',
      'not a IIIF Image API service',
    );
    assertWarning(result, '/items/0/items/0/items/0/body/service/1', 'Image API 1');
  });

  it('a Sound or Video canvas becomes a caption card, with a warning', () => {
    const result = harbour();
    const p5 = item(itemsOf(result), 'p5');
    assert.equal(p5.image, undefined);
    assert.deepEqual(p5.caption?.text, {
      en: 'Boats leaving, filmed in 1909',
      fr: 'Départ des bateaux, film de 1909',
    });
    assertWarning(result, '/items/4/items/0/items/0/body', 'Video');
  });

  it('makes a caption card of a canvas that paints nothing it can read', () => {
    const canvas = canvas3('a', {
      items: [{ id: `${BASE}/canvas/a/page`, type: 'AnnotationPage' }],
    });
    const result = importIiif(manifest3([canvas]));
    assert.equal(onlyItem(result).image, undefined);
    assertWarning(result, '/items/0', 'caption card');
  });

  it('reports the properties it cannot carry over', () => {
    const result = harbour();
    for (const key of ['homepage', 'seeAlso', 'behavior']) {
      assertWarning(result, `/${key}`, 'not carried over');
    }
    const canvas = canvas3('a', {
      rendering: [{ id: `${BASE}/a.pdf`, type: 'Text' }],
      seeAlso: [{ id: `${BASE}/a.xml`, type: 'Dataset' }],
    });
    const withStart = importIiif(
      manifest3([canvas], { start: { id: `${BASE}/canvas/a`, type: 'Canvas' } }),
    );
    assertWarning(withStart, '/start', 'not carried over');
    assertWarning(withStart, '/items/0/rendering', 'not carried over');
    assertWarning(withStart, '/items/0/seeAlso', 'not carried over');
  });

  it('language maps keep the first value in each language and respect "none"', () => {
    const canvas = canvas3('a', {
      label: { en: ['First', 'Second'], none: ['N° 12'], en_GB: ['Colour'] },
    });
    const result = importIiif(manifest3([canvas]));
    assert.deepEqual(onlyItem(result).caption?.text, { en: 'First', none: 'N° 12' });
    assertWarning(result, '/items/0/label/en/1', 'only the first');
    assertWarning(result, '/items/0/label/en_GB/0', 'not a language tag');
  });

  it('resolves relative URLs against baseUrl, and only relative ones', () => {
    const canvas = canvas3('a', {
      items: [
        paintingPage(`${BASE}/canvas/a`, {
          id: 'images/a.jpg',
          type: 'Image',
          service: [{ id: 'iiif/a', type: 'ImageService3', profile: 'level1' }],
        }),
      ],
    });
    const image = onlyItem(
      importIiif(manifest3([canvas]), { baseUrl: 'https://museum.example.org/iiif/manifest.json' }),
    ).image;
    assert.equal(image?.src, 'https://museum.example.org/iiif/images/a.jpg');
    assert.equal(
      (image?.iiif as { id: string } | undefined)?.id,
      'https://museum.example.org/iiif/iiif/a',
    );
    assert.equal(
      item(
        itemsOf(importIiif(iiifFixture('manifest-v3.json'), { baseUrl: 'https://other.example/' })),
        'p1',
      ).image?.src,
      'https://iiif.example.org/image/pier/full/max/0/default.jpg',
    );
  });

  it('leaves out an unsafe image address with a warning', () => {
    const canvas = canvas3('a', {
      items: [paintingPage(`${BASE}/canvas/a`, { id: 'javascript:alert(1)', type: 'Image' })],
    });
    const result = importIiif(manifest3([canvas]));
    assert.equal(onlyItem(result).image, undefined);
    assertWarning(result, '/items/0/items/0/items/0/body', 'no usable address');
  });
});

describe('importIiif: ids', () => {
  it('derives unique, stable slugs from the IIIF ids', () => {
    const canvases = [
      canvas3('Folio%201r'),
      canvas3('2', { id: `${BASE}/canvas/2` }),
      canvas3('dup', { id: `${BASE}/a/canvas/dup` }),
      canvas3('dup', { id: `${BASE}/b/canvas/dup` }),
      canvas3('x', { id: undefined }),
    ];
    const ids = itemsOf(importIiif(manifest3(canvases))).map((entry) => entry.id);
    assert.deepEqual(ids, ['folio-1r', 'c-2', 'dup', 'dup-2', 'canvas-5']);
    assert.deepEqual(
      itemsOf(importIiif(manifest3(canvases))).map((entry) => entry.id),
      ids,
    );
    assert.equal(harbour().exhibition['id'], 'harbour');
  });
});

describe('importIiif: Presentation 2 manifest', () => {
  it('reads @id, @value/@language labels, description, attribution and license', () => {
    const { exhibition } = shipsLog();
    assert.equal(exhibition['id'], 'ms-204');
    assert.deepEqual(exhibition['title'], {
      en: "Ship's log of the Marguerite",
      fr: 'Journal de bord de la Marguerite',
    });
    assert.deepEqual(exhibition['intro'], {
      en: 'Kept by the first mate, 1887–1888.\nTwo volumes bound as one.',
      fr: 'Tenu par le second, 1887-1888.',
    });
    assert.deepEqual(exhibition['rights'], {
      statement: { none: 'Provided by the Example Maritime Library' },
      license: 'https://creativecommons.org/publicdomain/mark/1.0/',
    });
    assert.deepEqual(exhibition['metadata'], [
      { label: { none: 'Shelfmark' }, value: { none: 'MS 204' } },
      { label: { en: 'Date', fr: 'Date' }, value: { none: '1887-1888' } },
    ]);
  });

  it('shows the first sequence only, its images[].resource and ImageService2 services', () => {
    const result = shipsLog();
    const items = itemsOf(result);
    assert.deepEqual(
      items.map((entry) => entry.id),
      ['f1r', 'f1v', 'f2r'],
    );
    assert.deepEqual(items[1]?.image, {
      src: 'https://iiif.example.org/iiif/image/ms-204-f1v/full/full/0/default.jpg',
      width: 2500,
      height: 3400,
      iiif: {
        id: 'https://iiif.example.org/iiif/image/ms-204-f1v',
        type: 'ImageService2',
        profile: 'level1',
      },
    });
    assert.deepEqual(items[1]?.caption, {
      title: { en: 'f. 1v: the storm of 3 March', fr: 'f. 1v : la tempête du 3 mars' },
      text: { en: 'Written in a shaking hand.' },
    });
    assertWarning(result, '/sequences/1', 'only the first sequence');
    assertWarning(result, '/related', 'not carried over');
    assertWarning(result, '/logo', 'not carried over');
  });

  it('reads ranges referred to by id, below a "top" table of contents', () => {
    assert.deepEqual(
      sectionsOf(shipsLog()).map((section) => [section.id, section.items.map((entry) => entry.id)]),
      [
        ['outward', ['f1r', 'f1v']],
        ['return', ['f2r']],
      ],
    );
  });

  it('without a "top" range, makes sections of the ranges no other range contains', () => {
    const json = iiifFixture('manifest-v2.json');
    const structures = json['structures'] as Record<string, unknown>[];
    delete structures[0]!['viewingHint'];
    structures.push({
      '@id': 'https://iiif.example.org/iiif/ms-204/range/cover',
      '@type': 'sc:Range',
      label: 'Cover',
      canvases: ['https://iiif.example.org/iiif/ms-204/canvas/f1r'],
    });
    const result = importIiif(json);
    assert.deepEqual(
      sectionsOf(result).map((section) => [section.id, section.items.map((entry) => entry.id)]),
      [['toc', ['f1r', 'f1v', 'f2r']]],
    );
    assertWarning(result, '/structures/1', 'flattened');
    assertWarning(result, '/structures/3/canvases/0', 'in an earlier section');
  });

  it('takes the default of an oa:Choice', () => {
    const manifest = {
      '@context': CONTEXT_2,
      '@id': `${BASE}/v2/manifest`,
      '@type': 'sc:Manifest',
      label: 'Choice',
      sequences: [
        {
          canvases: [
            {
              '@id': `${BASE}/v2/canvas/1`,
              '@type': 'sc:Canvas',
              width: 100,
              height: 50,
              images: [
                {
                  resource: {
                    '@type': 'oa:Choice',
                    default: { '@id': `${BASE}/v2/colour.jpg`, '@type': 'dctypes:Image' },
                    item: [{ '@id': `${BASE}/v2/infrared.jpg`, '@type': 'dctypes:Image' }],
                  },
                },
              ],
            },
          ],
        },
      ],
    };
    const result = importIiif(manifest);
    assert.deepEqual(onlyItem(result).image, {
      src: `${BASE}/v2/colour.jpg`,
      width: 100,
      height: 50,
    });
    assertWarning(result, '/sequences/0/canvases/0/images/0/resource', 'first of its 2 choices');
  });
});

describe('importIiif and mergeCollection: collections', () => {
  const collection = () => importIiif(iiifFixture('collection-v3.json'));
  const merged = () =>
    mergeCollection(collection(), [
      { ok: true, result: importIiif(iiifFixture('child-dunes.json')) },
      { ok: true, result: importIiif(iiifFixture('child-cliffs.json')) },
      { ok: false, id: 'https://iiif.example.org/albums/lost/manifest.json', reason: 'HTTP 404' },
    ]);

  it('lists the child manifests to fetch, in order, and follows no nested collection', () => {
    const json = iiifFixture('collection-v3.json');
    (json['items'] as unknown[]).push({ id: `${BASE}/inner.json`, type: 'Collection' });
    const result = importIiif(json);
    assert.deepEqual(result.children, [
      {
        id: 'https://iiif.example.org/albums/dunes/manifest.json',
        label: { en: 'The dunes' },
        path: '/items/0',
      },
      {
        id: 'https://iiif.example.org/albums/cliffs/manifest.json',
        label: { en: 'The cliffs' },
        path: '/items/1',
      },
      {
        id: 'https://iiif.example.org/albums/lost/manifest.json',
        label: { en: 'An album that is no longer online' },
        path: '/items/2',
      },
    ]);
    assertWarning(result, '/items/3', 'not followed');
    assert.deepEqual(sectionsOf(result), []);
  });

  it("lists a Presentation 2 collection's manifests", () => {
    const result = importIiif(
      {
        '@context': CONTEXT_2,
        '@id': `${BASE}/v2/collection`,
        '@type': 'sc:Collection',
        label: 'Albums',
        manifests: [{ '@id': 'albums/1/manifest', '@type': 'sc:Manifest', label: 'One' }],
      },
      { baseUrl: `${BASE}/v2/collection` },
    );
    assert.deepEqual(result.children, [
      { id: `${BASE}/v2/albums/1/manifest`, label: { none: 'One' }, path: '/manifests/0' },
    ]);
  });

  it('makes one section per manifest, in order, titled and introduced by it', () => {
    const sections = sectionsOf(merged());
    assert.deepEqual(
      sections.map((section) => [section.id, section.title, section.intro]),
      [
        ['dunes', { en: 'The dunes', fr: 'Les dunes' }, { en: 'Sand, grass and wind.' }],
        ['cliffs', { en: 'The cliffs', fr: 'Les falaises' }, { en: 'Chalk and sea birds.' }],
      ],
    );
    assert.deepEqual(merged().exhibition['title'], {
      en: 'Along the coast',
      fr: 'Le long de la côte',
    });
  });

  it('keeps item ids unique across manifests', () => {
    assert.deepEqual(
      itemsOf(merged()).map((entry) => entry.id),
      ['p1', 'p2', 'p1-2'],
    );
  });

  it("shows a child's own required statement on its items when it differs from the collection's", () => {
    const [dunes, cliffs] = sectionsOf(merged());
    assert.equal(dunes?.items[0]?.rights, undefined);
    assert.deepEqual(cliffs?.items[0]?.rights, {
      statement: { en: 'Lent by the Cliffside Historical Society' },
    });
    assert.equal((merged().exhibition['provider'] as unknown[]).length, 2);
    assert.deepEqual(cliffs?.places, ['place']);
  });

  it('turns a child that failed into a warning, not a failure of the collection', () => {
    const result = merged();
    assertWarning(result, '/items/2', 'HTTP 404');
    assert.equal(validateExhibition(result.exhibition).fatal, false);
  });

  it('leaves out a child that is a collection or has nothing to show, with a warning', () => {
    const inner = importIiif({
      '@context': CONTEXT_3,
      type: 'Collection',
      label: { en: ['Inner'] },
    });
    const empty = importIiif(manifest3([]));
    const result = mergeCollection(collection(), [
      { ok: true, result: inner },
      { ok: true, result: empty },
      { ok: true, result: importIiif(iiifFixture('child-cliffs.json')) },
    ]);
    assert.deepEqual(
      sectionsOf(result).map((section) => section.id),
      ['cliffs'],
    );
    assertWarning(result, '/items/0', 'not followed');
    assertWarning(result, '/items/1', 'no canvases');
  });

  it("reports a child's problems at the collection's reference to it", () => {
    const broken = iiifFixture('child-dunes.json');
    broken['seeAlso'] = [{ id: `${BASE}/dunes.xml`, type: 'Dataset' }];
    const result = mergeCollection(collection(), [{ ok: true, result: importIiif(broken) }]);
    assertWarning(result, '/items/0', '/seeAlso in the manifest');
  });
});

describe('importIiif: output', () => {
  it('passes the validator without errors for every fixture', () => {
    const outputs = FIXTURES.map(
      (name) => [name, importIiif(iiifFixture(name)).exhibition] as const,
    );
    const collection = importIiif(iiifFixture('collection-v3.json'));
    const merged = mergeCollection(collection, [
      { ok: true, result: importIiif(iiifFixture('child-dunes.json')) },
      { ok: true, result: importIiif(iiifFixture('child-cliffs.json')) },
    ]);
    for (const [name, exhibition] of [
      ...outputs,
      ['merged collection', merged.exhibition] as const,
    ]) {
      if (name === 'collection-v3.json') continue; // no sections until it is merged
      const errors = validateExhibition(exhibition).problems.filter(
        (problem) => problem.severity === 'error',
      );
      assert.deepEqual(errors, [], name);
    }
  });

  it('shows every canvas as an item, in order', () => {
    const json = iiifFixture('manifest-v3.json');
    const canvasIds = (json['items'] as { id: string }[]).map((canvas) =>
      canvas.id.split('/').pop(),
    );
    assert.deepEqual(
      itemsOf(harbour())
        .map((entry) => entry.id)
        .sort(),
      [...canvasIds].sort(),
    );
    const plain = manifest3(Array.from({ length: 12 }, (_, index) => canvas3(`n${index}`)));
    assert.deepEqual(
      itemsOf(importIiif(plain)).map((entry) => entry.id),
      Array.from({ length: 12 }, (_, index) => `n${index}`),
    );
  });

  it('gives image sizes that keep IIIF requests within the image and the service', () => {
    const items = [harbour(), shipsLog()].flatMap(itemsOf);
    for (const { image } of items) {
      if (image?.iiif === undefined || typeof image.iiif === 'string') continue;
      const candidates = iiifWidthLadder(image.iiif, image);
      assert.ok(candidates.length > 0, image.src);
      for (const candidate of candidates) assert.ok(candidate.width <= image.width!, candidate.url);
      if (image.iiif.profile === 'level0') {
        const listed = image.iiif.sizes?.map((size) => size.width);
        assert.deepEqual(
          candidates.map((candidate) => candidate.width),
          listed,
        );
      }
    }
  });
});

describe('a manifest without a label', () => {
  it('still renders: the validator reports the missing title as a warning, not an error', () => {
    const imported = importIiif({
      '@context': 'http://iiif.io/api/presentation/3/context.json',
      id: 'https://iiif.example.org/untitled/manifest.json',
      type: 'Manifest',
      items: [
        {
          id: 'https://iiif.example.org/untitled/canvas/1',
          type: 'Canvas',
          width: 1000,
          height: 800,
          label: { en: ['One'] },
          items: [],
        },
      ],
    });
    const result = validateExhibition(imported.exhibition);
    assert.equal(result.fatal, false);
    assert.deepEqual(
      result.problems.filter((problem) => problem.severity === 'error'),
      [],
    );
  });
});

describe('HTML only where IIIF allows it', () => {
  it('keeps angle brackets in a label as text, and reads HTML in a wrapped summary', () => {
    const imported = importIiif({
      '@context': 'http://iiif.io/api/presentation/3/context.json',
      id: 'https://iiif.example.org/html/manifest.json',
      type: 'Manifest',
      label: { en: ['Pay <b>attention</b>: x < y and y > z'] },
      summary: { en: ['<p>Read <i>this</i> &amp; that.</p>'] },
      items: [],
    });
    assert.deepEqual(imported.exhibition['title'], { en: 'Pay <b>attention</b>: x < y and y > z' });
    assert.deepEqual(imported.exhibition['intro'], { en: 'Read this & that.' });
  });
});
