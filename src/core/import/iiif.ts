// IIIF Presentation 3 and 2 manifests and collections -> exhibition format 1.0 (format.md). Pure: no DOM, no
// network; a collection lists the manifests to fetch and mergeCollection() joins them. Whatever cannot be
// carried over is reported as a warning whose path points into the IIIF document. Both versions are read by
// the same code: `id`/`@id`, `type`/`@type` (without its `sc:`/`dctypes:`/`oa:` prefix), language maps and
// `@value` lists are all accepted wherever they occur, and the version only decides where canvases, painted
// images and ranges are found.

import { LANGUAGE_KEY_PATTERN } from '../format/patterns.js';
import { pointer } from '../format/pointer.js';
import type {
  IiifService,
  Image,
  Item,
  LanguageMap,
  MetadataPair,
  Place,
  Problem,
  Provider,
  Rights,
  Section,
  Text,
} from '../format/types.js';
import { safeUrl, type UrlContext } from '../format/urls.js';
import { htmlToText } from './html.js';
import { Slugs, slugFrom } from './slugs.js';

export type IiifKind = 'manifest3' | 'collection3' | 'manifest2' | 'collection2';

/** A manifest a collection refers to, to be fetched and imported on its own. */
export interface IiifChild {
  /** Its URL (resolved against the collection's). */
  id: string;
  label?: Text;
  /** Where the collection refers to it: problems of this child are reported here. */
  path: string;
}

export interface IiifImport {
  /** A format 1.0 document, not yet validated; a collection's has no sections until it is merged. */
  exhibition: Record<string, unknown>;
  /** What could not be carried over, with JSON Pointers into the IIIF document. */
  problems: Problem[];
  /** For a collection: its manifests, in order (nested collections are not followed). */
  children?: IiifChild[];
}

export type IiifChildResult =
  | { ok: true; result: IiifImport }
  | { ok: false; id: string; reason: string };

export interface IiifImportOptions {
  /** The IIIF document's own URL: relative URLs inside it are resolved against it. */
  baseUrl?: string;
}

type Json = Record<string, unknown>;
/** A value of the IIIF document and its JSON Pointer. */
type Located<T = unknown> = [value: T, path: string];

const PRESENTATION_CONTEXT = /^https?:\/\/iiif\.io\/api\/presentation\/([23])\/context\.json$/;

/** The keys each kind of resource may have that the import reads; any other key is reported. */
const COMMON_KEYS =
  '@context id @id type @type label summary description metadata requiredStatement attribution rights license navDate navPlace items';
const keysWith = (others: string) => `${COMMON_KEYS} ${others}`.split(' ');
const ROOT_KEYS = keysWith('provider thumbnail sequences structures manifests members');
// A canvas's thumbnail is a smaller copy of what it shows.
const CANVAS_KEYS = keysWith('width height duration images annotations thumbnail');
const RANGE_KEYS = keysWith('ranges canvases members viewingHint');

/** Which kind of IIIF document `json` is, by its `@context` and type; false for anything else. */
export function isIiif(json: unknown): false | IiifKind {
  if (!isObject(json)) return false;
  const version = list(json['@context'])
    .map((context) => (typeof context === 'string' ? PRESENTATION_CONTEXT.exec(context)?.[1] : ''))
    .find(Boolean);
  const type = typeName(json);
  return version !== undefined && (type === 'Manifest' || type === 'Collection')
    ? `${type === 'Manifest' ? 'manifest' : 'collection'}${version as '2' | '3'}`
    : false;
}

/** Converts a IIIF manifest or collection to the exhibition format. Never throws. */
export function importIiif(json: unknown, options?: IiifImportOptions): IiifImport {
  const kind = isIiif(json);
  if (!isObject(json) || kind === false) {
    return {
      exhibition: { photoExhibit: '1.0', sections: [] },
      problems: [
        {
          severity: 'error',
          path: '',
          message: 'is not a IIIF Presentation 2 or 3 manifest or collection',
        },
      ],
    };
  }
  const baseUrl = options?.baseUrl;
  return readDocument(json, kind, typeof baseUrl === 'string' ? baseUrl : undefined);
}

