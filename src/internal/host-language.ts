import { languagePreferences } from '../core/format/language.js';

/** The `lang` of the nearest ancestor that has one, crossing shadow-root boundaries. */
export function ancestorLanguage(element: Element): string | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return undefined;
}

/** format.md: the element's own `lang`, else its nearest ancestor's followed by the browser's languages. */
export function hostLanguagePreferences(element: Element): string[] {
  return languagePreferences({
    elementLang: element.getAttribute('lang'),
    ancestorLang: ancestorLanguage(element),
    navigatorLanguages: globalThis.navigator?.languages ?? [],
  });
}

/** The language the element's content is in for assistive technology: its own `lang` or an ancestor's. */
export function effectiveLanguage(element: Element): string | undefined {
  return element.getAttribute('lang') || ancestorLanguage(element);
}
