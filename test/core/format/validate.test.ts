import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  personFor,
  placeFor,
  validateExhibition,
  type Exhibition,
  type Item,
} from '../../../src/core/index.js';
import { assertNoProblemAt, assertProblem, errors, warnings } from './helpers.js';

const IMAGE = { src: 'img/boats.jpg', width: 1600, height: 1067, alt: 'Fishing boats at a pier' };

/** A complete, valid item with `id`, with `changes` merged in. */
function item(id: string, changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, image: IMAGE, caption: { text: `Caption of ${id}.` }, ...changes };
}

/** A valid exhibition of `items` with every recommended field, with `changes` merged in. */
function exhibition(
  items: unknown[],
  changes: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    photoExhibit: '1.0',
    id: 'harbour',
    title: 'Harbour at dawn',
    language: 'en',
    rights: { statement: 'All rights reserved.' },
    items,
    ...changes,
  };
}

function items(result: ReturnType<typeof validateExhibition>): Item[] {
  return result.exhibition?.sections.flatMap((section) => section.items) ?? [];
}

describe('validateExhibition: a valid document', () => {
  it('has no problems and keeps its content', () => {
    const result = validateExhibition(exhibition([item('boats')]));
    assert.deepEqual(result.problems, []);
    assert.equal(result.fatal, false);
    assert.deepEqual(result.exhibition, {
      photoExhibit: '1.0',
      id: 'harbour',
      title: 'Harbour at dawn',
      language: 'en',
      rights: { statement: 'All rights reserved.' },
      sections: [{ id: 'section-1', items: [item('boats')] }],
    });
  });

  it('accepts the minimal exhibition of format.md with warnings only', () => {
    const result = validateExhibition({
      photoExhibit: '1.0',
      title: 'Harbour at dawn',
      items: [item('boats')],
    });
    assert.deepEqual(errors(result), []);
    assertProblem(result, 'warning', '/language', 'plain strings');
    assertProblem(result, 'warning', '/rights', 'no rights statement and no credits');
  });
});

describe('validateExhibition: fatal problems', () => {
  for (const input of ['{"title": "x"}', 42, null, true, undefined]) {
    it(`${JSON.stringify(input)} is not an exhibition`, () => {
      const result = validateExhibition(input);
      assert.equal(result.fatal, true);
      assert.equal(result.exhibition, null);
      assertProblem(result, 'error', '', 'must be an exhibition object');
    });
  }

  it('hints that JSON text must be parsed first', () => {
    assert.match(validateExhibition('[]').problems[0]?.hint ?? '', /parse/);
  });

  for (const version of ['2.0', '0.9', '10.1']) {
    it(`cannot read format ${version}`, () => {
      const result = validateExhibition(exhibition([item('boats')], { photoExhibit: version }));
      assert.equal(result.fatal, true);
      assert.equal(result.exhibition, null);
      assert.deepEqual(result.problems.length, 1);
      assertProblem(result, 'error', '/photoExhibit', `is format version ${version}`);
    });
  }

  const empty: [unknown, string][] = [
    [[], ''],
    [{ title: 'x' }, '/items'],
    [{ title: 'x', items: [] }, '/items'],
    [{ title: 'x', sections: [] }, '/sections'],
    [{ title: 'x', sections: [{ id: 'a', items: [] }] }, '/sections'],
    [{ title: 'x', items: [1, 'two', null] }, '/items'],
  ];
  for (const [input, path] of empty) {
    it(`${JSON.stringify(input)} has no items`, () => {
      const result = validateExhibition(input);
      assert.equal(result.fatal, true);
      assert.equal(result.exhibition, null);
      assertProblem(result, 'error', path, 'has no items to show');
    });
  }
});

describe('validateExhibition: version and title', () => {
  it('warns about a newer minor version and reads it', () => {
    const result = validateExhibition(exhibition([item('boats')], { photoExhibit: '1.4' }));
    assert.equal(result.fatal, false);
    assertProblem(result, 'warning', '/photoExhibit', 'newer than 1.0');
    assert.equal(result.exhibition?.photoExhibit, '1.0');
  });

  it('warns about a missing version and reads the document as 1.0', () => {
    const result = validateExhibition(exhibition([item('boats')], { photoExhibit: undefined }));
    assertProblem(result, 'warning', '/photoExhibit', 'taken to be 1.0');
    assert.equal(result.exhibition?.photoExhibit, undefined);
  });

  for (const version of ['1', 1, '1.0.0', '01.0', 'v1.0']) {
    it(`reports the malformed version ${JSON.stringify(version)}`, () => {
      const result = validateExhibition(exhibition([item('boats')], { photoExhibit: version }));
      assert.equal(result.fatal, false);
      assertProblem(result, 'error', '/photoExhibit', 'must be a format version such as "1.0"');
    });
  }

  it('requires a title in a versioned document', () => {
    const result = validateExhibition(exhibition([item('boats')], { title: undefined }));
    assertProblem(result, 'error', '/title', 'needs a title');
    // The normalised form no longer claims to be a complete 1.0 document, so it re-validates.
    assert.equal(result.exhibition?.photoExhibit, undefined);
    assert.deepEqual(errors(validateExhibition(result.exhibition)), []);
  });

  it('only warns about a missing title without a version', () => {
    const result = validateExhibition({ items: [item('boats')] });
    assertProblem(result, 'warning', '/title', 'no title');
    assert.deepEqual(errors(result), []);
  });

  it('warns about a missing exhibition id and rejects a malformed one', () => {
    assertProblem(
      validateExhibition(exhibition([item('boats')], { id: undefined })),
      'warning',
      '/id',
      'no id',
    );
    const result = validateExhibition(exhibition([item('boats')], { id: '2023 harbour' }));
    const problem = assertProblem(result, 'error', '/id', 'must be an id');
    assert.match(problem.hint ?? '', /"harbour"/);
    assert.equal(result.exhibition?.id, undefined);
  });
});