/**
 * A collection with its manifests: one section per manifest, in order, titled with its label and introduced
 * by its summary (its own ranges are flattened into that section). `children` are the results for
 * `collection.children`, in the same order; one that failed becomes a warning.
 */
export function mergeCollection(collection: IiifImport, children: IiifChildResult[]): IiifImport {
  const head = collection.exhibition;
  const problems = [...collection.problems];
  const ids = new Slugs();
  const placeIds = new Slugs();
  const places: Json = {};
  /** Adds a manifest's places to the registry under ids unique in it, and returns these ids. */
  const addPlaces = (registry: unknown) =>
    Object.entries(isObject(registry) ? registry : {}).map(([key, place]) => {
      const id = placeIds.take(key);
      places[id] = place;
      return id;
    });
  addPlaces(head['places']);
  const providers = new Map(
    list(head['provider']).map((provider) => [JSON.stringify(provider), provider]),
  );
  const sections: Section[] = [];
  children.forEach((child, index) => {
    const { id = '', path = '', label } = collection.children?.[index] ?? {};
    const note = (message: string): void => {
      problems.push({ severity: 'warning', path, message });
    };
    if (!child.ok) {
      return note(
        `the manifest ${child.id} could not be loaded (${child.reason}), so it is left out`,
      );
    }
    const { exhibition, children: nested } = child.result;
    for (const problem of child.result.problems) {
      note(`${problem.path || '/'} in the manifest ${id}: ${problem.message}`);
    }
    const items = list(exhibition['sections'])
      .flatMap((section) => (isObject(section) ? list(section['items']) : []))
      .filter(isObject) as unknown as Item[];
    if (nested || items.length === 0) {
      return note(
        nested
          ? `${id} is a collection: collections in a collection are not followed`
          : `the manifest ${id} has no canvases to show, so it is left out`,
      );
    }
    for (const provider of list(exhibition['provider'])) {
      providers.set(JSON.stringify(provider), provider);
    }
    // Items inherit the collection's rights; a manifest's own, when they differ, go on each of its items.
    const rights =
      JSON.stringify(exhibition['rights']) === JSON.stringify(head['rights'])
        ? undefined
        : exhibition['rights'];
    sections.push(
      defined({
        id: ids.take(String(exhibition['id'] ?? 'manifest')),
        title: exhibition['title'] ?? label,
        intro: exhibition['intro'],
        date: exhibition['date'],
        metadata: exhibition['metadata'],
        places: nonEmpty(addPlaces(exhibition['places'])),
        items: items.map((item) =>
          defined({ ...item, id: ids.take(String(item.id)), rights: item.rights ?? rights }),
        ),
      }) as Section,
    );
  });
  return {
    exhibition: defined({
      ...head,
      provider: nonEmpty([...providers.values()]),
      places: Object.keys(places).length > 0 ? places : undefined,
      sections,
    }),
    problems,
  };
}

/** The state shared while one IIIF document is read. */
interface Context {
  readonly v2: boolean;
  readonly baseUrl: string | undefined;
  readonly problems: Problem[];
  /** Section and item ids: one namespace, the page's fragments. */
  readonly ids: Slugs;
  readonly placeIds: Slugs;
  readonly places: Record<string, Place>;
  /** Presentation 2 ranges refer to each other by id. */
  readonly structures: unknown[];
}

/** A range and where it is. */
type RangeNode = { range: Json; path: string };
/** A member of a range: a canvas reference, or a range (`range` is then set). */
type RangeMember = { value: unknown; path: string; range?: Json };

