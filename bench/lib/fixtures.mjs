// What the benchmarks measure with: a seeded mix of aspect ratios, generated exhibitions of any size in the
// photo-exhibit format, and a small set of real JPEGs (one per aspect ratio and tint, at several widths)
// that every item reuses by URL, so each box has an image of its own aspect ratio at the right size.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Bump when the images or documents change shape, so an old cache is regenerated. */
const FIXTURES_VERSION = 1;

/**
 * The aspect ratios of the generated photographs (width:height) and how often each occurs, in percent:
 * mostly landscape, a good share of portraits, a few wide shots and panoramas (over 3:1).
 */
export const ASPECTS = [
  { name: '3x2', width: 3, height: 2, weight: 30 },
  { name: '2x3', width: 2, height: 3, weight: 13 },
  { name: '4x3', width: 4, height: 3, weight: 14 },
  { name: '3x4', width: 3, height: 4, weight: 8 },
  { name: '1x1', width: 1, height: 1, weight: 8 },
  { name: '16x9', width: 16, height: 9, weight: 12 },
  { name: '9x16', width: 9, height: 16, weight: 4 },
  { name: '5x4', width: 5, height: 4, weight: 5 },
  { name: '21x9', width: 21, height: 9, weight: 3 },
  { name: '4x1', width: 4, height: 1, weight: 2 },
  { name: '1x2', width: 1, height: 2, weight: 1 },
];

/** Long side of each stored size of an image, px; the largest is the image's own size. */
const LONG_SIDES = [320, 640, 1024, 1600, 2048];
const TINTS = [
  ['#2a6f97', '#f4a261'],
  ['#283618', '#dda15e'],
  ['#3d405b', '#e07a5f'],
];
const ITEMS_PER_SECTION = 100;

/** A mulberry32 generator: the same seed gives the same exhibitions on every machine. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

function weightedAspect(random) {
  let roll = random.next() * ASPECTS.reduce((sum, aspect) => sum + aspect.weight, 0);
  for (const aspect of ASPECTS) {
    roll -= aspect.weight;
    if (roll < 0) return aspect;
  }
  return ASPECTS[0];
}

/** Pixel size of an aspect ratio at a long side. */
function sizeAt(aspect, longSide) {
  return aspect.width >= aspect.height
    ? { width: longSide, height: Math.round((longSide * aspect.height) / aspect.width) }
    : { width: Math.round((longSide * aspect.width) / aspect.height), height: longSide };
}

/** The aspect ratios (width / height, of the stored pixel sizes) of `count` photos, seeded. */
export function aspectRatios(count, seed = 1) {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => {
    const size = sizeAt(weightedAspect(random), LONG_SIDES.at(-1));
    return size.width / size.height;
  });
}

const imageFile = (aspect, tint, longSide) => `${aspect.name}-t${tint}-${longSide}.jpg`;

/**
 * Writes the JPEGs into `directory` unless a complete set of this version is there. Each image is drawn
 * once at its largest size (gradient, a shape, soft clouds and film grain, so files and decoding cost are
 * photo-like) and resampled to the smaller sizes.
 */