describe('validateExhibition: other document shapes', () => {
  it('reads a bare array as one section, with paths into the array', () => {
    const result = validateExhibition([
      item('a'),
      item('b'),
      item('c'),
      { id: 'd', image: { src: 'javascript:x' } },
    ]);
    assert.equal(result.fatal, false);
    assertProblem(result, 'warning', '', 'bare list of items');
    assertProblem(result, 'error', '/3/image/src', 'is not a safe image address');
    assert.deepEqual(
      result.exhibition?.sections.map((section) => [section.id, section.items.length]),
      [['section-1', 4]],
    );
    assert.equal(result.exhibition?.title, undefined);
  });

  it('reads { items } as one untitled section with id section-1, unless an item has that id', () => {
    assert.equal(
      validateExhibition({ items: [item('a')] }).exhibition?.sections[0]?.id,
      'section-1',
    );
    const taken = validateExhibition({ items: [item('section-1'), item('section-1-2')] });
    assert.equal(taken.exhibition?.sections[0]?.id, 'section-1-3');
    assert.deepEqual(errors(taken), []);
  });

  it('reports sections and items together, and uses the sections', () => {
    const result = validateExhibition(
      exhibition([item('a')], { sections: [{ id: 's', title: 'S', items: [item('b')] }] }),
    );
    assertProblem(result, 'error', '/items', 'either "sections" or "items", not both');
    assert.deepEqual(
      items(result).map((entry) => entry.id),
      ['b'],
    );
  });

  it('falls back to items when sections is not a list', () => {
    const result = validateExhibition(exhibition([item('a')], { sections: 'none' }));
    assertProblem(result, 'error', '/sections', 'either "sections" or "items"');
    assert.deepEqual(
      items(result).map((entry) => entry.id),
      ['a'],
    );
  });
});

describe('validateExhibition: ids', () => {
  it('gives items without id item-<position in the whole exhibition>, with a warning', () => {
    const result = validateExhibition(
      exhibition([], {
        items: undefined,
        sections: [
          { id: 'one', title: 'One', items: [item('a'), { caption: { text: 'b' } }] },
          { id: 'two', title: 'Two', items: [item('c'), { caption: { text: 'd' } }] },
        ],
      }),
    );
    assert.deepEqual(
      items(result).map((entry) => entry.id),
      ['a', 'item-2', 'c', 'item-4'],
    );
    assertProblem(result, 'warning', '/sections/0/items/1/id', '"item-2"');
    assertProblem(result, 'warning', '/sections/1/items/1/id', '"item-4"');
  });

  it('never generates an id that the document declares elsewhere', () => {
    const result = validateExhibition(exhibition([{ caption: { text: 'a' } }, item('item-1')]));
    assert.deepEqual(
      items(result).map((entry) => entry.id),
      ['item-1-2', 'item-1'],
    );
    assert.deepEqual(errors(result), []);
  });

  it('reports a duplicate at the later id and renames it with a suffix', () => {
    const result = validateExhibition(
      exhibition([item('boats'), item('boats'), item('boats'), item('boats-2')]),
    );
    assertProblem(result, 'error', '/items/1/id', 'the id "boats" is already used');
    assertProblem(result, 'error', '/items/2/id', 'the id "boats" is already used');
    assertNoProblemAt(result, '/items/0/id');
    assert.deepEqual(
      items(result).map((entry) => entry.id),
      ['boats', 'boats-3', 'boats-4', 'boats-2'],
    );
  });

  it('shares one namespace between sections and items', () => {
    const result = validateExhibition(
      exhibition([], { items: undefined, sections: [{ id: 'boats', items: [item('boats')] }] }),
    );
    assertProblem(result, 'error', '/sections/0/items/0/id', 'already used');
  });

  it('replaces malformed ids', () => {
    const result = validateExhibition(exhibition([item('3 boats'), item('')]));
    assertProblem(result, 'error', '/items/0/id', 'must be an id');
    assertProblem(result, 'error', '/items/1/id', 'must be an id');
    assert.deepEqual(
      items(result).map((entry) => entry.id),
      ['item-1', 'item-2'],
    );
  });

  it('requires section ids and generates one', () => {
    const result = validateExhibition(
      exhibition([], { items: undefined, sections: [{ title: 'A', items: [item('a')] }] }),
    );
    assertProblem(result, 'error', '/sections/0/id', 'a section needs an id');
    assert.equal(result.exhibition?.sections[0]?.id, 'section-1');
  });
});

