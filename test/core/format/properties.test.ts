import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { SEVERITIES, validateExhibition, type ValidationResult } from '../../../src/core/index.js';
import { anyDocument, exhibitionDocument } from './arbitraries.js';
import { errors, pointerResolves } from './helpers.js';

const BASE = 'https://example.org/exhibitions/harbour/exhibition.json';

function assertWellFormed(input: unknown, result: ValidationResult): void {
  assert.equal(result.fatal, result.exhibition === null);
  if (result.fatal) assert.ok(errors(result).length > 0, 'a fatal result says why');
  for (const problem of result.problems) {
    assert.ok(SEVERITIES.includes(problem.severity));
    assert.ok(problem.message.length > 0);
    assert.ok(
      pointerResolves(input, problem.path),
      `${problem.path} does not resolve: ${problem.message}`,
    );
  }
}

describe('validateExhibition properties', () => {
  it('never throws on arbitrary JSON, and every path resolves in the input', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (input) =>
        assertWellFormed(input, validateExhibition(input)),
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary JavaScript values', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withTypedArray: true,
        }),
        (input) => {
          validateExhibition(input, { baseUrl: 'not a URL' });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on nearly valid documents, and every path resolves in the input', () => {
    fc.assert(
      fc.property(anyDocument, (input) => assertWellFormed(input, validateExhibition(input))),
      { numRuns: 300 },
    );
  });

  it('normalises to a document that re-validates without errors and does not change again', () => {
    fc.assert(
      fc.property(anyDocument, fc.boolean(), (input, withBase) => {
        const result = validateExhibition(input, withBase ? { baseUrl: BASE } : {});
        fc.pre(!result.fatal);
        const again = validateExhibition(result.exhibition);
        assert.deepEqual(errors(again), []);
        assert.deepEqual(again.exhibition, result.exhibition);
      }),
      { numRuns: 300 },
    );
  });

  it('normalises to a document with unique section and item ids', () => {
    fc.assert(
      fc.property(exhibitionDocument, (input) => {
        const { exhibition } = validateExhibition(input);
        fc.pre(exhibition !== null);
        const ids = exhibition.sections.flatMap((section) => [
          section.id,
          ...section.items.map((item) => item.id),
        ]);
        assert.equal(new Set(ids).size, ids.length);
        assert.ok(exhibition.sections.every((section) => section.items.length > 0));
      }),
      { numRuns: 300 },
    );
  });
});
