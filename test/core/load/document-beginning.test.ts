import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { declaredItemCount } from '../../../src/core/format/validate.js';
import { readDocumentBeginning as readInSlices } from '../../../src/core/load/document-beginning.js';

/** A clock that moves 1 ms each time it is read, and counts the pauses. */
function slicing(maxLength: number) {
  let time = 0;
  const options = {
    maxLength,
    sliceMs: 5,
    now: () => (time += 1),
    pause: async () => {
      options.pauses += 1;
    },
    pauses: 0,
  };
  return options;
}

const readDocumentBeginning = (text: string, maxLength: number) =>
  readInSlices(text, slicing(maxLength));

/** JSON text of an object from its members as written: keys may repeat and be spelt with escapes. */
type Members = ReadonlyArray<readonly [key: string, valueText: string]>;

const space = fc.constantFrom('', ' ', '\n', '\t', '\r\n  ');

function objectText(members: Members, gap: string): string {
  return `{${gap}${members.map(([key, value]) => `${key}${gap}:${gap}${value}`).join(`,${gap}`)}${gap}}`;
}

/** A key as JSON text: plain, or with an escape that JSON.parse reads as the same name. */
const keyText = (name: string) =>
  fc.constantFrom(
    JSON.stringify(name),
    `"\\u00${name.charCodeAt(0).toString(16)}${name.slice(1)}"`,
  );

const anyValue = fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value));
const itemsValue = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(anyValue, { maxLength: 6 }).map((items) => `[${items.join(',')}]`),
  },
  { weight: 1, arbitrary: anyValue },
);
const sectionText = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        fc.array(
          fc.oneof(
            fc.tuple(keyText('items'), itemsValue),
            fc.tuple(fc.constantFrom('"id"', '"title"', '"intro"'), anyValue),
          ),
          { maxLength: 4 },
        ),
        space,
      )
      .map(([members, gap]) => objectText(members, gap)),
  },
  { weight: 1, arbitrary: anyValue },
);
const documentText = fc
  .tuple(
    fc.uniqueArray(
      fc.tuple(fc.constantFrom('"title"', '"people"', '"items"', '"credits"', '"x"'), anyValue),
      { maxLength: 4, selector: ([key]) => key },
    ),
    fc.nat(),
    keyText('sections'),
    fc.array(sectionText, { minLength: 1, maxLength: 5 }),
    space,
  )
  .map(([others, at, key, sections, gap]) => {
    const members: Array<readonly [string, string]> = others.slice();
    members.splice(at % (members.length + 1), 0, [
      key,
      `[${gap}${sections.join(`,${gap}`)}${gap}]`,
    ]);
    return objectText(members, gap);
  });

/** What the beginning should be, from the whole document parsed. */
function expectedBeginning(text: string) {
  const whole = JSON.parse(text) as Record<string, unknown>;
  const sections = whole['sections'] as unknown[];
  const first = sections.findIndex(
    (section) => typeof section === 'object' && section !== null && !Array.isArray(section),
  );
  if (first < 0) return undefined;
  const json: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(whole)) {
    if (key === 'sections') break;
    json[key] = value;
  }
  json['sections'] = sections.slice(0, first + 1);
  return { json, itemCount: declaredItemCount(whole) };
}

