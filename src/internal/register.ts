const warnedTags = new Set<string>();

/**
 * Registers a custom element unless the tag is already taken. First wins: a second copy of the library (or
 * another version) on the same page must never throw, so it warns once and keeps the existing definition.
 */
export function registerElement(tag: string, elementClass: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing === undefined) {
    registry.define(tag, elementClass);
    return;
  }
  if (existing !== elementClass && !warnedTags.has(tag)) {
    warnedTags.add(tag);
    console.warn(
      `photo-exhibit: <${tag}> is already defined, probably by another copy of the library on this page; ` +
        'the first definition is kept.',
    );
  }
}
