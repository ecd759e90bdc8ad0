import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import {
  IIIF_PROFILES,
  IIIF_SERVICE_TYPES,
  LAYOUT_HINTS,
  OCCASION_TYPES,
  QUOTE_KINDS,
  validateExhibition,
} from '../../../src/core/index.js';
import { OBJECT_KEYS } from '../../../src/core/format/keys.js';
import * as patterns from '../../../src/core/format/patterns.js';
import { anyDocument, completeDocument } from './arbitraries.js';
import { errors, fixture } from './helpers.js';

interface SchemaNode {
  $ref?: string;
  description?: string;
  title?: string;
  pattern?: string;
  enum?: string[];
  properties?: Record<string, SchemaNode>;
  propertyNames?: SchemaNode;
  [keyword: string]: unknown;
}

const schema = JSON.parse(
  readFileSync(new URL('../../../src/schema/photo-exhibit.schema.json', import.meta.url), 'utf8'),
) as SchemaNode & { $defs: Record<string, SchemaNode> };
// allErrors stays off: the first error is enough to know that the schema rejects a document.
const ajv = new Ajv2020({ strict: true, strictRequired: false });
const schemaAccepts = ajv.compile(schema);
const defs = schema.$defs;

function definition(name: string): SchemaNode {
  const node = defs[name];
  assert.ok(node, `$defs/${name}`);
  return node;
}

/** The one property both validators must have: whatever the schema rejects, the validator reports as an error. */
function assertSchemaAgrees(document: unknown): void {
  if (schemaAccepts(document)) return;
  const result = validateExhibition(document);
  assert.ok(
    errors(result).length > 0,
    `the schema rejects ${JSON.stringify(schemaAccepts.errors?.slice(0, 3))} but the validator reports no error for ${JSON.stringify(document)}`,
  );
}

/** JSON Pointer segments of every value in `document`. */
function valuePaths(document: unknown, path: (string | number)[] = []): (string | number)[][] {
  const children = Array.isArray(document)
    ? document.map((value, index) => valuePaths(value, [...path, index]))
    : typeof document === 'object' && document !== null
      ? Object.entries(document).map(([key, value]) => valuePaths(value, [...path, key]))
      : [];
  return [path, ...children.flat()];
}

/** `document` with the value at `path` replaced by `replacement`, or removed when it is undefined. */
function mutate(document: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = JSON.parse(JSON.stringify(document)) as unknown;
  let parent = copy as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1))
    parent = parent[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement !== undefined) parent[last] = replacement;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

/** Replacements that break some field in each way the schema checks (undefined removes the value). */
const NASTY_VALUES: unknown[] = [
  undefined,
  null,
  true,
  0,
  1.5,
  2,
  '',
  'a b',
  '1600px',
  'javascript:alert(1)',
  [],
  ['x'],
  {},
  { en: 5 },
  { en_US: 'x' },
];