describe('validateExhibition: images', () => {
  it('reports a width with a unit, and drops it', () => {
    const result = validateExhibition(
      exhibition([item('a', { image: { ...IMAGE, width: '1600px' } })]),
    );
    const problem = assertProblem(
      result,
      'error',
      '/items/0/image/width',
      'must be a positive whole number of pixels, got "1600px"',
    );
    assert.match(problem.hint ?? '', /1600 without quotes/);
    assert.equal(items(result)[0]?.image?.width, undefined);
    assert.equal(items(result)[0]?.image?.height, 1067);
  });

  for (const width of [0, -3, 1.5, '1600', null, [1600]]) {
    it(`rejects the width ${JSON.stringify(width)}`, () => {
      const result = validateExhibition(exhibition([item('a', { image: { ...IMAGE, width } })]));
      assertProblem(result, 'error', '/items/0/image/width', 'positive whole number of pixels');
    });
  }

  it('warns about missing width and height', () => {
    const result = validateExhibition(
      exhibition([item('a', { image: { src: 'a.jpg', alt: 'A' } })]),
    );
    assertProblem(result, 'warning', '/items/0/image/width', 'width and height');
    const heightOnly = validateExhibition(
      exhibition([item('a', { image: { ...IMAGE, height: undefined } })]),
    );
    assertProblem(heightOnly, 'warning', '/items/0/image/height', 'without height');
  });

  it('removes an image without src, marks the item, and keeps the caption', () => {
    const result = validateExhibition(
      exhibition([item('a', { image: { width: 10, height: 10, alt: 'x' } })]),
    );
    assertProblem(result, 'error', '/items/0/image/src', 'an image needs "src"');
    const [first] = items(result);
    assert.equal(first?.image, undefined);
    assert.match(first?.['x-imageError'] ?? '', /\/items\/0\/image\/src/);
    assert.deepEqual(first?.caption, { text: 'Caption of a.' });
  });

  for (const src of [
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    ' java\tscript:x',
    42,
  ]) {
    it(`removes the unsafe image ${JSON.stringify(src)}`, () => {
      const result = validateExhibition(exhibition([item('a', { image: { ...IMAGE, src } })]));
      assertProblem(
        result,
        'error',
        '/items/0/image/src',
        typeof src === 'string' ? 'not a safe image address' : 'must be a URL',
      );
      assert.equal(items(result)[0]?.image, undefined);
      assert.ok(items(result)[0]?.['x-imageError']);
    });
  }

  it('reports an image that is not an object', () => {
    const result = validateExhibition(exhibition([item('a', { image: 'img/a.jpg' })]));
    assertProblem(result, 'error', '/items/0/image', 'must be an image');
    assert.ok(items(result)[0]?.['x-imageError']);
  });

  it('accepts data:image and blob: sources', () => {
    const src = 'data:image/png;base64,iVBORw0KGgo=';
    assert.equal(
      items(validateExhibition(exhibition([item('a', { image: { ...IMAGE, src } })])))[0]?.image
        ?.src,
      src,
    );
    const blob = 'blob:https://example.org/1';
    assert.equal(
      items(validateExhibition(exhibition([item('a', { image: { ...IMAGE, src: blob } })])))[0]
        ?.image?.src,
      blob,
    );
  });

  it('warns about missing alt text unless the image is decorative', () => {
    const result = validateExhibition(
      exhibition([item('a', { image: { ...IMAGE, alt: undefined } })]),
    );
    assertProblem(result, 'warning', '/items/0/image/alt', 'no description');
    const decorative = validateExhibition(
      exhibition([item('a', { image: { ...IMAGE, alt: undefined, decorative: true } })]),
    );
    assertNoProblemAt(decorative, '/items/0/image/alt');
    assertProblem(
      validateExhibition(exhibition([item('a', { image: { ...IMAGE, decorative: 'yes' } })])),
      'error',
      '/items/0/image/decorative',
      'true or false',
    );
  });

  it('warns when the alt text repeats the caption text or title', () => {
    const sameText = item('a', {
      image: { ...IMAGE, alt: 'Boats at the pier' },
      caption: { text: 'Boats at  the pier.' },
    });
    assertProblem(
      validateExhibition(exhibition([sameText])),
      'warning',
      '/items/0/image/alt',
      'repeats the caption',
    );
    const sameTitle = item('a', {
      image: { ...IMAGE, alt: { en: 'Dawn', ko: '새벽' } },
      caption: { title: { ko: '새벽', en: 'Morning' }, text: 'Boats come in.' },
    });
    assertProblem(
      validateExhibition(exhibition([sameTitle])),
      'warning',
      '/items/0/image/alt',
      'repeats the caption',
    );
    const plainAgainstMap = item('a', {
      image: { ...IMAGE, alt: 'Dawn' },
      caption: { text: { en: 'dawn', ko: '새벽' } },
    });
    assertProblem(
      validateExhibition(exhibition([plainAgainstMap])),
      'warning',
      '/items/0/image/alt',
      'repeats',
    );
    const different = item('a', {
      image: { ...IMAGE, alt: { en: 'Dawn' } },
      caption: { text: { ko: 'Dawn' } },
    });
    const repeats = validateExhibition(exhibition([different])).problems.filter((problem) =>
      problem.message.includes('repeats the caption'),
    );
    assert.deepEqual(repeats, []);
  });

  it('warns about variants whose shape differs by more than 1 %', () => {
    const image = {
      ...IMAGE,
      variants: [
        { src: 'a-800.jpg', width: 800, height: 533 },
        { src: 'a-400.jpg', width: 400, height: 300 },
        { src: 'a-200.jpg', width: 200 },
      ],
    };
    const result = validateExhibition(exhibition([item('a', { image })]));
    assertNoProblemAt(result, '/items/0/image/variants/0');
    assertProblem(result, 'warning', '/items/0/image/variants/1', '400×300');
    assertNoProblemAt(result, '/items/0/image/variants/2');
    assert.equal(items(result)[0]?.image?.variants?.length, 3);
  });

  it('drops variants without a usable src or width', () => {
    const image = {
      ...IMAGE,
      variants: [
        { src: 'file:///a.jpg', width: 800 },
        { src: 'a.jpg' },
        { src: 'b.avif', width: 800, type: 'avif' },
      ],
    };
    const result = validateExhibition(exhibition([item('a', { image })]));
    assertProblem(result, 'error', '/items/0/image/variants/0/src', 'not a safe image address');
    assertProblem(result, 'error', '/items/0/image/variants/1/width', 'is missing');
    assertProblem(result, 'error', '/items/0/image/variants/2/type', 'must be a MIME type');
    assert.deepEqual(items(result)[0]?.image?.variants, [{ src: 'b.avif', width: 800 }]);
  });

  it('reads IIIF services as a URL or a description', () => {
    const service = {
      id: 'https://iiif.example.org/boats',
      type: 'ImageService3',
      profile: 'level0',
      sizes: [{ width: 400, height: 267 }],
    };
    const described = validateExhibition(
      exhibition([item('a', { image: { ...IMAGE, iiif: service } })]),
    );
    assert.deepEqual(errors(described), []);
    assert.deepEqual(items(described)[0]?.image?.iiif, service);
    const url = validateExhibition(
      exhibition([item('a', { image: { ...IMAGE, iiif: 'https://iiif.example.org/boats' } })]),
    );
    assert.equal(items(url)[0]?.image?.iiif, 'https://iiif.example.org/boats');
    const wrong = validateExhibition(
      exhibition([
        item('a', {
          image: {
            ...IMAGE,
            iiif: { id: 'data:image/png,x', type: 'ImageService4', profile: 'level0' },
          },
        }),
      ]),
    );
    assertProblem(wrong, 'error', '/items/0/image/iiif/id', 'not a safe service address');
    assertProblem(
      wrong,
      'error',
      '/items/0/image/iiif/type',
      'must be one of "ImageService2", "ImageService3"',
    );
    assert.equal(items(wrong)[0]?.image?.iiif, undefined);
  });

  it('checks placeholders and focus points', () => {
    const image = {
      ...IMAGE,
      placeholder: { color: '#fff', thumbhash: 'not base64!' },
      focus: [0.5, 1.2],
    };
    const result = validateExhibition(exhibition([item('a', { image })]));
    assertProblem(result, 'error', '/items/0/image/placeholder/color', '#rrggbb');
    assertProblem(result, 'error', '/items/0/image/placeholder/thumbhash', 'base64');
    assertProblem(result, 'error', '/items/0/image/focus', 'numbers from 0 to 1');
    const good = {
      ...IMAGE,
      placeholder: { color: '#3D4A57', thumbhash: '1QcSHQRnh493V4dIh4eXh1h4kJUI' },
      focus: [0, 1],
    };
    assert.deepEqual(errors(validateExhibition(exhibition([item('a', { image: good })]))), []);
  });
});

