// custom-elements.json is the public API. Every part a template renders, every event an element dispatches
// and every public CSS custom property its styles read must be documented in it (from the class JSDoc).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  attributes?: { name: string }[];
  members?: { name: string; kind: string; privacy?: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  slots?: { name: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => ({ path: module.path, declaration })),
);

/**
 * The modules an element renders with. Templates reach the elements through a lazily loaded renderer (one
 * chunk for all of them), so the import graph cannot tell which element uses which: this list does.
 */
const templatesOf: Record<string, { templates: string[]; styles: string[] }> = {
  'photo-caption': { templates: ['caption'], styles: ['caption'] },
  'photo-figure': { templates: ['caption', 'figure'], styles: ['caption', 'figure'] },
  'photo-exhibit': {
    templates: ['caption', 'figure', 'tiles', 'exhibit', 'sections'],
    styles: ['caption', 'figure'],
  },
  // The viewer shows captions and caption cards (not frameTemplate), with the shared styles of both.
  'photo-viewer': { templates: ['caption'], styles: ['caption', 'figure'] },
};

/** The element's module and its styles, plus its templates and the shared styles it includes. */
function sourcesOf(path: string, tag: string): Set<string> {
  const sources = new Set([path, path.replace(/\.ts$/, '.styles.ts')]);
  const { templates = [], styles = [] } = templatesOf[tag] ?? {};
  for (const file of [
    ...templates.map((name) => `src/templates/${name}.ts`),
    ...styles.map((name) => `src/templates/${name}.styles.ts`),
  ]) {
    if (existsSync(file)) sources.add(file);
  }
  return sources;
}

function collect(sources: Set<string>, pattern: RegExp): Set<string> {
  const found = new Set<string>();
  for (const path of sources) {
    for (const match of readFileSync(path, 'utf8').matchAll(pattern)) found.add(match[1]!);
  }
  return found;
}

const eventNames = new Map(
  [
    ...readFileSync('src/events.ts', 'utf8').matchAll(
      /class (\w+) extends Event \{\s*static readonly eventName = '([\w-]+)'/g,
    ),
  ].map((match) => [match[1]!, match[2]!]),
);

describe('custom-elements.json', () => {
  it('documents every element with a summary', () => {
    const tags = elements.map(({ declaration }) => declaration.tagName).sort();
    assert.deepEqual(tags, ['photo-caption', 'photo-exhibit', 'photo-figure', 'photo-viewer']);
    for (const { declaration } of elements)
      assert.ok(declaration.summary, `${declaration.tagName} has no @summary`);
  });

  for (const { path, declaration } of elements) {
    const sources = sourcesOf(path, declaration.tagName!);
    const documented = (list?: { name: string }[]) =>
      new Set((list ?? []).map((entry) => entry.name));

    it(`<${declaration.tagName}>: every part its templates render is a documented @csspart`, () => {
      const parts = collect(sources, /part(?:=|: )["']([\w-]+)["']/g);
      assert.ok(parts.size > 0);
      const missing = [...parts].filter((part) => !documented(declaration.cssParts).has(part));
      assert.deepEqual(missing, [], `undocumented parts of <${declaration.tagName}>`);
    });

    it(`<${declaration.tagName}>: every public CSS custom property it reads is a documented @cssprop`, () => {
      const properties = collect(sources, /var\((--photo-exhibit-[\w-]+)/g);
      const missing = [...properties].filter(
        (name) => !documented(declaration.cssProperties).has(name),
      );
      assert.deepEqual(missing, [], `undocumented CSS properties of <${declaration.tagName}>`);
    });

    it(`<${declaration.tagName}>: every event it dispatches is a documented @fires`, () => {
      const classes = collect(sources, /new (\w+Event)\(/g);
      const dispatchedClasses = collect(sources, /dispatchPhotoEvent\((\w+Event)/g);
      const names = [...classes, ...dispatchedClasses]
        .map((name) => eventNames.get(name))
        .filter((name): name is string => name !== undefined);
      const missing = names.filter((name) => !documented(declaration.events).has(name));
      assert.deepEqual(missing, [], `undocumented events of <${declaration.tagName}>`);
    });
  }

  it('lists the attributes of <photo-exhibit> that architecture.md specifies', () => {
    const exhibit = elements.find(
      ({ declaration }) => declaration.tagName === 'photo-exhibit',
    )!.declaration;
    const attributes = new Set((exhibit.attributes ?? []).map((attribute) => attribute.name));
    for (const name of [
      'src',
      'layout',
      'lang',
      'row-height',
      'heading-level',
      'toc',
      'language-switcher',
      'theme',
      'timeout',
      'debug',
    ]) {
      assert.ok(attributes.has(name), `missing attribute ${name}`);
    }
  });
});
