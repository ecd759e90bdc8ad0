// The public API of the exhibition format: types, validation, language resolution, dates and safe URLs.

export * from './types.js';
export {
  ID_PATTERN,
  LANGUAGE_KEY_PATTERN,
  LANGUAGE_TAG_PATTERN,
  DATE_PATTERN,
} from './patterns.js';
export {
  validateExhibition,
  validationSteps,
  validateInSlices,
  declaredItemCount,
  documentLanguages,
  personFor,
  placeFor,
  type ValidateOptions,
  type ValidationResult,
  type SliceOptions,
} from './validate.js';
export {
  languagePreferences,
  pickLanguageKey,
  textDirection,
  type LanguageSources,
  type TextDirection,
} from './language.js';
export { resolveText, resolveProse, type ResolvedText, type ResolvedProse } from './resolve.js';
export {
  parseDateValue,
  formatDate,
  type CalendarDate,
  type DatePrecision,
  type DateParseResult,
  type FormattedDate,
  type ParsedDate,
} from './dates.js';
export { safeUrl, type UrlContext } from './urls.js';
export { pointer, parsePointer } from './pointer.js';
export { closestKey } from './suggest.js';