describe('validateExhibition: captions and links', () => {
  it('warns about a missing caption', () => {
    assertProblem(
      validateExhibition(exhibition([item('a', { caption: undefined })])),
      'warning',
      '/items/0/caption',
      'no caption',
    );
  });

  it('leaves out a caption without text', () => {
    const result = validateExhibition(exhibition([item('a', { caption: { title: 'Boats' } })]));
    assertProblem(result, 'error', '/items/0/caption/text', 'a caption needs "text"');
    assert.equal(items(result)[0]?.caption, undefined);
  });

  it('drops unsafe links and keeps the others', () => {
    const caption = {
      text: 'Boats.',
      links: [
        { href: 'javascript:alert(1)', label: 'Bad' },
        { href: 'mailto:archive@example.org', label: 'Write to the archive' },
        { href: 'about.html', label: 'About' },
        { href: 'https://example.org' },
      ],
    };
    const result = validateExhibition(exhibition([item('a', { caption })]), {
      baseUrl: 'https://example.org/harbour/exhibition.json',
    });
    assertProblem(
      result,
      'error',
      '/items/0/caption/links/0/href',
      '"javascript:alert(1)" is not a safe link',
    );
    assertProblem(result, 'error', '/items/0/caption/links/3/label', 'is missing');
    assert.deepEqual(items(result)[0]?.caption?.links, [
      { href: 'mailto:archive@example.org', label: 'Write to the archive' },
      { href: 'https://example.org/harbour/about.html', label: 'About' },
    ]);
  });

  it('reports a wrong quote kind with a suggestion, and keeps the quote', () => {
    const caption = { text: 'A sign.', quote: { text: 'No fishing.', kind: 'inscripton' } };
    const result = validateExhibition(exhibition([item('a', { caption })]));
    const problem = assertProblem(
      result,
      'error',
      '/items/0/caption/quote/kind',
      'must be one of "quotation", "inscription"',
    );
    assert.equal(problem.hint, 'did you mean "inscription"?');
    assert.deepEqual(items(result)[0]?.caption?.quote, { text: 'No fishing.' });
  });

  it('reports a wrong layout hint', () => {
    const result = validateExhibition(exhibition([item('a', { layout: 'huge' })]));
    assertProblem(result, 'error', '/items/0/layout', 'must be one of "normal", "wide", "full"');
  });
});

