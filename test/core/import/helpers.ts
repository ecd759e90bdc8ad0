// Shared by the importer tests: fixtures, small IIIF documents and lookups in an import's result.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Item, Problem, Section } from '../../../src/core/index.js';
import type { IiifImport } from '../../../src/core/import/index.js';

export const CONTEXT_3 = 'http://iiif.io/api/presentation/3/context.json';
export const CONTEXT_2 = 'http://iiif.io/api/presentation/2/context.json';
export const BASE = 'https://iiif.example.org/test';

export const FIXTURES = [
  'manifest-v3.json',
  'manifest-v2.json',
  'collection-v3.json',
  'child-dunes.json',
  'child-cliffs.json',
] as const;

export function iiifFixture(name: (typeof FIXTURES)[number]): Record<string, unknown> {
  const url = new URL(`../../fixtures/iiif/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

/** A painting annotation page holding `body`. */
export function paintingPage(canvasId: string, body: unknown): Record<string, unknown> {
  return {
    id: `${canvasId}/page`,
    type: 'AnnotationPage',
    items: [
      {
        id: `${canvasId}/painting`,
        type: 'Annotation',
        motivation: 'painting',
        body,
        target: canvasId,
      },
    ],
  };
}

/** A Presentation 3 image body with a size and, optionally, a service. */
export function imageBody(name: string, service?: unknown): Record<string, unknown> {
  return {
    id: `${BASE}/image/${name}/full/max/0/default.jpg`,
    type: 'Image',
    format: 'image/jpeg',
    width: 1200,
    height: 800,
    ...(service === undefined ? {} : { service: [service] }),
  };
}

/** A Presentation 3 canvas `…/canvas/<name>` painted with a plain image, with `changes` merged in. */
export function canvas3(
  name: string,
  changes: Record<string, unknown> = {},
): Record<string, unknown> {
  const id = `${BASE}/canvas/${name}`;
  return {
    id,
    type: 'Canvas',
    label: { en: [`Canvas ${name}`] },
    width: 1200,
    height: 800,
    items: [paintingPage(id, imageBody(name))],
    ...changes,
  };
}

/** A Presentation 3 manifest of `canvases`, with `changes` merged in. */
export function manifest3(
  canvases: unknown[],
  changes: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    '@context': CONTEXT_3,
    id: `${BASE}/manifest.json`,
    type: 'Manifest',
    label: { en: ['A test manifest'] },
    items: canvases,
    ...changes,
  };
}

export function sectionsOf(result: IiifImport): Section[] {
  return result.exhibition['sections'] as Section[];
}

export function itemsOf(result: IiifImport): Item[] {
  return sectionsOf(result).flatMap((section) => section.items);
}

export function onlyItem(result: IiifImport): Item {
  const items = itemsOf(result);
  assert.equal(items.length, 1, 'expected exactly one item');
  return items[0]!;
}

/** Asserts that `result` has a warning at `path` whose message includes `text`. */
export function assertWarning(result: IiifImport, path: string, text: string): Problem {
  const found = result.problems.find(
    (problem) =>
      problem.severity === 'warning' && problem.path === path && problem.message.includes(text),
  );
  const listing = result.problems.map((problem) => `${problem.path}: ${problem.message}`);
  assert.ok(
    found,
    `expected a warning at ${path} including "${text}", got:\n${listing.join('\n')}`,
  );
  return found;
}