function readDocument(root: Json, kind: IiifKind, baseUrl: string | undefined): IiifImport {
  const cx: Context = {
    v2: kind.endsWith('2'),
    baseUrl,
    problems: [],
    ids: new Slugs(),
    placeIds: new Slugs(),
    places: {},
    structures: list(root['structures']),
  };
  reportUnread(cx, root, '', ROOT_KEYS);
  const title = text(cx, root, 'label', '');
  if (title === undefined) warn(cx, '/label', 'is missing: the exhibition has no title');
  const [thumbnail] = valuesAt(root, 'thumbnail', '');
  const head = {
    // Without a title a versioned document is invalid; unversioned, it still renders (with a warning).
    photoExhibit: title === undefined ? undefined : '1.0',
    id: slugFrom(idOf(root), 'm-', 'iiif'),
    title,
    intro: summary(cx, root, ''),
    date: date(cx, root, ''),
    cover: thumbnail && image(cx, thumbnail, undefined),
    provider: providers(cx, root),
    rights: rights(cx, root, ''),
    metadata: metadata(cx, root, ''),
  };
  registerPlaces(cx, root, '', title);
  const isCollection = kind.startsWith('collection');
  const children = isCollection ? collectionChildren(cx, root) : undefined;
  const sections = isCollection ? [] : manifestSections(cx, root, head.id);
  const places = Object.keys(cx.places).length > 0 ? cx.places : undefined;
  return defined({
    exhibition: defined({ ...head, places, sections }),
    problems: cx.problems,
    children,
  });
}

function warn(cx: Context, path: string, message: string): void {
  cx.problems.push({ severity: 'warning', path, message });
}

function skip(cx: Context, path: string, reason: string): void {
  warn(cx, path, `is not carried over: ${reason}`);
}

/** Reports the keys of a resource that the import does not read. */
function reportUnread(cx: Context, resource: Json, path: string, known: string[]): void {
  for (const key of Object.keys(resource)) {
    if (!known.includes(key)) {
      skip(cx, path + pointer(key), 'the exhibition format has no place for it');
    }
  }
}

function url(cx: Context, value: unknown, path: string, context: UrlContext): string | undefined {
  const url = safeUrl(value, context, cx.baseUrl);
  if (url === null) skip(cx, path, 'it has no usable address');
  return url ?? undefined;
}

/**
 * `resource[key]`, a language map (`{ "en": ["…"] }`) or a Presentation 2 value (`"…"`, `{ "@value",
 * "@language" }` or a list of them), as Text: a language map of plain text, the first value in each
 * language. A value without a language goes under `none`. HTML is read (and turned into plain text) only where
 * IIIF allows it (summaries, metadata values, required statements, comments): in Presentation 3 only in a
 * value that starts with `<` and ends with `>`; elsewhere angle brackets are text (`x < y`).
 */
function text(
  cx: Context,
  resource: unknown,
  key: string,
  path: string,
  mayBeHtml = false,
): LanguageMap | undefined {
  const map: LanguageMap = {};
  const add = ([entry, at]: Located, language: unknown = 'none'): void => {
    if (isObject(entry) && '@value' in entry) {
      return add([entry['@value'], at], entry['@language']);
    }
    if (typeof entry !== 'string' || typeof language !== 'string') return skip(cx, at, 'not text');
    if (!LANGUAGE_KEY_PATTERN.test(language)) {
      return skip(cx, at, `"${language}" is not a language tag`);
    }
    const trimmed = entry.trim();
    const isHtml = mayBeHtml && (cx.v2 || (trimmed.startsWith('<') && trimmed.endsWith('>')));
    const plain = isHtml ? htmlToText(trimmed) : trimmed;
    if (plain === '') return;
    if (Object.hasOwn(map, language)) {
      skip(cx, at, 'only the first text in each language is kept');
    } else {
      map[language] = plain;
    }
  };
  const value = isObject(resource) ? resource[key] : undefined;
  if (isObject(value) && !('@value' in value)) {
    for (const [language, values] of Object.entries(value)) {
      for (const entry of located(values, `${path}/${key}${pointer(language)}`))
        add(entry, language);
    }
  } else {
    for (const entry of valuesAt(resource, key, path)) add(entry);
  }
  return Object.keys(map).length > 0 ? map : undefined;
}

