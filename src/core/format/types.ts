// The exhibition format 1.0 (format.md). The interfaces describe the NORMALISED document that
// validateExhibition() returns: always `sections`, every section and item with a unique id, URLs checked,
// invalid and unknown parts removed. The `as const` lists are shared by the validator, the types and the tests.

/** The format version the validator reads and writes. */
export const FORMAT_VERSION = '1.0';

export const LAYOUT_HINTS = ['normal', 'wide', 'full'] as const;
export type LayoutHint = (typeof LAYOUT_HINTS)[number];

export const QUOTE_KINDS = [
  'quotation',
  'inscription',
  'speech',
  'letter',
  'dedication',
  'other',
] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export const OCCASION_TYPES = ['anniversary', 'commemoration', 'visit', 'event', 'other'] as const;
export type OccasionType = (typeof OCCASION_TYPES)[number];

export const IIIF_SERVICE_TYPES = ['ImageService2', 'ImageService3'] as const;
export type IiifServiceType = (typeof IIIF_SERVICE_TYPES)[number];

export const IIIF_PROFILES = ['level0', 'level1', 'level2'] as const;
export type IiifProfile = (typeof IIIF_PROFILES)[number];

export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Keys starting with `x-` are extensions: ignored by the validator and passed through unchanged. */
export type Extensions = { [key: `x-${string}`]: unknown };

/** Text in several languages, keyed by BCP 47 tag; `none` holds language-independent text (names, numbers). */
export type LanguageMap = { [language: string]: string };
/** A string in the document's `language`, or a language map. */
export type Text = string | LanguageMap;
/** Plain text (never HTML): one paragraph, an array of paragraphs, or a language map of either. */
export type Prose = string | string[] | { [language: string]: string | string[] };
/** An ISO 8601 date (`2023`, `2023-09`, `2023-09-13`, `2023-09-12/2023-09-17`) with an optional display text. */
export type DateValue = string | DateWithDisplay;

export interface DateWithDisplay extends Extensions {
  value: string;
  /** Shown instead of the formatted value (other calendars, wording such as "Juche 112 (2023)"). */
  display?: Text;
}

export interface Exhibition extends Extensions {
  /** Present when the input declared a version and has a title; always FORMAT_VERSION. */
  photoExhibit?: string;
  id?: string;
  title?: Text;
  subtitle?: Text;
  summary?: Text;
  /** BCP 47 tag of the plain strings in the document. */
  language?: string;
  intro?: Prose;
  occasion?: Occasion;
  date?: DateValue;
  published?: DateValue;
  cover?: Image;
  provider?: Provider[];
  credits?: Credit[];
  rights?: Rights;
  metadata?: MetadataPair[];
  people?: { [id: string]: Person };
  places?: { [id: string]: Place };
  sections: Section[];
}

export interface Section extends Extensions {
  id: string;
  title?: Text;
  intro?: Prose;
  date?: DateValue;
  /** Ids in `Exhibition.places`. */
  places?: string[];
  metadata?: MetadataPair[];
  items: Item[];
}

export interface Item extends Extensions {
  /** Unique in the document; the deep-link fragment. */
  id: string;
  image?: Image;
  caption?: Caption;
  rights?: Rights;
  layout?: LayoutHint;
  metadata?: MetadataPair[];
  /** Set by the validator when the input's image was unusable: render "image unavailable", keep the caption. */
  'x-imageError'?: string;
}

export interface Image extends Extensions {
  src: string;
  /** Intrinsic pixels, for the aspect ratio and zero layout shift. */
  width?: number;
  height?: number;
  alt?: Text;
  /** The image adds nothing to the caption: no alt text is expected. */
  decorative?: boolean;
  description?: Prose;
  variants?: Variant[];
  iiif?: string | IiifService;
  placeholder?: Placeholder;
  /** `[x, y]` in 0..1, the point to keep in cropped thumbnails. */
  focus?: [number, number];
}

export interface Variant extends Extensions {
  src: string;
  width: number;
  height?: number;
  /** MIME type, e.g. `image/avif`. */
  type?: string;
}

export interface IiifService extends Extensions {
  id: string;
  type: IiifServiceType;
  profile: IiifProfile;
  sizes?: { width: number; height: number }[];
}

export interface Placeholder extends Extensions {
  /** `#rrggbb` */
  color?: string;
  thumbhash?: string;
}

export interface Caption extends Extensions {
  /** Shown verbatim. */
  text: Prose;
  /** A short label for thumbnails and accessible names. */
  title?: Text;
  links?: Link[];
  /** Ids in `Exhibition.people`, or inline persons. */
  people?: (string | Person)[];
  /** An id in `Exhibition.places`, or an inline place. */
  place?: string | Place;
  date?: DateValue;
  credit?: Text;
  quote?: Quote;
}

export interface Link extends Extensions {
  href: string;
  label: Text;
}

export interface Quote extends Extensions {
  /** As displayed. */
  text: Prose;
  /** In the original language. */
  original?: Prose;
  kind?: QuoteKind;
  /** An id in `Exhibition.people`, or an inline person. */
  by?: string | Person;
  date?: DateValue;
  /** Where it was written or said, e.g. "visitors book". */
  source?: Text;
  /** Verbatim. */
  signature?: Text;
}

export interface Person extends Extensions {
  name: Text;
  shortName?: Text;
  roles?: Text[];
}

export interface Place extends Extensions {
  name: Text;
  locality?: Text;
  region?: Text;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  geo?: { lat: number; lon: number };
}

export interface Credit extends Extensions {
  role: Text;
  name: Text;
  url?: string;
}

export interface Provider extends Extensions {
  name: Text;
  url?: string;
  logo?: Image;
}

export interface Rights extends Extensions {
  license?: string;
  /** Must be shown. */
  statement?: Text;
  holder?: Text;
  year?: number;
}

export interface MetadataPair extends Extensions {
  label: Text;
  value: Text;
}

export interface Occasion extends Extensions {
  type: OccasionType;
  /** 75 for a 75th anniversary. */
  ordinal?: number;
  of?: Text;
  title?: Text;
  date?: DateValue;
}

export interface Problem {
  severity: Severity;
  /** JSON Pointer (RFC 6901) into the input as given. */
  path: string;
  message: string;
  /** How to fix it. */
  hint?: string;
}
