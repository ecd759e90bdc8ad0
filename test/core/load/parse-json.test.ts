import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseJson } from '../../../src/core/load/parse-json.js';

function failure(text: string) {
  const result = parseJson(text);
  assert.equal(result.ok, false, `expected ${JSON.stringify(text)} to fail`);
  return result as Extract<typeof result, { ok: false }>;
}

describe('parseJson', () => {
  it('parses valid JSON, ignoring a byte-order mark', () => {
    assert.deepEqual(parseJson('\ufeff{"a": [1, 2]}'), { ok: true, value: { a: [1, 2] } });
  });

  it('places a missing comma at its line and column', () => {
    const result = failure('{\n  "title": "A"\n  "items": []\n}');
    assert.deepEqual([result.line, result.column], [3, 3]);
    assert.match(result.message, /Unexpected """/);
    assert.equal(result.looksLikeHtml, false);
  });

  it('places a trailing comma, a single-quoted string and a bad escape', () => {
    assert.deepEqual(pick(failure('[1, 2,]')), [1, 7]);
    assert.deepEqual(pick(failure("{'a': 1}")), [1, 2]);
    assert.deepEqual(pick(failure('["a\\x"]')), [1, 5]);
    assert.deepEqual(pick(failure('["\\u12G4"]')), [1, 7]);
  });

  it('says when the document ends too early', () => {
    const result = failure('{"items": [');
    assert.match(result.message, /ends too early/);
    assert.deepEqual(pick(result), [1, 12]);
  });

  it('recognises an HTML page served instead of JSON', () => {
    for (const page of ['<!DOCTYPE html><html></html>', '\n  <html lang="en">', '<!-- 404 -->']) {
      const result = failure(page);
      assert.equal(result.looksLikeHtml, true);
      assert.match(result.message, /HTML page/);
    }
  });

  it('reports garbage after the value', () => {
    assert.deepEqual(pick(failure('{"a": 1} x')), [1, 10]);
  });

  it('agrees with JSON.parse on what is valid, and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        const result = parseJson(text);
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        assert.equal(result.ok, valid);
        if (!result.ok) assert.ok(result.line >= 1 && result.column >= 1);
      }),
      { numRuns: 500 },
    );
  });
});

function pick(result: { line: number; column: number }): [number, number] {
  return [result.line, result.column];
}
