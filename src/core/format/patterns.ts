// Patterns of the format, shared by the validator and (as their `source`) the JSON Schema; a test keeps the
// two in step. They stay ASCII-only so that they match the same strings with and without the `u` flag.

/** Ids of the exhibition, sections, items and registry entries. */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9._-]*$/;

/** A language map key: a BCP 47 tag (checked loosely) or `none`. */
export const LANGUAGE_KEY_PATTERN = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** The document's `language`: a BCP 47 tag; `none` is only meaningful as a language map key. */
export const LANGUAGE_TAG_PATTERN = /^(?![Nn][Oo][Nn][Ee]$)[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** `photoExhibit`: major.minor without leading zeros. */
export const VERSION_PATTERN = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;

/** ISO 8601 calendar dates and intervals whose ends have the same precision. */
export const DATE_PATTERN =
  /^(?:[0-9]{4}(?:\/[0-9]{4})?|[0-9]{4}-[0-9]{2}(?:\/[0-9]{4}-[0-9]{2})?|[0-9]{4}-[0-9]{2}-[0-9]{2}(?:\/[0-9]{4}-[0-9]{2}-[0-9]{2})?)$/;

export const COLOR_PATTERN = /^#[0-9A-Fa-f]{6}$/;
export const BASE64_PATTERN = /^[A-Za-z0-9+/]+={0,2}$/;
export const MIME_TYPE_PATTERN =
  /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$/;
/** ISO 3166-1 alpha-2. */
export const COUNTRY_PATTERN = /^[A-Z]{2}$/;