/** `summary`, or Presentation 2's `description`. */
function summary(cx: Context, resource: Json, path: string): LanguageMap | undefined {
  return text(cx, resource, 'summary' in resource ? 'summary' : 'description', path, true);
}

/** `navDate` (a date and time) as its calendar day. */
function date(cx: Context, resource: Json, path: string): string | undefined {
  const value = resource['navDate'];
  if (value === undefined) return undefined;
  const day = typeof value === 'string' ? /^\d{4}-\d{2}-\d{2}(?=T|$)/.exec(value)?.[0] : undefined;
  const time = day === undefined ? NaN : Date.parse(`${day}T00:00:00Z`);
  // Date.parse accepts February 30th; the round trip does not.
  if (day !== undefined && time === time && new Date(time).toISOString().startsWith(day)) {
    return day;
  }
  skip(cx, path + '/navDate', 'not a date such as "1890-05-01T00:00:00Z"');
  return undefined;
}

function metadata(cx: Context, resource: Json, path: string): MetadataPair[] | undefined {
  const pairs = valuesAt(resource, 'metadata', path).flatMap(([pair, at]) => {
    const label = text(cx, pair, 'label', at);
    const value = text(cx, pair, 'value', at, true);
    if (label && value) return [{ label, value }];
    skip(cx, at, 'a metadata entry needs a label and a value');
    return [];
  });
  return nonEmpty(pairs);
}

/** `requiredStatement` (to be shown wherever the resource is) or `attribution`; `rights` or `license`. */
function rights(cx: Context, resource: Json, path: string): Rights | undefined {
  const required = resource['requiredStatement'];
  const statement = isObject(required)
    ? text(cx, required, 'value', path + '/requiredStatement', true)
    : text(cx, resource, 'attribution', path, true);
  const [first, ...others] = valuesAt(resource, 'rights' in resource ? 'rights' : 'license', path);
  for (const [, at] of others) skip(cx, at, 'only the first licence is kept');
  const license = first && url(cx, ...first, 'link');
  return statement || license ? defined({ statement, license }) : undefined;
}

function providers(cx: Context, root: Json): Provider[] | undefined {
  const agents = valuesAt(root, 'provider', '').flatMap(([agent, at]) => {
    const name = text(cx, agent, 'label', at);
    if (!name) {
      skip(cx, at, 'a provider needs a label');
      return [];
    }
    const [homepage] = valuesAt(agent, 'homepage', at);
    const [logo] = valuesAt(agent, 'logo', at);
    const logoImage = logo && image(cx, logo, undefined);
    return [
      defined({
        name,
        url: homepage && url(cx, idOf(homepage[0]), homepage[1], 'link'),
        // A logo stands for its organisation: its name is its text alternative.
        logo: logoImage && { ...logoImage, alt: name },
      }),
    ];
  });
  return nonEmpty(agents);
}

/**
 * An Image body (or thumbnail, or logo) as an image: its address, its size (its own, else its service's,
 * else the canvas's) and its IIIF Image API service.
 */
function image(cx: Context, [body, path]: Located, canvas: Json | undefined): Image | undefined {
  const src = url(cx, isObject(body) ? idOf(body) : body, path, 'image');
  if (src === undefined) return undefined;
  const services = valuesAt(body, 'service', path);
  const sized = [body, ...services.map(([service]) => service), canvas].find(
    (candidate) =>
      isObject(candidate) && isPixels(candidate['width']) && isPixels(candidate['height']),
  ) as { width: number; height: number } | undefined;
  return defined({
    src,
    width: sized?.width,
    height: sized?.height,
    iiif: imageService(cx, services),
  });
}

