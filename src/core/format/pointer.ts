// JSON Pointers (RFC 6901): `~` is written `~0` and `/` is written `~1` inside a segment.

/** The pointer to the value reached by following `segments` from the root; `pointer()` is the root, "". */
export function pointer(...segments: readonly (string | number)[]): string {
  let path = '';
  for (const segment of segments) path += '/' + escapeSegment(String(segment));
  return path;
}

/** The unescaped segments of a pointer, or undefined when `value` is not a JSON Pointer. */
export function parsePointer(value: string): string[] | undefined {
  if (value === '') return [];
  if (!value.startsWith('/') || /~(?![01])/.test(value)) return undefined;
  return value
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function escapeSegment(segment: string): string {
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
