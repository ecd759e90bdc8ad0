// What the two scans of JSON text (sliced-json.ts, document-beginning.ts) share: the characters they look
// for, and how they skip strings and white space.

export const QUOTE = 0x22;
const BACKSLASH = 0x5c;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;
export const COMMA = 0x2c;
export const COLON = 0x3a;

/** Whether the text from `from` to `to` is JSON's whitespace only (JSON.parse allows no other). */
export function isSpace(text: string, from: number, to = text.length): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return false;
  }
  return true;
}

/** The offset of the quote that ends the string opening at `open`. */
export function closingQuote(text: string, open: number): number {
  let quote = text.indexOf('"', open + 1);
  while (quote !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
    quote = text.indexOf('"', quote + 1);
  }
  throw notJson();
}

export function notJson(): SyntaxError {
  return new SyntaxError('The text is not JSON.');
}