/** The first IIIF Image API 2 or 3 service; services of other kinds are reported. */
function imageService(cx: Context, services: Located[]): IiifService | undefined {
  let found: IiifService | undefined;
  for (const [service, at] of services) {
    const descriptor = isObject(service)
      ? [typeName(service), ...list(service['@context']), ...list(service['profile'])]
          .filter((part) => typeof part === 'string')
          .join(' ')
      : '';
    const version = /(?:ImageService|image\/|image-api\/)([123])/.exec(descriptor)?.[1];
    if (version !== '2' && version !== '3') {
      skip(cx, at, version ? 'Image API 1 is not supported' : 'not a IIIF Image API service');
      continue;
    }
    // Further image services offer the same image.
    if (found || !isObject(service)) continue;
    const id = url(cx, idOf(service), at, 'service');
    if (id === undefined) continue;
    const level = /level([012])/.exec(descriptor)?.[1] ?? '0';
    const sizes = list(service['sizes']).filter(
      (size): size is { width: number; height: number } =>
        isObject(size) && isPixels(size['width']) && isPixels(size['height']),
    );
    found = defined({
      id: id.replace(/\/info\.json$/, ''),
      type: `ImageService${version}` as const,
      // Without a level, only what every server offers is asked for: the listed sizes, or the full image.
      profile: `level${level as '0' | '1' | '2'}` as const,
      sizes: nonEmpty(sizes.map(({ width, height }) => ({ width, height }))),
    });
  }
  return found;
}

/** A resource's `navPlace` points as places named by their label, else by the resource's. */
function navPlaces(
  cx: Context,
  resource: Json,
  path: string,
  name: Text | undefined,
): [Place, unknown][] {
  const navPlace = resource['navPlace'];
  const features =
    isObject(navPlace) && typeName(navPlace) !== 'Feature'
      ? valuesAt(navPlace, 'features', path + '/navPlace')
      : valuesAt(resource, 'navPlace', path);
  return features.flatMap(([feature, at]): [Place, unknown][] => {
    const { geometry, properties } = isObject(feature) ? feature : {};
    const [lon, lat] =
      isObject(geometry) && typeName(geometry) === 'Point' ? list(geometry['coordinates']) : [];
    const placeName = text(cx, properties, 'label', at + '/properties') ?? name;
    if (!isNumberIn(lat, 90) || !isNumberIn(lon, 180) || placeName === undefined) {
      skip(cx, at, 'only labelled points are');
      return [];
    }
    return [[{ name: placeName, geo: { lat, lon } }, idOf(feature)]];
  });
}

/** Puts a manifest's or range's places in the registry and returns their ids. */
function registerPlaces(
  cx: Context,
  resource: Json,
  path: string,
  name: Text | undefined,
): string[] {
  return navPlaces(cx, resource, path, name).map(([place, featureId]) => {
    const id = cx.placeIds.take(slugFrom(featureId, 'p-', 'place'));
    cx.places[id] = place;
    return id;
  });
}

function collectionChildren(cx: Context, root: Json): IiifChild[] {
  const members = cx.v2
    ? [...valuesAt(root, 'manifests', ''), ...valuesAt(root, 'members', '')]
    : valuesAt(root, 'items', '');
  return members.flatMap(([member, at]) => {
    const type = isObject(member) ? typeName(member) : '';
    if (type !== 'Manifest') {
      skip(
        cx,
        at,
        type === 'Collection' ? 'collections in a collection are not followed' : 'not a manifest',
      );
      return [];
    }
    const id = url(cx, idOf(member), at, 'service');
    const label = text(cx, member, 'label', at);
    return id === undefined ? [] : [defined({ id, label, path: at })];
  });
}