describe('validateExhibition: people and places', () => {
  const registries = {
    people: {
      'oh-jungsoo': { name: 'Oh Jung-soo' },
      constructor: { name: 'A person called constructor' },
    },
    places: {
      'north-pier': { name: 'North Pier', country: 'KR', geo: { lat: 35.1, lon: 129.03 } },
    },
  };

  it('keeps known references as ids, and inline persons and places', () => {
    const caption = {
      text: 'Boats.',
      people: ['oh-jungsoo', { name: 'A visitor' }, 'constructor'],
      place: 'north-pier',
      quote: { text: 'Hello.', by: 'oh-jungsoo' },
    };
    const result = validateExhibition(exhibition([item('a', { caption })], registries));
    assert.deepEqual(errors(result), []);
    assert.deepEqual(items(result)[0]?.caption?.people, [
      'oh-jungsoo',
      { name: 'A visitor' },
      'constructor',
    ]);
    assert.deepEqual(result.exhibition?.people, registries.people);
    assert.deepEqual(result.exhibition?.places, registries.places);
  });

  it('reports unknown people and places at the referring value, with a suggestion', () => {
    const caption = {
      text: 'Boats.',
      people: ['oh-jungsoo', 'oh-jungso', 'toString'],
      place: 'south-pier',
    };
    const result = validateExhibition(
      exhibition([], {
        items: undefined,
        sections: [{ id: 's', items: [item('a'), item('b'), item('c', { caption })] }],
        ...registries,
      }),
    );
    const typo = assertProblem(
      result,
      'error',
      '/sections/0/items/2/caption/people/1',
      'a person "oh-jungso"',
    );
    assert.equal(typo.hint, 'did you mean "oh-jungsoo"?');
    assertProblem(result, 'error', '/sections/0/items/2/caption/people/2', 'a person "toString"');
    assertProblem(result, 'error', '/sections/0/items/2/caption/place', 'a place "south-pier"');
    assert.deepEqual(items(result)[2]?.caption?.people, ['oh-jungsoo']);
    assert.equal(items(result)[2]?.caption?.place, undefined);
  });

  it('reports unknown quote authors and section places', () => {
    const result = validateExhibition(
      exhibition([], {
        items: undefined,
        sections: [
          {
            id: 's',
            places: ['north-pier', 'nowhere'],
            items: [item('a', { caption: { text: 'x', quote: { text: 'y', by: 'kim' } } })],
          },
        ],
        ...registries,
      }),
    );
    assertProblem(result, 'error', '/sections/0/items/0/caption/quote/by', 'a person "kim"');
    assertProblem(result, 'error', '/sections/0/places/1', 'a place "nowhere"');
    assert.deepEqual(result.exhibition?.sections[0]?.places, ['north-pier']);
  });

  it('reports a broken registry entry once, not at every reference', () => {
    const result = validateExhibition(
      exhibition([item('a', { caption: { text: 'x', people: ['kim', 'bad id'] } })], {
        people: { kim: { shortName: 'Kim' }, 'bad id': { name: 'Bad' } },
      }),
    );
    assertProblem(result, 'error', '/people/kim/name', 'a person needs "name"');
    assertProblem(result, 'error', '/people/bad id', 'is not a valid id');
    assertNoProblemAt(result, '/items/0/caption/people/0');
    assertNoProblemAt(result, '/items/0/caption/people/1');
    assert.equal(result.exhibition?.people, undefined);
  });

  it('checks places', () => {
    const result = validateExhibition(
      exhibition([item('a')], {
        places: { pier: { name: 'Pier', country: 'kr', geo: { lat: 95, lon: 0 } } },
      }),
    );
    assertProblem(result, 'error', '/places/pier/country', 'ISO 3166-1');
    assertProblem(result, 'error', '/places/pier/geo/lat', 'from -90 to 90');
    assert.deepEqual(result.exhibition?.places, { pier: { name: 'Pier' } });
  });

  it('looks references up with personFor and placeFor', () => {
    const { exhibition: normalised } = validateExhibition(exhibition([item('a')], registries));
    assert.ok(normalised);
    assert.deepEqual(personFor(normalised, 'oh-jungsoo'), { name: 'Oh Jung-soo' });
    assert.deepEqual(personFor(normalised, { name: 'Inline' }), { name: 'Inline' });
    assert.equal(personFor(normalised, 'toString'), undefined);
    assert.equal(personFor(normalised, undefined), undefined);
    assert.equal(placeFor(normalised, 'north-pier')?.name, 'North Pier');
    assert.equal(placeFor(normalised, 'hasOwnProperty'), undefined);
  });
});

