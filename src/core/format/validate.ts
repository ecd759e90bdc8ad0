// validateExhibition(): checks a document against format.md and returns its normalised form (types.ts) with
// every problem found. Errors leave the faulty part out (or, for an item's image, mark it unavailable) so
// the rest renders; only a document that cannot render at all is fatal. The normalised form re-validates
// without errors.

import {
  Checker,
  compact,
  describeValue,
  isRecord,
  type Fields,
  type Reader,
  type UnknownRecord,
} from './checker.js';
import { matchLanguageKey } from './language.js';
import {
  BASE64_PATTERN,
  COLOR_PATTERN,
  COUNTRY_PATTERN,
  ID_PATTERN,
  LANGUAGE_TAG_PATTERN,
  MIME_TYPE_PATTERN,
  VERSION_PATTERN,
} from './patterns.js';
import { pointer } from './pointer.js';
import { closestKey } from './suggest.js';
import {
  FORMAT_VERSION,
  IIIF_PROFILES,
  IIIF_SERVICE_TYPES,
  LAYOUT_HINTS,
  OCCASION_TYPES,
  QUOTE_KINDS,
  type Caption,
  type Credit,
  type Exhibition,
  type IiifService,
  type Image,
  type Item,
  type Link,
  type MetadataPair,
  type Occasion,
  type Person,
  type Place,
  type Problem,
  type Prose,
  type Provider,
  type Quote,
  type Rights,
  type Section,
  type Variant,
} from './types.js';

export interface ValidateOptions {
  /** The JSON document's own URL: relative URLs inside it are resolved against it. */
  baseUrl?: string;
}

export interface ValidationResult {
  /** The normalised document, or null when the problems are fatal. */
  exhibition: Exhibition | null;
  problems: Problem[];
  /** Nothing can render: the element shows its error state. */
  fatal: boolean;
  /** The document's languages, as documentLanguages() lists them. */
  languages: string[];
}

