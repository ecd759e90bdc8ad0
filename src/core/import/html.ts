// IIIF allows a small subset of HTML in summaries, metadata values and required statements; the exhibition
// format holds plain text only. This turns such a value into text without a DOM: breaks and paragraph ends
// become line breaks and blank lines (a blank line separates paragraphs in Prose), every tag goes, the common
// entities are decoded. The result is only ever rendered as text, so what the stripping misses stays inert.

const NAMED_ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
  ['ndash', '\u2013'],
  ['mdash', '\u2014'],
  ['hellip', '\u2026'],
  ['lsquo', '\u2018'],
  ['rsquo', '\u2019'],
  ['ldquo', '\u201c'],
  ['rdquo', '\u201d'],
  ['copy', '\u00a9'],
]);

/** A tag or an entity: without either, a value is plain text and is kept exactly as written. */
const LOOKS_LIKE_HTML = /<\/?[a-z!][^>]*>|&(?:#\d+|#x[\da-f]+|[a-z]+);/i;

/** Plain text from a value that may be HTML. */
export function htmlToText(value: string): string {
  if (!LOOKS_LIKE_HTML.test(value)) return value;
  return (
    value
      .replace(/<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      // Source line breaks are spaces in HTML; only the markup below breaks lines.
      .replace(/[ \t\r\n\f]+/g, ' ')
      .replace(/<(br|\/li|\/tr)\b[^>]*>/gi, '\n')
      .replace(/<\/?(p|div|ul|ol|h[1-6]|blockquote|table)\b[^>]*>/gi, '\n\n')
      .replace(/<[^>]*>/g, '')
      .replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, decodeEntity)
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

function decodeEntity(entity: string, name: string): string {
  if (name[0] !== '#') return NAMED_ENTITIES.get(name.toLowerCase()) ?? entity;
  const codePoint =
    name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
  return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '\ufffd';
}