describe('validateExhibition: dates', () => {
  const dated = (date: unknown) =>
    validateExhibition(exhibition([item('a', { caption: { text: 'x', date } })]));

  it('accepts dates, intervals and display text', () => {
    for (const date of [
      '2023',
      '2023-09',
      '2023-09-13',
      '2023-09-12/2023-09-17',
      { value: '2023', display: { en: 'Juche 112', ko: '주체112' } },
    ]) {
      assert.deepEqual(errors(dated(date)), [], JSON.stringify(date));
    }
  });

  it('reports impossible dates and intervals that end before they start', () => {
    assertProblem(dated('2023-02-30'), 'error', '/items/0/caption/date', 'not a real date');
    assertProblem(
      dated('2023-09-17/2023-09-12'),
      'error',
      '/items/0/caption/date',
      'ends before it starts',
    );
    assertProblem(
      dated({ value: '2023-13' }),
      'error',
      '/items/0/caption/date/value',
      'no month 13',
    );
    assertProblem(dated({ display: 'Soon' }), 'error', '/items/0/caption/date/value', 'is missing');
    assertProblem(dated('13 September 2023'), 'error', '/items/0/caption/date', 'ISO 8601');
    assertProblem(dated(2023), 'error', '/items/0/caption/date', 'must be a date');
    assert.equal(items(dated('2023-02-30'))[0]?.caption?.date, undefined);
  });
});

describe('validateExhibition: sections', () => {
  const sections = (list: unknown[]) =>
    validateExhibition(exhibition([], { items: undefined, sections: list }));

  it('leaves out a section without items', () => {
    const result = sections([
      { id: 'a', title: 'A', items: [item('x')] },
      { id: 'b', title: 'B', items: [] },
      { id: 'c', title: 'C' },
      { id: 'd', title: 'D', items: 'x' },
      { id: 'e', title: 'E', items: [7] },
    ]);
    assertProblem(result, 'error', '/sections/1/items', 'a section needs at least one item');
    assertProblem(result, 'error', '/sections/2/items', 'a section needs "items"');
    assertProblem(result, 'error', '/sections/3/items', 'must be a list of items');
    assertProblem(result, 'error', '/sections/4/items/0', 'must be an item');
    assert.deepEqual(
      result.exhibition?.sections.map((section) => section.id),
      ['a'],
    );
  });

  it('warns about a section without a title when there are several', () => {
    const result = sections([
      { id: 'a', title: 'A', items: [item('x')] },
      { id: 'b', items: [item('y')] },
    ]);
    assertProblem(result, 'warning', '/sections/1/title', 'with several sections');
    assertNoProblemAt(sections([{ id: 'a', items: [item('x')] }]), '/sections/0/title');
  });
});