describe('JSON Schema', () => {
  it('is a strict draft 2020-12 schema with the package URL as $id', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, 'https://unpkg.com/photo-exhibit/dist/schema.json');
    assert.equal(typeof schemaAccepts, 'function');
  });

  it('describes every definition and every property for editors', () => {
    for (const [name, node] of Object.entries(defs)) {
      assert.ok(node.description, `$defs/${name} has a description`);
      for (const [key, property] of Object.entries(node.properties ?? {})) {
        const described =
          property.description ??
          (property.$ref && definition(property.$ref.replace('#/$defs/', '')).description);
        assert.ok(described, `$defs/${name}/properties/${key} is described`);
      }
    }
  });

  it('has exactly the fields the validator knows, for each kind of object', () => {
    for (const [kind, keys] of Object.entries(OBJECT_KEYS)) {
      assert.deepEqual(Object.keys(definition(kind).properties ?? {}), [...keys], kind);
    }
  });

  it('uses the validator’s patterns and enumerations', () => {
    const same = (pattern: string | undefined, regex: RegExp) =>
      assert.equal(new RegExp(pattern ?? '').source, regex.source);
    same(definition('id').pattern, patterns.ID_PATTERN);
    same(definition('isoDate').pattern, patterns.DATE_PATTERN);
    same(definition('exhibition').properties?.['language']?.pattern, patterns.LANGUAGE_TAG_PATTERN);
    same(definition('placeholder').properties?.['color']?.pattern, patterns.COLOR_PATTERN);
    same(definition('placeholder').properties?.['thumbhash']?.pattern, patterns.BASE64_PATTERN);
    same(definition('variant').properties?.['type']?.pattern, patterns.MIME_TYPE_PATTERN);
    same(definition('place').properties?.['country']?.pattern, patterns.COUNTRY_PATTERN);
    assert.equal(
      definition('languageKey').pattern,
      `^(?:x-|${patterns.LANGUAGE_KEY_PATTERN.source.slice(1)})`,
    );
    assert.deepEqual(definition('item').properties?.['layout']?.enum, [...LAYOUT_HINTS]);
    assert.deepEqual(definition('quote').properties?.['kind']?.enum, [...QUOTE_KINDS]);
    assert.deepEqual(definition('occasion').properties?.['type']?.enum, [...OCCASION_TYPES]);
    assert.deepEqual(definition('iiifService').properties?.['type']?.enum, [...IIIF_SERVICE_TYPES]);
    assert.deepEqual(definition('iiifService').properties?.['profile']?.enum, [...IIIF_PROFILES]);
  });

  it('accepts the valid fixtures, bare arrays and { items } documents', () => {
    for (const name of ['seed.json', 'multilingual.json', 'bare-items.json', 'items-only.json']) {
      assert.ok(schemaAccepts(fixture(name)), `${name}: ${JSON.stringify(schemaAccepts.errors)}`);
    }
    assert.ok(schemaAccepts({ items: [{ 'x-anything': [1], unknown: 'kept as a warning' }] }));
  });

  it('rejects the broken fixtures', () => {
    assert.ok(!schemaAccepts(fixture('broken.json')));
    assert.ok(!schemaAccepts(fixture('future-major.json')));
  });

  it('rejects nothing that the validator accepts without errors (fixtures)', () => {
    for (const name of [
      'seed.json',
      'multilingual.json',
      'broken.json',
      'future-major.json',
      'bare-items.json',
      'items-only.json',
    ]) {
      assertSchemaAgrees(fixture(name));
    }
  });

  it('covers every field with the complete test document, which is valid', () => {
    const used = new Set(valuePaths(completeDocument).map((path) => String(path[path.length - 1])));
    for (const [kind, keys] of Object.entries(OBJECT_KEYS)) {
      for (const key of keys)
        if (kind !== 'exhibition' || key !== 'items') assert.ok(used.has(key), `${kind}.${key}`);
    }
    assert.deepEqual(validateExhibition(completeDocument).problems, []);
    assert.ok(schemaAccepts(completeDocument));
  });

  it('rejects nothing that the validator accepts without errors (every single change of the complete document)', () => {
    for (const path of valuePaths(completeDocument)) {
      for (const replacement of NASTY_VALUES)
        assertSchemaAgrees(mutate(completeDocument, path, replacement));
    }
  });

  it('rejects nothing that the validator accepts without errors (mutated fixtures)', () => {
    const documents = ['seed.json', 'multilingual.json', 'bare-items.json', 'items-only.json'].map(
      (name) => {
        const document = fixture(name);
        return { document, paths: valuePaths(document) };
      },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: documents.length - 1 }),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.oneof(fc.constantFrom(...NASTY_VALUES), fc.jsonValue({ maxDepth: 2 })),
          ),
          { minLength: 1, maxLength: 2 },
        ),
        (which, mutations) => {
          let { document } = documents[which]!;
          for (const [position, replacement] of mutations) {
            const paths = valuePaths(document);
            document = mutate(document, paths[position % paths.length]!, replacement);
          }
          assertSchemaAgrees(document);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects nothing that the validator accepts without errors (generated documents)', () => {
    fc.assert(fc.property(anyDocument, assertSchemaAgrees), { numRuns: 250 });
  });
});
