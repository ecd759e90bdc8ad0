/** The outcome of reading a fetched or inline document as JSON. */
export type JsonParseResult =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      /** 1-based line and column of the first character that is not valid JSON. */
      readonly line: number;
      readonly column: number;
      readonly message: string;
      /** The text is an HTML page (a 404 page, a login wall, a CMS template) rather than JSON. */
      readonly looksLikeHtml: boolean;
    };

const htmlStart = /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--|<\?xml)/i;

/**
 * Parses JSON text. On failure it says where (line and column) with its own scanner, because browsers word
 * JSON.parse errors differently and Safari gives no position at all.
 */
export function parseJson(text: string): JsonParseResult {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(withoutBom) };
  } catch {
    const offset = firstErrorOffset(withoutBom);
    const { line, column } = lineAndColumn(withoutBom, offset);
    const looksLikeHtml = htmlStart.test(withoutBom);
    const found = withoutBom[offset];
    const message = looksLikeHtml
      ? 'This is an HTML page, not a JSON document. Check the address: the server may have sent an error or login page.'
      : found === undefined
        ? 'The JSON document ends too early: a closing bracket, brace or quote is missing.'
        : `Unexpected ${describeCharacter(found)} in the JSON document.`;
    return { ok: false, line, column, message, looksLikeHtml };
  }
}

function describeCharacter(character: string): string {
  if (character === '\n' || character === '\r') return 'line break';
  if (/\s/.test(character)) return 'space';
  return `"${character}"`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index += 1) {
    if (text[index] === '\n') {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Returns the offset of the first character where `text` stops being valid JSON (only called on failure). */
function firstErrorOffset(text: string): number {
  let position = 0;
  const whitespace = () => {
    while (position < text.length && ' \t\n\r'.includes(text[position] as string)) position += 1;
  };
  const fail = (): never => {
    throw position;
  };
  const expect = (literal: string) => {
    for (const character of literal) {
      if (text[position] !== character) fail();
      position += 1;
    }
  };
  const string = () => {
    expect('"');
    while (position < text.length) {
      const character = text[position] as string;
      if (character === '"') {
        position += 1;
        return;
      }
      if (character < ' ') fail();
      if (character === '\\') {
        position += 1;
        const escape = text[position];
        if (escape === 'u') {
          for (let digit = 1; digit <= 4; digit += 1) {
            if (!/[0-9a-fA-F]/.test(text[position + digit] ?? '')) {
              position += digit;
              fail();
            }
          }
          position += 5;
          continue;
        }
        if (escape === undefined || !'"\\/bfnrt'.includes(escape)) fail();
      }
      position += 1;
    }
    fail();
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(
      text.slice(position, position + 400),
    );
    if (!match || match[0] === '-' || match[0] === '') fail();
    position += (match as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    whitespace();
    const character = text[position];
    if (character === '{') {
      position += 1;
      whitespace();
      if (text[position] === '}') {
        position += 1;
        return;
      }
      for (;;) {
        whitespace();
        string();
        whitespace();
        expect(':');
        value();
        whitespace();
        if (text[position] === ',') {
          position += 1;
          continue;
        }
        expect('}');
        return;
      }
    }
    if (character === '[') {
      position += 1;
      whitespace();
      if (text[position] === ']') {
        position += 1;
        return;
      }
      for (;;) {
        value();
        whitespace();
        if (text[position] === ',') {
          position += 1;
          continue;
        }
        expect(']');
        return;
      }
    }
    if (character === '"') return string();
    if (character === 't') return expect('true');
    if (character === 'f') return expect('false');
    if (character === 'n') return expect('null');
    return number();
  };
  try {
    value();
    whitespace();
    return position;
  } catch (offset) {
    return typeof offset === 'number' ? offset : position;
  }
}