describe('validateExhibition: keys', () => {
  it('warns about unknown keys with a did-you-mean and drops them', () => {
    const result = validateExhibition(
      exhibition([{ id: 'a', image: IMAGE, captoin: { text: 'x' } }]),
    );
    const problem = assertProblem(result, 'warning', '/items/0/captoin', 'did you mean "caption"?');
    assert.equal(problem.hint, 'rename it to "caption"');
    assertProblem(result, 'warning', '/items/0/caption', 'no caption');
    assert.equal('captoin' in (items(result)[0] ?? {}), false);
  });

  it('accepts $schema for editors and leaves it out of the exhibition', () => {
    const $schema = 'https://unpkg.com/photo-exhibit/dist/schema.json';
    const result = validateExhibition(exhibition([item('a')], { $schema }));
    assert.deepEqual(result.problems, []);
    assert.equal('$schema' in (result.exhibition ?? {}), false);
    assertProblem(
      validateExhibition(exhibition([item('a')], { $schema: 5 })),
      'error',
      '/$schema',
      'must be a URL',
    );
  });

  it('lists the known keys when nothing is close', () => {
    const result = validateExhibition(exhibition([item('a', { photographer: 'Mina' })]));
    const problem = assertProblem(
      result,
      'warning',
      '/items/0/photographer',
      'is not a field of an item',
    );
    assert.match(problem.hint ?? '', /known fields: id, image, caption/);
  });

  it('ignores x- keys and passes them through', () => {
    const result = validateExhibition(
      exhibition(
        [item('a', { 'x-order': 3, caption: { text: 'x', 'x-note': { any: ['thing'] } } })],
        {
          'x-generator': 'hand',
        },
      ),
    );
    assert.deepEqual(result.problems, []);
    assert.equal(result.exhibition?.['x-generator'], 'hand');
    assert.equal(items(result)[0]?.['x-order'], 3);
  });

  it('escapes keys in paths and survives prototype keys', () => {
    const input = JSON.parse(
      '{"photoExhibit":"1.0","title":"T","language":"en","rights":{},"a/b~c":1,"__proto__":{"polluted":true},"constructor":2,"items":[{"id":"a","__proto__":[]}]}',
    ) as unknown;
    const result = validateExhibition(input);
    assertProblem(result, 'warning', '/a~1b~0c', 'is not a field of an exhibition');
    assertProblem(result, 'warning', '/__proto__', 'is not a field');
    assertProblem(result, 'warning', '/constructor', 'is not a field');
    assertProblem(result, 'warning', '/items/0/__proto__', 'is not a field of an item');
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(Object.getPrototypeOf(result.exhibition), Object.prototype);
  });
});

describe('validateExhibition: text and languages', () => {
  it('warns about a missing language only when plain strings are used', () => {
    const plain = validateExhibition(exhibition([item('a')], { language: undefined }));
    assertProblem(plain, 'warning', '/language', 'plain strings');
    const maps = validateExhibition({
      photoExhibit: '1.0',
      id: 'h',
      title: { en: 'Harbour', ko: '항구' },
      rights: { statement: { en: 'Reserved.', ko: '보유.' } },
      items: [
        {
          id: 'a',
          image: { ...IMAGE, alt: { en: 'Boats', ko: '배' } },
          caption: { text: { en: 'x', ko: '엑스' } },
        },
      ],
    });
    assert.deepEqual(maps.problems, []);
  });

  it('reports a malformed language and malformed language map keys', () => {
    const result = validateExhibition(
      exhibition([item('a')], {
        language: 'English',
        title: { en_US: 'Harbour', ko: '항구', 'x-note': 5 },
      }),
    );
    assert.deepEqual(
      errors(result).map((problem) => problem.path),
      ['/title/en_US'],
    );
    assert.equal(result.exhibition?.language, 'English');
    assertProblem(
      validateExhibition(exhibition([item('a')], { language: 'en_US' })),
      'error',
      '/language',
      'BCP 47',
    );
    assertProblem(
      validateExhibition(exhibition([item('a')], { language: 'none' })),
      'error',
      '/language',
      'BCP 47',
    );
    assert.deepEqual(result.exhibition?.title, { ko: '항구' });
  });

  it('reports wrong text types and empty language maps', () => {
    const result = validateExhibition(
      exhibition([item('a', { caption: { text: [], title: 5, credit: {} } })], { subtitle: ['a'] }),
    );
    assertProblem(result, 'error', '/subtitle', 'must be text: a string or a language map');
    assertProblem(result, 'error', '/items/0/caption/text', 'a list of paragraphs');
    assertProblem(result, 'error', '/items/0/caption/title', 'must be text');
    assertProblem(result, 'error', '/items/0/caption/credit', 'without any text');
  });

  it('accepts prose as paragraphs and as language maps of either', () => {
    const intro = { en: ['One.', 'Two.'], ko: '하나.' };
    const result = validateExhibition(exhibition([item('a')], { intro }));
    assert.deepEqual(result.exhibition?.intro, intro);
    assertProblem(
      validateExhibition(exhibition([item('a')], { intro: { en: ['One.', 2] } })),
      'error',
      '/intro/en',
      'a string or a list of paragraphs',
    );
  });

  it('warns about translation gaps, except in maps with none and in originals', () => {
    const result = validateExhibition({
      photoExhibit: '1.0',
      id: 'h',
      language: 'en',
      title: { en: 'Harbour', ko: '항구', ar: 'الميناء' },
      rights: { holder: { none: 'Mina Park' } },
      items: [
        {
          id: 'a',
          image: { ...IMAGE, alt: { 'en-GB': 'Two boats', ko: '배 두 척', ar: 'قاربان' } },
          caption: {
            text: { en: 'Boats.', ko: '배.' },
            quote: { text: { en: 'Hi', ko: '안녕', ar: 'مرحبا' }, original: { ko: '안녕' } },
          },
        },
      ],
    });
    const gaps = warnings(result);
    assert.equal(gaps.length, 1, JSON.stringify(gaps));
    assertProblem(result, 'warning', '/items/0/caption/text', 'has no Arabic (ar) translation');
  });
});