export async function ensureImages(directory) {
  const stamp = join(directory, `complete-v${FIXTURES_VERSION}`);
  if (existsSync(stamp)) return;
  const { default: sharp } = await import('sharp');
  await mkdir(directory, { recursive: true });
  const largest = LONG_SIDES.at(-1);
  const grain = await sharp({
    create: {
      width: largest,
      height: largest,
      channels: 3,
      noise: { type: 'gaussian', mean: 128, sigma: 10 },
    },
  })
    .raw()
    .toBuffer({ resolveWithObject: true });
  for (const aspect of ASPECTS) {
    for (const [tint, [from, to]] of TINTS.entries()) {
      const { width, height } = sizeAt(aspect, largest);
      const scene = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
        <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/>
        </linearGradient></defs>
        <rect width="100%" height="100%" fill="url(#g)"/>
        <circle cx="${width * (0.25 + tint * 0.2)}" cy="${height * 0.6}" r="${Math.min(width, height) * 0.25}"
          fill="#111" opacity="0.45"/>
      </svg>`;
      const clouds = await sharp({
        create: {
          width: 24,
          height: 16,
          channels: 3,
          noise: { type: 'gaussian', mean: 128, sigma: 50 },
        },
      })
        .greyscale()
        .resize(width, height, { fit: 'fill', kernel: 'mitchell' })
        .blur(20)
        .toColourspace('srgb')
        .raw()
        .toBuffer({ resolveWithObject: true });
      const filmGrain = await sharp(grain.data, { raw: grain.info })
        .extract({ left: 0, top: 0, width, height })
        .raw()
        .toBuffer({ resolveWithObject: true });
      const full = await sharp(Buffer.from(scene))
        .composite([
          { input: clouds.data, raw: clouds.info, blend: 'soft-light' },
          { input: filmGrain.data, raw: filmGrain.info, blend: 'overlay' },
        ])
        .jpeg({ quality: 82 })
        .toBuffer();
      for (const longSide of LONG_SIDES) {
        const size = sizeAt(aspect, longSide);
        await sharp(full)
          .resize(size.width, size.height, { fit: 'fill' })
          .jpeg({ quality: 82 })
          .toFile(join(directory, imageFile(aspect, tint, longSide)));
      }
    }
  }
  await writeFile(stamp, new Date().toISOString());
}

const WORDS =
  `light water harbour morning boats river stone bridge market evening rain window street
  garden field winter summer mountain shore ferry station lantern festival workshop mill village quay
  fog tide gulls nets rope pier square chapel orchard meadow snow reeds canal dock crane warehouse
  tram lamp roof courtyard well stairs balcony terrace hill path forest birch pine valley cloud
  fisherman weaver baker teacher children grandmother visitors crowd musician painter sailor keeper
  walks waits returns gathers carries mends watches sings builds opens closes remembers leaves arrives
  old new quiet busy early late bright grey golden long narrow wide slow first last small great`
    .split(/\s+/)
    .filter(Boolean);
const NAMES = ['A. Lindqvist', 'M. Okafor', 'J. Park', 'S. Ivanova', 'L. Haddad', 'R. Moreau'];

function sentence(random, minWords, maxWords) {
  const words = Array.from({ length: random.int(minWords, maxWords) }, () => random.pick(WORDS));
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random, sentences) {
  return Array.from({ length: sentences }, () => sentence(random, 6, 16)).join(' ');
}

/** A caption of varied length: short (40 %), medium (40 %) or long, two paragraphs (20 %). */
function caption(random, number) {
  const length = random.next();
  const text =
    length < 0.4
      ? paragraph(random, 1)
      : length < 0.8
        ? paragraph(random, random.int(2, 3))
        : [paragraph(random, random.int(3, 4)), paragraph(random, random.int(2, 3))];
  const result = {
    title: `${sentence(random, 2, 5).slice(0, -1)} (${number})`,
    text,
    credit: `Photo: ${random.pick(NAMES)}`,
  };
  if (random.next() < 0.6) {
    const year = random.int(1950, 2023);
    result.date = `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  }
  if (random.next() < 0.25) {
    result.quote = {
      text: sentence(random, 8, 24),
      signature: `${random.pick(NAMES)}, ${random.int(1950, 2023)}`,
      kind: 'speech',
    };
  }
  return result;
}

/**
 * An exhibition of `count` photos in sections of 100, in the photo-exhibit format. Image URLs are
 * relative to the document: `${imageBase}<file>`. Every image lists all its sizes as variants.
 */
export function makeExhibition(count, { imageBase, seed = 1 }) {
  const random = createRandom(seed);
  const sections = [];
  for (let start = 0; start < count; start += ITEMS_PER_SECTION) {
    const items = [];
    for (let index = start; index < Math.min(count, start + ITEMS_PER_SECTION); index++) {
      const aspect = weightedAspect(random);
      const tint = random.int(0, TINTS.length - 1);
      const largest = sizeAt(aspect, LONG_SIDES.at(-1));
      items.push({
        id: `p${index + 1}`,
        image: {
          src: `${imageBase}${imageFile(aspect, tint, LONG_SIDES.at(-1))}`,
          width: largest.width,
          height: largest.height,
          alt: sentence(random, 4, 10),
          variants: LONG_SIDES.slice(0, -1).map((longSide) => ({
            src: `${imageBase}${imageFile(aspect, tint, longSide)}`,
            ...sizeAt(aspect, longSide),
            type: 'image/jpeg',
          })),
        },
        caption: caption(random, index + 1),
      });
    }
    const number = sections.length + 1;
    sections.push({
      id: `section-${number}`,
      title: `${number}. ${sentence(random, 2, 4).slice(0, -1)}`,
      items,
    });
  }
  return {
    photoExhibit: '1.0',
    id: `bench-${count}`,
    title: `A benchmark exhibition of ${count} photographs`,
    language: 'en',
    intro: [paragraph(random, 3)],
    sections,
    rights: { statement: '© The photographers' },
  };
}

/**
 * Writes `exhibition-<count>.json` for each count into `directory` (once per version) and returns their
 * paths. Each document is checked with the package's own validator first: a benchmark of a document the
 * element rejects or warns about would measure the error path.
 */
export async function ensureExhibitions(directory, counts, { imageBase, validate }) {
  await mkdir(directory, { recursive: true });
  const paths = new Map();
  for (const count of counts) {
    const path = join(directory, `exhibition-${count}.v${FIXTURES_VERSION}.json`);
    if (!existsSync(path)) {
      const exhibition = makeExhibition(count, { imageBase });
      const { problems } = validate(exhibition, { baseUrl: 'http://127.0.0.1/bench/' });
      if (problems.length > 0) {
        const first = problems[0];
        throw new Error(
          `the generated exhibition of ${count} photos has ${problems.length} problem(s), first: ${first.path}: ${first.message}`,
        );
      }
      await writeFile(path, JSON.stringify(exhibition));
    }
    paths.set(count, path);
  }
  return paths;
}
