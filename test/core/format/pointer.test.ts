import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePointer, pointer } from '../../../src/core/index.js';
import { pointerResolves } from './helpers.js';

describe('pointer', () => {
  it('builds pointers from keys and indexes', () => {
    assert.equal(pointer(), '');
    assert.equal(pointer('items', 3, 'image'), '/items/3/image');
  });

  it('escapes "~" as ~0 and "/" as ~1 (RFC 6901)', () => {
    assert.equal(pointer('a/b', 'm~n', '~1'), '/a~1b/m~0n/~01');
  });

  it('parses what it builds', () => {
    for (const segments of [[], ['items', '3'], ['a/b', 'm~n', '~1', ''], ['__proto__']]) {
      assert.deepEqual(parsePointer(pointer(...segments)), segments);
    }
  });

  it('rejects strings that are not pointers', () => {
    assert.equal(parsePointer('items/3'), undefined);
    assert.equal(parsePointer('/a~2b'), undefined);
    assert.equal(parsePointer('/a~'), undefined);
  });
});

describe('pointerResolves (test helper)', () => {
  const document = { items: [{ image: { src: 'a.jpg' } }], 'a/b': 1 };

  it('resolves present values and absent keys of existing parents', () => {
    assert.ok(pointerResolves(document, ''));
    assert.ok(pointerResolves(document, '/items/0/image/src'));
    assert.ok(pointerResolves(document, '/items/0/image/width'));
    assert.ok(pointerResolves(document, '/a~1b'));
  });

  it('does not resolve below an absent key or through a scalar', () => {
    assert.ok(!pointerResolves(document, '/items/0/caption/text'));
    assert.ok(!pointerResolves(document, '/items/0/image/src/x'));
    assert.ok(!pointerResolves(document, '/items/first'));
  });
});