/** Checks `json` (already parsed) against the format. Never throws. */
export function validateExhibition(json: unknown, options?: ValidateOptions): ValidationResult {
  const steps = validationSteps(json, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * validateExhibition() one item at a time, for a caller that must not block a page for long: each `next()`
 * reads one item (or finishes). Whenever a section is complete it yields the exhibition so far (the header
 * and the whole sections read until then), else undefined; the generator's return value is the result.
 * Problems of the whole document (translation gaps, missing rights) are known only in the result.
 */
export function* validationSteps(
  json: unknown,
  options?: ValidateOptions,
): Generator<Exhibition | undefined, ValidationResult, void> {
  const baseUrl = typeof options?.baseUrl === 'string' ? options.baseUrl : undefined;
  const reader = new ExhibitionReader(baseUrl);
  const exhibition = yield* reader.read(json);
  return {
    exhibition,
    problems: reader.problems,
    fatal: exhibition === null,
    languages: exhibition ? reader.languages() : [],
  };
}

export interface SliceOptions extends ValidateOptions {
  /** Milliseconds of work before pausing. */
  readonly sliceMs: number;
  /** The clock (`performance.now`). */
  readonly now: () => number;
  /** Resolves when the next slice may start (a new task, in a browser). */
  readonly pause: () => Promise<void>;
  /** Each time a section is complete: the exhibition so far. The first one pauses at once (first screen). */
  readonly onSections: (exhibition: Exhibition) => void;
  /** Checked after each pause: false stops the validation (a newer document replaced this one). */
  readonly current: () => boolean;
}

/** validationSteps() run in slices of `sliceMs`; undefined when stopped because `current()` turned false. */
export async function validateInSlices(
  json: unknown,
  options: SliceOptions,
): Promise<ValidationResult | undefined> {
  const steps = validationSteps(json, options);
  let sliceStart = options.now();
  let shown = false;
  let step = steps.next();
  while (!step.done) {
    const firstScreen: boolean = step.value !== undefined && !shown;
    if (step.value !== undefined) options.onSections(step.value);
    shown ||= firstScreen;
    if (firstScreen || options.now() - sliceStart > options.sliceMs) {
      await options.pause();
      if (!options.current()) return undefined;
      sliceStart = options.now();
    }
    step = steps.next();
  }
  return step.value;
}

/**
 * How many items `json` lists, valid or not, before validation: the total to show ("photo 4 of 18") while
 * its sections are still being read. Items the validator leaves out make the final count smaller.
 */
export function declaredItemCount(json: unknown): number {
  const lengthOf = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  if (Array.isArray(json)) return json.length;
  if (!isRecord(json)) return 0;
  const sections = json['sections'];
  if (!Array.isArray(sections)) return lengthOf(json['items']);
  return sections.reduce<number>(
    (count, section) => count + (isRecord(section) ? lengthOf(section['items']) : 0),
    0,
  );
}

/**
 * The languages the document offers, for a language switcher: its `language`, then every language map key
 * except `none`, in first-seen order.
 */
export function documentLanguages(exhibition: Exhibition): string[] {
  const reader = new ExhibitionReader(undefined);
  const steps = reader.read(exhibition);
  while (!steps.next().done);
  return reader.languages();
}

/** The person a caption or quote refers to (registry id or inline person). */
export function personFor(
  exhibition: Exhibition,
  ref: string | Person | undefined,
): Person | undefined {
  return typeof ref === 'string' ? ownEntry(exhibition.people, ref) : ref;
}

/** The place a caption or section refers to (registry id or inline place). */
export function placeFor(
  exhibition: Exhibition,
  ref: string | Place | undefined,
): Place | undefined {
  return typeof ref === 'string' ? ownEntry(exhibition.places, ref) : ref;
}

function ownEntry<T>(registry: { [id: string]: T } | undefined, id: string): T | undefined {
  return registry && Object.prototype.hasOwnProperty.call(registry, id) ? registry[id] : undefined;
}

const ITEM_HINT =
  'write { "id": "boats", "image": { "src": "img/boats.jpg", "width": 1600, "height": 1067, "alt": "…" }, "caption": { "text": "…" } }';
const IMAGE_HINT = 'write { "src": "img/photo.jpg", "width": 1600, "height": 1067, "alt": "…" }';
const ID_HINT =
  'ids start with a letter, then letters, digits, ".", "_" or "-", e.g. "harbour-at-dawn"';

/** Ids of sections and items share one namespace: both are fragments of the page's URL. */
class Ids {
  private readonly used = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  /** `declared`: every well-formed id in the document, so that a generated id never takes one. */
  constructor(private readonly declared: ReadonlySet<string>) {}

  /** Takes a declared id; false when an earlier section or item has it. */
  claim(id: string): boolean {
    if (this.used.has(id)) return false;
    this.used.add(id);
    return true;
  }

  /** `base`, or `base-2`, `base-3`, ... whichever is free first. */
  generate(base: string): string {
    return this.take(this.isFree(base) ? base : this.suffixed(base));
  }

  /** `id-2`, `id-3`, ... whichever is free first. */
  renameDuplicate(id: string): string {
    return this.take(this.suffixed(id));
  }

  private suffixed(base: string): string {
    // Remembering the next suffix keeps a document that repeats one id thousands of times linear.
    let n = this.nextSuffix.get(base) ?? 2;
    while (!this.isFree(`${base}-${n}`)) n++;
    this.nextSuffix.set(base, n + 1);
    return `${base}-${n}`;
  }

  private take(id: string): string {
    this.used.add(id);
    return id;
  }

  private isFree(id: string): boolean {
    return !this.used.has(id) && !this.declared.has(id);
  }
}

interface Registry<T> {
  /** Valid entries by id. */
  entries: Map<string, T>;
  /** Every key in the input, valid or not: references to a broken entry are dropped without a second error. */
  keys: Set<string>;
}

type ImageResult = { image: Image } | { failure: string };
/** What the reader's steps yield: the exhibition so far when a section is complete, else nothing. */
type Steps<T> = Generator<Exhibition | undefined, T, void>;

class ExhibitionReader extends Checker {
  private ids = new Ids(new Set());
  private documentLanguage: string | undefined;
  private people: Registry<Person> = { entries: new Map(), keys: new Set() };
  private places: Registry<Place> = { entries: new Map(), keys: new Set() };
  private itemPosition = 0;
  private itemRightsSeen = false;

  constructor(baseUrl: string | undefined) {
    super(baseUrl);
  }

  *read(json: unknown): Steps<Exhibition | null> {
    if (Array.isArray(json)) return yield* this.readBareItems(json);
    if (!isRecord(json)) {
      this.error(
        '',
        `must be an exhibition object ({ "title": …, "items": [ … ] }) or a list of items, got ${describeValue(json)}`,
        typeof json === 'string' ? 'parse the JSON text before validating it' : undefined,
      );
      return null;
    }
    const version = this.readVersion(json);
    if (version === 'unreadable') return null;
    const fields = this.object(json, '', 'exhibition');
    if (!fields) return null;

    // `$schema` lets editors validate and complete the file; it says nothing about the exhibition.
    this.optional(fields, '$schema', (schema, schemaPath) => this.url(schema, schemaPath, 'link'));
    this.documentLanguage = this.optional(fields, 'language', this.language);
    const title = this.optional(fields, 'title', this.text);
    if (!fields.has('title')) {
      if (version === 'declared') {
        this.error(
          fields.at('title'),
          'is missing: an exhibition needs a title',
          'add "title": "…"',
        );
      } else {
        this.warn(
          fields.at('title'),
          'is missing: the exhibition has no title',
          'add "title": "…"',
        );
      }
    }
    const id = this.optional(fields, 'id', this.id);
    if (!fields.has('id')) {
      this.warn(
        fields.at('id'),
        'is missing: the exhibition has no id',
        `add "id": "…" (${ID_HINT})`,
      );
    }
    this.people = this.readRegistry(fields, 'people', this.person);
    this.places = this.readRegistry(fields, 'places', this.place);
    const head = {
      ...fields.extensions(),
      photoExhibit: version === 'declared' && title !== undefined ? FORMAT_VERSION : undefined,
      id,
      title,
      subtitle: this.optional(fields, 'subtitle', this.text),
      summary: this.optional(fields, 'summary', this.text),
      language: this.documentLanguage,
      intro: this.optional(fields, 'intro', this.prose),
      occasion: this.optional(fields, 'occasion', this.occasion),
      date: this.optional(fields, 'date', this.date),
      published: this.optional(fields, 'published', this.date),
      cover: this.optional(fields, 'cover', this.standaloneImage),
      provider: this.optional(fields, 'provider', this.listOf(this.provider, 'providers')),
      credits: this.optional(fields, 'credits', this.listOf(this.credit, 'credits')),
      rights: this.optional(fields, 'rights', this.rights),
      metadata: this.optional(fields, 'metadata', this.metadata),
      people: registryObject(this.people),
      places: registryObject(this.places),
    };
    const { sections, emptyPath } = yield* this.readContent(fields, head);
    if (sections.length === 0) return this.noItems(emptyPath);
    if (this.plainTextUsed && this.documentLanguage === undefined && !fields.has('language')) {
      this.warn(
        fields.at('language'),
        'is missing: the document has plain strings but does not say which language they are in',
        'add "language" with a BCP 47 tag, e.g. "language": "en"',
      );
    }
    if (!fields.has('rights') && !fields.has('credits') && !this.itemRightsSeen) {
      this.warn(
        fields.at('rights'),
        'is missing: the exhibition has no rights statement and no credits',
        'add "rights": { "statement": "…", "holder": "…" } and "credits": [ { "role": "Photographs", "name": "…" } ]',
      );
    }
    this.reportTranslationGaps();
    return compact({ ...head, sections });
  }

  /**
   * The document's languages so far: its `language`, then the keys of translatable language maps except
   * `none` (a quotation's `original` is in its own language by nature and adds no language to the document).
   */
  languages(): string[] {
    const seen = new Map<string, string>();
    const candidates = [
      this.documentLanguage ?? '',
      ...this.languageMaps.filter((map) => map.translatable).flatMap((map) => map.keys),
    ];
    for (const language of candidates) {
      const key = language.toLowerCase();
      if (key !== '' && key !== 'none' && !seen.has(key)) seen.set(key, language);
    }
    return [...seen.values()];
  }

  private readVersion(json: UnknownRecord): 'absent' | 'declared' | 'unreadable' {
    const path = pointer('photoExhibit');
    const value = Object.prototype.hasOwnProperty.call(json, 'photoExhibit')
      ? json['photoExhibit']
      : undefined;
    if (value === undefined) {
      this.warn(
        path,
        'is missing: the format version is taken to be 1.0',
        'add "photoExhibit": "1.0"',
      );
      return 'absent';
    }
    const match = typeof value === 'string' ? VERSION_PATTERN.exec(value) : null;
    if (!match) {
      this.error(
        path,
        `must be a format version such as "1.0", got ${describeValue(value)}`,
        'write "photoExhibit": "1.0", in quotes',
      );
      return 'declared';
    }
    const [major, minor] = [Number(match[1]), Number(match[2])];
    if (major !== 1) {
      this.error(
        path,
        `is format version ${value}, which this version of photo-exhibit cannot read (it reads 1.x)`,
        major > 1 ? 'update photo-exhibit' : 'convert the document to format 1.0',
      );
      return 'unreadable';
    }
    if (minor > 0) {
      this.warn(
        path,
        `is format version ${value}, newer than ${FORMAT_VERSION}: fields added since ${FORMAT_VERSION} are ignored`,
        'update photo-exhibit to show everything',
      );
    }
    return 'declared';
  }

  private *readBareItems(items: unknown[]): Steps<Exhibition | null> {
    this.warn(
      '',
      'is a bare list of items: the exhibition has no title, language or format version',
      'wrap it: { "photoExhibit": "1.0", "title": "…", "language": "en", "items": [ … ] }',
    );
    const section = yield* this.singleSection(items, '');
    if (!section) return this.noItems('');
    yield { sections: [section] };
    if (!this.itemRightsSeen) {
      this.warn(
        '',
        'has no rights statement or credits',
        'give the items "rights", or wrap the list in an exhibition with "rights" and "credits"',
      );
    }
    this.reportTranslationGaps();
    return { sections: [section] };
  }

  private noItems(path: string): null {
    this.error(
      path,
      'has no items to show',
      'an exhibition needs at least one item in "items" or in a section',
    );
    return null;
  }

  /** The sections, from `sections` or from `items` (exactly one of them should be there). */
  private *readContent(
    fields: Fields,
    head: Omit<Exhibition, 'sections'>,
  ): Steps<{ sections: Section[]; emptyPath: string }> {
    const sections = fields.get('sections');
    const items = fields.get('items');
    const useSections = Array.isArray(sections) || !Array.isArray(items);
    if (fields.has('sections') && fields.has('items')) {
      this.error(
        fields.at(useSections ? 'items' : 'sections'),
        `an exhibition has either "sections" or "items", not both; these ${useSections ? 'items' : 'sections'} are left out`,
        'move the items into a section',
      );
    }
    if (useSections && fields.has('sections')) {
      const path = fields.at('sections');
      if (!Array.isArray(sections)) {
        this.error(path, `must be a list of sections ([ … ]), got ${describeValue(sections)}`);
        return { sections: [], emptyPath: path };
      }
      this.ids = new Ids(
        declaredIds(sections.flatMap((section) => [section, ...sectionItems(section)])),
      );
      const read: Section[] = [];
      for (const [index, section] of sections.entries()) {
        const result = yield* this.section(section, path + pointer(index), index, sections.length);
        if (result === undefined) continue;
        read.push(result);
        yield compact({ ...head, sections: read.slice() });
      }
      return { sections: read, emptyPath: path };
    }
    const path = fields.at('items');
    if (!Array.isArray(items)) {
      if (fields.has('items')) {
        this.error(path, `must be a list of items ([ … ]), got ${describeValue(items)}`, ITEM_HINT);
      }
      return { sections: [], emptyPath: path };
    }
    const section = yield* this.singleSection(items, path);
    if (section) yield compact({ ...head, sections: [section] });
    return { sections: section ? [section] : [], emptyPath: path };
  }

  /** A document of items becomes one untitled section. */
  private *singleSection(items: unknown[], path: string): Steps<Section | undefined> {
    this.ids = new Ids(declaredIds(items));
    const id = this.ids.generate('section-1');
    const read = yield* this.items(items, path);
    return read.length > 0 ? { id, items: read } : undefined;
  }

  private *section(
    value: unknown,
    path: string,
    index: number,
    count: number,
  ): Steps<Section | undefined> {
    const fields = this.object(
      value,
      path,
      'section',
      'write { "id": "…", "title": "…", "items": [ … ] }',
    );
    if (!fields) return undefined;
    const id = this.assignId(fields, 'section', index + 1);
    const title = this.optional(fields, 'title', this.text);
    if (!fields.has('title') && count > 1) {
      this.warn(
        fields.at('title'),
        'is missing: with several sections, each needs a title for its heading and the table of contents',
        'add "title": "…"',
      );
    }
    const rest = {
      intro: this.optional(fields, 'intro', this.prose),
      date: this.optional(fields, 'date', this.date),
      places: this.optional(fields, 'places', this.listOf(this.placeId, 'place ids')),
      metadata: this.optional(fields, 'metadata', this.metadata),
    };
    const itemsPath = fields.at('items');
    const values = this.required(fields, 'items', 'section', (value) => value);
    if (values === undefined) return undefined;
    if (!Array.isArray(values)) {
      this.error(
        itemsPath,
        `must be a list of items ([ … ]), got ${describeValue(values)}; the section is left out`,
        ITEM_HINT,
      );
      return undefined;
    }
    if (values.length === 0) {
      this.error(
        itemsPath,
        'is empty: a section needs at least one item, so this section is left out',
        ITEM_HINT,
      );
      return undefined;
    }
    const items = yield* this.items(values, itemsPath);
    if (items.length === 0) return undefined;
    return compact({ ...fields.extensions(), id, title, ...rest, items });
  }

  private *items(values: unknown[], path: string): Steps<Item[]> {
    const read: Item[] = [];
    for (const [index, value] of values.entries()) {
      this.itemPosition += 1;
      const item = this.item(value, path + pointer(index), this.itemPosition);
      if (item !== undefined) read.push(item);
      yield undefined;
    }
    return read;
  }

  private item(value: unknown, path: string, position: number): Item | undefined {
    const fields = this.object(value, path, 'item', ITEM_HINT);
    if (!fields) return undefined;
    const id = this.assignId(fields, 'item', position);
    const image = this.optional(fields, 'image', this.image);
    if (!fields.has('image')) {
      this.warn(
        fields.at('image'),
        'is missing: the item is shown as a caption card without a photo',
        IMAGE_HINT,
      );
    }
    const caption = this.optional(fields, 'caption', this.caption);
    if (!fields.has('caption')) {
      this.warn(
        fields.at('caption'),
        'is missing: the photo has no caption',
        'add "caption": { "text": "…" }',
      );
    }
    const rights = this.optional(fields, 'rights', this.rights);
    if (rights !== undefined) this.itemRightsSeen = true;
    if (image && 'image' in image && caption)
      this.checkAltAgainstCaption(image.image, caption, fields.at('image'));
    return compact({
      ...fields.extensions(),
      ...(image && 'failure' in image ? { 'x-imageError': image.failure } : {}),
      id,
      image: image && 'image' in image ? image.image : undefined,
      caption,
      rights,
      layout: this.optional(fields, 'layout', (layout, layoutPath) =>
        this.oneOf(layout, layoutPath, LAYOUT_HINTS),
      ),
      metadata: this.optional(fields, 'metadata', this.metadata),
    });
  }

  /** The id of a section or item: its own when valid and unused, else a generated one. */
  private assignId(fields: Fields, kind: 'section' | 'item', position: number): string {
    const path = fields.at('id');
    if (!fields.has('id')) {
      const id = this.ids.generate(`${kind}-${position}`);
      if (kind === 'item') {
        this.warn(
          path,
          `is missing: the item gets the id "${id}", which changes when items move`,
          `add "id": "…" (it is the photo's address in links: #id)`,
        );
      } else {
        this.error(
          path,
          `is missing: a section needs an id; "${id}" is used`,
          `add "id": "…" (${ID_HINT})`,
        );
      }
      return id;
    }
    const given = this.id(fields.get('id'), path);
    if (given === undefined) return this.ids.generate(`${kind}-${position}`);
    if (this.ids.claim(given)) return given;
    const renamed = this.ids.renameDuplicate(given);
    this.error(
      path,
      `the id ${JSON.stringify(given)} is already used by an earlier section or item; this ${kind} gets "${renamed}"`,
      'give every section and item its own id',
    );
    return renamed;
  }

  private id(value: unknown, path: string): string | undefined {
    if (typeof value === 'string' && ID_PATTERN.test(value)) return value;
    return this.matching(value, path, ID_PATTERN, `an id (${ID_HINT})`, suggestId(value));
  }

  private language(value: unknown, path: string): string | undefined {
    return this.matching(
      value,
      path,
      LANGUAGE_TAG_PATTERN,
      'a BCP 47 language tag',
      '"en", "ko" or "pt-BR"',
    );
  }

  private standaloneImage(value: unknown, path: string): Image | undefined {
    const result = this.image(value, path);
    return 'image' in result ? result.image : undefined;
  }

  private image(value: unknown, path: string): ImageResult {
    const fields = this.object(value, path, 'image', IMAGE_HINT);
    if (!fields) return { failure: `${path}: not an image object` };
    let failure: string | undefined;
    let src: string | undefined;
    if (!fields.has('src')) {
      failure = this.error(
        fields.at('src'),
        'is missing: an image needs "src", its address',
        IMAGE_HINT,
      );
    } else {
      const checked = this.checkUrl(fields.get('src'), 'image');
      if ('url' in checked) src = checked.url;
      else failure = this.error(fields.at('src'), checked.message, checked.hint);
    }
    const width = this.optional(fields, 'width', this.pixels);
    const height = this.optional(fields, 'height', this.pixels);
    const missingSize = ['width', 'height'].filter((key) => !fields.has(key));
    if (missingSize.length > 0 && src !== undefined) {
      this.warn(
        fields.at(missingSize[0] ?? 'width'),
        `is missing: without ${missingSize.join(' and ')} the page shifts when the image loads`,
        'give the pixel size of the image file, e.g. "width": 1600, "height": 1067',
      );
    }
    const decorative = this.optional(fields, 'decorative', this.boolean);
    if (!fields.has('alt') && decorative !== true && src !== undefined) {
      this.warn(
        fields.at('alt'),
        'is missing: people who cannot see the photo get no description of it',
        'add "alt" describing what the photo shows, or "decorative": true if it adds nothing to the caption',
      );
    }
    const image = compact({
      ...fields.extensions(),
      src: src ?? '',
      width,
      height,
      alt: this.optional(fields, 'alt', this.text),
      decorative,
      description: this.optional(fields, 'description', this.prose),
      variants: this.optional(fields, 'variants', this.listOf(this.variant, 'variants')),
      iiif: this.optional(fields, 'iiif', this.iiif),
      placeholder: this.optional(fields, 'placeholder', this.placeholder),
      focus: this.optional(fields, 'focus', this.focus),
    });
    if (failure !== undefined) return { failure: `${fields.at('src')}: ${failure}` };
    this.checkVariantRatios(image, fields.get('variants'), fields.at('variants'));
    return { image };
  }

  private variant(value: unknown, path: string): Variant | undefined {
    const fields = this.object(
      value,
      path,
      'variant',
      'write { "src": "img/photo-800.jpg", "width": 800, "height": 533 }',
    );
    if (!fields) return undefined;
    const src = this.required(fields, 'src', 'variant', (src, srcPath) =>
      this.url(src, srcPath, 'image'),
    );
    const width = this.required(fields, 'width', 'variant', this.pixels);
    const variant = {
      ...fields.extensions(),
      height: this.optional(fields, 'height', this.pixels),
      type: this.optional(fields, 'type', (type, typePath) =>
        this.matching(
          type,
          typePath,
          MIME_TYPE_PATTERN,
          'a MIME type',
          '"image/avif" or "image/webp"',
        ),
      ),
    };
    if (src === undefined || width === undefined) return undefined;
    return compact({ ...variant, src, width });
  }

  /** Warns about variants whose shape differs from the image's by more than 1 %. */
  private checkVariantRatios(image: Image, input: unknown, path: string): void {
    if (image.width === undefined || image.height === undefined || !Array.isArray(input)) return;
    const ratio = image.width / image.height;
    input.forEach((variant, index) => {
      const width: unknown = isRecord(variant) ? variant['width'] : undefined;
      const height: unknown = isRecord(variant) ? variant['height'] : undefined;
      if (typeof width !== 'number' || typeof height !== 'number' || !(width > 0 && height > 0))
        return;
      if (Math.abs(width / height - ratio) / ratio <= 0.01) return;
      this.warn(
        path + pointer(index),
        `is ${width}×${height}, a different shape from the image's ${image.width}×${image.height}: the photo would change shape or crop between sizes`,
        "check the variant's width and height, or make it from the same crop",
      );
    });
  }

  private iiif(value: unknown, path: string): string | IiifService | undefined {
    if (!isRecord(value)) return this.url(value, path, 'service');
    const fields = this.object(value, path, 'iiifService');
    if (!fields) return undefined;
    const service = {
      ...fields.extensions(),
      id: this.required(fields, 'id', 'iiifService', (id, idPath) =>
        this.url(id, idPath, 'service'),
      ),
      type: this.required(fields, 'type', 'iiifService', (type, typePath) =>
        this.oneOf(type, typePath, IIIF_SERVICE_TYPES),
      ),
      profile: this.required(fields, 'profile', 'iiifService', (profile, profilePath) =>
        this.oneOf(profile, profilePath, IIIF_PROFILES),
      ),
      sizes: this.optional(fields, 'sizes', this.listOf(this.iiifSize, 'sizes')),
    };
    const { id, type, profile } = service;
    if (id === undefined || type === undefined || profile === undefined) return undefined;
    return compact({ ...service, id, type, profile });
  }

  private iiifSize(value: unknown, path: string): { width: number; height: number } | undefined {
    const fields = this.object(value, path, 'iiifSize');
    if (!fields) return undefined;
    const width = this.required(fields, 'width', 'iiifSize', this.pixels);
    const height = this.required(fields, 'height', 'iiifSize', this.pixels);
    return width === undefined || height === undefined ? undefined : { width, height };
  }

  private placeholder(value: unknown, path: string): Image['placeholder'] {
    const fields = this.object(value, path, 'placeholder');
    if (!fields) return undefined;
    return compact({
      ...fields.extensions(),
      color: this.optional(fields, 'color', (color, colorPath) =>
        this.matching(color, colorPath, COLOR_PATTERN, 'a colour written #rrggbb', '"#6b7f8e"'),
      ),
      thumbhash: this.optional(fields, 'thumbhash', (hash, hashPath) =>
        this.matching(
          hash,
          hashPath,
          BASE64_PATTERN,
          'a base64 ThumbHash',
          '"1QcSHQRnh493V4dIh4eXh1h4kJUI"',
        ),
      ),
    });
  }

  private focus(value: unknown, path: string): [number, number] | undefined {
    const [x, y] = Array.isArray(value) ? value : [];
    if (Array.isArray(value) && value.length === 2 && isUnit(x) && isUnit(y)) return [x, y];
    this.error(
      path,
      `must be [x, y] with numbers from 0 to 1, got ${describeValue(value)}`,
      'for example [0.5, 0.3]',
    );
    return undefined;
  }

  private caption(value: unknown, path: string): Caption | undefined {
    const fields = this.object(value, path, 'caption', 'write { "text": "…" }');
    if (!fields) return undefined;
    const text = this.required(fields, 'text', 'caption', this.prose, 'add "text": "…"');
    const caption = {
      ...fields.extensions(),
      title: this.optional(fields, 'title', this.text),
      links: this.optional(fields, 'links', this.listOf(this.link, 'links')),
      people: this.optional(fields, 'people', this.listOf(this.personRef, 'people')),
      place: this.optional(fields, 'place', this.placeRef),
      date: this.optional(fields, 'date', this.date),
      credit: this.optional(fields, 'credit', this.text),
      quote: this.optional(fields, 'quote', this.quote),
    };
    return text === undefined ? undefined : compact({ text, ...caption });
  }

  private link(value: unknown, path: string): Link | undefined {
    const fields = this.object(value, path, 'link', 'write { "href": "https://…", "label": "…" }');
    if (!fields) return undefined;
    const href = this.required(fields, 'href', 'link', (href, hrefPath) =>
      this.url(href, hrefPath, 'link'),
    );
    const label = this.required(fields, 'label', 'link', this.text);
    return href === undefined || label === undefined
      ? undefined
      : { ...fields.extensions(), href, label };
  }

  private quote(value: unknown, path: string): Quote | undefined {
    const fields = this.object(value, path, 'quote', 'write { "text": "…", "kind": "quotation" }');
    if (!fields) return undefined;
    const text = this.required(fields, 'text', 'quote', this.prose);
    const quote = {
      ...fields.extensions(),
      original: this.optional(fields, 'original', this.originalProse),
      kind: this.optional(fields, 'kind', (kind, kindPath) =>
        this.oneOf(kind, kindPath, QUOTE_KINDS),
      ),
      by: this.optional(fields, 'by', this.personRef),
      date: this.optional(fields, 'date', this.date),
      source: this.optional(fields, 'source', this.text),
      signature: this.optional(fields, 'signature', this.text),
    };
    return text === undefined ? undefined : compact({ text, ...quote });
  }

  private person(value: unknown, path: string): Person | undefined {
    const fields = this.object(value, path, 'person', 'write { "name": "…" }');
    if (!fields) return undefined;
    const name = this.required(fields, 'name', 'person', this.text);
    const person = {
      ...fields.extensions(),
      shortName: this.optional(fields, 'shortName', this.text),
      roles: this.optional(fields, 'roles', this.listOf(this.text, 'roles')),
    };
    return name === undefined ? undefined : compact({ name, ...person });
  }

  private place(value: unknown, path: string): Place | undefined {
    const fields = this.object(value, path, 'place', 'write { "name": "…" }');
    if (!fields) return undefined;
    const name = this.required(fields, 'name', 'place', this.text);
    const place = {
      ...fields.extensions(),
      locality: this.optional(fields, 'locality', this.text),
      region: this.optional(fields, 'region', this.text),
      country: this.optional(fields, 'country', (country, countryPath) =>
        this.matching(
          country,
          countryPath,
          COUNTRY_PATTERN,
          'an ISO 3166-1 country code in capitals',
          '"KR" or "RU"',
        ),
      ),
      geo: this.optional(fields, 'geo', this.geo),
    };
    return name === undefined ? undefined : compact({ name, ...place });
  }

  private geo(value: unknown, path: string): Place['geo'] {
    const fields = this.object(value, path, 'geo', 'write { "lat": 39.03, "lon": 125.75 }');
    if (!fields) return undefined;
    const lat = this.required(fields, 'lat', 'geo', (lat, latPath) =>
      this.numberIn(lat, latPath, -90, 90),
    );
    const lon = this.required(fields, 'lon', 'geo', (lon, lonPath) =>
      this.numberIn(lon, lonPath, -180, 180),
    );
    return lat === undefined || lon === undefined ? undefined : { lat, lon };
  }

  private readRegistry<T>(
    fields: Fields,
    key: 'people' | 'places',
    readEntry: Reader<T>,
  ): Registry<T> {
    const registry: Registry<T> = { entries: new Map(), keys: new Set() };
    if (!fields.has(key)) return registry;
    const value = fields.get(key);
    const path = fields.at(key);
    if (!isRecord(value)) {
      this.error(
        path,
        `must be an object of ${key} by id ({ "id": { "name": … } }), got ${describeValue(value)}`,
      );
      return registry;
    }
    for (const [id, entry] of Object.entries(value)) {
      registry.keys.add(id);
      const entryPath = path + pointer(id);
      if (!ID_PATTERN.test(id)) {
        this.error(
          entryPath,
          `${JSON.stringify(id)} is not a valid id, so this entry is left out`,
          ID_HINT,
        );
        continue;
      }
      const read = readEntry.call(this, entry, entryPath);
      if (read !== undefined) registry.entries.set(id, read);
    }
    return registry;
  }

  private personRef(value: unknown, path: string): string | Person | undefined {
    if (isRecord(value)) return this.person(value, path);
    if (typeof value === 'string') return this.reference(value, path, 'people', this.people);
    this.error(
      path,
      `must be a person id or a person ({ "name": … }), got ${describeValue(value)}`,
    );
    return undefined;
  }

  private placeRef(value: unknown, path: string): string | Place | undefined {
    if (isRecord(value)) return this.place(value, path);
    return this.placeId(value, path);
  }

  private placeId(value: unknown, path: string): string | undefined {
    if (typeof value === 'string') return this.reference(value, path, 'places', this.places);
    this.error(path, `must be a place id or a place ({ "name": … }), got ${describeValue(value)}`);
    return undefined;
  }

  /** A registry id that exists; references to entries that were left out are dropped silently. */
  private reference<T>(
    id: string,
    path: string,
    key: 'people' | 'places',
    registry: Registry<T>,
  ): string | undefined {
    if (registry.entries.has(id)) return id;
    if (registry.keys.has(id)) return undefined;
    const suggestion = closestKey(id, registry.entries.keys());
    const what = key === 'people' ? 'a person' : 'a place';
    this.error(
      path,
      `refers to ${what} ${JSON.stringify(id)} that is not in "${key}", so the reference is left out`,
      suggestion === undefined
        ? `add ${JSON.stringify(id)} to "${key}", or correct the id`
        : `did you mean ${JSON.stringify(suggestion)}?`,
    );
    return undefined;
  }

  private occasion(value: unknown, path: string): Occasion | undefined {
    const fields = this.object(
      value,
      path,
      'occasion',
      'write { "type": "anniversary", "ordinal": 75, "of": "…" }',
    );
    if (!fields) return undefined;
    const type = this.required(fields, 'type', 'occasion', (type, typePath) =>
      this.oneOf(type, typePath, OCCASION_TYPES),
    );
    const occasion = {
      ...fields.extensions(),
      ordinal: this.optional(fields, 'ordinal', this.positiveInteger),
      of: this.optional(fields, 'of', this.text),
      title: this.optional(fields, 'title', this.text),
      date: this.optional(fields, 'date', this.date),
    };
    return type === undefined ? undefined : compact({ type, ...occasion });
  }

  private provider(value: unknown, path: string): Provider | undefined {
    const fields = this.object(
      value,
      path,
      'provider',
      'write { "name": "…", "url": "https://…" }',
    );
    if (!fields) return undefined;
    const name = this.required(fields, 'name', 'provider', this.text);
    const provider = {
      ...fields.extensions(),
      url: this.optional(fields, 'url', (url, urlPath) => this.url(url, urlPath, 'link')),
      logo: this.optional(fields, 'logo', this.standaloneImage),
    };
    return name === undefined ? undefined : compact({ name, ...provider });
  }

  private credit(value: unknown, path: string): Credit | undefined {
    const fields = this.object(
      value,
      path,
      'credit',
      'write { "role": "Photographs", "name": "…" }',
    );
    if (!fields) return undefined;
    const role = this.required(fields, 'role', 'credit', this.text);
    const name = this.required(fields, 'name', 'credit', this.text);
    const url = this.optional(fields, 'url', (url, urlPath) => this.url(url, urlPath, 'link'));
    return role === undefined || name === undefined
      ? undefined
      : compact({ ...fields.extensions(), role, name, url });
  }

  private rights(value: unknown, path: string): Rights | undefined {
    const fields = this.object(
      value,
      path,
      'rights',
      'write { "statement": "…", "holder": "…", "year": 2023 }',
    );
    if (!fields) return undefined;
    return compact({
      ...fields.extensions(),
      license: this.optional(fields, 'license', (url, urlPath) => this.url(url, urlPath, 'link')),
      statement: this.optional(fields, 'statement', this.text),
      holder: this.optional(fields, 'holder', this.text),
      year: this.optional(fields, 'year', this.integer),
    });
  }

  private metadata(value: unknown, path: string): MetadataPair[] | undefined {
    return this.list(value, path, this.metadataPair, 'label and value pairs');
  }

  private metadataPair(value: unknown, path: string): MetadataPair | undefined {
    const fields = this.object(value, path, 'metadataPair', 'write { "label": "…", "value": "…" }');
    if (!fields) return undefined;
    const label = this.required(fields, 'label', 'metadataPair', this.text);
    const pairValue = this.required(fields, 'value', 'metadataPair', this.text);
    return label === undefined || pairValue === undefined
      ? undefined
      : { ...fields.extensions(), label, value: pairValue };
  }

  /** A reader of lists whose entries `readEntry` reads. */
  private listOf<T>(readEntry: Reader<T>, what: string): Reader<T[]> {
    return (value, path) => this.list(value, path, readEntry, what);
  }

  private checkAltAgainstCaption(image: Image, caption: Caption, imagePath: string): void {
    if (image.alt === undefined) return;
    const alt = textsByLanguage(image.alt, this.documentLanguage);
    for (const captionText of [caption.text, caption.title]) {
      if (captionText === undefined) continue;
      const other = textsByLanguage(captionText, this.documentLanguage);
      if ([...alt].some(([language, text]) => text !== '' && other.get(language) === text)) {
        this.warn(
          imagePath + pointer('alt'),
          'repeats the caption: screen readers would read the same words twice',
          'describe what the photo shows, or set "decorative": true when the caption says it all',
        );
        return;
      }
    }
  }

  /** Warns about language maps that lack a language the document uses elsewhere. */
  private reportTranslationGaps(): void {
    const languages = this.languages();
    for (const map of this.languageMaps) {
      if (!map.translatable || map.keys.some((key) => key.toLowerCase() === 'none')) continue;
      const missing = languages.filter(
        (language) => matchLanguageKey(map.keys, language) === undefined,
      );
      if (missing.length === 0) continue;
      this.warn(
        map.path,
        `has no ${listOf(missing.map(languageName), 'disjunction')} translation, although other text in the document has one`,
        `add ${missing.map((language) => `"${language}": "…"`).join(', ')} (or "none" for text that is the same in every language)`,
      );
    }
  }
}

function registryObject<T>(registry: Registry<T>): { [id: string]: T } | undefined {
  return registry.entries.size > 0 ? Object.fromEntries(registry.entries) : undefined;
}

/** Every well-formed id declared by these sections or items. */
function declaredIds(values: readonly unknown[]): Set<string> {
  const ids = new Set<string>();
  for (const value of values) {
    const id = isRecord(value) ? ownValue(value, 'id') : undefined;
    if (typeof id === 'string' && ID_PATTERN.test(id)) ids.add(id);
  }
  return ids;
}

function sectionItems(section: unknown): unknown[] {
  const items = isRecord(section) ? ownValue(section, 'items') : undefined;
  return Array.isArray(items) ? items : [];
}

function ownValue(record: UnknownRecord, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function isUnit(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 1;
}

/** A valid id close to what was written, for the hint. */
function suggestId(value: unknown): string {
  const words =
    typeof value === 'string'
      ? value
          .normalize('NFKD')
          .toLowerCase()
          .match(/[a-z0-9]+/g)
      : null;
  const slug = (words ?? []).join('-').replace(/^[^a-z]+/, '');
  return JSON.stringify(slug === '' ? 'harbour-at-dawn' : slug);
}

/** Text or prose as one comparable string per language (plain strings are in the document language). */
function textsByLanguage(value: Prose, documentLanguage: string | undefined): Map<string, string> {
  const entries: [string, string | string[]][] =
    typeof value === 'string' || Array.isArray(value)
      ? [[documentLanguage ?? '', value]]
      : Object.entries(value);
  return new Map(
    entries.map(([language, text]) => [
      language.toLowerCase(),
      (typeof text === 'string' ? text : text.join(' '))
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[.!。]+$/, '')
        .toLowerCase(),
    ]),
  );
}

/** "Korean (ko)", for messages (which are in English). */
function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(tag);
    return name === undefined || name.toLowerCase() === tag.toLowerCase()
      ? tag
      : `${name} (${tag})`;
  } catch {
    return tag;
  }
}

function listOf(words: string[], type: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat('en', { type }).format(words);
}
