import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseJsonInSlices } from '../../../src/core/load/sliced-json.js';
import type { SlicedParseOptions } from '../../../src/core/load/sliced-json.js';

/** A clock that moves 1 ms each time it is read, and counts the pauses. */
function slicing(leafLength?: number) {
  let time = 0;
  const options: SlicedParseOptions & { pauses: number } = {
    sliceMs: 5,
    now: () => (time += 1),
    pause: async () => {
      options.pauses += 1;
    },
    leafLength,
    pauses: 0,
  };
  return options;
}

/** JSON.parse's outcome: the value, or that it threw. */
function native(text: string): { value: unknown } | 'throws' {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return 'throws';
  }
}

async function sliced(text: string, leafLength?: number): Promise<{ value: unknown } | 'throws'> {
  try {
    return { value: await parseJsonInSlices(text, slicing(leafLength)) };
  } catch (error) {
    assert.ok(error instanceof SyntaxError, `a SyntaxError, not ${String(error)}`);
    return 'throws';
  }
}

/** Same values and the same key order as JSON.parse. */
function assertSameAsNative(actual: { value: unknown } | 'throws', text: string) {
  const expected = native(text);
  if (expected === 'throws' || actual === 'throws') {
    assert.equal(actual, expected, `for ${JSON.stringify(text).slice(0, 200)}`);
    return;
  }
  assert.deepStrictEqual(actual.value, expected.value);
  assert.equal(JSON.stringify(actual.value), JSON.stringify(expected.value));
}

const jsonSpace = fc.constantFrom('', ' ', '\n', '\t', '\r\n  ');

describe('parseJsonInSlices', () => {
  it('gives what JSON.parse gives for any JSON value, however it is spaced', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue({ maxDepth: 5 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(undefined, 1, 2, '\t'),
        jsonSpace,
        jsonSpace,
        async (value, leafLength, indent, before, after) => {
          const text = before + JSON.stringify(value, null, indent) + after;
          assertSameAsNative(await sliced(text, leafLength), text);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('throws exactly where JSON.parse throws, for text one edit away from JSON', async () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.integer({ min: 0, max: 2 }),
      insert: fc.constantFrom('', '{', '}', '[', ']', ',', ':', '"', '\\', 'x', '1', ' ', '\u00a0'),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue({ maxDepth: 4 }),
        edit,
        fc.integer({ min: 1, max: 24 }),
        async (value, { at, remove, insert }, leafLength) => {
          const valid = JSON.stringify(value, null, 1);
          const position = at % (valid.length + 1);
          const text = valid.slice(0, position) + insert + valid.slice(position + remove);
          assertSameAsNative(await sliced(text, leafLength), text);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('keeps "__proto__" keys as own properties and the last of duplicate keys, as JSON.parse does', async () => {
    const text = '{"__proto__": {"polluted": true}, "a": [1, 2, 3], "b": {"c": 1}, "a": [4, 5, 6]}';
    const result = await parseJsonInSlices(text, slicing(4));
    assert.equal(Object.getPrototypeOf(result), Object.prototype);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assertSameAsNative({ value: result }, text);
    assert.deepEqual(Object.keys(result as object), ['__proto__', 'a', 'b']);
  });

  it('reads strings with escaped quotes, backslashes and brackets as strings', async () => {
    for (const text of [
      '["a\\\\", "\\"]", "\\\\\\"{", "[{", "}]"]',
      '{"k\\"ey": ["\\\\"], "x": "\\u005b"}',
      '[["\\\\\\\\"], "\\"\\"\\"", {"]": "["}]',
    ]) {
      assertSameAsNative(await sliced(text, 3), text);
    }
  });

  it('rejects what JSON.parse rejects: a byte-order mark, a no-break space, brackets that do not match', async () => {
    for (const text of [
      '\ufeff[1, 2, 3, 4]',
      '[1,\u00a02, 3, 4]',
      '[1, 2, 3}',
      '{"a": [1, 2, 3]]',
      '[1, 2, 3] [4]',
      '{"a": 1, "b"}',
      '{"a" 1, "b": 2}',
      '[1: 2, 3, 4]',
      '["a", "b", "c"',
      '["unterminated, 1, 2]',
      '[1, 2, 3, ]',
      '{"a": 1,, "b": 2}',
    ]) {
      assert.equal(await sliced(text, 2), 'throws', text);
      assert.equal(native(text), 'throws', text);
    }
  });

  it('pauses between slices on a large document, and parses a small one in one go', async () => {
    const items = Array.from({ length: 3000 }, (_, index) => ({
      id: `photo-${index}`,
      caption: { title: { en: `Photo ${index} "quoted" \\ [${index}]`, ko: '사진' } },
      image: { width: 1200 + index, height: 800, sources: [{ url: `p/${index}.jpg`, width: 640 }] },
    }));
    const text = JSON.stringify({ title: 'Large', sections: [{ id: 's', items }] });
    assert.ok(text.length > 100_000);
    const options = slicing();
    assertSameAsNative({ value: await parseJsonInSlices(text, options) }, text);
    assert.ok(options.pauses > 10, `paused ${options.pauses} times`);

    const small = slicing();
    assert.deepEqual(await parseJsonInSlices('{"a": [1]}', small), { a: [1] });
    assert.equal(small.pauses, 0);
  });

  it('parses arrays nested 100,000 deep, as JSON.parse does, without running out of stack', async () => {
    const depth = 100_000;
    let value = await parseJsonInSlices('['.repeat(depth) + ']'.repeat(depth), slicing(16));
    let levels = 0;
    while (Array.isArray(value) && value.length > 0) {
      value = value[0];
      levels += 1;
    }
    assert.deepEqual([levels, value], [depth - 1, []]);
  });

  it('parses a string longer than a leaf, and a large top-level value surrounded by whitespace', async () => {
    const long = 'x'.repeat(500);
    for (const text of [
      `["${long}", {"b": "${long}"}]`,
      `\n\t [1, 2, ["${long}"]] \r\n`,
      `"${long}"`,
    ]) {
      assertSameAsNative(await sliced(text, 50), text);
    }
  });
});
