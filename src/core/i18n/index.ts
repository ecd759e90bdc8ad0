export {
  LOCALE_CODES,
  en,
  fillTemplate,
  formatNumber,
  localeFor,
  uiStrings,
  type LocaleCode,
  type LocalizedStrings,
  type UiStrings,
} from './strings.js';
export { ar } from './locales/ar.js';
export { ko } from './locales/ko.js';
export { ru } from './locales/ru.js';
