import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ID_PATTERN, parsePointer, validateExhibition } from '../../../src/core/index.js';
import { importIiif, mergeCollection, type IiifImport } from '../../../src/core/import/index.js';
import { pointerResolves } from '../format/helpers.js';
import { CONTEXT_2, CONTEXT_3, FIXTURES, iiifFixture, itemsOf, sectionsOf } from './helpers.js';

/** Every JSON Pointer in `value`, the root included. */
function pointers(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [path];
  const keys = Array.isArray(value) ? value.map((_, index) => String(index)) : Object.keys(value);
  return [
    path,
    ...keys.flatMap((key) =>
      pointers(
        (value as Record<string, unknown>)[key],
        `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      ),
    ),
  ];
}

/** A copy of `document` with the value at `path` replaced. */
function replaced(document: unknown, path: string, value: unknown): unknown {
  const copy: unknown = structuredClone(document);
  const segments = parsePointer(path) ?? [];
  const last = segments.pop();
  if (last === undefined) return value;
  let parent = copy as Record<string, unknown>;
  for (const segment of segments) parent = parent[segment] as Record<string, unknown>;
  parent[last] = value;
  return copy;
}

/** A fixture with one of its values, anywhere, replaced by arbitrary JSON. */
const mutatedFixture = fc
  .constantFrom(...FIXTURES)
  .map((name) => iiifFixture(name))
  .chain((document) =>
    fc
      .tuple(fc.constantFrom(...pointers(document).slice(1)), fc.jsonValue({ maxDepth: 3 }))
      .map(([path, value]) => replaced(document, path, value)),
  );

/** Documents with a IIIF context and type and arbitrary content. */
const iiifShaped = fc.record({
  '@context': fc.constantFrom(CONTEXT_3, CONTEXT_2, [CONTEXT_3]),
  type: fc.constantFrom('Manifest', 'Collection'),
  '@type': fc.constantFrom('sc:Manifest', 'sc:Collection'),
  label: fc.jsonValue({ maxDepth: 2 }),
  items: fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 4 }),
  sequences: fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 2 }),
  structures: fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 3 }),
  metadata: fc.jsonValue({ maxDepth: 3 }),
});

function assertWellFormed(input: unknown, result: IiifImport): void {
  for (const problem of result.problems) {
    assert.ok(parsePointer(problem.path) !== undefined, `not a JSON Pointer: ${problem.path}`);
    assert.ok(
      pointerResolves(input, problem.path),
      `${problem.path} does not resolve: ${problem.message}`,
    );
    assert.ok(problem.message.length > 0);
  }
  const ids = sectionsOf(result).flatMap((section) => [
    section.id,
    ...section.items.map((item) => item.id),
  ]);
  assert.equal(new Set(ids).size, ids.length, 'section and item ids are unique');
  assert.ok(
    ids.every((id) => ID_PATTERN.test(id)),
    ids.join(' '),
  );
  validateExhibition(result.exhibition);
}

describe('importIiif properties', () => {
  it('never throws on arbitrary JSON, and every problem path is a JSON Pointer into the input', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (input) =>
        assertWellFormed(input, importIiif(input)),
      ),
      { numRuns: 200 },
    );
  });

  it('never throws on IIIF documents with arbitrary content', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedFixture, iiifShaped), fc.option(fc.webUrl()), (input, baseUrl) =>
        assertWellFormed(input, importIiif(input, baseUrl === null ? {} : { baseUrl })),
      ),
      { numRuns: 300 },
    );
  });

  it('merges any children without throwing, keeping item ids unique', () => {
    const collection = importIiif(iiifFixture('collection-v3.json'));
    const child = fc.oneof(
      mutatedFixture.map((json) => ({ ok: true as const, result: importIiif(json) })),
      fc.record({ ok: fc.constant(false as const), id: fc.webUrl(), reason: fc.string() }),
    );
    fc.assert(
      fc.property(fc.array(child, { maxLength: 4 }), (children) => {
        const merged = mergeCollection(collection, children);
        const ids = itemsOf(merged).map((item) => item.id);
        assert.equal(new Set(ids).size, ids.length);
        assert.ok(merged.problems.every((problem) => parsePointer(problem.path) !== undefined));
        validateExhibition(merged.exhibition);
      }),
      { numRuns: 100 },
    );
  });
});
