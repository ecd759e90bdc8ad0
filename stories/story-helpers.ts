import itemsOnly from '../test/fixtures/items-only.json';
import multilingual from '../test/fixtures/multilingual.json';
import sameOriginImages from '../test/fixtures/same-origin-images.json';
import seed from '../test/fixtures/seed.json';

/** Stories share the test fixtures; fetched ones are served from /fixtures (see .storybook/main.ts). */
export const fixtures = { itemsOnly, multilingual, sameOriginImages, seed };

/** A same-origin URL that fails on purpose: the smoke test expects requests to "expected-failure" to fail. */
export const brokenUrl = (name: string) => `/fixtures/expected-failure/${name}`;

const drawings = [
  { src: '/fixtures/img/panorama-4x1.svg', ratio: 4 },
  { src: '/fixtures/img/coast-16x9.svg', ratio: 16 / 9 },
  { src: '/fixtures/img/harbour-3x2.svg', ratio: 3 / 2 },
  { src: '/fixtures/img/square-1x1.svg', ratio: 1 },
  { src: '/fixtures/img/tower-2x3.svg', ratio: 2 / 3 },
];

/**
 * The fixtures name photographs that the repository does not ship (the tests only need their URLs). For a
 * story, each image becomes the same-origin drawing closest to its aspect ratio, without variants or IIIF.
 */
export function withStoryImages<T>(document: T): T {
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (typeof value !== 'object' || value === null) return value;
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) copy[key] = visit(child);
    if (typeof copy.src === 'string') {
      const ratio =
        typeof copy.width === 'number' && typeof copy.height === 'number'
          ? copy.width / copy.height
          : 1.5;
      const closest = drawings.reduce((best, drawing) =>
        Math.abs(Math.log(drawing.ratio / ratio)) < Math.abs(Math.log(best.ratio / ratio))
          ? drawing
          : best,
      );
      copy.src = closest.src;
      delete copy.variants;
      delete copy.iiif;
    }
    return copy;
  };
  return visit(document) as T;
}