describe('readDocumentBeginning', () => {
  it('gives the root members before the sections, the first section and the item count of the whole', async () => {
    await fc.assert(
      fc.asyncProperty(documentText, async (text) => {
        // Keys other than `sections` never repeat here, so the members before it are JSON.parse's.
        const found = await readDocumentBeginning(text, Infinity);
        const expected = expectedBeginning(text);
        assert.deepStrictEqual(found, expected, text);
        if (found) assert.equal(JSON.stringify(found.json), JSON.stringify(expected?.json));
      }),
      { numRuns: 600 },
    );
  });

  it('counts the last of repeated "items" keys in a section, and items that are not a list as none', async () => {
    const text =
      '{"title": "t", "sections": [{"items": [1, 2, 3], "items": [{"a": [1, 2]}]}, {"items": 5},' +
      ' {"items": [], "id": "s"}, "not a section", {"items": [[], {}, "]", "[", null]}]}';
    const found = await readDocumentBeginning(text, Infinity);
    assert.equal(found?.itemCount, 6);
    assert.equal(found?.itemCount, declaredItemCount(JSON.parse(text)));
    assert.deepEqual(found?.json, { title: 't', sections: [{ items: [{ a: [1, 2] }] }] });
  });

  it('finds no beginning where the whole document must decide', async () => {
    for (const text of [
      '[{"id": "a"}]',
      '{"title": "no sections", "items": [1, 2]}',
      '{"sections": 5}',
      '{"sections": []}',
      '{"sections": ["a", 1]}',
      '{"sections": [{"items": [1]}], "sections": [{"items": [2]}]}',
      '{"sections": [{"items": [1]}], "s\\u0065ctions": [{"items": [2]}]}',
      '{"sections": [{"items": [1]}]',
      '{"sections": [{"items": [1}]}',
      '{"sections": [{"items": ["unterminated]}]}',
      '{"sections": [{"items": [1]}]} [2]',
      '\ufeff{"sections": [{"items": [1]}]}',
    ]) {
      assert.equal(await readDocumentBeginning(text, Infinity), undefined, text);
    }
  });

  it('finds no beginning when the first section ends at or beyond the length given', async () => {
    const text = '{"title": "t", "sections": [{"items": [1, 2]}, {"items": [3]}]}';
    const end = text.indexOf('}') + 1;
    assert.equal(await readDocumentBeginning(text, end - 1), undefined);
    assert.deepEqual((await readDocumentBeginning(text, end))?.itemCount, 3);
  });

  it('stops reading once past the length given without a first section ending before it', async () => {
    // One section of 40,000 items: a beginning would be the whole document.
    const items = Array.from({ length: 40_000 }, (_, index) => ({ id: `item-${index}` }));
    const text = JSON.stringify({ title: 'One section', sections: [{ items }] });
    let clockReads = 0;
    const options = { ...slicing(100_000), now: () => (clockReads += 1) };
    assert.equal(await readInSlices(text, options), undefined);
    // The clock is read at the start and after every 65,536 characters read, unless reading stops: here
    // after the second (131,072 characters, past 100,000), of more than ten.
    assert.ok(text.length > 10 * 65_536);
    assert.equal(clockReads, 2);
  });

  it('pauses between slices of a long document, and reads keys and strings across them', async () => {
    // Keys, strings and brackets fall on every offset around the slices' ends (every 65,536 characters).
    const sections = Array.from({ length: 1200 }, (_, section) => ({
      id: `s${section}`,
      title: `Section "${section}" [${'{'.repeat(section % 7)}`,
      items: Array.from({ length: (section % 5) + 1 }, (_, index) => ({
        id: `i${section}-${index}`,
        caption: { text: `${'x'.repeat((section * 37 + index * 11) % 500)} \\ "]"` },
      })),
    }));
    const text = JSON.stringify({ title: 'Long', sections, credits: [{ name: 'N' }] }, null, 1);
    assert.ok(text.length > 600_000);
    const options = slicing(Infinity);
    const found = await readInSlices(text, options);
    assert.deepEqual(found, expectedBeginning(text));
    assert.equal(found?.itemCount, 3600);
    assert.ok(options.pauses > 1, `paused ${options.pauses} times`);
  });

  it('stops, with no beginning, when a pause rejects', async () => {
    const text = JSON.stringify({
      sections: Array.from({ length: 3000 }, (_, index) => ({ items: [`${index}`.repeat(40)] })),
    });
    const options = slicing(Infinity);
    let pauses = 0;
    const found = await readInSlices(text, {
      ...options,
      pause: async () => {
        pauses += 1;
        throw new Error('stopped');
      },
    });
    assert.equal(found, undefined);
    assert.equal(pauses, 1);
  });

  it('reads a key whose colon is in the next slice', async () => {
    // The second section's "items" key ends on the last character of the first 65,536 read.
    const before = '{"sections": [{"items": [1]}, {"id": "';
    const after = '", "items": [1, 2]}]}';
    const padding = 65_535 - before.length - (after.indexOf('items"') + 5);
    const text = before + 'x'.repeat(padding) + after;
    assert.equal(text.indexOf('items"', before.length + padding) + 5, 65_535);
    assert.equal((await readDocumentBeginning(text, Infinity))?.itemCount, 3);
  });
});
