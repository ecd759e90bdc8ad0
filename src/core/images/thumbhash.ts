const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes the first `count` bytes of a base64 (or base64url) string; undefined if it is not base64. */
function decodeBase64Prefix(text: string, count: number): number[] | undefined {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const character of text.replace(/=+$/, '')) {
    const value = BASE64.indexOf(character === '-' ? '+' : character === '_' ? '/' : character);
    if (value < 0) return undefined;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
      if (bytes.length === count) return bytes;
    }
  }
  return bytes.length === count ? bytes : undefined;
}

const channel = (value: number) =>
  Math.round(Math.max(0, Math.min(1, value)) * 255)
    .toString(16)
    .padStart(2, '0');

/**
 * The average colour of a ThumbHash (https://evanw.github.io/thumbhash/) as `#rrggbb`: the hash's DC terms,
 * converted from its LPQ colour space. Enough for a placeholder that matches the photo before it loads,
 * without decoding the whole hash. Undefined for anything that is not a ThumbHash.
 */
export function thumbhashAverageColor(thumbhash: unknown): string | undefined {
  if (typeof thumbhash !== 'string' || thumbhash.length < 8) return undefined;
  const bytes = decodeBase64Prefix(thumbhash.trim(), 5);
  if (!bytes) return undefined;
  const header = bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16);
  const luminance = (header & 63) / 63;
  const p = ((header >> 6) & 63) / 31.5 - 1;
  const q = ((header >> 12) & 63) / 31.5 - 1;
  const blue = luminance - (2 / 3) * p;
  const red = (3 * luminance - blue + q) / 2;
  const green = red - q;
  return `#${channel(red)}${channel(green)}${channel(blue)}`;
}