describe('validateExhibition: rights, credits and other exhibition fields', () => {
  it('warns when there are neither rights nor credits', () => {
    assertProblem(
      validateExhibition(exhibition([item('a')], { rights: undefined })),
      'warning',
      '/rights',
      'no rights statement and no credits',
    );
    assertNoProblemAt(
      validateExhibition(
        exhibition([item('a')], {
          rights: undefined,
          credits: [{ role: 'Photographs', name: 'Mina Park' }],
        }),
      ),
      '/rights',
    );
    assertNoProblemAt(
      validateExhibition(
        exhibition([item('a', { rights: { statement: 'CC BY 4.0' } })], { rights: undefined }),
      ),
      '/rights',
    );
  });

  it('checks rights, credits, providers, occasion and metadata', () => {
    const result = validateExhibition(
      exhibition([item('a')], {
        rights: { license: 'javascript:x', year: '2023' },
        credits: [
          { role: 'Photographs' },
          { role: 'Curator', name: 'Layla Haddad', url: 'https://example.org/layla' },
        ],
        provider: [{ name: 'Archive', logo: { src: 'file:///logo.png' } }],
        occasion: { type: 'birthday', ordinal: 0 },
        metadata: [{ label: 'Camera' }, { label: 'Lens', value: '35 mm' }],
        cover: { src: 'img/cover.jpg', width: 1200, height: 630, alt: 'Boats' },
      }),
    );
    assertProblem(result, 'error', '/rights/license', 'not a safe link');
    assertProblem(result, 'error', '/rights/year', 'whole number');
    assertProblem(result, 'error', '/credits/0/name', 'a credit needs "name"');
    assertProblem(result, 'error', '/provider/0/logo/src', 'not a safe image address');
    assertProblem(result, 'error', '/occasion/type', 'must be one of "anniversary"');
    assertProblem(result, 'error', '/occasion/ordinal', 'positive whole number');
    assertProblem(result, 'error', '/metadata/0/value', 'is missing');
    const normalised = result.exhibition as Exhibition;
    assert.deepEqual(normalised.rights, {});
    assert.deepEqual(normalised.credits, [
      { role: 'Curator', name: 'Layla Haddad', url: 'https://example.org/layla' },
    ]);
    assert.deepEqual(normalised.provider, [{ name: 'Archive' }]);
    assert.equal(normalised.occasion, undefined);
    assert.deepEqual(normalised.metadata, [{ label: 'Lens', value: '35 mm' }]);
    assert.equal(normalised.cover?.src, 'img/cover.jpg');
  });

  it('resolves every URL against the base URL', () => {
    const base = 'https://example.org/harbour/exhibition.json';
    const image = {
      ...IMAGE,
      variants: [{ src: 'img/boats-800.jpg', width: 800, height: 533 }],
      iiif: { id: 'iiif/boats', type: 'ImageService2', profile: 'level1' },
    };
    const result = validateExhibition(
      exhibition([item('a', { image })], {
        cover: { src: 'cover.jpg', alt: 'x', width: 1, height: 1 },
        rights: { license: 'licence.html' },
        provider: [
          {
            name: 'Archive',
            url: '/',
            logo: { src: 'logo.svg', alt: 'Archive', width: 2, height: 1 },
          },
        ],
      }),
      { baseUrl: base },
    );
    assert.deepEqual(errors(result), []);
    const normalised = result.exhibition as Exhibition;
    const [first] = items(result);
    assert.equal(first?.image?.src, 'https://example.org/harbour/img/boats.jpg');
    assert.equal(first?.image?.variants?.[0]?.src, 'https://example.org/harbour/img/boats-800.jpg');
    assert.deepEqual(first?.image?.iiif, {
      id: 'https://example.org/harbour/iiif/boats',
      type: 'ImageService2',
      profile: 'level1',
    });
    assert.equal(normalised.cover?.src, 'https://example.org/harbour/cover.jpg');
    assert.equal(normalised.rights?.license, 'https://example.org/harbour/licence.html');
    assert.equal(normalised.provider?.[0]?.url, 'https://example.org/');
    assert.equal(normalised.provider?.[0]?.logo?.src, 'https://example.org/harbour/logo.svg');
  });

  it('keeps relative URLs as given without a base', () => {
    assert.equal(
      items(validateExhibition(exhibition([item('a')])))[0]?.image?.src,
      'img/boats.jpg',
    );
  });
});

describe('validateExhibition: scale', () => {
  it('validates 10 000 items quickly', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => item(`photo-${index}`));
    const started = performance.now();
    const result = validateExhibition(exhibition(many));
    assert.equal(items(result).length, 10_000);
    assert.deepEqual(result.problems, []);
    assert.ok(performance.now() - started < 2_000);
  });

  it('renames 10 000 copies of one id quickly', () => {
    const started = performance.now();
    const result = validateExhibition(
      exhibition(Array.from({ length: 10_000 }, () => item('boats'))),
    );
    assert.equal(items(result)[9_999]?.id, 'boats-10000');
    assert.equal(errors(result).length, 9_999);
    assert.ok(performance.now() - started < 2_000);
  });
});