/** The manifest's canvases as items, in sections from its top-level ranges. */
function manifestSections(cx: Context, root: Json, manifestSlug: string): Section[] {
  const canvases = cx.v2 ? firstSequence(cx, root) : valuesAt(root, 'items', '');
  const itemsByCanvas = new Map<string, Item>();
  const items = canvases.flatMap(([canvas, at], index) => {
    if (!isObject(canvas) || typeName(canvas) !== 'Canvas') {
      skip(cx, at, 'not a canvas');
      return [];
    }
    const item = canvasItem(cx, canvas, at, index);
    const canvasId = idOf(canvas);
    if (canvasId !== undefined && !itemsByCanvas.has(canvasId)) itemsByCanvas.set(canvasId, item);
    return [item];
  });
  if (items.length === 0) warn(cx, cx.v2 ? '/sequences' : '/items', 'has no canvases to show');

  const placed = new Set<Item>();
  const sections = topRanges(cx, root).flatMap(({ range, path }): Section[] => {
    const sectionItems: Item[] = [];
    for (const [canvasId, at] of rangeCanvases(cx, range, path, 0, new Set())) {
      const item = itemsByCanvas.get(canvasId.replace(/#.*/, ''));
      if (item === undefined || placed.has(item)) {
        skip(
          cx,
          at,
          item ? 'the canvas is in an earlier section' : 'the manifest has no such canvas or range',
        );
        continue;
      }
      if (canvasId.includes('#')) {
        warn(cx, at, 'refers to part of a canvas: the whole canvas is shown');
      }
      placed.add(item);
      sectionItems.push(item);
    }
    if (sectionItems.length === 0) return [];
    const title = text(cx, range, 'label', path);
    return [
      defined({
        id: cx.ids.take(slugFrom(idOf(range), 'r-', 'range')),
        title,
        intro: summary(cx, range, path),
        date: date(cx, range, path),
        places: nonEmpty(registerPlaces(cx, range, path, title)),
        metadata: metadata(cx, range, path),
        items: sectionItems,
      }),
    ];
  });
  const rest = items.filter((item) => !placed.has(item));
  if (rest.length > 0) {
    const id = cx.ids.take(sections.length > 0 ? 'more' : manifestSlug);
    sections.push({ id, items: rest });
  }
  return sections;
}

function firstSequence(cx: Context, root: Json): Located[] {
  const [first, ...others] = valuesAt(root, 'sequences', '');
  for (const [, at] of others) skip(cx, at, 'only the first sequence is shown');
  return first ? valuesAt(first[0], 'canvases', first[1]) : [];
}

/**
 * The ranges that become sections: those in `structures` (in Presentation 2, the "top" ones, or else those
 * no other range contains). A single range that only wraps others is a table of contents: its ranges are
 * the sections.
 */
function topRanges(cx: Context, root: Json): RangeNode[] {
  const ranges = valuesAt(root, 'structures', '').flatMap(([range, path]) =>
    isObject(range) ? [{ range, path }] : [],
  );
  let top = ranges;
  if (cx.v2) {
    const contained = new Set(
      ranges.flatMap(({ range, path }) =>
        rangeMembers(cx, range, path).map((member) => member.range && idOf(member.range)),
      ),
    );
    const marked = ranges.filter(({ range }) => range['viewingHint'] === 'top');
    top = marked.length > 0 ? marked : ranges.filter(({ range }) => !contained.has(idOf(range)));
  }
  const [only] = top;
  const wrapped = only && top.length === 1 ? rangeMembers(cx, only.range, only.path) : [];
  if (only && wrapped.length > 0 && wrapped.every((member) => member.range)) {
    reportUnread(cx, only.range, only.path, RANGE_KEYS);
    top = wrapped.flatMap(({ range, path }) => (range ? [{ range, path }] : []));
  }
  for (const { range, path } of top) reportUnread(cx, range, path, RANGE_KEYS);
  return top;
}

/** A range's members in order; a Presentation 2 range's ranges are looked up in `structures`. */
function rangeMembers(cx: Context, range: Json, path: string): RangeMember[] {
  if (!cx.v2) {
    return valuesAt(range, 'items', path).map(([value, at]) => ({
      value,
      path: at,
      range: isRange(value) ? value : undefined,
    }));
  }
  const references: [unknown, string, boolean][] = [
    ...valuesAt(range, 'ranges', path).map(([value, at]): [unknown, string, boolean] => [
      value,
      at,
      true,
    ]),
    ...valuesAt(range, 'canvases', path).map(([value, at]): [unknown, string, boolean] => [
      value,
      at,
      false,
    ]),
    ...valuesAt(range, 'members', path).map(([value, at]): [unknown, string, boolean] => [
      value,
      at,
      isRange(value),
    ]),
  ];
  return references.map(([value, at, isRangeReference]) => {
    const id = idOf(value);
    const index = isRangeReference ? cx.structures.findIndex((entry) => idOf(entry) === id) : -1;
    const referred = cx.structures[index];
    return isObject(referred) && id !== undefined
      ? { value, range: referred, path: `/structures/${index}` }
      : { value, path: at };
  });
}

/** The canvas ids of a range and of the ranges in it, flattened, with where each is referred to. */
function rangeCanvases(
  cx: Context,
  range: Json,
  path: string,
  depth: number,
  visited: Set<Json>,
): Located<string>[] {
  visited.add(range);
  return rangeMembers(cx, range, path).flatMap(
    ({ value, path: at, range: sub }): Located<string>[] => {
      if (sub) {
        if (visited.has(sub)) return [];
        if (depth === 0) warn(cx, at, 'is flattened into the section of its top-level range');
        reportUnread(cx, sub, at, RANGE_KEYS);
        return rangeCanvases(cx, sub, at, depth + 1, visited);
      }
      const type = isObject(value) ? typeName(value) : 'Canvas';
      const canvasId = idOf(type === 'SpecificResource' ? (value as Json)['source'] : value);
      if (canvasId === undefined || (type !== 'Canvas' && type !== 'SpecificResource')) {
        skip(cx, at, 'not a canvas or a range of the manifest');
        return [];
      }
      return [[canvasId, at]];
    },
  );
}

/** A canvas as an item: its painted image, and a caption from its label, summary and comments. */
function canvasItem(cx: Context, canvas: Json, path: string, index: number): Item {
  reportUnread(cx, canvas, path, CANVAS_KEYS);
  const label = text(cx, canvas, 'label', path);
  // The summary and the comments, as paragraphs in each language.
  let description: LanguageMap | undefined;
  for (const part of [summary(cx, canvas, path), ...comments(cx, canvas, path)]) {
    for (const [language, value] of Object.entries(part ?? {})) {
      description ??= {};
      description[language] = Object.hasOwn(description, language)
        ? `${description[language]}\n\n${value}`
        : value;
    }
  }
  const [place, ...otherPlaces] = navPlaces(cx, canvas, path, label);
  if (otherPlaces.length > 0) {
    warn(cx, path + '/navPlace', 'is carried over in part: a photo has one place, the first');
  }
  const captionText = description ?? label;
  return defined({
    id: cx.ids.take(slugFrom(idOf(canvas), 'c-', `canvas-${index + 1}`)),
    image: paintedImage(cx, canvas, path),
    // Without other text, the label is the caption itself, not a title above the same words.
    caption:
      captionText &&
      defined({
        title: description && label,
        text: captionText,
        date: date(cx, canvas, path),
        place: place?.[0],
      }),
    rights: rights(cx, canvas, path),
    metadata: metadata(cx, canvas, path),
  });
}

/** The first painted image: the first body of the first painting annotation, the first item of a Choice. */
function paintedImage(cx: Context, canvas: Json, path: string): Image | undefined {
  const annotations = cx.v2
    ? valuesAt(canvas, 'images', path)
    : valuesAt(canvas, 'items', path).flatMap(([page, at]) => valuesAt(page, 'items', at));
  const [first, ...others] = annotations.flatMap(([annotation, at]) =>
    valuesAt(annotation, cx.v2 ? 'resource' : 'body', at),
  );
  for (const [, at] of others) skip(cx, at, 'only the first image of a canvas is shown');
  let [body, at = ''] = first ?? [];
  if (isObject(body) && typeName(body) === 'Choice') {
    const choices = cx.v2
      ? [...valuesAt(body, 'default', at), ...valuesAt(body, 'item', at)]
      : valuesAt(body, 'items', at);
    if (choices.length > 1) {
      warn(
        cx,
        at,
        `is carried over in part: only the first of its ${choices.length} choices is shown`,
      );
    }
    [body, at = ''] = choices[0] ?? [];
  }
  if (body === undefined) {
    warn(cx, path, 'paints no image in the manifest: it is a caption card');
    return undefined;
  }
  const type = isObject(body) ? typeName(body) : 'Image';
  if (type !== 'Image' && type !== '') {
    skip(cx, at, `a ${type} cannot be shown, so the canvas is a caption card`);
    return undefined;
  }
  return image(cx, [body, at], canvas);
}

/** The texts of the comments on the whole canvas, from its embedded annotation pages. */
function comments(cx: Context, canvas: Json, path: string): LanguageMap[] {
  return valuesAt(canvas, 'annotations', path).flatMap(([page, pageAt]) => {
    if (!isObject(page) || !Array.isArray(page['items'])) {
      skip(cx, pageAt, 'annotation pages outside the manifest are not fetched');
      return [];
    }
    return valuesAt(page, 'items', pageAt).flatMap(([annotation, at]) => {
      if (!isObject(annotation) || !list(annotation['motivation']).includes('commenting')) {
        skip(cx, at, 'only comments are shown');
        return [];
      }
      const target = annotation['target'];
      const targetId = idOf(isObject(target) ? (target['source'] ?? target) : target) ?? '';
      if (targetId.includes('#') || (isObject(target) && 'selector' in target)) {
        skip(cx, at, 'it comments on a region of the canvas, not the whole photo');
        return [];
      }
      return valuesAt(annotation, 'body', at).flatMap(([body, bodyAt]) => {
        if (!isObject(body) || typeName(body) !== 'TextualBody') {
          skip(cx, bodyAt, 'only comments written in the manifest are shown');
          return [];
        }
        const comment = text(cx, body, 'value', bodyAt, true)?.['none'];
        const [language] = list(body['language']);
        const key =
          typeof language === 'string' && LANGUAGE_KEY_PATTERN.test(language) ? language : 'none';
        return comment === undefined ? [] : [{ [key]: comment }];
      });
    });
  });
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRange(value: unknown): value is Json {
  return isObject(value) && typeName(value) === 'Range';
}

/** A IIIF property that may hold one value or a list, as a list. */
function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

/** Like list(), with the path of each value. */
function located(value: unknown, path: string): Located[] {
  return Array.isArray(value)
    ? value.map((entry, index) => [entry, `${path}/${index}`])
    : list(value).map((entry) => [entry, path]);
}

/** The values of `resource[key]` (none when the resource is not an object), `path` being the resource's. */
function valuesAt(resource: unknown, key: string, path: string): Located[] {
  return isObject(resource) ? located(resource[key], `${path}/${key}`) : [];
}

function idOf(value: unknown): string | undefined {
  const id = isObject(value) ? (value['id'] ?? value['@id']) : value;
  return typeof id === 'string' ? id : undefined;
}

/** `type` or `@type` without a namespace prefix: "Manifest" for both "Manifest" and "sc:Manifest". */
function typeName(resource: Json): string {
  const type = resource['type'] ?? resource['@type'];
  return typeof type === 'string' ? type.replace(/^[a-z]+:/, '') : '';
}

function isPixels(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

function isNumberIn(value: unknown, limit: number): value is number {
  return typeof value === 'number' && Math.abs(value) <= limit;
}

function nonEmpty<T>(values: T[]): T[] | undefined {
  return values.length > 0 ? values : undefined;
}

/** The object without its undefined properties. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
