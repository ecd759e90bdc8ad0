// @ts-check
/**
 * Renders the photographs of the demo exhibition "Light and Water" and keeps the image facts in its
 * exhibition.json in sync with them.
 *
 * Every photograph is an SVG scene (gradients, layered shapes, a few blurs) drawn from a seeded random
 * generator, rendered by sharp and stored as JPEG (480, 960, 1600 px wide) and WebP (480, 960 px wide) in
 * demo/exhibitions/light-and-water/photos/. The same script always produces the same pixels.
 *
 * exhibition.json is written by hand and stays the one source of its text. For each image whose `src` is
 * `photos/<id>-960.jpg`, the script refreshes the keys the image already has: `width`, `height`,
 * `variants` and `placeholder.color` (the dominant colour). An image written without width and height
 * therefore stays without them. The script fails when a photo is not used by the exhibition or the
 * exhibition refers to a photo that is not generated.
 *
 * Usage: node scripts/generate-demo-photos.mjs [--force]
 * Photos newer than this script are kept unless --force is given.
 */
import { mkdir, readFile, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import sharp from 'sharp';

const SCRIPT_PATH = fileURLToPath(import.meta.url);
const ROOT = join(dirname(SCRIPT_PATH), '..');
const EXHIBITION_DIR = join(ROOT, 'demo/exhibitions/light-and-water');
const PHOTOS_DIR = join(EXHIBITION_DIR, 'photos');
const EXHIBITION_FILE = join(EXHIBITION_DIR, 'exhibition.json');
/** The width every scene is drawn at; smaller sizes are resampled from it. */
const RENDER_WIDTH = 1600;
const JPEG_WIDTHS = [480, 960, 1600];
const WEBP_WIDTHS = [480, 960];
/** The size an image's `src` points to. */
const SRC_WIDTH = 960;
/** References the exhibition makes on purpose to show the "image unavailable" state. */
const DELIBERATELY_MISSING = new Set(['photos/missing.jpg']);
/** Photos rendered at the same time; sharp renders each on a worker thread. */
const PARALLEL_RENDERS = 4;

// ---------------------------------------------------------------------------------------------------
// Random numbers, numbers in markup, colours

/**
 * @typedef {object} Random
 * @property {() => number} next uniform in [0, 1)
 * @property {(min: number, max: number) => number} range uniform in [min, max)
 * @property {(min: number, max: number) => number} int whole number in [min, max]
 * @property {<T>(items: readonly T[]) => T} pick
 * @property {() => number} gaussian standard normal
 */

/**
 * A mulberry32 generator seeded with the FNV-1a hash of a text, so each photo has its own stream.
 * @param {string} seedText
 * @returns {Random}
 */
function createRandom(seedText) {
  let state = 2166136261;
  for (const char of seedText) state = Math.imul(state ^ (char.codePointAt(0) ?? 0), 16777619);
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
  /** @param {number} min @param {number} max */
  const range = (min, max) => min + (max - min) * next();
  return {
    next,
    range,
    int: (min, max) => Math.floor(range(min, max + 1)),
    pick: (items) => /** @type {any} */ (items[Math.floor(next() * items.length)]),
    gaussian: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}

/** Rounds to one decimal: enough for pixels, and keeps the markup small. @param {number} value */
const n = (value) => Math.round(value * 10) / 10;

/** @param {string} hex `#rrggbb` */
function parseHex(hex) {
  const value = Number.parseInt(hex.slice(1), 16);
  return [value >> 16, (value >> 8) & 255, value & 255];
}

/** Mixes two `#rrggbb` colours; t = 0 gives `from`, 1 gives `to`. @param {string} from @param {string} to @param {number} t */
function mix(from, to, t) {
  const a = parseHex(from);
  const b = parseHex(to);
  return `#${a
    .map((channel, i) => Math.round(channel + ((b[i] ?? 0) - channel) * t))
    .map((channel) => Math.min(255, Math.max(0, channel)).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** @param {number} value @param {number} min @param {number} max */
const clamp = (value, min, max) => Math.min(max, Math.max(min, value));

// ---------------------------------------------------------------------------------------------------
// SVG canvas

/** @typedef {[offset: number, colour: string, opacity?: number]} Stop */
/** @typedef {[x: number, y: number]} Point */

/** @param {Stop[]} stops */
const stopMarkup = (stops) =>
  stops
    .map(
      ([offset, colour, opacity = 1]) =>
        `<stop offset="${n(offset * 1000) / 1000}" stop-color="${colour}"${opacity === 1 ? '' : ` stop-opacity="${n(opacity * 1000) / 1000}"`}/>`,
    )
    .join('');

/** An SVG document under construction: shapes in `body`, shared gradients and filters in `defs`. */
class Canvas {
  /** @param {number} width @param {number} height */
  constructor(width, height) {
    this.width = width;
    this.height = height;
    /** @type {string[]} */
    this.defs = [];
    /** @type {string[]} */
    this.body = [];
    /** @type {Map<string, string>} */
    this.ids = new Map();
  }

  /** @param {string} markup */
  add(markup) {
    this.body.push(markup);
  }

  /**
   * Adds a definition once per key and returns its id.
   * @param {string} key
   * @param {(id: string) => string} build
   */
  define(key, build) {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = `d${this.ids.size}`;
      this.ids.set(key, id);
      this.defs.push(build(id));
    }
    return id;
  }

  /**
   * A linear gradient in canvas pixels.
   * @param {Stop[]} stops @param {number} x1 @param {number} y1 @param {number} x2 @param {number} y2
   */
  linear(stops, x1, y1, x2, y2) {
    const coords = `x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}"`;
    const id = this.define(
      `linear ${coords} ${JSON.stringify(stops)}`,
      (key) =>
        `<linearGradient id="${key}" gradientUnits="userSpaceOnUse" ${coords}>${stopMarkup(stops)}</linearGradient>`,
    );
    return `url(#${id})`;
  }

  /**
   * A linear gradient across each shape's own bounding box (0..1), vertical by default.
   * @param {Stop[]} stops @param {number} [x2] @param {number} [y2]
   */
  boxLinear(stops, x2 = 0, y2 = 1) {
    const id = this.define(
      `box ${x2} ${y2} ${JSON.stringify(stops)}`,
      (key) =>
        `<linearGradient id="${key}" x1="0" y1="0" x2="${x2}" y2="${y2}">${stopMarkup(stops)}</linearGradient>`,
    );
    return `url(#${id})`;
  }

  /**
   * A radial gradient in canvas pixels.
   * @param {Stop[]} stops @param {number} cx @param {number} cy @param {number} r
   */
  radial(stops, cx, cy, r) {
    const coords = `cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}"`;
    const id = this.define(
      `radial ${coords} ${JSON.stringify(stops)}`,
      (key) =>
        `<radialGradient id="${key}" gradientUnits="userSpaceOnUse" ${coords}>${stopMarkup(stops)}</radialGradient>`,
    );
    return `url(#${id})`;
  }

  /**
   * A radial gradient across each shape's own box, with its bright point moved to (fx, fy):
   * shades spheres and makes soft-edged ellipses without the cost of a blur.
   * @param {Stop[]} stops @param {number} [fx] @param {number} [fy]
   */
  boxRadial(stops, fx = 0.5, fy = 0.5) {
    const id = this.define(
      `boxRadial ${fx} ${fy} ${JSON.stringify(stops)}`,
      (key) =>
        `<radialGradient id="${key}" cx="0.5" cy="0.5" r="0.5" fx="${fx}" fy="${fy}">${stopMarkup(stops)}</radialGradient>`,
    );
    return `url(#${id})`;
  }

  /**
   * A colour fading to transparent at the edge of the shape's box.
   * @param {string} colour @param {number} opacity @param {number} [core] share of the radius at full strength
   */
  soft(colour, opacity, core = 0.25) {
    return this.boxRadial([
      [0, colour, opacity],
      [core, colour, opacity * 0.85],
      [1, colour, 0],
    ]);
  }

  /**
   * A Gaussian blur. Blurs are the slowest thing librsvg does, and their cost follows the filter region:
   * "box" keeps it to the shape's own box plus a margin, "canvas" covers the whole picture.
   * @param {number} stdX @param {number} [stdY] @param {'box' | 'canvas'} [region]
   */
  blur(stdX, stdY = stdX, region = 'box') {
    const area =
      region === 'canvas'
        ? `filterUnits="userSpaceOnUse" x="${-n(this.width * 0.1)}" y="${-n(this.height * 0.1)}" width="${n(this.width * 1.2)}" height="${n(this.height * 1.2)}"`
        : 'x="-0.1" y="-0.1" width="1.2" height="1.2"';
    const id = this.define(
      `blur ${stdX} ${stdY} ${region}`,
      (key) =>
        `<filter id="${key}" color-interpolation-filters="sRGB" ${area}><feGaussianBlur stdDeviation="${n(stdX)} ${n(stdY)}"/></filter>`,
    );
    return `url(#${id})`;
  }

  /** A clip path. @param {string} markup */
  clip(markup) {
    return `url(#${this.define(`clip ${markup}`, (key) => `<clipPath id="${key}">${markup}</clipPath>`)})`;
  }

  /**
   * Runs painters and returns what they drew instead of keeping it, to store it with `group`.
   * @param {() => void} paint
   */
  capture(paint) {
    const start = this.body.length;
    paint();
    return this.body.splice(start).join('');
  }

  /** Stores shapes for drawing more than once (a reflection) and returns their id. @param {string} markup */
  group(markup) {
    return this.define(`group ${markup}`, (key) => `<g id="${key}">${markup}</g>`);
  }

  toString() {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${this.width}" height="${this.height}" viewBox="0 0 ${this.width} ${this.height}"><defs>${this.defs.join('')}</defs>${this.body.join('')}</svg>`;
  }
}

// ---------------------------------------------------------------------------------------------------
// Paths and profiles

/** @param {Point[]} points */
const linePath = (points) => `M${points.map(([x, y]) => `${n(x)} ${n(y)}`).join('L')}`;

/** A closed shape from a profile down to `bottom`. @param {Point[]} points @param {number} bottom */
function areaPath(points, bottom) {
  const first = points[0] ?? [0, bottom];
  const last = points[points.length - 1] ?? [0, bottom];
  return `M${n(first[0])} ${n(bottom)}L${linePath(points).slice(1)}L${n(last[0])} ${n(bottom)}Z`;
}

/**
 * Midpoint displacement: `segments + 1` values (segments a power of two), roughly in [-1, 1].
 * @param {Random} rng @param {number} segments @param {number} roughness how much each finer level keeps
 */
function fractalLine(rng, segments, roughness) {
  let values = [rng.range(-1, 1), rng.range(-1, 1)];
  let amplitude = 1;
  while (values.length <= segments) {
    amplitude *= roughness;
    /** @type {number[]} */
    const finer = [];
    for (let i = 0; i < values.length - 1; i++) {
      const left = values[i] ?? 0;
      const right = values[i + 1] ?? 0;
      finer.push(left, (left + right) / 2 + rng.range(-1, 1) * amplitude);
    }
    finer.push(values[values.length - 1] ?? 0);
    values = finer;
  }
  return values;
}

/** @typedef {{ points: Point[], peaks: { x: number, y: number, spread: number }[] }} Range */

/**
 * A mountain skyline: pointed peaks with fractal detail that is rougher high up than in the valleys.
 * @param {Random} rng @param {number} width
 * @param {{ base: number, peaks: number, height: [number, number], spread: [number, number], jag: number, roughness?: number }} shape
 *   heights, half widths (spread) and jag in pixels
 * @returns {Range}
 */
function mountainRange(rng, width, shape) {
  const segments = 256;
  const detail = fractalLine(rng, segments, shape.roughness ?? 0.55);
  const peaks = Array.from({ length: shape.peaks }, () => ({
    x: rng.range(-0.1, 1.1) * width,
    height: rng.range(...shape.height),
    spread: rng.range(...shape.spread),
  }));
  const highest = Math.max(...peaks.map((peak) => peak.height));
  /** @param {number} x */
  const liftAt = (x) =>
    Math.max(
      0,
      ...peaks.map(
        (peak) => peak.height * Math.max(0, 1 - Math.abs(x - peak.x) / peak.spread) ** 1.6,
      ),
    );
  /** @type {Point[]} */
  const points = detail.map((jag, i) => {
    const x = (i / segments) * width;
    const lift = liftAt(x);
    return [x, shape.base - lift - jag * shape.jag * (0.3 + (0.7 * lift) / highest)];
  });
  return {
    points,
    peaks: peaks
      .filter((peak) => liftAt(peak.x) <= peak.height + 1)
      .map((peak) => {
        const nearest = points[Math.round(clamp(peak.x / width, 0, 1) * segments)] ?? [
          peak.x,
          shape.base,
        ];
        return { x: peak.x, y: nearest[1], spread: peak.spread };
      }),
  };
}

/**
 * Darkens the face of each peak that looks away from the light: the region between the slope down to
 * the next valley and a wandering spur line from the summit. The shade fades downward, into the mist.
 * @param {Canvas} c @param {Random} rng @param {Range} range @param {number} lightX
 * @param {string} colour @param {number} opacity
 * @returns {string} markup
 */
function shadeFaces(c, rng, range, lightX, colour, opacity) {
  const faces = range.peaks.map((peak) => {
    const away = peak.x < lightX ? -1 : 1;
    const slope = range.points.filter(
      ([x]) => (x - peak.x) * away >= 0 && Math.abs(x - peak.x) <= peak.spread,
    );
    if (away < 0) slope.reverse();
    const valley = slope.reduce(
      (lowest, point, i) => (point[1] > (slope[lowest]?.[1] ?? 0) ? i : lowest),
      0,
    );
    const face = slope.slice(0, valley + 1);
    const valleyY = face[face.length - 1]?.[1] ?? peak.y;
    const footX = peak.x + away * peak.spread * rng.range(0.1, 0.3);
    const footY = valleyY + (valleyY - peak.y) * 0.5;
    const wander = fractalLine(rng, 16, 0.6);
    const spur = wander.map((d, k) => {
      const t = k / 16;
      return /** @type {Point} */ ([
        peak.x + (footX - peak.x) * t + d * peak.spread * 0.05,
        peak.y + (footY - peak.y) * t,
      ]);
    });
    return `<path d="M${linePath(face).slice(1)}L${linePath(spur.reverse()).slice(1)}Z"/>`;
  });
  const fill = c.boxLinear([
    [0, colour, opacity],
    [0.6, colour, opacity * 0.6],
    [1, colour, 0],
  ]);
  return `<g fill="${fill}">${faces.join('')}</g>`;
}

/**
 * A smooth rolling line: a sum of sines with random phases.
 * @param {Random} rng @param {number} width @param {number} base @param {number} amplitude
 * @param {number} [waves] @param {number} [wavelength] the longest wave, in canvas widths
 * @returns {Point[]}
 */
function rollingProfile(rng, width, base, amplitude, waves = 3, wavelength = 1) {
  const terms = Array.from({ length: waves }, (_, k) => ({
    frequency: ((k + 1) * rng.range(0.7, 1.3) * 2 * Math.PI) / (width * wavelength),
    phase: rng.range(0, 2 * Math.PI),
    amplitude: amplitude / (k + 1) ** 1.3,
  }));
  return Array.from({ length: 129 }, (_, i) => {
    const x = (i / 128) * width;
    const lift = terms.reduce(
      (sum, t) => sum + t.amplitude * Math.sin(t.frequency * x + t.phase),
      0,
    );
    return [x, base - lift];
  });
}

// ---------------------------------------------------------------------------------------------------
// Painters shared by the scenes

/** @param {Canvas} c @param {Stop[]} stops @param {number} [bottom] where the last stop lands */
function paintSky(c, stops, bottom = c.height) {
  c.add(
    `<rect width="${c.width}" height="${c.height}" fill="${c.linear(stops, 0, 0, 0, bottom)}"/>`,
  );
}

/** @param {Canvas} c @param {number} x @param {number} y @param {number} radius @param {string} colour @param {number} opacity */
function paintGlow(c, x, y, radius, colour, opacity) {
  const fill = c.radial(
    [
      [0, colour, opacity],
      [0.2, colour, opacity * 0.55],
      [0.5, colour, opacity * 0.15],
      [1, colour, 0],
    ],
    x,
    y,
    radius,
  );
  c.add(`<circle cx="${n(x)}" cy="${n(y)}" r="${n(radius)}" fill="${fill}"/>`);
}

/** @param {Canvas} c @param {number} x @param {number} y @param {number} radius @param {string} core @param {string} glow @param {number} [glowStrength] */
function paintSun(c, x, y, radius, core, glow, glowStrength = 0.6) {
  paintGlow(c, x, y, radius * 16, glow, glowStrength);
  paintGlow(c, x, y, radius * 3.5, core, 0.75);
  c.add(`<circle cx="${n(x)}" cy="${n(y)}" r="${n(radius)}" fill="${core}"/>`);
}

/** @param {Canvas} c @param {Random} rng @param {number} count @param {number} bottom */
function paintStars(c, rng, count, bottom) {
  const stars = Array.from({ length: count }, () => {
    const y = rng.next() ** 1.5 * bottom;
    return `<circle cx="${n(rng.range(0, c.width))}" cy="${n(y)}" r="${n(rng.range(0.6, 1.9))}" fill-opacity="${n(rng.range(0.3, 1) * (1 - y / bottom) * 10) / 10}"/>`;
  });
  c.add(`<g fill="#f4f1ff">${stars.join('')}</g>`);
}

/**
 * Clouds as clusters of soft ellipses, each with a shaded underside.
 * @param {Canvas} c @param {Random} rng
 * @param {{ count: number, top: number, bottom: number, size: number, lit: string, shade: string, opacity: number, flatness?: number }} o
 */
function paintClouds(c, rng, o) {
  const lit = c.soft(o.lit, o.opacity, 0.35);
  const shade = c.soft(o.shade, o.opacity * 0.8, 0.35);
  const flatness = o.flatness ?? 0.35;
  for (let i = 0; i < o.count; i++) {
    const cx = rng.range(-0.1, 1.1) * c.width;
    const cy = rng.range(o.top, o.bottom);
    const size =
      o.size * rng.range(0.5, 1.4) * (0.6 + (0.4 * (cy - o.top)) / (o.bottom - o.top + 1));
    for (let puff = rng.int(4, 8); puff > 0; puff--) {
      const rx = size * rng.range(0.18, 0.42);
      const ry = rx * flatness * rng.range(0.7, 1.3);
      const x = cx + rng.range(-0.5, 0.5) * size;
      const y = cy + rng.range(-0.4, 0.2) * ry;
      c.add(
        `<ellipse cx="${n(x)}" cy="${n(y + ry * 0.35)}" rx="${n(rx * 1.05)}" ry="${n(ry)}" fill="${shade}"/>`,
      );
      c.add(`<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(rx)}" ry="${n(ry)}" fill="${lit}"/>`);
    }
  }
}

/** A soft horizontal band of mist. @param {Canvas} c @param {number} y @param {number} height @param {string} colour @param {number} opacity */
function paintMist(c, y, height, colour, opacity) {
  c.add(
    `<ellipse cx="${n(c.width / 2)}" cy="${n(y)}" rx="${n(c.width * 0.75)}" ry="${n(height / 2)}" fill="${c.soft(colour, opacity, 0.45)}"/>`,
  );
}

/**
 * Shafts of light fanning down from a point. Each shaft is soft across its width through a gradient
 * at right angles to it, which costs far less than blurring them.
 * @param {Canvas} c @param {Random} rng @param {number} x @param {number} y
 * @param {{ colour: string, count: number, reach: number, opacity: [number, number] }} o
 */
function paintRays(c, rng, x, y, o) {
  for (let i = 0; i < o.count; i++) {
    const angle = rng.range(0.3, 0.7) * Math.PI;
    const spread = rng.range(0.012, 0.035);
    // Unit vectors along the shaft and across it.
    const alongX = Math.cos(angle);
    const alongY = Math.sin(angle);
    const acrossX = -alongY;
    const acrossY = alongX;
    const middle = o.reach * 0.55;
    const halfWidth = Math.tan(spread) * middle * 1.6;
    const cx = x + alongX * middle;
    const cy = y + alongY * middle;
    const opacity = rng.range(...o.opacity);
    const fill = c.linear(
      [
        [0, o.colour, 0],
        [0.5, o.colour, opacity],
        [1, o.colour, 0],
      ],
      cx - acrossX * halfWidth,
      cy - acrossY * halfWidth,
      cx + acrossX * halfWidth,
      cy + acrossY * halfWidth,
    );
    const endWidth = Math.tan(spread) * o.reach * 1.6;
    const endX = x + alongX * o.reach;
    const endY = y + alongY * o.reach;
    c.add(
      `<path d="M${n(x)} ${n(y)}L${n(endX - acrossX * endWidth)} ${n(endY - acrossY * endWidth)}L${n(endX + acrossX * endWidth)} ${n(endY + acrossY * endWidth)}Z" fill="${fill}"/>`,
    );
  }
}

/**
 * Open water below `top`: a gradient and ripples that grow toward the viewer.
 * @param {Canvas} c @param {Random} rng @param {number} top
 * @param {{ far: string, near: string, light: string, dark: string, ripples: number, strength?: number }} o
 */
function paintWater(c, rng, top, o) {
  c.add(
    `<rect y="${n(top)}" width="${c.width}" height="${n(c.height - top)}" fill="${c.linear(
      [
        [0, o.far],
        [1, o.near],
      ],
      0,
      top,
      0,
      c.height,
    )}"/>`,
  );
  paintRipples(c, rng, top, o);
}

/**
 * Thin horizontal strokes that read as a water surface, over a reflection or a gradient.
 * @param {Canvas} c @param {Random} rng @param {number} top
 * @param {{ light: string, dark: string, ripples: number, strength?: number, left?: number, right?: number }} o
 */
function paintRipples(c, rng, top, o) {
  const depth = c.height - top;
  const left = o.left ?? 0;
  const right = o.right ?? c.width;
  const strength = o.strength ?? 1;
  /** @type {string[]} */
  const light = [];
  /** @type {string[]} */
  const dark = [];
  for (let i = 0; i < o.ripples; i++) {
    const t = rng.next() ** 1.6;
    const y = top + t * depth;
    const length = (c.width * 0.01 + c.width * 0.16 * t) * rng.range(0.4, 1.6);
    const thickness = 0.7 + 5 * t * rng.range(0.5, 1.2);
    const x = rng.range(left - length / 2, right - length / 2);
    const opacity = n(rng.range(0.08, 0.3) * strength * 100) / 100;
    const shape = `<rect x="${n(x)}" y="${n(y)}" width="${n(length)}" height="${n(thickness)}" rx="${n(thickness / 2)}" fill-opacity="${opacity}"/>`;
    (rng.next() < 0.5 ? light : dark).push(shape);
  }
  c.add(`<g fill="${o.light}">${light.join('')}</g><g fill="${o.dark}">${dark.join('')}</g>`);
}

/**
 * The broken path of light a low sun or moon lays on water.
 * @param {Canvas} c @param {Random} rng @param {number} x @param {number} top
 * @param {{ colour: string, count: number, spread: number, bottom?: number }} o
 */
function paintGlitter(c, rng, x, top, o) {
  const bottom = o.bottom ?? c.height;
  const column = c.soft(o.colour, 0.35, 0.1);
  c.add(
    `<ellipse cx="${n(x)}" cy="${n((top + bottom) / 2)}" rx="${n(o.spread * 0.6)}" ry="${n((bottom - top) / 2)}" fill="${column}"/>`,
  );
  /** @type {string[]} */
  const sparks = [];
  for (let i = 0; i < o.count; i++) {
    const t = rng.next() ** 1.3;
    const y = top + t * (bottom - top);
    const width = (c.width * 0.002 + c.width * 0.022 * t) * rng.range(0.3, 1.5);
    const height = 0.8 + 3 * t;
    const sx = x + rng.gaussian() * o.spread * (0.12 + t);
    const opacity = n(rng.range(0.35, 1) * (1 - 0.5 * t) * 100) / 100;
    sparks.push(
      `<rect x="${n(sx - width / 2)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="${n(height / 2)}" fill-opacity="${opacity}"/>`,
    );
  }
  c.add(`<g fill="${o.colour}">${sparks.join('')}</g>`);
}

/**
 * The stored group `id` mirrored in water at `horizon`, softened by a blur that runs mostly vertically.
 * @param {Canvas} c @param {string} id @param {number} horizon @param {{ opacity: number, blurX?: number, blurY?: number }} o
 */
function paintReflection(c, id, horizon, o) {
  const blurX = o.blurX ?? 1.5;
  const blurY = o.blurY ?? 6;
  const filter = blurX > 0 || blurY > 0 ? ` filter="${c.blur(blurX, blurY)}"` : '';
  c.add(
    `<g opacity="${o.opacity}"${filter} clip-path="${c.clip(`<rect y="${n(horizon)}" width="${c.width}" height="${n(c.height - horizon)}"/>`)}"><use href="#${id}" transform="matrix(1 0 0 -1 0 ${n(2 * horizon)})"/></g>`,
  );
}

/** Darkens the corners, as most lenses do. @param {Canvas} c @param {number} [strength] */
function paintVignette(c, strength = 0.45) {
  const stops = stopMarkup([
    [0, '#000000', 0],
    [0.55, '#000000', 0],
    [1, '#000000', strength],
  ]);
  // r = 0.71 of the box reaches the corners, so the darkening follows the frame's own shape.
  const id = c.define(
    `vignette ${strength}`,
    (key) => `<radialGradient id="${key}" r="0.71">${stops}</radialGradient>`,
  );
  c.add(`<rect width="${c.width}" height="${c.height}" fill="url(#${id})"/>`);
}

// ---------------------------------------------------------------------------------------------------
// Scenes: water and land

/**
 * A small working boat seen side on, its waterline at (x, y).
 * @param {number} x @param {number} y @param {number} size length in pixels
 * @param {{ hull: string, trim: string, cabin: string, window: string }} colours
 */
function boatShape(x, y, size, colours) {
  const s = size;
  const hull = `M${n(x - s * 0.5)} ${n(y - s * 0.15)}L${n(x + s * 0.5)} ${n(y - s * 0.22)}Q${n(x + s * 0.43)} ${n(y + s * 0.03)} ${n(x + s * 0.27)} ${n(y + s * 0.05)}L${n(x - s * 0.42)} ${n(y + s * 0.05)}Q${n(x - s * 0.5)} ${n(y)} ${n(x - s * 0.5)} ${n(y - s * 0.15)}Z`;
  const trim = `M${n(x - s * 0.5)} ${n(y - s * 0.15)}L${n(x + s * 0.5)} ${n(y - s * 0.22)}`;
  return [
    `<path d="M${n(x - s * 0.3)} ${n(y - s * 0.17)}V${n(y - s * 0.72)}M${n(x - s * 0.3)} ${n(y - s * 0.5)}L${n(x - s * 0.05)} ${n(y - s * 0.42)}" stroke="${colours.cabin}" stroke-width="${n(Math.max(1, s * 0.012))}" fill="none"/>`,
    `<rect x="${n(x - s * 0.1)}" y="${n(y - s * 0.42)}" width="${n(s * 0.24)}" height="${n(s * 0.27)}" fill="${colours.cabin}"/>`,
    `<rect x="${n(x + s * 0.02)}" y="${n(y - s * 0.38)}" width="${n(s * 0.08)}" height="${n(s * 0.06)}" fill="${colours.window}"/>`,
    `<path d="${hull}" fill="${colours.hull}"/>`,
    `<path d="${trim}" stroke="${colours.trim}" stroke-width="${n(Math.max(1, s * 0.025))}"/>`,
  ].join('');
}

/**
 * @typedef {object} HarbourLook
 * @property {Stop[]} sky top to horizon
 * @property {string} sun @property {string} glow @property {number} sunX share of the width
 * @property {string} cloudLit @property {string} cloudShade
 * @property {string} far far mountains @property {string} near the headland @property {string} haze
 * @property {string[]} houses @property {string} waterFar @property {string} waterNear
 * @property {string} silhouette boats and pier @property {string} lamp
 * @property {number} boats @property {number} mist 0 (clear) to 1 (fog)
 */

/** A harbour at first light: mountains over a town, a breakwater and boats. @param {Canvas} c @param {Random} rng @param {HarbourLook} o */
function paintHarbour(c, rng, o) {
  const { width: W, height: H } = c;
  const unit = Math.min(W, H * 1.5);
  const horizon = H * 0.6;
  const sunX = W * o.sunX;
  paintSky(c, o.sky, horizon);
  paintSun(c, sunX, horizon - unit * 0.03, unit * 0.016, o.sun, o.glow);
  paintClouds(c, rng, {
    count: Math.round(W / 200),
    top: H * 0.04,
    bottom: horizon * 0.7,
    size: unit * 0.4,
    lit: o.cloudLit,
    shade: o.cloudShade,
    opacity: 0.6,
    flatness: 0.16,
  });

  const far = mountainRange(rng, W, {
    base: horizon,
    peaks: Math.max(5, Math.round((W / unit) * 8)),
    height: [unit * 0.06, unit * 0.24],
    spread: [unit * 0.12, unit * 0.3],
    jag: unit * 0.05,
    roughness: 0.7,
  });
  const headlandStart = rng.range(0.55, 0.7) * W;
  const near = mountainRange(rng, W, {
    base: horizon + unit * 0.004,
    peaks: 2,
    height: [unit * 0.05, unit * 0.1],
    spread: [unit * 0.12, unit * 0.25],
    jag: unit * 0.01,
  }).points.map(([x, y]) => /** @type {Point} */ ([x, x < headlandStart ? horizon + 1 : y]));
  const farTop = Math.min(...far.points.map(([, y]) => y));
  /** @type {string[]} */
  const houses = [];
  for (let x = W * rng.range(0.02, 0.12); x < headlandStart; x += unit * rng.range(0.012, 0.03)) {
    if (rng.next() < 0.25) x += unit * rng.range(0.03, 0.12);
    const width = unit * rng.range(0.011, 0.022);
    const height = width * rng.range(0.55, 0.9);
    const colour = mix(rng.pick(o.houses), o.haze, 0.3 + 0.3 * o.mist);
    const top = horizon - height;
    houses.push(
      `<rect x="${n(x)}" y="${n(top)}" width="${n(width)}" height="${n(height + 1)}" fill="${colour}"/>`,
      `<path d="M${n(x - width * 0.06)} ${n(top)}L${n(x + width / 2)} ${n(top - height * 0.45)}L${n(x + width * 1.06)} ${n(top)}Z" fill="${mix(colour, '#1a1a22', 0.45)}"/>`,
    );
    if (rng.next() < 0.35)
      houses.push(
        `<rect x="${n(x + width * 0.35)}" y="${n(top + height * 0.3)}" width="${n(width * 0.22)}" height="${n(height * 0.25)}" fill="${o.lamp}"/>`,
      );
  }
  const land = c.group(
    [
      `<path d="${areaPath(far.points, horizon + 1)}" fill="${c.linear(
        [
          [0, mix(o.far, o.glow, 0.15)],
          [1, mix(o.far, o.haze, 0.55)],
        ],
        0,
        farTop,
        0,
        horizon,
      )}"/>`,
      shadeFaces(c, rng, far, sunX, mix(o.far, '#000000', 0.4), 0.35 * (1 - o.mist)),
      `<path d="${areaPath(near, horizon + 1)}" fill="${o.near}"/>`,
      ...houses,
    ].join(''),
  );
  c.add(`<use href="#${land}"/>`);
  paintMist(c, horizon - unit * 0.02, unit * 0.08, o.haze, 0.35 + 0.5 * o.mist);

  paintWater(c, rng, horizon, {
    far: o.waterFar,
    near: o.waterNear,
    light: mix(o.glow, '#ffffff', 0.3),
    dark: mix(o.waterNear, '#000000', 0.4),
    ripples: Math.round(W * 0.35),
    strength: 0.8,
  });
  paintReflection(c, land, horizon, { opacity: 0.55, blurY: unit * 0.006 });
  paintGlitter(c, rng, sunX, horizon, {
    colour: o.sun,
    count: Math.round(W * 0.3),
    spread: unit * 0.05,
  });
  paintMist(c, horizon + unit * 0.01, unit * 0.05, o.haze, 0.25 + 0.5 * o.mist);

  // The breakwater runs from the near left corner toward the town, its lamp posts shrinking with it.
  const pierEnd = W * rng.range(0.3, 0.45);
  const pierEndY = horizon + unit * 0.035;
  c.add(
    `<path d="M0 ${n(H * 0.8)}L${n(pierEnd)} ${n(pierEndY)}L${n(pierEnd)} ${n(pierEndY + unit * 0.008)}L0 ${n(H * 0.9)}Z" fill="${o.silhouette}"/>`,
  );
  for (let t = 0.12; t < 1; t += 0.22) {
    const x = pierEnd * t;
    const base = H * 0.8 + (pierEndY - H * 0.8) * t;
    const height = unit * 0.09 * (1 - t * 0.8);
    c.add(
      `<path d="M${n(x)} ${n(base)}V${n(base - height)}" stroke="${o.silhouette}" stroke-width="${n(unit * 0.004 * (1.2 - t))}"/>`,
    );
    paintGlow(c, x, base - height, unit * 0.03 * (1 - t * 0.7), o.lamp, 0.7);
  }

  const boats = Array.from({ length: o.boats }, () => ({
    x: rng.range(0.3, 1) * W,
    y: horizon + unit * rng.range(0.03, 0.22),
  })).sort((a, b) => a.y - b.y);
  for (const boat of boats) {
    const size = (boat.y - horizon) * 0.95;
    const shape = boatShape(boat.x, boat.y, size, {
      hull: o.silhouette,
      trim: mix(o.silhouette, o.glow, 0.25),
      cabin: o.silhouette,
      window: mix(o.lamp, o.silhouette, 0.3),
    });
    c.add(
      `<g opacity="0.4" filter="${c.blur(size * 0.01, size * 0.03)}" transform="matrix(1 0 0 -1 0 ${n(2 * boat.y + size * 0.1)})">${shape}</g>`,
    );
    c.add(shape);
  }
  paintVignette(c, 0.4);
}

/**
 * @typedef {object} MountainLook
 * @property {Stop[]} sky
 * @property {{ x: number, y: number, radius: number, core: string, glow: string }} [sun] x and y as shares
 * @property {number} [stars] @property {number} [clouds] @property {string} [cloud]
 * @property {string} haze far layers fade into it @property {string} near the nearest layer
 * @property {string} [mid] the middle layer, when the layers shift hue as well as lightness
 * @property {string} light the lit top of each ridge @property {string} [snow]
 * @property {number} layers @property {'land' | 'lake' | 'ice'} ground
 * @property {string} [waterFar] @property {string} [waterNear] @property {string} [shore]
 * @property {number} [peakHeight] share of the height the far peaks rise
 */

/** Layered ridges in aerial perspective, over land, a lake or ice. @param {Canvas} c @param {Random} rng @param {MountainLook} o */
function paintMountains(c, rng, o) {
  const { width: W, height: H } = c;
  const unit = Math.min(W, H * 1.5);
  const onLand = o.ground === 'land';
  const horizon = onLand ? H : H * 0.62;
  paintSky(c, o.sky, onLand ? H * 0.6 : horizon);
  if (o.stars) paintStars(c, rng, o.stars, H * 0.55);
  if (o.sun) paintSun(c, W * o.sun.x, H * o.sun.y, unit * o.sun.radius, o.sun.core, o.sun.glow);
  if (o.clouds && o.cloud)
    paintClouds(c, rng, {
      count: o.clouds,
      top: H * 0.05,
      bottom: H * 0.3,
      size: unit * 0.4,
      lit: o.cloud,
      shade: mix(o.cloud, o.haze, 0.5),
      opacity: 0.45,
      flatness: 0.22,
    });

  const peakHeight = (o.peakHeight ?? 0.32) * H;
  const lightX = W * (o.sun?.x ?? 0.25);
  /** @type {string[]} */
  const layers = [];
  for (let i = 0; i < o.layers; i++) {
    const t = i / Math.max(1, o.layers - 1);
    const base = onLand ? H * (0.5 + 0.5 * t) : horizon + 1;
    const lift = onLand ? peakHeight * (1 - 0.45 * t) : peakHeight * (1 - 0.8 * t);
    const range = mountainRange(rng, W, {
      base: onLand ? base : horizon - lift * 0.05,
      peaks: 3 + rng.int(0, 3),
      height: [lift * 0.35, lift],
      spread: [unit * 0.15, unit * 0.45],
      jag: unit * 0.06 * (1 - 0.4 * t),
      roughness: 0.7,
    });
    const profile = range.points;
    const top = Math.min(...profile.map(([, y]) => y));
    const colour = o.mid
      ? t < 0.5
        ? mix(o.haze, o.mid, t * 2)
        : mix(o.mid, o.near, (t - 0.5) * 2)
      : mix(o.haze, o.near, t ** 0.85);
    const bottom = onLand ? H + 1 : horizon + 1;
    const area = areaPath(profile, bottom);
    layers.push(
      `<path d="${area}" fill="${c.linear(
        [
          [0, mix(colour, o.light, 0.3 * (1 - t))],
          [1, mix(colour, o.haze, 0.45)],
        ],
        0,
        top,
        0,
        onLand ? Math.min(H, base + H * 0.1) : horizon,
      )}"/>`,
    );
    if (o.snow && i < 2) {
      const snowline = top + (base - top) * 0.35;
      layers.push(
        `<rect y="${n(top - 2)}" width="${W}" height="${n(snowline - top + 2)}" clip-path="${c.clip(`<path d="${area}"/>`)}" fill="${c.linear(
          [
            [0, o.snow, 0.9 - 0.3 * t],
            [1, o.snow, 0],
          ],
          0,
          top,
          0,
          snowline,
        )}"/>`,
      );
    }
    layers.push(shadeFaces(c, rng, range, lightX, mix(colour, '#000000', 0.45), 0.2 + 0.25 * t));
    if (onLand && i < o.layers - 1) {
      layers.push(
        `<ellipse cx="${n(W / 2)}" cy="${n(base + H * 0.03)}" rx="${n(W * 0.8)}" ry="${n(H * 0.05)}" fill="${c.soft(o.haze, 0.45, 0.4)}"/>`,
      );
    }
  }
  const ridges = c.group(layers.join(''));
  c.add(`<use href="#${ridges}"/>`);
  if (onLand) {
    paintVignette(c, 0.35);
    return;
  }

  const waterFar = o.waterFar ?? o.haze;
  const waterNear = o.waterNear ?? o.near;
  if (o.ground === 'lake') {
    paintWater(c, rng, horizon, {
      far: waterFar,
      near: waterNear,
      light: mix(waterFar, '#ffffff', 0.5),
      dark: waterNear,
      ripples: 0,
    });
    paintReflection(c, ridges, horizon, { opacity: 0.8, blurX: 1, blurY: unit * 0.003 });
    paintRipples(c, rng, horizon, {
      light: mix(waterFar, '#ffffff', 0.4),
      dark: mix(waterNear, '#000000', 0.3),
      ripples: Math.round(W * 0.25),
      strength: 0.6,
    });
    if (o.sun) {
      paintGlitter(c, rng, W * o.sun.x, horizon, {
        colour: o.sun.core,
        count: Math.round(W * 0.12),
        spread: unit * 0.03,
      });
    }
  } else {
    paintIce(c, rng, horizon, waterFar, waterNear);
  }
  paintMist(c, horizon, unit * 0.05, o.haze, 0.5);
  if (o.shore) {
    const shore = rollingProfile(rng, W, H * 0.94, H * 0.04, 3, 0.8);
    c.add(`<path d="${areaPath(shore, H + 1)}" fill="${o.shore}"/>`);
    for (let i = 0; i < 14; i++) {
      const rx = unit * rng.range(0.015, 0.05);
      const x = rng.range(0, W);
      const y = H * rng.range(0.9, 1);
      c.add(
        `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(rx)}" ry="${n(rx * 0.55)}" fill="${c.boxRadial(
          [
            [0, mix(o.shore, o.light, 0.35)],
            [1, o.shore],
          ],
          0.35,
          0.2,
        )}"/>`,
      );
    }
  }
  paintVignette(c, 0.4);
}

/** Lake ice: a pale sheet with cracks and drifted snow. @param {Canvas} c @param {Random} rng @param {number} top @param {string} far @param {string} near */
function paintIce(c, rng, top, far, near) {
  const { width: W, height: H } = c;
  c.add(
    `<rect y="${n(top)}" width="${W}" height="${n(H - top)}" fill="${c.linear(
      [
        [0, far],
        [1, near],
      ],
      0,
      top,
      0,
      H,
    )}"/>`,
  );
  for (let i = 0; i < 9; i++) {
    const y = top + (H - top) * rng.range(0.05, 1) ** 1.4;
    const rx = W * rng.range(0.1, 0.35);
    c.add(
      `<ellipse cx="${n(rng.range(0, W))}" cy="${n(y)}" rx="${n(rx)}" ry="${n(rx * 0.03 * (1 + (4 * (y - top)) / (H - top)))}" fill="${c.soft('#ffffff', 0.55, 0.3)}"/>`,
    );
  }
  /** @type {string[]} */
  const cracks = [];
  for (let i = 0; i < 16; i++) {
    const startY = top + (H - top) * rng.range(0.1, 1);
    const depth = (startY - top) / (H - top);
    const detail = fractalLine(rng, 32, 0.6);
    const length = W * rng.range(0.2, 0.7);
    const startX = rng.range(-0.2, 1) * W;
    const tilt = rng.range(-0.15, 0.15);
    const points = detail.map((d, k) => {
      const x = startX + (k / 32) * length;
      return /** @type {Point} */ ([
        x,
        startY + (x - startX) * tilt * depth + d * H * 0.02 * depth,
      ]);
    });
    cracks.push(
      `<path d="${linePath(points)}" stroke-width="${n(0.8 + 2.5 * depth)}" stroke-opacity="${n((0.3 + 0.5 * depth) * 10) / 10}"/>`,
    );
  }
  c.add(`<g fill="none" stroke="#f4fbff">${cracks.join('')}</g>`);
  c.add(
    `<g fill="none" stroke="${mix(near, '#000000', 0.35)}" transform="translate(0 2)" opacity="0.5">${cracks.join('')}</g>`,
  );
}

/**
 * @typedef {object} SeaLook
 * @property {Stop[]} sky @property {number} horizon share of the height
 * @property {{ x: number, y: number, radius: number, core: string, glow: string }} sun shares of the size
 * @property {string} cloudLit @property {string} cloudShade @property {number} clouds
 * @property {string} waterFar @property {string} waterNear @property {string} glitter
 * @property {boolean} [storm] dark clouds with rays breaking through
 */

/** Open sea under a low sun, or a storm with rays. @param {Canvas} c @param {Random} rng @param {SeaLook} o */
function paintSea(c, rng, o) {
  const { width: W, height: H } = c;
  const unit = Math.min(W, H * 1.5);
  const horizon = H * o.horizon;
  const sunX = W * o.sun.x;
  const sunY = H * o.sun.y;
  paintSky(c, o.sky, horizon);
  paintSun(c, sunX, sunY, unit * o.sun.radius, o.sun.core, o.sun.glow, o.storm ? 0.8 : 0.6);
  if (o.storm) {
    paintRays(c, rng, sunX, sunY, {
      colour: o.sun.glow,
      count: 7,
      reach: H * 1.2,
      opacity: [0.12, 0.3],
    });
  }
  paintClouds(c, rng, {
    count: o.clouds,
    top: -H * 0.05,
    bottom: horizon * (o.storm ? 0.55 : 0.8),
    size: unit * (o.storm ? 0.7 : 0.45),
    lit: o.cloudLit,
    shade: o.cloudShade,
    opacity: o.storm ? 0.9 : 0.6,
    flatness: o.storm ? 0.45 : 0.14,
  });
  paintMist(c, horizon - unit * 0.01, unit * 0.04, o.sun.glow, 0.3);
  paintWater(c, rng, horizon, {
    far: o.waterFar,
    near: o.waterNear,
    light: mix(o.waterFar, '#ffffff', 0.35),
    dark: mix(o.waterNear, '#000000', 0.45),
    ripples: Math.round(W * 0.6),
    strength: 1,
  });
  paintGlitter(c, rng, sunX, horizon, {
    colour: o.glitter,
    count: Math.round(W * (o.storm ? 0.25 : 0.6)),
    spread: unit * (o.storm ? 0.12 : 0.07),
  });
  if (o.storm) {
    /** @type {string[]} */
    const caps = [];
    for (let i = 0; i < 90; i++) {
      const t = rng.next() ** 1.5;
      const y = horizon + t * (H - horizon);
      const rx = unit * (0.004 + 0.035 * t) * rng.range(0.5, 1.5);
      caps.push(
        `<ellipse cx="${n(rng.range(0, W))}" cy="${n(y)}" rx="${n(rx)}" ry="${n(rx * 0.18)}"/>`,
      );
    }
    c.add(`<g fill="${c.soft('#eef3f2', 0.7, 0.2)}">${caps.join('')}</g>`);
  }
  paintVignette(c, 0.45);
}

/**
 * @typedef {object} LighthouseLook
 * @property {Stop[]} sky @property {number} [stars] @property {string} glow the low light
 * @property {number} glowX share of the width
 * @property {string} rock @property {string} grass @property {string} bandA @property {string} bandB
 * @property {string} lantern @property {string} roof the lantern's dome @property {boolean} beam
 * @property {string} waterFar @property {string} waterNear
 * @property {'right' | 'left'} side where the headland stands
 */

/** A lighthouse on a headland over the sea. @param {Canvas} c @param {Random} rng @param {LighthouseLook} o */
function paintLighthouse(c, rng, o) {
  const { width: W, height: H } = c;
  const unit = Math.min(W, H);
  const horizon = H * 0.64;
  const mirror = o.side === 'left';
  paintSky(c, o.sky, horizon);
  if (o.stars) paintStars(c, rng, o.stars, horizon * 0.8);
  paintGlow(c, W * o.glowX, horizon, unit * 0.9, o.glow, 0.55);
  paintClouds(c, rng, {
    count: Math.round(W / 260),
    top: H * 0.08,
    bottom: horizon * 0.75,
    size: unit * 0.45,
    lit: mix(o.glow, '#ffffff', 0.3),
    shade: mix(o.sky[0]?.[1] ?? '#000000', o.glow, 0.2),
    opacity: 0.35,
    flatness: 0.15,
  });
  paintWater(c, rng, horizon, {
    far: o.waterFar,
    near: o.waterNear,
    light: mix(o.glow, '#ffffff', 0.3),
    dark: mix(o.waterNear, '#000000', 0.4),
    ripples: Math.round(W * 0.45),
  });
  paintGlitter(c, rng, W * o.glowX, horizon, {
    colour: o.glow,
    count: Math.round(W * 0.15),
    spread: unit * 0.06,
  });

  // The headland is drawn for the right side and mirrored for the left.
  const plateau = H * 0.5;
  const cliffFoot = W * 0.3;
  const detail = fractalLine(rng, 64, 0.65);
  /** @type {Point[]} */
  const outline = detail.map((d, i) => {
    const t = i / 64;
    const x = cliffFoot + t * (W - cliffFoot);
    const rise = clamp(t / 0.35, 0, 1) ** 0.6;
    return [x, horizon - (horizon - plateau) * rise + d * unit * 0.05 * (1 - rise * 0.5)];
  });
  const flip = mirror ? `transform="matrix(-1 0 0 1 ${W} 0)"` : '';
  const cliff = areaPath(outline, H + 1);
  const rockFill = c.linear(
    [
      [0, mix(o.rock, o.glow, 0.3)],
      [0.4, o.rock],
      [1, mix(o.rock, '#000000', 0.55)],
    ],
    cliffFoot,
    0,
    W,
    0,
  );
  const strata = Array.from({ length: 6 }, (_, k) => {
    const y = plateau + ((H - plateau) * (k + rng.next())) / 6;
    const wobble = fractalLine(rng, 32, 0.6);
    return `<path d="${linePath(wobble.map((d, i) => [cliffFoot + (i / 32) * (W - cliffFoot), y + d * unit * 0.03 + (i / 32) * unit * 0.05]))}"/>`;
  });
  const cracks = Array.from({ length: 7 }, () => {
    const x = rng.range(cliffFoot + W * 0.05, W);
    const wobble = fractalLine(rng, 16, 0.65);
    return `<path d="${linePath(wobble.map((d, i) => [x + d * unit * 0.025, plateau + (i / 16) * (H - plateau)]))}"/>`;
  });
  const grassFrom = outline.findIndex(([, y]) => y < plateau + unit * 0.05);
  const grassTop = outline.slice(Math.max(0, grassFrom));
  const grassDepth = fractalLine(rng, 64, 0.7);
  const grassBottom = grassTop
    .map(
      ([x, y], i) => /** @type {Point} */ ([x, y + unit * (0.02 + 0.012 * (grassDepth[i] ?? 0))]),
    )
    .reverse();
  const foam = Array.from({ length: 12 }, () => {
    const x = cliffFoot + rng.range(-0.05, 0.3) * W;
    const rx = unit * rng.range(0.03, 0.09);
    return `<ellipse cx="${n(x)}" cy="${n(horizon + rng.range(0.03, 0.2) * (H - horizon))}" rx="${n(rx)}" ry="${n(rx * 0.12)}"/>`;
  });
  const towerX = W * 0.72;
  const towerHeight = unit * 0.4;
  const bottomHalf = towerHeight * 0.11;
  const topHalf = towerHeight * 0.075;
  const base = plateau + unit * 0.01;
  const top = base - towerHeight;
  const tower = `M${n(towerX - bottomHalf)} ${n(base)}L${n(towerX - topHalf)} ${n(top)}L${n(towerX + topHalf)} ${n(top)}L${n(towerX + bottomHalf)} ${n(base)}Z`;
  const bands = Array.from(
    { length: 6 },
    (_, k) =>
      `<rect x="${n(towerX - bottomHalf)}" y="${n(top + (k * towerHeight) / 6)}" width="${n(bottomHalf * 2)}" height="${n(towerHeight / 6 + 1)}" fill="${k % 2 ? o.bandB : o.bandA}"/>`,
  );
  const cylinder = c.boxLinear(
    [
      [0, '#000000', 0.45],
      [0.35, '#ffffff', 0.1],
      [0.55, '#000000', 0],
      [1, '#000000', 0.6],
    ],
    1,
    0,
  );
  const lanternY = top - topHalf * 1.1;
  const headland = [
    `<path d="${cliff}" fill="${rockFill}"/>`,
    `<g clip-path="${c.clip(`<path d="${cliff}"/>`)}" fill="none" stroke="${mix(o.rock, '#000000', 0.6)}" stroke-width="${n(unit * 0.004)}" opacity="0.3">${strata.join('')}${cracks.join('')}</g>`,
    `<path d="${cliff}" fill="${c.linear(
      [
        [0, '#000000', 0],
        [1, '#000000', 0.45],
      ],
      0,
      plateau,
      0,
      H,
    )}"/>`,
    `<path d="${linePath(grassTop)}L${linePath(grassBottom).slice(1)}Z" fill="${c.linear(
      [
        [0, mix(o.grass, o.glow, 0.25)],
        [1, mix(o.grass, '#000000', 0.3)],
      ],
      cliffFoot,
      0,
      W,
      0,
    )}"/>`,
    `<g fill="${c.soft('#ffffff', 0.5, 0.2)}">${foam.join('')}</g>`,
    `<rect x="${n(towerX + bottomHalf * 1.4)}" y="${n(base - towerHeight * 0.16)}" width="${n(towerHeight * 0.3)}" height="${n(towerHeight * 0.16 + 2)}" fill="${o.bandB}"/>`,
    `<path d="M${n(towerX + bottomHalf * 1.2)} ${n(base - towerHeight * 0.16)}L${n(towerX + bottomHalf * 1.4 + towerHeight * 0.15)} ${n(base - towerHeight * 0.26)}L${n(towerX + bottomHalf * 1.6 + towerHeight * 0.3)} ${n(base - towerHeight * 0.16)}Z" fill="${o.bandA}"/>`,
    `<rect x="${n(towerX + bottomHalf * 1.4 + towerHeight * 0.19)}" y="${n(base - towerHeight * 0.11)}" width="${n(towerHeight * 0.05)}" height="${n(towerHeight * 0.05)}" fill="${o.lantern}"/>`,
    `<g clip-path="${c.clip(`<path d="${tower}"/>`)}">${bands.join('')}<path d="${tower}" fill="${cylinder}"/></g>`,
    `<rect x="${n(towerX - topHalf * 1.35)}" y="${n(top - topHalf * 0.25)}" width="${n(topHalf * 2.7)}" height="${n(topHalf * 0.3)}" fill="#1b1d22"/>`,
    `<rect x="${n(towerX - topHalf * 0.8)}" y="${n(lanternY - topHalf * 0.9)}" width="${n(topHalf * 1.6)}" height="${n(topHalf * 1.7)}" fill="${o.lantern}"/>`,
    `<path d="M${n(towerX - topHalf * 0.95)} ${n(lanternY - topHalf * 0.9)}Q${n(towerX)} ${n(lanternY - topHalf * 2.4)} ${n(towerX + topHalf * 0.95)} ${n(lanternY - topHalf * 0.9)}Z" fill="${o.roof}"/>`,
  ];
  c.add(`<g ${flip}>${headland.join('')}</g>`);
  const lampX = mirror ? W - towerX : towerX;
  paintGlow(c, lampX, lanternY, unit * 0.12, o.lantern, 0.8);
  if (o.beam) {
    const reach = mirror ? W * 1.1 : -W * 0.1;
    const beam = c.linear(
      [
        [0, o.lantern, 0.55],
        [1, o.lantern, 0],
      ],
      lampX,
      0,
      reach,
      0,
    );
    c.add(
      `<path d="M${n(lampX)} ${n(lanternY - 2)}L${n(reach)} ${n(lanternY - unit * 0.14)}L${n(reach)} ${n(lanternY + unit * 0.02)}L${n(lampX)} ${n(lanternY + 2)}Z" fill="${beam}" filter="${c.blur(unit * 0.008)}"/>`,
    );
  }
  paintVignette(c, 0.45);
}

// ---------------------------------------------------------------------------------------------------
// Scenes: woods, falls, deserts, fields

/**
 * A spruce seen from the side: tiers of branches that widen toward the ground.
 * @param {Random} rng @param {number} x @param {number} base @param {number} height
 */
function spruce(rng, x, base, height) {
  const tiers = rng.int(7, 10);
  const half = height * rng.range(0.16, 0.22);
  /** @param {number} direction -1 for the left side, 1 for the right @returns {Point[]} */
  const side = (direction) =>
    Array.from({ length: tiers }, (_, k) => {
      const t = (k + 1) / tiers;
      const y = base - height + height * 0.93 * t;
      const reach = half * t ** 0.85 * rng.range(0.75, 1.2);
      return /** @type {Point[]} */ ([
        [x + direction * reach, y + height * 0.015],
        [x + direction * reach * 0.45, y - height * 0.01],
      ]);
    }).flat();
  const left = side(-1);
  const right = side(1).reverse();
  const trunk = half * 0.09;
  return `M${n(x)} ${n(base - height)}L${linePath(left).slice(1)}L${n(x - trunk)} ${n(base)}L${n(x + trunk)} ${n(base)}L${linePath(right).slice(1)}Z`;
}

/**
 * @typedef {object} ForestLook
 * @property {Stop[]} sky @property {string} haze @property {string} near @property {string} [mid]
 * @property {string} light colour of the sun's rays @property {number} rays @property {number} lightX share
 * @property {number} layers
 */

/** Rows of spruce fading into mist, with rays of light. @param {Canvas} c @param {Random} rng @param {ForestLook} o */
function paintForest(c, rng, o) {
  const { width: W, height: H } = c;
  const unit = Math.min(W, H * 1.5);
  paintSky(c, o.sky, H * 0.7);
  paintGlow(c, W * o.lightX, -H * 0.05, unit * 0.9, o.light, 0.7);
  for (let i = 0; i < o.layers; i++) {
    const t = i / Math.max(1, o.layers - 1);
    const colour = o.mid
      ? t < 0.5
        ? mix(o.haze, o.mid, t * 2)
        : mix(o.mid, o.near, (t - 0.5) * 2)
      : mix(o.haze, o.near, t ** 0.8);
    const groundLevel = H * (0.45 + 0.53 * t ** 1.2);
    const ground = rollingProfile(rng, W, groundLevel, H * 0.025, 3);
    const treeHeight = H * (0.14 + 0.4 * t ** 1.6);
    /** @type {string[]} */
    const trees = [];
    for (
      let x = -treeHeight * 0.2;
      x < W + treeHeight * 0.2;
      x += treeHeight * rng.range(0.12, 0.3)
    ) {
      const groundY = ground[Math.round(clamp(x / W, 0, 1) * 128)]?.[1] ?? H;
      trees.push(
        `<path d="${spruce(rng, x, groundY + treeHeight * 0.02, treeHeight * rng.range(0.6, 1.15))}"/>`,
      );
    }
    const top = Math.min(...ground.map(([, y]) => y)) - treeHeight;
    c.add(
      `<g fill="${c.linear(
        [
          [0, mix(colour, o.light, 0.12 * (1 - t))],
          [1, mix(colour, o.haze, 0.35 * (1 - t))],
        ],
        0,
        top,
        0,
        H,
      )}">${trees.join('')}<path d="${areaPath(ground, H + 1)}"/></g>`,
    );
    if (i < o.layers - 1) paintMist(c, groundLevel, H * 0.14, o.haze, 0.6);
    if (o.rays > 0 && i === o.layers - 2) {
      paintRays(c, rng, W * o.lightX, -H * 0.05, {
        colour: o.light,
        count: o.rays,
        reach: H * 1.3,
        opacity: [0.2, 0.45],
      });
    }
  }
  paintVignette(c, 0.5);
}

/**
 * @typedef {object} WaterfallLook
 * @property {Stop[]} sky @property {string} rock @property {string} moss @property {string} water
 * @property {string} pool @property {string} spray
 */

/** A tall fall between mossy walls, spray over its pool. @param {Canvas} c @param {Random} rng @param {WaterfallLook} o */
function paintWaterfall(c, rng, o) {
  const { width: W, height: H } = c;
  const lip = H * 0.14;
  const poolTop = H * 0.8;
  paintSky(c, o.sky, lip * 1.5);
  /** @type {string[]} */
  const woods = [];
  for (let x = -W * 0.05; x < W * 1.05; x += W * rng.range(0.03, 0.07)) {
    woods.push(`<path d="${spruce(rng, x, lip + H * 0.01, H * rng.range(0.05, 0.09))}"/>`);
  }
  c.add(`<g fill="${mix(o.moss, o.sky[0]?.[1] ?? '#ffffff', 0.45)}">${woods.join('')}</g>`);
  c.add(
    `<rect y="${n(lip)}" width="${W}" height="${n(poolTop - lip)}" fill="${c.linear(
      [
        [0, mix(o.rock, '#ffffff', 0.15)],
        [1, mix(o.rock, '#000000', 0.3)],
      ],
      0,
      lip,
      0,
      poolTop,
    )}"/>`,
  );
  const centre = W * 0.5;
  /** @param {number} y */
  const halfWidth = (y) => W * (0.1 + (0.1 * (y - lip)) / (poolTop - lip));
  c.add(
    `<path d="M${n(centre - halfWidth(lip))} ${n(lip)}L${n(centre + halfWidth(lip))} ${n(lip)}L${n(centre + halfWidth(poolTop))} ${n(poolTop)}L${n(centre - halfWidth(poolTop))} ${n(poolTop)}Z" fill="${mix(o.water, o.rock, 0.35)}"/>`,
  );
  // Strands of falling water, each a thin quad soft at both sides.
  const strand = c.boxLinear(
    [
      [0, '#ffffff', 0],
      [0.5, '#ffffff', 0.9],
      [1, '#ffffff', 0],
    ],
    1,
    0,
  );
  /** @type {string[]} */
  const strands = [];
  for (let i = 0; i < 150; i++) {
    const across = rng.range(-1, 1);
    const top = lip + rng.range(0, 0.08) * H;
    const width = rng.range(6, 40);
    const topX = centre + across * halfWidth(top);
    const bottomX = centre + across * halfWidth(poolTop);
    strands.push(
      `<path d="M${n(topX - width / 2)} ${n(top)}L${n(topX + width / 2)} ${n(top)}L${n(bottomX + width)} ${n(poolTop)}L${n(bottomX - width)} ${n(poolTop)}Z" fill-opacity="${n(rng.range(0.2, 0.75) * 100) / 100}"/>`,
    );
  }
  c.add(`<g fill="${strand}">${strands.join('')}</g>`);
  c.add(
    `<rect x="${n(centre - halfWidth(poolTop))}" y="${n(lip)}" width="${n(halfWidth(poolTop) * 2)}" height="${n(poolTop - lip)}" fill="${c.linear(
      [
        [0, o.water, 0],
        [1, o.water, 0.5],
      ],
      0,
      lip,
      0,
      poolTop,
    )}" clip-path="${c.clip(`<path d="M${n(centre - halfWidth(lip))} ${n(lip)}L${n(centre + halfWidth(lip))} ${n(lip)}L${n(centre + halfWidth(poolTop))} ${n(poolTop)}L${n(centre - halfWidth(poolTop))} ${n(poolTop)}Z"/>`)}"/>`,
  );
  // The walls: jagged inner edges, ledges of moss, spruce along the top.
  for (const direction of [-1, 1]) {
    const edge = fractalLine(rng, 64, 0.8);
    /** @type {Point[]} */
    const inner = edge.map((d, i) => {
      const y = lip * 0.6 + (i / 64) * (H - lip * 0.6);
      return [centre + direction * (halfWidth(Math.min(y, poolTop)) + W * (0.06 + 0.07 * d)), y];
    });
    const ribs = Array.from({ length: 5 }, () => {
      const x = rng.range(0.05, 1) * (direction < 0 ? centre : W - centre);
      const wobble = fractalLine(rng, 16, 0.6);
      return `<path d="${linePath(wobble.map((d, k) => [direction < 0 ? x + d * W * 0.03 : W - x + d * W * 0.03, lip * 0.6 + (k / 16) * H]))}"/>`;
    });
    const outerX = direction < 0 ? -10 : W + 10;
    const wall = `M${n(outerX)} ${n(lip * 0.6)}L${linePath(inner).slice(1)}L${n(outerX)} ${n(H)}Z`;
    c.add(
      `<path d="${wall}" fill="${c.linear(
        [
          [0, mix(o.rock, '#000000', 0.55)],
          [1, o.rock],
        ],
        direction < 0 ? 0 : W,
        0,
        centre,
        0,
      )}"/>`,
    );
    c.add(
      `<g clip-path="${c.clip(`<path d="${wall}"/>`)}" fill="none" stroke="${mix(o.rock, '#ffffff', 0.2)}" stroke-opacity="0.2" stroke-width="${n(W * 0.01)}">${ribs.join('')}</g>`,
    );
    /** @type {string[]} */
    const moss = [];
    for (let k = 0; k < 30; k++) {
      const point = inner[rng.int(4, 56)] ?? [centre, H / 2];
      const rx = W * rng.range(0.04, 0.12);
      moss.push(
        `<ellipse cx="${n(point[0] + direction * rx * 0.5)}" cy="${n(point[1])}" rx="${n(rx * 1.4)}" ry="${n(rx * 0.6)}"/>`,
      );
    }
    c.add(
      `<g fill="${c.soft(o.moss, 0.4, 0.1)}" clip-path="${c.clip(`<path d="${wall}"/>`)}">${moss.join('')}</g>`,
    );
    /** @type {string[]} */
    const trees = [];
    for (let k = 0; k < 6; k++) {
      const x = direction < 0 ? rng.range(0, W * 0.3) : rng.range(W * 0.7, W);
      trees.push(`<path d="${spruce(rng, x, lip * 0.7, H * rng.range(0.12, 0.22))}"/>`);
    }
    c.add(`<g fill="${mix(o.moss, '#000000', 0.55)}">${trees.join('')}</g>`);
  }
  paintWater(c, rng, poolTop, {
    far: mix(o.pool, '#ffffff', 0.35),
    near: o.pool,
    light: '#ffffff',
    dark: mix(o.pool, '#000000', 0.4),
    ripples: 260,
    strength: 0.8,
  });
  for (let k = 0; k < 16; k++) {
    const rx = W * rng.range(0.08, 0.3);
    c.add(
      `<ellipse cx="${n(centre + rng.range(-0.25, 0.25) * W)}" cy="${n(poolTop + rng.range(-0.08, 0.05) * H)}" rx="${n(rx)}" ry="${n(rx * rng.range(0.3, 0.8))}" fill="${c.soft(o.spray, 0.45, 0.2)}"/>`,
    );
  }
  for (let k = 0; k < 7; k++) {
    const rx = W * rng.range(0.06, 0.16);
    const x = rng.pick([rng.range(-0.05, 0.3), rng.range(0.7, 1.05)]) * W;
    c.add(
      `<ellipse cx="${n(x)}" cy="${n(H * rng.range(0.93, 1.01))}" rx="${n(rx)}" ry="${n(rx * 0.55)}" fill="${c.boxRadial(
        [
          [0, mix(o.rock, '#ffffff', 0.25)],
          [1, mix(o.rock, '#000000', 0.6)],
        ],
        0.4,
        0.2,
      )}"/>`,
    );
  }
  paintVignette(c, 0.5);
}

/**
 * A palm with a leaning trunk and drooping fronds.
 * @param {Random} rng @param {number} x @param {number} base @param {number} height
 */
function palm(rng, x, base, height) {
  const lean = height * rng.range(-0.25, 0.25);
  const topX = x + lean;
  const topY = base - height;
  const thick = height * 0.035;
  const trunk = `M${n(x - thick)} ${n(base)}Q${n(x + lean * 0.2 - thick * 0.7)} ${n(base - height * 0.6)} ${n(topX - thick * 0.5)} ${n(topY)}L${n(topX + thick * 0.5)} ${n(topY)}Q${n(x + lean * 0.2 + thick * 0.7)} ${n(base - height * 0.6)} ${n(x + thick)} ${n(base)}Z`;
  const fronds = Array.from({ length: rng.int(8, 11) }, (_, k) => {
    const angle = (k / 10) * 2 * Math.PI + rng.range(-0.2, 0.2);
    const reach = height * rng.range(0.3, 0.45);
    const tipX = topX + Math.cos(angle) * reach;
    const tipY = topY + Math.abs(Math.sin(angle)) * reach * 0.3 + reach * 0.35;
    const bendX = topX + Math.cos(angle) * reach * 0.6;
    const bendY = topY - reach * 0.25;
    const width = reach * 0.12;
    return `M${n(topX)} ${n(topY)}Q${n(bendX)} ${n(bendY - width)} ${n(tipX)} ${n(tipY)}Q${n(bendX)} ${n(bendY + width)} ${n(topX)} ${n(topY + width * 0.3)}Z`;
  });
  return `<path d="${trunk}"/><path d="${fronds.join('')}"/>`;
}

/**
 * @typedef {object} DuneLook
 * @property {Stop[]} sky @property {{ x: number, y: number, radius: number, core: string, glow: string }} sun
 * @property {string} sand the lit slopes @property {string} shadow the slip faces @property {string} haze
 * @property {number} horizon share of the height @property {number} dunes
 * @property {{ water: string, palm: string }} [oasis]
 */

/** Dunes with sharp crests and shaded slip faces; optionally an oasis. @param {Canvas} c @param {Random} rng @param {DuneLook} o */
function paintDunes(c, rng, o) {
  const { width: W, height: H } = c;
  const unit = Math.min(W, H * 1.5);
  const horizon = H * o.horizon;
  paintSky(c, o.sky, horizon);
  paintSun(c, W * o.sun.x, H * o.sun.y, unit * o.sun.radius, o.sun.core, o.sun.glow);
  paintMist(c, horizon, unit * 0.08, o.haze, 0.6);
  const towardSun = o.sun.x < 0.5 ? -1 : 1;
  for (let i = 0; i < o.dunes; i++) {
    const t = i / Math.max(1, o.dunes - 1);
    const base = horizon + (H - horizon) * (0.05 + 0.8 * t ** 1.4);
    const amplitude = unit * (0.02 + 0.09 * t);
    const crest = rollingProfile(rng, W, base, amplitude, 3, 1.2 - 0.4 * t);
    const lit = mix(mix(o.haze, o.sand, 0.35 + 0.65 * t), o.sun.core, 0.15 * (1 - t));
    const top = Math.min(...crest.map(([, y]) => y));
    c.add(
      `<path d="${areaPath(crest, H + 1)}" fill="${c.linear(
        [
          [0, lit],
          [1, mix(lit, o.shadow, 0.35)],
        ],
        0,
        top,
        0,
        H,
      )}"/>`,
    );
    // The slip face hangs below the crest on the side away from the sun.
    const drop = rollingProfile(rng, W, 0, 1, 2, 0.6);
    /** @type {Point[]} */
    const lower = crest.map(([x, y], k) => {
      const depth = amplitude * Math.max(0.05, 0.4 + 1.6 * (drop[k]?.[1] ?? 0));
      return [x - towardSun * depth * 0.6, y + depth];
    });
    c.add(
      `<path d="${linePath(crest)}L${linePath([...lower].reverse()).slice(1)}Z" fill="${c.linear(
        [
          [0, o.shadow, 0.9 - 0.3 * (1 - t)],
          [0.6, o.shadow, 0.45],
          [1, o.shadow, 0],
        ],
        0,
        top,
        0,
        Math.max(...lower.map(([, y]) => y)),
      )}"/>`,
    );
    if (t === 1) {
      const ripples = Array.from({ length: 28 }, (_, k) => {
        const offset = (H - base) * ((k + 1) / 28) ** 1.2 + amplitude * 0.6;
        const wobble = rng.range(0.8, 1.2);
        return `<path d="${linePath(crest.map(([x, y]) => [x, y + offset * wobble]))}"/>`;
      });
      c.add(
        `<g fill="none" stroke="${o.shadow}" stroke-opacity="0.12" stroke-width="${n(unit * 0.0025)}" clip-path="${c.clip(`<path d="${areaPath(crest, H + 1)}"/>`)}">${ripples.join('')}</g>`,
      );
    }
    if (o.oasis && i === Math.floor(o.dunes / 2)) {
      const poolY = base + (H - base) * 0.25;
      const poolX = W * rng.range(0.35, 0.6);
      const rx = unit * 0.22;
      const pool = `<ellipse cx="${n(poolX)}" cy="${n(poolY)}" rx="${n(rx)}" ry="${n(rx * 0.12)}"/>`;
      const shrubs = Array.from({ length: 16 }, () => {
        const r = unit * rng.range(0.006, 0.016);
        return `<ellipse cx="${n(poolX + rng.range(-1.3, 1.3) * rx)}" cy="${n(poolY + rng.range(-0.15, 0.05) * rx)}" rx="${n(r * 1.6)}" ry="${n(r)}"/>`;
      });
      const palms = Array.from({ length: 5 }, (_, k) => {
        const x = poolX + (k / 4 - 0.5) * rx * 2.2 + rng.range(-0.1, 0.1) * rx;
        return palm(rng, x, poolY - rx * 0.08, unit * rng.range(0.18, 0.3));
      }).join('');
      const palmsId = c.group(`<g fill="${o.oasis.palm}">${palms}</g>`);
      c.add(
        `<ellipse cx="${n(poolX)}" cy="${n(poolY)}" rx="${n(rx)}" ry="${n(rx * 0.12)}" fill="${c.boxLinear(
          [
            [0, o.oasis.water],
            [1, mix(o.oasis.water, '#000000', 0.3)],
          ],
        )}"/>`,
      );
      c.add(
        `<g clip-path="${c.clip(pool)}" opacity="0.45"><use href="#${palmsId}" transform="matrix(1 0 0 -1 0 ${n(2 * (poolY - rx * 0.08))})"/></g>`,
      );
      c.add(`<g fill="${mix(o.oasis.palm, o.sand, 0.15)}">${shrubs.join('')}</g>`);
      c.add(`<use href="#${palmsId}"/>`);
    }
  }
  paintVignette(c, 0.4);
}

/**
 * @typedef {object} FieldLook
 * @property {Stop[]} sky @property {number} clouds @property {string} cloudLit @property {string} cloudShade
 * @property {number} horizon share of the height @property {string} haze far hills fade into it
 * @property {string[]} hills colours of the fields from far to near @property {string} rows crop rows
 * @property {string} trees cypress and the lone tree @property {boolean} cypresses
 * @property {{ rain: string, patch: string }} [storm]
 */

/** Rolling farmland with crop rows, cypresses and a farmhouse. @param {Canvas} c @param {Random} rng @param {FieldLook} o */
function paintFields(c, rng, o) {
  const { width: W, height: H } = c;
  const unit = Math.min(W, H * 1.5);
  const horizon = H * o.horizon;
  paintSky(c, o.sky, horizon);
  paintClouds(c, rng, {
    count: o.clouds,
    top: H * 0.04,
    bottom: horizon * 0.75,
    size: unit * 0.32,
    lit: o.cloudLit,
    shade: o.cloudShade,
    opacity: o.storm ? 0.95 : 0.85,
    flatness: 0.5,
  });
  for (let k = 0; k < 2; k++) {
    const far = rollingProfile(rng, W, horizon - unit * 0.01 * (2 - k), unit * 0.025, 3, 0.7);
    c.add(
      `<path d="${areaPath(far, horizon + unit * 0.05)}" fill="${mix(o.haze, o.hills[0] ?? o.haze, 0.25 + 0.25 * k)}"/>`,
    );
  }
  if (o.storm) {
    const curtains = Array.from({ length: 5 }, () => {
      const x = rng.range(0, W);
      const width = unit * rng.range(0.08, 0.2);
      return `<path d="M${n(x)} ${n(horizon * 0.45)}L${n(x + width)} ${n(horizon * 0.45)}L${n(x + width - unit * 0.06)} ${n(horizon + unit * 0.02)}L${n(x - unit * 0.06)} ${n(horizon + unit * 0.02)}Z"/>`;
    });
    c.add(
      `<g fill="${o.storm.rain}" fill-opacity="0.35" filter="${c.blur(unit * 0.015)}">${curtains.join('')}</g>`,
    );
  }
  const fields = o.hills.length;
  const houseAt = rng.int(1, fields - 2);
  o.hills.forEach((colour, k) => {
    const t = k / Math.max(1, fields - 1);
    const base = horizon + (H - horizon) * (0.02 + 0.85 * t ** 1.6);
    const hill = rollingProfile(rng, W, base, unit * (0.015 + 0.05 * t), 3, 0.9);
    const area = areaPath(hill, H + 1);
    const spacing = unit * (0.004 + 0.03 * t ** 1.5);
    const rows = Array.from({ length: Math.ceil((H - base + unit * 0.1) / spacing) }, (_, r) =>
      linePath(hill.map(([x, y]) => [x, y + spacing * (r + 0.5) * (1 + r * 0.02)])),
    );
    c.add(`<path d="${area}" fill="${colour}"/>`);
    c.add(
      `<path d="${rows.join('')}" clip-path="${c.clip(`<path d="${area}"/>`)}" fill="none" stroke="${o.rows}" stroke-opacity="0.35" stroke-width="${n(spacing * 0.35)}"/>`,
    );
    if (o.storm && k === fields - 2) {
      c.add(
        `<ellipse cx="${n(W * rng.range(0.3, 0.7))}" cy="${n(base + unit * 0.04)}" rx="${n(unit * 0.35)}" ry="${n(unit * 0.07)}" fill="${c.soft(o.storm.patch, 0.55, 0.3)}" clip-path="${c.clip(`<path d="${area}"/>`)}"/>`,
      );
    }
    const treeScale = unit * (0.03 + 0.12 * t ** 1.5);
    if (o.cypresses && k > 0 && k < fields - 1) {
      const start = rng.range(0, W * 0.6);
      const cypresses = Array.from({ length: rng.int(3, 7) }, (_, j) => {
        const x = start + j * treeScale * rng.range(0.35, 0.6);
        const y = (hill[Math.round(clamp(x / W, 0, 1) * 128)]?.[1] ?? base) + treeScale * 0.05;
        const h = treeScale * rng.range(0.8, 1.3);
        return `<path d="M${n(x)} ${n(y - h)}Q${n(x + h * 0.13)} ${n(y - h * 0.45)} ${n(x + h * 0.05)} ${n(y)}L${n(x - h * 0.05)} ${n(y)}Q${n(x - h * 0.13)} ${n(y - h * 0.45)} ${n(x)} ${n(y - h)}Z"/>`;
      });
      c.add(`<g fill="${mix(o.trees, o.haze, 0.4 * (1 - t))}">${cypresses.join('')}</g>`);
    }
    if (k === houseAt) {
      const x = W * rng.range(0.55, 0.85);
      const y = hill[Math.round((x / W) * 128)]?.[1] ?? base;
      const size = unit * 0.05 * (0.5 + t);
      c.add(
        `<rect x="${n(x)}" y="${n(y - size * 0.55)}" width="${n(size)}" height="${n(size * 0.6)}" fill="${mix('#e8c690', o.haze, 0.2)}"/><rect x="${n(x + size * 0.6)}" y="${n(y - size * 0.55)}" width="${n(size * 0.4)}" height="${n(size * 0.6)}" fill="${mix('#b08a5a', o.haze, 0.2)}"/><path d="M${n(x - size * 0.05)} ${n(y - size * 0.55)}L${n(x + size * 0.5)} ${n(y - size * 0.8)}L${n(x + size * 1.05)} ${n(y - size * 0.55)}Z" fill="${mix('#a0523a', o.haze, 0.2)}"/>`,
      );
    }
  });
  const treeX = W * rng.pick([0.12, 0.82]);
  const treeY = H * 0.93;
  const crown = unit * 0.11;
  const puffs = Array.from({ length: 40 }, () => {
    const r = crown * rng.range(0.18, 0.35);
    const angle = rng.range(0, 2 * Math.PI);
    const distance = crown * Math.sqrt(rng.next()) * 0.85;
    return `<circle cx="${n(treeX + Math.cos(angle) * distance * 1.2)}" cy="${n(treeY - crown * 1.7 + Math.sin(angle) * distance * 0.8)}" r="${n(r)}"/>`;
  });
  c.add(
    `<path d="M${n(treeX - crown * 0.06)} ${n(treeY)}L${n(treeX - crown * 0.03)} ${n(treeY - crown * 1.8)}L${n(treeX + crown * 0.03)} ${n(treeY - crown * 1.8)}L${n(treeX + crown * 0.06)} ${n(treeY)}Z" fill="${o.trees}"/>`,
  );
  c.add(`<g fill="${o.trees}">${puffs.join('')}</g>`);
  c.add(
    `<g fill="${c.soft(mix(o.trees, '#f4e7a0', 0.35), 0.6, 0.2)}" transform="translate(${n(-crown * 0.12)} ${n(-crown * 0.15)})">${puffs.slice(0, 24).join('')}</g>`,
  );
  paintVignette(c, 0.4);
}

/**
 * @typedef {object} SaltFlatLook
 * @property {Stop[]} sky @property {string} cloudLit @property {string} cloudShade @property {string} figure
 */

/** A flooded salt flat that mirrors the sky, one small figure at the horizon. @param {Canvas} c @param {Random} rng @param {SaltFlatLook} o */
function paintSaltFlat(c, rng, o) {
  const { width: W, height: H } = c;
  const horizon = H * 0.52;
  const sky = c.capture(() => {
    paintSky(c, o.sky, horizon);
    paintClouds(c, rng, {
      count: 9,
      top: H * 0.08,
      bottom: horizon * 0.8,
      size: W * 0.35,
      lit: o.cloudLit,
      shade: o.cloudShade,
      opacity: 0.9,
      flatness: 0.45,
    });
  });
  const hills = rollingProfile(rng, W, horizon, H * 0.012, 4, 0.5);
  const id = c.group(
    `${sky}<path d="${areaPath(hills, horizon + 1)}" fill="${mix(o.cloudShade, o.figure, 0.25)}"/>`,
  );
  c.add(`<use href="#${id}"/>`);
  paintReflection(c, id, horizon, { opacity: 0.92, blurX: 0, blurY: 0 });
  c.add(
    `<rect y="${n(horizon)}" width="${W}" height="${n(H - horizon)}" fill="${c.linear(
      [
        [0, '#ffffff', 0.12],
        [1, '#2c3540', 0.25],
      ],
      0,
      horizon,
      0,
      H,
    )}"/>`,
  );
  paintRipples(c, rng, horizon, { light: '#ffffff', dark: '#3b4652', ripples: 120, strength: 0.4 });
  const x = W * 0.58;
  const h = H * 0.035;
  const figure = `<circle cx="${n(x)}" cy="${n(horizon - h * 0.9)}" r="${n(h * 0.1)}"/><path d="M${n(x - h * 0.12)} ${n(horizon - h * 0.78)}L${n(x + h * 0.12)} ${n(horizon - h * 0.78)}L${n(x + h * 0.09)} ${n(horizon - h * 0.35)}L${n(x + h * 0.06)} ${n(horizon)}L${n(x - h * 0.06)} ${n(horizon)}L${n(x - h * 0.09)} ${n(horizon - h * 0.35)}Z"/>`;
  c.add(
    `<g fill="${o.figure}">${figure}</g><g fill="${o.figure}" opacity="0.7" transform="matrix(1 0 0 -1 0 ${n(2 * horizon)})">${figure}</g>`,
  );
  paintVignette(c, 0.35);
}

// ---------------------------------------------------------------------------------------------------
// Scenes: towns and cities

/**
 * @typedef {object} QuayLook
 * @property {Stop[]} sky @property {string[]} houses @property {string} water @property {string} quay
 * @property {{ hull: string, trim: string, cabin: string }[]} boats @property {string} light warm sunlight
 */

/** Painted houses along a quay, boats moored below, all doubled in the water. @param {Canvas} c @param {Random} rng @param {QuayLook} o */
function paintQuay(c, rng, o) {
  const { width: W, height: H } = c;
  const unit = Math.min(W, H * 1.5);
  const quayTop = H * 0.5;
  const waterline = quayTop + unit * 0.05;
  paintSky(c, o.sky, quayTop);
  /** @type {string[]} */
  const row = [];
  for (let x = -unit * 0.02; x < W; ) {
    const width = unit * rng.range(0.1, 0.18);
    const height = H * rng.range(0.3, 0.45);
    const colour = rng.pick(o.houses);
    const top = quayTop - height;
    row.push(
      `<rect x="${n(x)}" y="${n(top)}" width="${n(width + 1)}" height="${n(height)}" fill="${colour}"/>`,
      `<path d="M${n(x - unit * 0.005)} ${n(top)}L${n(x + width / 2)} ${n(top - width * rng.range(0.25, 0.5))}L${n(x + width + unit * 0.005)} ${n(top)}Z" fill="${mix(colour, '#2a1d1a', 0.55)}"/>`,
    );
    const columns = Math.max(2, Math.round(width / (unit * 0.045)));
    const floors = Math.max(2, Math.round(height / (unit * 0.07)));
    for (let col = 0; col < columns; col++) {
      for (let floor = 0; floor < floors - 0.5; floor++) {
        const wx = x + (width * (col + 0.3)) / columns;
        const wy = top + (height * (floor + 0.25)) / floors;
        row.push(
          `<rect x="${n(wx)}" y="${n(wy)}" width="${n((width / columns) * 0.4)}" height="${n((height / floors) * 0.5)}" fill="${mix(colour, '#2b3440', 0.7)}"/>`,
          `<rect x="${n(wx - unit * 0.003)}" y="${n(wy + (height / floors) * 0.5)}" width="${n((width / columns) * 0.4 + unit * 0.006)}" height="${n(unit * 0.004)}" fill="${mix(colour, '#ffffff', 0.5)}"/>`,
        );
      }
    }
    x += width;
  }
  // Morning light rakes across the fronts from the left.
  row.push(
    `<rect y="0" width="${W}" height="${n(quayTop)}" fill="${c.linear(
      [
        [0, o.light, 0.25],
        [1, '#1a2030', 0.3],
      ],
      0,
      0,
      W,
      0,
    )}"/>`,
    `<rect y="${n(quayTop)}" width="${W}" height="${n(waterline - quayTop)}" fill="${o.quay}"/>`,
    `<rect y="${n(quayTop)}" width="${W}" height="${n(unit * 0.008)}" fill="${mix(o.quay, '#ffffff', 0.35)}"/>`,
  );
  const town = c.group(row.join(''));
  c.add(`<use href="#${town}"/>`);
  paintWater(c, rng, waterline, {
    far: mix(o.water, '#000000', 0.2),
    near: o.water,
    light: mix(o.water, '#ffffff', 0.4),
    dark: mix(o.water, '#000000', 0.5),
    ripples: 0,
  });
  paintReflection(c, town, waterline, { opacity: 0.55, blurX: 2, blurY: unit * 0.008 });
  paintRipples(c, rng, waterline, {
    light: mix(o.water, '#ffffff', 0.45),
    dark: mix(o.water, '#000000', 0.5),
    ripples: Math.round(W * 0.5),
    strength: 1.2,
  });
  const boats = o.boats
    .map((colours, k) => ({
      colours,
      x: (W * (k + 0.5)) / o.boats.length + rng.range(-0.05, 0.05) * W,
      y: waterline + (H - waterline) * rng.range(0.35, 0.8),
    }))
    .sort((a, b) => a.y - b.y);
  for (const boat of boats) {
    const size = unit * 0.22 * (0.6 + (boat.y - waterline) / (H - waterline));
    const shape = boatShape(boat.x, boat.y, size, { ...boat.colours, window: '#2b3440' });
    c.add(
      `<g opacity="0.45" filter="${c.blur(size * 0.01, size * 0.03)}" transform="matrix(1 0 0 -1 0 ${n(2 * boat.y + size * 0.1)})">${shape}</g>`,
    );
    c.add(shape);
  }
  paintVignette(c, 0.4);
}

/**
 * @typedef {object} CityLook
 * @property {Stop[]} sky @property {string} glow light of the city on low cloud
 * @property {{ x: number, y: number } } [moon] @property {number} stars
 * @property {string} facade @property {string} haze @property {string[]} windows lit window colours
 * @property {number} lit share of windows lit @property {'river' | 'street'} foreground
 * @property {string} water
 */

/** A skyline at night with lit windows, over a river or a street of light trails. @param {Canvas} c @param {Random} rng @param {CityLook} o */
function paintCity(c, rng, o) {
  const { width: W, height: H } = c;
  const unit = Math.min(W, H * 1.5);
  const ground = H * (o.foreground === 'river' ? 0.64 : 0.8);
  paintSky(c, o.sky, ground);
  paintStars(c, rng, o.stars, ground * 0.5);
  if (o.moon) paintSun(c, W * o.moon.x, H * o.moon.y, unit * 0.018, '#f6f1df', '#9fb0d8', 0.35);
  c.add(
    `<ellipse cx="${n(W / 2)}" cy="${n(ground)}" rx="${n(W * 0.8)}" ry="${n(H * 0.3)}" fill="${c.soft(o.glow, 0.55, 0.2)}"/>`,
  );
  /** @type {string[]} */
  const city = [];
  for (let layer = 0; layer < 3; layer++) {
    const t = layer / 2;
    const facade = mix(o.haze, o.facade, 0.35 + 0.65 * t);
    const cell = unit * (0.007 + 0.006 * t);
    /** @type {Map<string, string[]>} */
    const lights = new Map();
    /** @type {string[]} */
    const blocks = [];
    for (let x = -unit * 0.05; x < W; x += unit * rng.range(0.005, 0.03)) {
      const width = unit * rng.range(0.04, 0.1) * (0.7 + 0.5 * t);
      const height =
        ground *
        rng.range(0.12, 0.4) *
        (0.7 + 0.45 * t) *
        (layer === 2 && rng.next() < 0.2 ? 1.5 : 1);
      const top = ground - height;
      blocks.push(
        `<rect x="${n(x)}" y="${n(top)}" width="${n(width)}" height="${n(height + 1)}"/>`,
      );
      if (rng.next() < 0.3) {
        const inset = width * rng.range(0.15, 0.3);
        const extra = height * rng.range(0.08, 0.2);
        blocks.push(
          `<rect x="${n(x + inset)}" y="${n(top - extra)}" width="${n(width - inset * 2)}" height="${n(extra + 1)}"/>`,
        );
        if (rng.next() < 0.5) {
          blocks.push(
            `<path d="M${n(x + width / 2)} ${n(top - extra)}V${n(top - extra - height * 0.15)}" stroke="${facade}" stroke-width="${n(unit * 0.002)}"/>`,
          );
          paintGlow(c, x + width / 2, top - extra - height * 0.15, unit * 0.008, '#ff4030', 0.9);
        }
      }
      const columns = Math.floor(width / cell) - 1;
      const rows = Math.floor(height / (cell * 1.4)) - 1;
      const litShare = o.lit * rng.range(0.4, 1.3);
      for (let col = 0; col < columns; col++) {
        for (let r = 0; r < rows; r++) {
          if (rng.next() > litShare) continue;
          const colour = rng.pick(o.windows);
          const list = lights.get(colour) ?? [];
          list.push(
            `<rect x="${n(x + cell * (col + 0.75))}" y="${n(top + cell * 1.4 * (r + 0.7))}" width="${n(cell * 0.55)}" height="${n(cell * 0.8)}"/>`,
          );
          lights.set(colour, list);
        }
      }
      x += width;
    }
    city.push(
      `<g fill="${c.linear(
        [
          [0, facade],
          [1, mix(facade, o.glow, 0.2)],
        ],
        0,
        ground * 0.4,
        0,
        ground,
      )}">${blocks.join('')}</g>`,
    );
    for (const [colour, list] of lights) {
      city.push(`<g fill="${mix(colour, facade, 0.45 * (1 - t))}">${list.join('')}</g>`);
    }
  }
  const skyline = c.group(city.join(''));
  c.add(`<use href="#${skyline}"/>`);
  if (o.foreground === 'river') {
    paintWater(c, rng, ground, {
      far: mix(o.water, o.glow, 0.25),
      near: mix(o.water, '#000000', 0.4),
      light: o.glow,
      dark: '#000000',
      ripples: 0,
    });
    paintReflection(c, skyline, ground, { opacity: 0.75, blurX: 2, blurY: unit * 0.02 });
    paintRipples(c, rng, ground, {
      light: '#ffe3b0',
      dark: '#000000',
      ripples: Math.round(W * 0.6),
      strength: 1,
    });
    for (let k = 0; k < 24; k++) {
      paintGlow(c, (W * (k + 0.5)) / 24, ground + unit * 0.004, unit * 0.02, '#ffd59a', 0.7);
    }
  } else {
    c.add(
      `<rect y="${n(ground)}" width="${W}" height="${n(H - ground)}" fill="${mix(o.facade, '#000000', 0.4)}"/>`,
    );
    // Long exposure: head and tail lights drawn out into lines.
    /** @type {string[]} */
    const trails = [];
    for (let k = 0; k < 26; k++) {
      const y = ground + (H - ground) * rng.range(0.15, 0.7);
      const colour = k % 2 ? '#ff5a3c' : '#fff2cc';
      trails.push(
        `<rect x="-10" y="${n(y)}" width="${W + 20}" height="${n(rng.range(1.5, 5))}" fill="${colour}" fill-opacity="${n(rng.range(0.4, 0.95) * 100) / 100}"/>`,
      );
    }
    c.add(`<g filter="${c.blur(0.1, 2.5)}">${trails.join('')}</g>`);
    for (let k = 0; k < 9; k++) {
      const x = (W * (k + 0.5)) / 9;
      c.add(
        `<path d="M${n(x)} ${n(H)}V${n(ground - unit * 0.06)}" stroke="#0b0d14" stroke-width="${n(unit * 0.004)}"/>`,
      );
      paintGlow(c, x, ground - unit * 0.06, unit * 0.05, '#ffcf85', 0.8);
    }
  }
  paintVignette(c, 0.45);
}

/**
 * Maps (u along the facade into the distance, v down the facade) onto a facade seen in perspective.
 * @param {{ near: [Point, Point], far: [Point, Point] }} wall top and bottom of the near and far edges
 * @returns {(u: number, v: number) => Point}
 */
function facadeMapping(wall) {
  return (u, v) => {
    const depth = 1 - (1 - u) ** 2;
    const [nearTop, nearBottom] = wall.near;
    const [farTop, farBottom] = wall.far;
    const topX = nearTop[0] + (farTop[0] - nearTop[0]) * depth;
    const topY = nearTop[1] + (farTop[1] - nearTop[1]) * depth;
    const bottomX = nearBottom[0] + (farBottom[0] - nearBottom[0]) * depth;
    const bottomY = nearBottom[1] + (farBottom[1] - nearBottom[1]) * depth;
    return [topX + (bottomX - topX) * v, topY + (bottomY - topY) * v];
  };
}

/**
 * @typedef {object} StreetLook
 * @property {Stop[]} sky @property {string} wall @property {string} street @property {string[]} windows
 * @property {string[]} signs shop lights @property {string} lamp @property {string} rain
 */

/** A narrow street at night after rain: lit windows, shop lights and their reflections. @param {Canvas} c @param {Random} rng @param {StreetLook} o */
function paintRainStreet(c, rng, o) {
  const { width: W, height: H } = c;
  const unit = Math.min(W, H);
  const vanishX = W * 0.52;
  const vanishY = H * 0.44;
  paintSky(c, o.sky, H * 0.45);
  const pavement = H * 0.74;
  /** @type {{ x: number, y: number, width: number, colour: string }[]} */
  const reflections = [];
  for (const side of [-1, 1]) {
    const nearX = side < 0 ? -W * 0.05 : W * 1.05;
    const farX = vanishX + side * W * 0.09;
    /** @type {{ near: [Point, Point], far: [Point, Point] }} */
    const wall = {
      near: [
        [nearX, -H * 0.15],
        [nearX, pavement + H * 0.08],
      ],
      far: [
        [farX, vanishY - H * 0.2],
        [farX, vanishY + H * 0.03],
      ],
    };
    const at = facadeMapping(wall);
    c.add(
      `<path d="M${linePath([at(0, 0), at(1, 0), at(1, 1), at(0, 1)]).slice(1)}Z" fill="${c.linear(
        [
          [0, mix(o.wall, '#000000', 0.3)],
          [1, o.wall],
        ],
        nearX,
        0,
        farX,
        0,
      )}"/>`,
    );
    /** @param {number} u0 @param {number} u1 @param {number} v0 @param {number} v1 */
    const quad = (u0, u1, v0, v1) =>
      `M${linePath([at(u0, v0), at(u1, v0), at(u1, v1), at(u0, v1)]).slice(1)}Z`;
    /** @type {Map<string, string[]>} */
    const lights = new Map();
    const bays = 14;
    for (let bay = 0; bay < bays; bay++) {
      for (let floor = 0; floor < 6; floor++) {
        if (rng.next() > 0.55) continue;
        const colour = rng.pick(o.windows);
        const list = lights.get(colour) ?? [];
        list.push(
          quad((bay + 0.25) / bays, (bay + 0.7) / bays, 0.08 + floor * 0.12, 0.16 + floor * 0.12),
        );
        lights.set(colour, list);
      }
      if (rng.next() < 0.6) {
        const colour = rng.pick(o.signs);
        const list = lights.get(colour) ?? [];
        list.push(quad((bay + 0.1) / bays, (bay + 0.85) / bays, 0.82, 0.93));
        lights.set(colour, list);
        const [x, y] = at((bay + 0.5) / bays, 0.93);
        const [x2] = at((bay + 0.85) / bays, 0.93);
        reflections.push({ x, y, width: Math.abs(x2 - x) * 1.6, colour });
      }
    }
    for (const [colour, list] of lights) c.add(`<path d="${list.join('')}" fill="${colour}"/>`);
  }
  paintGlow(c, vanishX, vanishY, unit * 0.45, o.lamp, 0.35);
  // The wet street: dark, with every light doubled as a long soft streak.
  c.add(
    `<path d="M${n(-W * 0.05)} ${n(pavement + H * 0.08)}L${n(vanishX - W * 0.09)} ${n(vanishY + H * 0.03)}L${n(vanishX + W * 0.09)} ${n(vanishY + H * 0.03)}L${n(W * 1.05)} ${n(pavement + H * 0.08)}L${n(W * 1.05)} ${n(H)}L${n(-W * 0.05)} ${n(H)}Z" fill="${c.linear(
      [
        [0, mix(o.street, o.sky[o.sky.length - 1]?.[1] ?? '#000000', 0.4)],
        [1, o.street],
      ],
      0,
      vanishY,
      0,
      H,
    )}"/>`,
  );
  c.add(
    `<ellipse cx="${n(vanishX)}" cy="${n(vanishY + H * 0.25)}" rx="${n(W * 0.12)}" ry="${n(H * 0.25)}" fill="${c.soft(o.lamp, 0.25, 0.1)}"/>`,
  );
  for (const light of reflections) {
    const length = (light.y - vanishY) * 2.2;
    c.add(
      `<ellipse cx="${n(light.x)}" cy="${n(light.y + length * 0.45)}" rx="${n(light.width * 0.5)}" ry="${n(length * 0.5)}" fill="${c.soft(light.colour, 0.45, 0.15)}"/>`,
    );
  }
  for (let k = 0; k < 5; k++) {
    const depth = 1 - (1 - k / 5) ** 2;
    for (const side of [-1, 1]) {
      const x = W * (0.5 + side * 0.42 * (1 - depth)) + side * W * 0.04 * depth;
      const base = pavement + H * 0.06 - (pavement + H * 0.06 - vanishY - H * 0.03) * depth;
      const height = H * 0.3 * (1 - depth * 0.85);
      c.add(
        `<path d="M${n(x)} ${n(base)}V${n(base - height)}" stroke="#0d0f16" stroke-width="${n(unit * 0.006 * (1 - depth * 0.8))}"/>`,
      );
      paintGlow(c, x, base - height, unit * 0.12 * (1 - depth * 0.8), o.lamp, 0.85);
      c.add(
        `<ellipse cx="${n(x)}" cy="${n(base + height * 0.5)}" rx="${n(unit * 0.015 * (1 - depth * 0.8))}" ry="${n(height * 0.45)}" fill="${c.soft(o.lamp, 0.5, 0.1)}"/>`,
      );
    }
  }
  // A walker with an umbrella, mid-street.
  const x = W * 0.45;
  const base = H * 0.66;
  const h = H * 0.12;
  const walker = `<path d="M${n(x - h * 0.28)} ${n(base - h * 0.78)}Q${n(x)} ${n(base - h * 1.12)} ${n(x + h * 0.28)} ${n(base - h * 0.78)}Z"/><path d="M${n(x)} ${n(base - h * 0.78)}V${n(base - h * 0.55)}" stroke="#0b0c12" stroke-width="${n(h * 0.015)}"/><circle cx="${n(x + h * 0.02)}" cy="${n(base - h * 0.7)}" r="${n(h * 0.06)}"/><path d="M${n(x - h * 0.1)} ${n(base - h * 0.63)}L${n(x + h * 0.12)} ${n(base - h * 0.63)}L${n(x + h * 0.1)} ${n(base - h * 0.2)}L${n(x + h * 0.07)} ${n(base)}L${n(x + h * 0.02)} ${n(base)}L${n(x)} ${n(base - h * 0.25)}L${n(x - h * 0.03)} ${n(base)}L${n(x - h * 0.08)} ${n(base)}L${n(x - h * 0.09)} ${n(base - h * 0.2)}Z"/>`;
  c.add(`<g fill="#0b0c12">${walker}</g>`);
  c.add(
    `<g fill="#0b0c12" opacity="0.35" transform="matrix(1 0 0 -0.8 0 ${n(base * 1.8)})">${walker}</g>`,
  );
  /** @type {string[]} */
  const drops = [];
  for (let k = 0; k < 500; k++) {
    const dx = rng.range(0, W);
    const dy = rng.range(0, H);
    const length = unit * rng.range(0.015, 0.05);
    drops.push(`M${n(dx)} ${n(dy)}l${n(length * 0.12)} ${n(length)}`);
  }
  c.add(
    `<path d="${drops.join('')}" stroke="${o.rain}" stroke-opacity="0.35" stroke-width="${n(unit * 0.0015)}"/>`,
  );
  paintVignette(c, 0.55);
}

/**
 * @typedef {object} BokehLook
 * @property {Stop[]} background @property {string[]} lights @property {string} glass
 */

/** City lights out of focus behind a rain-spotted window. @param {Canvas} c @param {Random} rng @param {BokehLook} o */
function paintBokeh(c, rng, o) {
  const { width: W, height: H } = c;
  const unit = Math.min(W, H * 1.5);
  paintSky(c, o.background);
  for (let k = 0; k < 75; k++) {
    const r = unit * rng.range(0.015, 0.075);
    const colour = rng.pick(o.lights);
    const strength = rng.range(0.25, 0.7);
    const disc = c.boxRadial([
      [0, colour, strength * 0.55],
      [0.86, colour, strength * 0.75],
      [0.95, colour, strength],
      [1, colour, 0],
    ]);
    c.add(
      `<circle cx="${n(rng.range(0, W))}" cy="${n(H * (0.25 + 0.6 * rng.next()))}" r="${n(r)}" fill="${disc}"/>`,
    );
  }
  /** @type {string[]} */
  const trails = [];
  for (let k = 0; k < 9; k++) {
    const wobble = fractalLine(rng, 16, 0.5);
    const x = rng.range(0, W);
    const top = rng.range(0, H * 0.5);
    trails.push(
      `<path d="${linePath(wobble.map((d, i) => [x + d * unit * 0.01, top + (i / 16) * (H - top)]))}"/>`,
    );
  }
  c.add(
    `<g fill="none" stroke="${o.glass}" stroke-opacity="0.18" stroke-width="${n(unit * 0.006)}">${trails.join('')}</g>`,
  );
  const drop = c.boxRadial(
    [
      [0, o.glass, 0.02],
      [0.75, o.glass, 0.08],
      [1, o.glass, 0.3],
    ],
    0.5,
    0.8,
  );
  /** @type {string[]} */
  const drops = [];
  /** @type {string[]} */
  const glints = [];
  for (let k = 0; k < 220; k++) {
    const r = unit * rng.range(0.002, 0.008) * (rng.next() < 0.1 ? 1.8 : 1);
    const x = rng.range(0, W);
    const y = rng.range(0, H);
    drops.push(`<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(r)}" ry="${n(r * 1.1)}"/>`);
    glints.push(`<circle cx="${n(x - r * 0.35)}" cy="${n(y - r * 0.4)}" r="${n(r * 0.2)}"/>`);
  }
  c.add(
    `<g fill="${drop}">${drops.join('')}</g><g fill="#ffffff" fill-opacity="0.45">${glints.join('')}</g>`,
  );
  c.add(`<rect width="${n(W * 0.05)}" height="${H}" fill="#0b0b10"/>`);
  paintVignette(c, 0.5);
}

/**
 * @typedef {object} FacadeLook
 * @property {Stop[]} sky @property {string} concrete @property {string[]} lit warm window colours
 * @property {string} dark glass of unlit windows @property {string[]} curtains
 */

/** An apartment block at blue hour, a different life in each window. @param {Canvas} c @param {Random} rng @param {FacadeLook} o */
function paintFacade(c, rng, o) {
  const { width: W, height: H } = c;
  paintSky(c, o.sky);
  const edge = W * 0.82;
  c.add(
    `<rect width="${n(edge)}" height="${H}" fill="${c.linear(
      [
        [0, mix(o.concrete, '#000000', 0.25)],
        [1, o.concrete],
      ],
      0,
      0,
      edge,
      H,
    )}"/><path d="M${n(edge)} 0L${n(edge + W * 0.06)} ${n(H * 0.03)}L${n(edge + W * 0.06)} ${n(H)}L${n(edge)} ${n(H)}Z" fill="${mix(o.concrete, '#000000', 0.45)}"/>`,
  );
  const columns = 4;
  const floors = 8;
  const cellW = edge / columns;
  const cellH = H / floors;
  for (let floor = 0; floor < floors; floor++) {
    for (let col = 0; col < columns; col++) {
      const x = col * cellW + cellW * 0.15;
      const y = floor * cellH + cellH * 0.12;
      const w = cellW * 0.7;
      const h = cellH * 0.62;
      const lit = rng.next() < 0.55;
      const glass = lit ? rng.pick(o.lit) : o.dark;
      c.add(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${glass}"/>`);
      if (lit) {
        c.add(
          `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${c.boxRadial([
            [0, '#fff6e0', 0.45],
            [1, '#fff6e0', 0],
          ])}"/>`,
        );
        const curtain = rng.pick(o.curtains);
        const share = rng.range(0.15, 0.45);
        c.add(
          `<rect x="${n(x)}" y="${n(y)}" width="${n(w * share)}" height="${n(h)}" fill="${curtain}" fill-opacity="0.85"/><rect x="${n(x + w * (1 - share * 0.6))}" y="${n(y)}" width="${n(w * share * 0.6)}" height="${n(h)}" fill="${curtain}" fill-opacity="0.85"/>`,
        );
        if (rng.next() < 0.35) {
          const px = x + w * rng.range(0.3, 0.7);
          c.add(
            `<path d="M${n(px - w * 0.06)} ${n(y + h)}L${n(px + w * 0.06)} ${n(y + h)}L${n(px + w * 0.05)} ${n(y + h * 0.85)}L${n(px - w * 0.05)} ${n(y + h * 0.85)}Z" fill="#3a2a22"/><ellipse cx="${n(px)}" cy="${n(y + h * 0.75)}" rx="${n(w * 0.1)}" ry="${n(h * 0.12)}" fill="#2c3a22"/>`,
          );
        }
      } else {
        c.add(
          `<path d="M${n(x)} ${n(y + h)}L${n(x + w)} ${n(y)}L${n(x + w)} ${n(y + h * 0.4)}L${n(x + w * 0.4)} ${n(y + h)}Z" fill="#ffffff" fill-opacity="0.06"/>`,
        );
      }
      c.add(
        `<rect x="${n(x + w / 2 - cellW * 0.006)}" y="${n(y)}" width="${n(cellW * 0.012)}" height="${n(h)}" fill="${mix(o.concrete, '#000000', 0.5)}"/>`,
      );
    }
    // A balcony slab with its railing under each floor of windows.
    const slab = floor * cellH + cellH * 0.74;
    c.add(
      `<rect x="0" y="${n(slab)}" width="${n(edge)}" height="${n(cellH * 0.05)}" fill="${mix(o.concrete, '#ffffff', 0.15)}"/><rect x="0" y="${n(slab + cellH * 0.05)}" width="${n(edge)}" height="${n(cellH * 0.04)}" fill="${mix(o.concrete, '#000000', 0.5)}"/>`,
    );
    const rails = Array.from(
      { length: 60 },
      (_, k) => `M${n((edge * k) / 60)} ${n(slab)}v${n(-cellH * 0.22)}`,
    );
    c.add(
      `<path d="${rails.join('')}M0 ${n(slab - cellH * 0.22)}H${n(edge)}" stroke="${mix(o.concrete, '#000000', 0.6)}" stroke-width="${n(W * 0.002)}"/>`,
    );
  }
  paintVignette(c, 0.4);
}

/**
 * @typedef {object} MarketLook
 * @property {string} wall sunlit back wall @property {string} sky @property {[string, string][]} awnings stripe pairs
 * @property {string[]} produce @property {string} shade @property {string} ground @property {string} lamp
 */

/** A row of market stalls under striped awnings in hard sun. @param {Canvas} c @param {Random} rng @param {MarketLook} o */
function paintMarket(c, rng, o) {
  const { width: W, height: H } = c;
  const unit = Math.min(W, H * 1.5);
  c.add(`<rect width="${W}" height="${H}" fill="${o.sky}"/>`);
  c.add(
    `<rect y="${n(H * 0.06)}" width="${W}" height="${n(H * 0.6)}" fill="${c.linear(
      [
        [0, mix(o.wall, '#ffffff', 0.2)],
        [1, mix(o.wall, '#000000', 0.15)],
      ],
      0,
      0,
      0,
      H * 0.6,
    )}"/>`,
  );
  for (let k = 0; k < 5; k++) {
    const x = W * (0.08 + k * 0.2);
    const w = unit * 0.06;
    c.add(
      `<path d="M${n(x)} ${n(H * 0.5)}V${n(H * 0.18)}A${n(w / 2)} ${n(w / 2)} 0 0 1 ${n(x + w)} ${n(H * 0.18)}V${n(H * 0.5)}Z" fill="${mix(o.wall, '#1b1210', 0.7)}"/>`,
    );
  }
  c.add(`<rect y="${n(H * 0.62)}" width="${W}" height="${n(H * 0.38)}" fill="${o.ground}"/>`);
  const stalls = o.awnings.length;
  const stallWidth = W / stalls;
  o.awnings.forEach(([first, second], k) => {
    const x = k * stallWidth;
    const back = H * (0.16 + rng.range(0, 0.04));
    const front = H * (0.34 + rng.range(0, 0.03));
    const valance = unit * 0.05;
    const table = H * 0.7;
    c.add(
      `<rect x="${n(x + stallWidth * 0.02)}" y="${n(front)}" width="${n(stallWidth * 0.96)}" height="${n(table - front)}" fill="${c.linear(
        [
          [0, mix(o.shade, '#000000', 0.3)],
          [1, o.shade],
        ],
        0,
        front,
        0,
        table,
      )}"/>`,
    );
    paintGlow(c, x + stallWidth * 0.5, front + valance * 1.6, unit * 0.05, o.lamp, 0.9);
    // Produce heaped on the table, each piece shaded as a small sphere.
    const colour = rng.pick(o.produce);
    const ball = c.boxRadial(
      [
        [0, mix(colour, '#ffffff', 0.45)],
        [0.45, colour],
        [1, mix(colour, '#000000', 0.55)],
      ],
      0.35,
      0.3,
    );
    /** @type {string[]} */
    const heap = [];
    const r = unit * rng.range(0.011, 0.018);
    for (let row = 0; row < 6; row++) {
      const across = Math.floor((stallWidth * 0.85) / (r * 2)) - row;
      for (let i = 0; i < across; i++) {
        heap.push(
          `<circle cx="${n(x + stallWidth * 0.08 + r * (1 + row) + i * r * 2 + rng.range(-0.2, 0.2) * r)}" cy="${n(table - r * (0.9 + row * 1.5))}" r="${n(r)}"/>`,
        );
      }
    }
    c.add(`<g fill="${ball}">${heap.join('')}</g>`);
    c.add(
      `<rect x="${n(x + stallWidth * 0.04)}" y="${n(table)}" width="${n(stallWidth * 0.92)}" height="${n(H * 0.12)}" fill="${c.linear(
        [
          [0, '#8a5a36'],
          [1, '#4d3020'],
        ],
        0,
        table,
        0,
        table + H * 0.12,
      )}"/>`,
    );
    // The awning: a sloping striped canvas with a scalloped valance.
    const stripes = 8;
    const slope = `M${n(x)} ${n(back)}L${n(x + stallWidth)} ${n(back)}L${n(x + stallWidth)} ${n(front)}L${n(x)} ${n(front)}Z`;
    const bands = Array.from(
      { length: stripes },
      (_, s) =>
        `<rect x="${n(x + (stallWidth * s) / stripes)}" y="${n(back)}" width="${n(stallWidth / stripes + 1)}" height="${n(front - back + valance + 2)}" fill="${s % 2 ? second : first}"/>`,
    );
    const scallops = Array.from({ length: stripes }, (_, s) => {
      const sx = x + (stallWidth * s) / stripes;
      return `A${n(stallWidth / stripes / 2)} ${n(valance * 0.5)} 0 0 0 ${n(sx + stallWidth / stripes)} ${n(front + valance * 0.7)}`;
    });
    const cloth = `${slope}M${n(x)} ${n(front)}L${n(x)} ${n(front + valance * 0.7)}${scallops.join('')}L${n(x + stallWidth)} ${n(front)}Z`;
    c.add(
      `<g clip-path="${c.clip(`<path d="${cloth}"/>`)}">${bands.join('')}<rect x="${n(x)}" y="${n(back)}" width="${n(stallWidth)}" height="${n(front - back)}" fill="${c.linear(
        [
          [0, '#ffffff', 0.25],
          [1, '#000000', 0.1],
        ],
        0,
        back,
        0,
        front,
      )}"/><rect x="${n(x)}" y="${n(front)}" width="${n(stallWidth)}" height="${n(valance)}" fill="#000000" fill-opacity="0.15"/></g>`,
    );
    c.add(
      `<path d="M${n(x + stallWidth * 0.03)} ${n(front)}V${n(H * 0.82)}M${n(x + stallWidth * 0.97)} ${n(front)}V${n(H * 0.82)}" stroke="#3b2a20" stroke-width="${n(unit * 0.006)}"/>`,
    );
    c.add(
      `<path d="M${n(x)} ${n(H * 0.82)}L${n(x + stallWidth)} ${n(H * 0.82)}L${n(x + stallWidth * 1.25)} ${n(H)}L${n(x + stallWidth * 0.25)} ${n(H)}Z" fill="#000000" fill-opacity="0.18"/>`,
    );
  });
  paintVignette(c, 0.35);
}

/**
 * @typedef {object} SpiceLook
 * @property {string} table @property {string} sack @property {string[]} spices
 */

/** Sacks of spice seen from above, heaped into cones. @param {Canvas} c @param {Random} rng @param {SpiceLook} o */
function paintSpices(c, rng, o) {
  const { width: W, height: H } = c;
  c.add(
    `<rect width="${W}" height="${H}" fill="${c.linear(
      [
        [0, mix(o.table, '#000000', 0.4)],
        [1, o.table],
      ],
      0,
      0,
      0,
      H,
    )}"/>`,
  );
  const grid = 3;
  const cell = W / grid;
  o.spices.slice(0, grid * grid).forEach((spice, k) => {
    const cx = cell * ((k % grid) + 0.5) + rng.range(-0.04, 0.04) * cell;
    const cy = (H / grid) * (Math.floor(k / grid) + 0.55);
    const r = cell * 0.42;
    c.add(
      `<ellipse cx="${n(cx + r * 0.12)}" cy="${n(cy + r * 0.2)}" rx="${n(r * 1.05)}" ry="${n(r * 0.8)}" fill="${c.soft('#000000', 0.55, 0.5)}"/>`,
    );
    c.add(
      `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(r)}" ry="${n(r * 0.72)}" fill="${c.boxRadial(
        [
          [0, mix(o.sack, '#000000', 0.35)],
          [0.75, o.sack],
          [1, mix(o.sack, '#ffffff', 0.25)],
        ],
        0.45,
        0.4,
      )}"/>`,
    );
    const mound = c.boxRadial(
      [
        [0, mix(spice, '#ffffff', 0.35)],
        [0.55, spice],
        [1, mix(spice, '#000000', 0.45)],
      ],
      0.38,
      0.3,
    );
    c.add(
      `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(r * 0.8)}" ry="${n(r * 0.56)}" fill="${mound}"/>`,
    );
    c.add(
      `<ellipse cx="${n(cx)}" cy="${n(cy - r * 0.1)}" rx="${n(r * 0.6)}" ry="${n(r * 0.44)}" fill="${mound}"/>`,
    );
    c.add(
      `<ellipse cx="${n(cx)}" cy="${n(cy - r * 0.18)}" rx="${n(r * 0.38)}" ry="${n(r * 0.3)}" fill="${mound}"/>`,
    );
    /** @type {string[]} */
    const grains = [];
    for (let g = 0; g < 40; g++) {
      const angle = rng.range(0, 2 * Math.PI);
      const distance = Math.sqrt(rng.next()) * r * 0.7;
      grains.push(
        `<circle cx="${n(cx + Math.cos(angle) * distance)}" cy="${n(cy + Math.sin(angle) * distance * 0.7)}" r="${n(r * rng.range(0.008, 0.02))}"/>`,
      );
    }
    c.add(`<g fill="${mix(spice, '#000000', 0.4)}" fill-opacity="0.6">${grains.join('')}</g>`);
  });
  paintGlow(c, W * 0.2, H * 0.15, W * 0.8, '#fff0c8', 0.25);
  paintVignette(c, 0.55);
}

// ---------------------------------------------------------------------------------------------------
// Scenes: buildings and rooms

/**
 * @typedef {object} ColonnadeLook
 * @property {Stop[]} sky @property {string} stone lit stone @property {string} shade @property {string} floor
 */

/** A colonnade in one-point perspective, its shadows striping the floor. @param {Canvas} c @param {Random} rng @param {ColonnadeLook} o */
function paintColonnade(c, rng, o) {
  const { width: W, height: H } = c;
  const vanishX = W * 0.88;
  const vanishY = H * 0.5;
  paintSky(c, o.sky, H * 0.5);
  c.add(`<rect y="${n(H * 0.5)}" width="${W}" height="${n(H * 0.5)}" fill="${o.floor}"/>`);
  /** @param {number} z @param {number} x @param {number} y */
  const project = (z, x, y) =>
    /** @type {Point} */ ([vanishX + (x - vanishX) / z, vanishY + (y - vanishY) / z]);
  const nearX = -W * 0.02;
  const top = -H * 0.05;
  const bottom = H * 0.86;
  const backX = nearX - W * 0.25;
  const wall = [
    project(1, backX, top),
    project(40, backX, top),
    project(40, backX, bottom),
    project(1, backX, bottom),
  ];
  c.add(
    `<path d="M${linePath(wall).slice(1)}Z" fill="${c.linear(
      [
        [0, mix(o.shade, '#000000', 0.35)],
        [1, o.shade],
      ],
      0,
      0,
      vanishX,
      0,
    )}"/>`,
  );
  const count = 16;
  /** @type {string[]} */
  const shadows = [];
  /** @type {string[]} */
  const columns = [];
  const cylinder = c.boxLinear(
    [
      [0, mix(o.stone, '#000000', 0.45)],
      [0.3, mix(o.stone, '#ffffff', 0.25)],
      [0.55, o.stone],
      [1, mix(o.stone, '#000000', 0.5)],
    ],
    1,
    0,
  );
  for (let k = count - 1; k >= 0; k--) {
    const z = 1 + k * 0.55;
    const [x, yTop] = project(z, nearX + W * 0.22, top + H * 0.16);
    const [, yBottom] = project(z, nearX, bottom);
    const width = (W * 0.06) / z;
    columns.push(
      `<rect x="${n(x - width / 2)}" y="${n(yTop)}" width="${n(width)}" height="${n(yBottom - yTop)}" fill="${cylinder}"/>`,
      `<rect x="${n(x - width * 0.7)}" y="${n(yTop - width * 0.3)}" width="${n(width * 1.4)}" height="${n(width * 0.35)}" fill="${mix(o.stone, '#ffffff', 0.15)}"/>`,
      `<rect x="${n(x - width * 0.65)}" y="${n(yBottom - width * 0.25)}" width="${n(width * 1.3)}" height="${n(width * 0.25)}" fill="${mix(o.stone, '#000000', 0.2)}"/>`,
    );
    const reach = (H - yBottom) * 3;
    shadows.push(
      `M${n(x - width / 2)} ${n(yBottom)}L${n(x + width / 2)} ${n(yBottom)}L${n(x + width / 2 - reach * 0.9)} ${n(yBottom + reach)}L${n(x - width / 2 - reach * 1.1)} ${n(yBottom + reach)}Z`,
    );
  }
  c.add(
    `<path d="${shadows.join('')}" fill="${mix(o.shade, '#000000', 0.2)}" fill-opacity="0.55" clip-path="${c.clip(`<rect y="${n(H * 0.5)}" width="${W}" height="${n(H * 0.5)}"/>`)}"/>`,
  );
  c.add(columns.join(''));
  const beam = [
    project(1, nearX - W * 0.3, top),
    project(40, nearX - W * 0.3, top),
    project(40, nearX + W * 0.28, top + H * 0.1),
    project(1, nearX + W * 0.28, top + H * 0.1),
  ];
  c.add(
    `<path d="M${linePath(beam).slice(1)}Z" fill="${c.linear(
      [
        [0, mix(o.stone, '#ffffff', 0.1)],
        [1, mix(o.stone, o.sky[o.sky.length - 1]?.[1] ?? '#ffffff', 0.4)],
      ],
      0,
      0,
      vanishX,
      0,
    )}"/>`,
  );
  paintVignette(c, 0.4);
}

/**
 * An arched opening from the floor up: straight jambs and a round head.
 * @param {number} x left jamb @param {number} width @param {number} floor @param {number} springing where the arch starts
 */
function archPath(x, width, floor, springing) {
  const r = width / 2;
  return `M${n(x)} ${n(floor)}V${n(springing)}A${n(r)} ${n(r)} 0 0 1 ${n(x + width)} ${n(springing)}V${n(floor)}Z`;
}

/**
 * @typedef {object} ArcadeLook
 * @property {Stop[]} sky @property {string} sea @property {string} wall shaded stone @property {string} floor
 * @property {string} sun the light on the floor @property {number} arches
 */

/** Inside a loggia: arches framing the sea, sunlight laid on the floor in their shape. @param {Canvas} c @param {Random} rng @param {ArcadeLook} o */
function paintArcade(c, rng, o) {
  const { width: W, height: H } = c;
  const floor = H * 0.72;
  const horizon = H * 0.5;
  paintSky(c, o.sky, horizon);
  paintWater(c, rng, horizon, {
    far: mix(o.sea, '#ffffff', 0.3),
    near: o.sea,
    light: '#ffffff',
    dark: mix(o.sea, '#000000', 0.3),
    ripples: Math.round(W * 0.3),
  });
  c.add(
    `<rect y="${n(floor - H * 0.08)}" width="${W}" height="${n(H * 0.08)}" fill="${mix(o.wall, '#ffffff', 0.25)}"/>`,
  );
  const pier = W * 0.07;
  const width = (W - pier * (o.arches + 1)) / o.arches;
  const springing = H * 0.12 + width / 2;
  const openings = Array.from({ length: o.arches }, (_, k) =>
    archPath(pier + k * (width + pier), width, floor, springing),
  );
  c.add(
    `<path d="M${-2} ${-2}H${W + 2}V${n(floor)}H-2Z${openings.join('')}" fill-rule="evenodd" fill="${c.linear(
      [
        [0, mix(o.wall, '#000000', 0.35)],
        [1, o.wall],
      ],
      0,
      0,
      0,
      floor,
    )}"/>`,
  );
  // The lit edge of each pier, where the sun catches the stone.
  openings.forEach((_, k) => {
    const x = pier + k * (width + pier);
    c.add(
      `<rect x="${n(x - pier * 0.18)}" y="${n(springing)}" width="${n(pier * 0.18)}" height="${n(floor - springing)}" fill="${mix(o.wall, o.sun, 0.45)}"/>`,
    );
  });
  c.add(
    `<rect y="${n(floor)}" width="${W}" height="${n(H - floor)}" fill="${c.linear(
      [
        [0, o.floor],
        [1, mix(o.floor, '#000000', 0.35)],
      ],
      0,
      floor,
      0,
      H,
    )}"/>`,
  );
  // The sun stands behind the arches, so each opening throws its shape forward and down onto the floor.
  const drop = 0.3;
  const skew = 0.3;
  const patches = openings.map(
    (_, k) =>
      `<path d="${archPath(pier + k * (width + pier), width, floor, springing)}" transform="matrix(1 0 ${n(-skew * 100) / 100} ${n(-drop * 100) / 100} ${n(skew * floor)} ${n(floor * (1 + drop))})"/>`,
  );
  c.add(
    `<g fill="${o.sun}" fill-opacity="0.6" clip-path="${c.clip(`<rect y="${n(floor)}" width="${W}" height="${n(H - floor)}"/>`)}" filter="${c.blur(3)}">${patches.join('')}</g>`,
  );
  paintVignette(c, 0.5);
}

/**
 * @typedef {object} CourtyardLook
 * @property {string} wall sunlit courtyard wall @property {string} shutters @property {string} frame the dark arch
 * @property {string} water @property {string} tree @property {string} fruit @property {string} paving
 */

/** A sunlit courtyard with a fountain, seen through a dark archway. @param {Canvas} c @param {Random} rng @param {CourtyardLook} o */
function paintCourtyard(c, rng, o) {
  const { width: W, height: H } = c;
  const ground = H * 0.66;
  c.add(
    `<rect width="${W}" height="${n(ground)}" fill="${c.linear(
      [
        [0, mix(o.wall, '#ffffff', 0.15)],
        [1, o.wall],
      ],
      0,
      0,
      0,
      ground,
    )}"/>`,
  );
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 3; col++) {
      const x = W * (0.2 + col * 0.25);
      const y = H * (0.12 + row * 0.16);
      c.add(
        `<rect x="${n(x)}" y="${n(y)}" width="${n(W * 0.1)}" height="${n(H * 0.1)}" fill="#2a211c"/><rect x="${n(x - W * 0.05)}" y="${n(y)}" width="${n(W * 0.05)}" height="${n(H * 0.1)}" fill="${o.shutters}"/><rect x="${n(x + W * 0.1)}" y="${n(y)}" width="${n(W * 0.05)}" height="${n(H * 0.1)}" fill="${o.shutters}"/>`,
      );
    }
  }
  // A diagonal shadow from the roof opposite.
  c.add(`<path d="M0 0H${n(W * 0.55)}L0 ${n(H * 0.45)}Z" fill="#3a2418" fill-opacity="0.35"/>`);
  c.add(
    `<rect y="${n(ground)}" width="${W}" height="${n(H - ground)}" fill="${c.linear(
      [
        [0, o.paving],
        [1, mix(o.paving, '#000000', 0.2)],
      ],
      0,
      ground,
      0,
      H,
    )}"/>`,
  );
  const treeX = W * 0.22;
  c.add(
    `<rect x="${n(treeX - W * 0.012)}" y="${n(ground - H * 0.2)}" width="${n(W * 0.024)}" height="${n(H * 0.2)}" fill="#4a3424"/>`,
  );
  /** @type {string[]} */
  const leaves = [];
  /** @type {string[]} */
  const fruit = [];
  for (let k = 0; k < 50; k++) {
    const angle = rng.range(0, 2 * Math.PI);
    const distance = Math.sqrt(rng.next()) * W * 0.13;
    const x = treeX + Math.cos(angle) * distance;
    const y = ground - H * 0.27 + Math.sin(angle) * distance * 0.8;
    leaves.push(`<circle cx="${n(x)}" cy="${n(y)}" r="${n(W * rng.range(0.03, 0.05))}"/>`);
    if (k % 3 === 0) fruit.push(`<circle cx="${n(x)}" cy="${n(y)}" r="${n(W * 0.009)}"/>`);
  }
  c.add(`<g fill="${o.tree}">${leaves.join('')}</g><g fill="${o.fruit}">${fruit.join('')}</g>`);
  const fx = W * 0.58;
  const fy = ground + H * 0.08;
  const rim = W * 0.24;
  c.add(
    `<ellipse cx="${n(fx)}" cy="${n(fy + rim * 0.08)}" rx="${n(rim)}" ry="${n(rim * 0.28)}" fill="${mix(o.paving, '#000000', 0.35)}"/><rect x="${n(fx - rim)}" y="${n(fy - rim * 0.05)}" width="${n(rim * 2)}" height="${n(rim * 0.18)}" fill="${mix(o.paving, '#000000', 0.15)}"/><ellipse cx="${n(fx)}" cy="${n(fy - rim * 0.05)}" rx="${n(rim)}" ry="${n(rim * 0.25)}" fill="${mix(o.paving, '#ffffff', 0.3)}"/><ellipse cx="${n(fx)}" cy="${n(fy - rim * 0.05)}" rx="${n(rim * 0.9)}" ry="${n(rim * 0.2)}" fill="${c.boxLinear(
      [
        [0, mix(o.water, '#ffffff', 0.3)],
        [1, o.water],
      ],
    )}"/>`,
  );
  paintRipples(c, rng, fy - rim * 0.2, {
    light: '#ffffff',
    dark: mix(o.water, '#000000', 0.3),
    ripples: 40,
    strength: 1.5,
    left: fx - rim * 0.7,
    right: fx + rim * 0.7,
  });
  c.add(
    `<path d="M${n(fx - W * 0.006)} ${n(fy - rim * 0.05)}L${n(fx - W * 0.003)} ${n(fy - rim * 0.65)}L${n(fx + W * 0.003)} ${n(fy - rim * 0.65)}L${n(fx + W * 0.006)} ${n(fy - rim * 0.05)}Z" fill="#ffffff" fill-opacity="0.8"/>`,
  );
  for (let k = 0; k < 8; k++) {
    const rx = W * rng.range(0.02, 0.06);
    c.add(
      `<ellipse cx="${n(fx + rng.range(-0.05, 0.05) * W)}" cy="${n(fy - rim * rng.range(0.1, 0.7))}" rx="${n(rx)}" ry="${n(rx * 1.2)}" fill="${c.soft('#ffffff', 0.35, 0.1)}"/>`,
    );
  }
  // The archway we look through, dark, with its lit inner reveal.
  const openingX = W * 0.12;
  const openingWidth = W * 0.76;
  const springing = H * 0.12 + openingWidth / 2;
  c.add(
    `<path d="${archPath(openingX, openingWidth, H + 2, springing)}${archPath(openingX + W * 0.035, openingWidth - W * 0.035, H + 2, springing + W * 0.01)}" fill-rule="evenodd" fill="${mix(o.frame, o.wall, 0.35)}"/>`,
  );
  c.add(
    `<path d="M-2 -2H${W + 2}V${H + 2}H-2Z${archPath(openingX, openingWidth, H + 2, springing)}" fill-rule="evenodd" fill="${c.linear(
      [
        [0, o.frame],
        [1, mix(o.frame, '#000000', 0.5)],
      ],
      0,
      0,
      W,
      0,
    )}"/>`,
  );
  paintVignette(c, 0.45);
}

/**
 * @typedef {object} DoorwayLook
 * @property {string} wall @property {string} floor @property {Stop[]} outside sky to sea, seen through the door
 * @property {string} light
 */

/** A dark room, a door open onto the sea, and its light across the floorboards. @param {Canvas} c @param {Random} rng @param {DoorwayLook} o */
function paintDoorway(c, rng, o) {
  const { width: W, height: H } = c;
  const floorLine = H * 0.74;
  const door = { x: W * 0.42, y: H * 0.2, width: W * 0.3, height: floorLine - H * 0.2 };
  c.add(
    `<rect width="${W}" height="${n(floorLine)}" fill="${c.linear(
      [
        [0, mix(o.wall, '#000000', 0.5)],
        [1, o.wall],
      ],
      0,
      0,
      0,
      floorLine,
    )}"/>`,
  );
  c.add(
    `<ellipse cx="${n(door.x + door.width / 2)}" cy="${n(door.y + door.height * 0.55)}" rx="${n(door.width * 1.6)}" ry="${n(door.height * 0.8)}" fill="${c.soft(o.light, 0.35, 0.2)}"/>`,
  );
  c.add(`<rect y="${n(floorLine)}" width="${W}" height="${n(H - floorLine)}" fill="${o.floor}"/>`);
  const boards = Array.from({ length: 15 }, (_, k) => {
    const x = door.x + (door.width * k) / 14;
    return `M${n(x)} ${n(floorLine)}L${n(x + (x - W * 0.57) * 6)} ${n(H * 1.6)}`;
  });
  c.add(
    `<path d="${boards.join('')}" stroke="#000000" stroke-opacity="0.35" stroke-width="${n(W * 0.002)}" clip-path="${c.clip(`<rect y="${n(floorLine)}" width="${W}" height="${n(H - floorLine)}"/>`)}"/>`,
  );
  c.add(
    `<rect x="${n(door.x)}" y="${n(door.y)}" width="${n(door.width)}" height="${n(door.height)}" fill="${c.linear(o.outside, 0, door.y, 0, door.y + door.height)}"/>`,
  );
  c.add(
    `<rect x="${n(door.x)}" y="${n(door.y + door.height * 0.62)}" width="${n(door.width)}" height="${n(door.height * 0.38)}" fill="${c.linear(
      [
        [0, mix(o.outside[o.outside.length - 1]?.[1] ?? '#ffffff', '#5d8fb0', 0.5)],
        [1, '#3e6f8f'],
      ],
      0,
      door.y + door.height * 0.62,
      0,
      door.y + door.height,
    )}"/>`,
  );
  paintGlitter(c, rng, door.x + door.width * 0.6, door.y + door.height * 0.62, {
    colour: '#ffffff',
    count: 60,
    spread: door.width * 0.1,
    bottom: door.y + door.height,
  });
  c.add(
    `<path d="M${n(door.x)} ${n(door.y + door.height)}L${n(door.x + door.width)} ${n(door.y + door.height)}L${n(door.x + door.width * 1.9)} ${n(H)}L${n(door.x - door.width * 0.5)} ${n(H)}Z" fill="${c.linear(
      [
        [0, o.light, 0.8],
        [1, o.light, 0.05],
      ],
      0,
      floorLine,
      0,
      H,
    )}" filter="${c.blur(4)}"/>`,
  );
  // The open door leaf, turned into the room and catching the light on its edge.
  c.add(
    `<path d="M${n(door.x + door.width)} ${n(door.y)}L${n(door.x + door.width * 1.45)} ${n(door.y - door.height * 0.06)}L${n(door.x + door.width * 1.45)} ${n(door.y + door.height * 1.08)}L${n(door.x + door.width)} ${n(door.y + door.height)}Z" fill="${mix(o.wall, '#000000', 0.35)}"/><path d="M${n(door.x + door.width)} ${n(door.y)}L${n(door.x + door.width)} ${n(door.y + door.height)}" stroke="${o.light}" stroke-opacity="0.7" stroke-width="${n(W * 0.004)}"/>`,
  );
  const chairX = W * 0.2;
  const seat = floorLine + H * 0.08;
  c.add(
    `<path d="M${n(chairX)} ${n(seat)}H${n(chairX + W * 0.12)}V${n(seat + H * 0.015)}H${n(chairX)}ZM${n(chairX)} ${n(seat)}V${n(seat - H * 0.16)}H${n(chairX + W * 0.015)}V${n(seat)}ZM${n(chairX + W * 0.005)} ${n(seat)}V${n(seat + H * 0.1)}H${n(chairX + W * 0.015)}V${n(seat)}ZM${n(chairX + W * 0.105)} ${n(seat)}V${n(seat + H * 0.1)}H${n(chairX + W * 0.115)}V${n(seat)}Z" fill="#120d0a"/>`,
  );
  paintVignette(c, 0.55);
}

/**
 * A head and shoulders in profile, facing right, in a 100 x 150 box.
 * Drawn once by hand: back of the head, crown, brow, nose, lips, chin, neck, shoulders.
 */
const PROFILE =
  'M38 88C28 84 20 66 22 48C24 26 40 12 58 12C70 12 78 22 79 34L80 40L79 44L86 54L80 57L81 60L79 62L81 65C81 71 78 75 72 76C66 77 62 79 60 84L60 98C66 104 80 112 86 150L6 150C8 120 22 104 36 100ZM20 40A10 10 0 1 0 20.1 40Z';

/**
 * @typedef {object} PortraitLook
 * @property {string} wall @property {Stop[]} outside seen through the window, sky to sea
 * @property {string} figure @property {string} light @property {'standing' | 'seated' | 'none'} pose
 * @property {boolean} rain @property {string} curtain
 */

/** A figure against a bright window, only a silhouette with a rim of light. @param {Canvas} c @param {Random} rng @param {PortraitLook} o */
function paintPortrait(c, rng, o) {
  const { width: W, height: H } = c;
  const unit = Math.min(W, H);
  const window = { x: W * 0.3, y: H * 0.14, width: W * 0.5, height: H * 0.5 };
  c.add(
    `<rect width="${W}" height="${H}" fill="${c.linear(
      [
        [0, mix(o.wall, '#000000', 0.35)],
        [1, o.wall],
      ],
      0,
      0,
      W,
      H,
    )}"/>`,
  );
  c.add(
    `<ellipse cx="${n(window.x + window.width / 2)}" cy="${n(window.y + window.height * 0.6)}" rx="${n(window.width * 1.3)}" ry="${n(window.height * 1.2)}" fill="${c.soft(o.light, 0.3, 0.2)}"/>`,
  );
  const glass = `<rect x="${n(window.x)}" y="${n(window.y)}" width="${n(window.width)}" height="${n(window.height)}"/>`;
  c.add(
    `<rect x="${n(window.x)}" y="${n(window.y)}" width="${n(window.width)}" height="${n(window.height)}" fill="${c.linear(o.outside, 0, window.y, 0, window.y + window.height)}"/>`,
  );
  const seaTop = window.y + window.height * 0.6;
  c.add(
    `<g clip-path="${c.clip(glass)}"><rect x="${n(window.x)}" y="${n(seaTop)}" width="${n(window.width)}" height="${n(window.height * 0.4)}" fill="${c.linear(
      [
        [0, mix(o.outside[o.outside.length - 1]?.[1] ?? '#ffffff', '#4d7fa0', 0.4)],
        [1, '#355e7c'],
      ],
      0,
      seaTop,
      0,
      window.y + window.height,
    )}"/></g>`,
  );
  paintGlow(
    c,
    window.x + window.width * 0.3,
    seaTop - window.height * 0.08,
    window.width * 0.5,
    '#ffffff',
    0.5,
  );
  if (o.rain) {
    /** @type {string[]} */
    const drops = [];
    for (let k = 0; k < 160; k++) {
      const r = unit * rng.range(0.002, 0.008);
      drops.push(
        `<ellipse cx="${n(window.x + rng.next() * window.width)}" cy="${n(window.y + rng.next() * window.height)}" rx="${n(r)}" ry="${n(r * 1.15)}"/>`,
      );
    }
    c.add(
      `<g clip-path="${c.clip(glass)}" fill="${c.boxRadial(
        [
          [0, '#ffffff', 0.1],
          [0.7, '#9fb3c2', 0.35],
          [1, '#ffffff', 0.8],
        ],
        0.5,
        0.75,
      )}">${drops.join('')}</g>`,
    );
  }
  const frame = mix(o.wall, '#000000', 0.55);
  const bar = unit * 0.012;
  c.add(
    `<path d="M${n(window.x)} ${n(window.y)}h${n(window.width)}v${n(window.height)}h${n(-window.width)}Z" fill="none" stroke="${frame}" stroke-width="${n(bar * 1.8)}"/><path d="M${n(window.x + window.width / 2)} ${n(window.y)}v${n(window.height)}M${n(window.x)} ${n(window.y + window.height * 0.42)}h${n(window.width)}" stroke="${frame}" stroke-width="${n(bar)}"/>`,
  );
  c.add(
    `<rect x="${n(window.x - bar * 2)}" y="${n(window.y + window.height)}" width="${n(window.width + bar * 4)}" height="${n(bar * 1.6)}" fill="${mix(o.wall, o.light, 0.35)}"/>`,
  );
  // A sheer curtain, glowing where it hangs in front of the glass.
  const folds = Array.from({ length: 9 }, (_, k) => {
    const x = window.x + window.width * 0.78 + (k * window.width * 0.32) / 9;
    return `<rect x="${n(x)}" y="${n(window.y - bar * 2)}" width="${n((window.width * 0.32) / 9 + 1)}" height="${n(window.height + bar * 6)}" fill-opacity="${k % 2 ? 0.35 : 0.55}"/>`;
  });
  c.add(`<g fill="${o.curtain}">${folds.join('')}</g>`);
  c.add(
    `<path d="M${n(window.x - window.width * 0.1)} ${n(H)}L${n(window.x)} ${n(H * 0.8)}L${n(window.x + window.width)} ${n(H * 0.8)}L${n(window.x + window.width * 1.5)} ${n(H)}Z" fill="${c.linear(
      [
        [0, o.light, 0.3],
        [1, o.light, 0],
      ],
      0,
      H * 0.8,
      0,
      H,
    )}"/>`,
  );
  c.add(
    `<rect y="${n(H * 0.8)}" width="${W}" height="${n(H * 0.2)}" fill="#000000" fill-opacity="0.3"/>`,
  );
  if (o.pose === 'none') {
    paintVignette(c, 0.5);
    return;
  }
  const seated = o.pose === 'seated';
  const scale = (seated ? H * 0.3 : H * 0.5) / 150;
  const x = window.x + window.width * (seated ? 0.1 : 0.2);
  const y = seated ? H * 0.42 : H * 0.5;
  const place = `translate(${n(x)} ${n(y)}) scale(${n(scale * 1000) / 1000})${seated ? ' rotate(10 60 80)' : ''}`;
  if (seated) {
    // An armchair behind, the body below the shoulders, and the open book catching the light.
    const chairTop = y + 150 * scale * 0.55;
    c.add(
      `<rect x="${n(x - W * 0.06)}" y="${n(chairTop)}" width="${n(W * 0.32)}" height="${n(H)}" rx="${n(W * 0.04)}" fill="${mix(o.figure, o.wall, 0.25)}"/>`,
    );
  }
  // The rim: a blurred, light copy just behind the silhouette, showing at its window-side edges.
  c.add(
    `<g filter="${c.blur(unit * 0.004)}"><path d="${PROFILE}" transform="${place}" fill="${o.light}" fill-opacity="0.8"/></g>`,
  );
  c.add(
    `<path d="${PROFILE}" transform="translate(${n(-unit * 0.004)} 0) ${place}" fill="${o.figure}"/>`,
  );
  const bodyTop = y + 150 * scale - 1;
  if (seated) {
    c.add(
      `<path d="M${n(x)} ${n(bodyTop)}L${n(x + 95 * scale)} ${n(bodyTop)}L${n(x + 150 * scale)} ${n(H * 0.88)}L${n(x - W * 0.02)} ${n(H * 0.88)}Z" fill="${o.figure}"/><path d="M${n(x + 70 * scale)} ${n(bodyTop + 20 * scale)}L${n(x + 125 * scale)} ${n(bodyTop + 2 * scale)}L${n(x + 130 * scale)} ${n(bodyTop + 12 * scale)}L${n(x + 78 * scale)} ${n(bodyTop + 30 * scale)}Z" fill="${mix(o.light, '#ffffff', 0.3)}"/>`,
    );
  } else {
    c.add(
      `<rect x="${n(x + 6 * scale)}" y="${n(bodyTop)}" width="${n(80 * scale)}" height="${n(H)}" fill="${o.figure}"/>`,
    );
  }
  paintVignette(c, 0.5);
}

/**
 * A fruit shaded as a sphere lit from the upper left.
 * @param {Canvas} c @param {number} x @param {number} y @param {number} r @param {string} colour @param {number} [squash]
 */
function fruitShape(c, x, y, r, colour, squash = 1) {
  const fill = c.boxRadial(
    [
      [0, mix(colour, '#ffffff', 0.5)],
      [0.4, colour],
      [1, mix(colour, '#000000', 0.6)],
    ],
    0.32,
    0.3,
  );
  return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(r)}" ry="${n(r * squash)}" fill="${fill}"/><path d="M${n(x)} ${n(y - r * squash * 0.9)}q${n(r * 0.1)} ${n(-r * 0.35)} ${n(r * 0.25)} ${n(-r * 0.4)}" stroke="#3b2a18" stroke-width="${n(r * 0.08)}" fill="none"/>`;
}

/**
 * @typedef {object} StillLifeLook
 * @property {string} wall @property {string} table @property {string} light
 * @property {'bowl' | 'pears' | 'carafe'} arrangement @property {string[]} fruit
 */

/** Fruit, a bowl or a carafe on a table, lit from a window at the left. @param {Canvas} c @param {Random} rng @param {StillLifeLook} o */
function paintStillLife(c, rng, o) {
  const { width: W, height: H } = c;
  const unit = Math.min(W, H);
  const tableTop = H * 0.6;
  const tableFront = H * 0.84;
  c.add(
    `<rect width="${W}" height="${n(tableTop)}" fill="${c.linear(
      [
        [0, mix(o.wall, '#000000', 0.45)],
        [1, o.wall],
      ],
      0,
      0,
      W,
      0,
    )}"/>`,
  );
  c.add(
    `<ellipse cx="${n(W * 0.2)}" cy="${n(H * 0.25)}" rx="${n(W * 0.6)}" ry="${n(H * 0.5)}" fill="${c.soft(o.light, 0.3, 0.15)}"/>`,
  );
  c.add(
    `<rect y="${n(tableTop)}" width="${W}" height="${n(tableFront - tableTop)}" fill="${c.linear(
      [
        [0, mix(o.table, '#000000', 0.25)],
        [1, mix(o.table, o.light, 0.2)],
      ],
      0,
      tableTop,
      0,
      tableFront,
    )}"/>`,
  );
  c.add(
    `<rect y="${n(tableFront)}" width="${W}" height="${n(H - tableFront)}" fill="${mix(o.table, '#000000', 0.55)}"/>`,
  );
  c.add(
    `<rect y="${n(tableFront)}" width="${W}" height="${n(unit * 0.006)}" fill="${mix(o.table, o.light, 0.5)}"/>`,
  );
  /** @param {number} x @param {number} y @param {number} rx */
  const shadow = (x, y, rx) =>
    c.add(
      `<ellipse cx="${n(x + rx * 0.5)}" cy="${n(y)}" rx="${n(rx * 1.3)}" ry="${n(rx * 0.22)}" fill="${c.soft('#000000', 0.6, 0.3)}"/>`,
    );
  const base = H * 0.74;
  if (o.arrangement === 'bowl') {
    const bx = W * 0.48;
    const r = unit * 0.3;
    shadow(bx, base, r);
    const rimY = base - r * 0.55;
    const fruit = o.fruit;
    for (let k = 0; k < 7; k++) {
      const fx = bx + (k / 6 - 0.5) * r * 1.4 + rng.range(-0.05, 0.05) * r;
      const size = r * rng.range(0.22, 0.3);
      c.add(
        fruitShape(
          c,
          fx,
          rimY - size * (k % 2 ? 0.5 : 0.1) - (k === 3 ? size * 0.8 : 0),
          size,
          fruit[k % fruit.length] ?? '#d08030',
        ),
      );
    }
    c.add(
      `<path d="M${n(bx - r)} ${n(rimY)}Q${n(bx - r * 0.95)} ${n(base)} ${n(bx)} ${n(base)}Q${n(bx + r * 0.95)} ${n(base)} ${n(bx + r)} ${n(rimY)}Z" fill="${c.boxLinear(
        [
          [0, '#f3ead8'],
          [0.35, '#d9c9a8'],
          [1, '#5a4a36'],
        ],
        1,
        0,
      )}"/><path d="M${n(bx - r)} ${n(rimY)}Q${n(bx)} ${n(rimY + r * 0.12)} ${n(bx + r)} ${n(rimY)}" stroke="#fff8ea" stroke-width="${n(unit * 0.006)}" fill="none"/><path d="M${n(bx - r * 0.75)} ${n(rimY + r * 0.2)}Q${n(bx)} ${n(rimY + r * 0.38)} ${n(bx + r * 0.75)} ${n(rimY + r * 0.2)}" stroke="#3a5a7a" stroke-opacity="0.7" stroke-width="${n(unit * 0.008)}" fill="none"/>`,
    );
    const lx = W * 0.82;
    shadow(lx, base + H * 0.04, r * 0.25);
    c.add(fruitShape(c, lx, base + H * 0.02, r * 0.2, fruit[0] ?? '#d08030', 0.9));
  } else if (o.arrangement === 'pears') {
    c.add(
      `<path d="M${n(W * 0.05)} ${n(tableTop + H * 0.02)}Q${n(W * 0.3)} ${n(tableTop - H * 0.01)} ${n(W * 0.55)} ${n(tableTop + H * 0.03)}L${n(W * 0.62)} ${n(H)}L${n(W * 0.02)} ${n(H)}Z" fill="${c.linear(
        [
          [0, '#f4efe4'],
          [1, '#b9b0a0'],
        ],
        0,
        tableTop,
        0,
        H,
      )}"/>`,
    );
    c.add(
      `<path d="M${n(W * 0.2)} ${n(tableTop + H * 0.05)}Q${n(W * 0.25)} ${n(H * 0.8)} ${n(W * 0.18)} ${n(H)}M${n(W * 0.38)} ${n(tableTop + H * 0.05)}Q${n(W * 0.33)} ${n(H * 0.85)} ${n(W * 0.42)} ${n(H)}" stroke="#8f887a" stroke-opacity="0.5" stroke-width="${n(unit * 0.01)}" fill="none" filter="${c.blur(4)}"/>`,
    );
    [0.3, 0.55, 0.74].forEach((share, k) => {
      const x = W * share;
      const r = unit * (k === 1 ? 0.11 : 0.09);
      const bottom = base + (k === 0 ? H * 0.06 : 0);
      shadow(x, bottom, r);
      const colour = o.fruit[k % o.fruit.length] ?? '#b8a040';
      const pear = `M${n(x)} ${n(bottom)}C${n(x - r * 1.3)} ${n(bottom)} ${n(x - r * 1.1)} ${n(bottom - r * 1.5)} ${n(x - r * 0.45)} ${n(bottom - r * 1.9)}C${n(x - r * 0.3)} ${n(bottom - r * 2.4)} ${n(x + r * 0.3)} ${n(bottom - r * 2.4)} ${n(x + r * 0.45)} ${n(bottom - r * 1.9)}C${n(x + r * 1.1)} ${n(bottom - r * 1.5)} ${n(x + r * 1.3)} ${n(bottom)} ${n(x)} ${n(bottom)}Z`;
      c.add(
        `<path d="${pear}" fill="${c.boxRadial(
          [
            [0, mix(colour, '#ffffff', 0.45)],
            [0.45, colour],
            [1, mix(colour, '#000000', 0.6)],
          ],
          0.3,
          0.55,
        )}"/><path d="M${n(x)} ${n(bottom - r * 2.25)}q${n(r * 0.05)} ${n(-r * 0.4)} ${n(r * 0.25)} ${n(-r * 0.5)}" stroke="#3b2a18" stroke-width="${n(r * 0.07)}" fill="none"/>`,
      );
    });
  } else {
    const gx = W * 0.42;
    const r = unit * 0.17;
    shadow(gx, base, r);
    // Light through the water lands as a bright caustic beside the shadow.
    c.add(
      `<ellipse cx="${n(gx + r * 1.3)}" cy="${n(base + r * 0.02)}" rx="${n(r * 0.6)}" ry="${n(r * 0.1)}" fill="${c.soft('#fff6d8', 0.8, 0.2)}"/>`,
    );
    const carafe = `M${n(gx - r * 0.2)} ${n(base - r * 2.6)}L${n(gx - r * 0.18)} ${n(base - r * 1.7)}C${n(gx - r * 1.1)} ${n(base - r * 1.4)} ${n(gx - r * 1.05)} ${n(base)} ${n(gx - r * 0.5)} ${n(base)}L${n(gx + r * 0.5)} ${n(base)}C${n(gx + r * 1.05)} ${n(base)} ${n(gx + r * 1.1)} ${n(base - r * 1.4)} ${n(gx + r * 0.18)} ${n(base - r * 1.7)}L${n(gx + r * 0.2)} ${n(base - r * 2.6)}Z`;
    c.add(
      `<path d="${carafe}" fill="#dfe9ee" fill-opacity="0.18" stroke="#ffffff" stroke-opacity="0.5" stroke-width="${n(unit * 0.004)}"/>`,
    );
    c.add(
      `<g clip-path="${c.clip(`<path d="${carafe}"/>`)}"><rect x="${n(gx - r * 1.2)}" y="${n(base - r * 1.1)}" width="${n(r * 2.4)}" height="${n(r * 1.2)}" fill="${c.linear(
        [
          [0, '#9cc6cf', 0.55],
          [1, '#3f7380', 0.7],
        ],
        0,
        base - r * 1.1,
        0,
        base,
      )}"/><rect x="${n(gx - r * 1.2)}" y="${n(base - r * 1.12)}" width="${n(r * 2.4)}" height="${n(unit * 0.004)}" fill="#ffffff" fill-opacity="0.7"/></g>`,
    );
    c.add(
      `<path d="M${n(gx - r * 0.55)} ${n(base - r * 1.3)}Q${n(gx - r * 0.75)} ${n(base - r * 0.6)} ${n(gx - r * 0.5)} ${n(base - r * 0.15)}" stroke="#ffffff" stroke-opacity="0.8" stroke-width="${n(unit * 0.008)}" fill="none"/>`,
    );
    const lx = W * 0.72;
    const lr = unit * 0.07;
    shadow(lx, base + H * 0.03, lr);
    c.add(
      `<path d="M${n(lx - lr * 1.35)} ${n(base + H * 0.03 - lr * 0.8)}Q${n(lx - lr)} ${n(base + H * 0.03 - lr * 1.8)} ${n(lx)} ${n(base + H * 0.03 - lr * 1.7)}Q${n(lx + lr)} ${n(base + H * 0.03 - lr * 1.8)} ${n(lx + lr * 1.35)} ${n(base + H * 0.03 - lr * 0.8)}Q${n(lx + lr)} ${n(base + H * 0.03)} ${n(lx)} ${n(base + H * 0.03)}Q${n(lx - lr)} ${n(base + H * 0.03)} ${n(lx - lr * 1.35)} ${n(base + H * 0.03 - lr * 0.8)}Z" fill="${c.boxRadial(
        [
          [0, '#fff6b0'],
          [0.45, o.fruit[0] ?? '#e8c832'],
          [1, '#7a5a10'],
        ],
        0.35,
        0.3,
      )}"/>`,
    );
  }
  paintVignette(c, 0.5);
}

// ---------------------------------------------------------------------------------------------------
// The catalogue: one entry per photograph, in exhibition order

/** @type {Photo[]} */
const PHOTOS = [
  // Harbours at first light
  {
    id: 'harbour-dawn',
    aspect: [3, 2],
    paint: (c, rng) =>
      paintHarbour(c, rng, {
        sky: [
          [0, '#263560'],
          [0.45, '#6f6496'],
          [0.78, '#e0958a'],
          [1, '#ffcf9e'],
        ],
        sun: '#fff4dc',
        glow: '#ffb27a',
        sunX: 0.62,
        cloudLit: '#ffc1a6',
        cloudShade: '#7d6892',
        far: '#4a4a6e',
        near: '#262840',
        haze: '#c99fae',
        houses: ['#b5483a', '#d9a441', '#e8e2d6', '#8c3b33', '#5d7a8c'],
        waterFar: '#d8a5a2',
        waterNear: '#283052',
        silhouette: '#14151e',
        lamp: '#ffd08a',
        boats: 5,
        mist: 0.2,
      }),
  },
  {
    id: 'harbour-panorama',
    aspect: [4, 1],
    paint: (c, rng) =>
      paintHarbour(c, rng, {
        sky: [
          [0, '#3a5b82'],
          [0.5, '#93bcd6'],
          [0.85, '#f3d9b5'],
          [1, '#f8c27c'],
        ],
        sun: '#fff8e6',
        glow: '#ffd08a',
        sunX: 0.78,
        cloudLit: '#fff1dc',
        cloudShade: '#9fb3c6',
        far: '#5b6f86',
        near: '#2f3b4c',
        haze: '#c8d2d8',
        houses: ['#b5483a', '#e0b04c', '#f0ebe2', '#95423a', '#4e7088'],
        waterFar: '#e7cfae',
        waterNear: '#2d4a63',
        silhouette: '#172230',
        lamp: '#ffe0a0',
        boats: 7,
        mist: 0.1,
      }),
  },
  {
    id: 'harbour-fog',
    aspect: [3, 2],
    paint: (c, rng) =>
      paintHarbour(c, rng, {
        sky: [
          [0, '#8d97a1'],
          [1, '#dcd8cf'],
        ],
        sun: '#fffaf0',
        glow: '#efe4cf',
        sunX: 0.3,
        cloudLit: '#e9e6de',
        cloudShade: '#a4a9ae',
        far: '#9aa1a6',
        near: '#6f767c',
        haze: '#d9d6cf',
        houses: ['#a0524a', '#c4a066', '#e6e2da'],
        waterFar: '#cfccc4',
        waterNear: '#5f676d',
        silhouette: '#363b40',
        lamp: '#ffe2a8',
        boats: 3,
        mist: 0.9,
      }),
  },
  {
    id: 'quay-boats',
    aspect: [4, 3],
    paint: (c, rng) =>
      paintQuay(c, rng, {
        sky: [
          [0, '#7fa9cf'],
          [1, '#e4eef2'],
        ],
        houses: ['#c0392b', '#e1a93a', '#f2ede4', '#2f6f8f', '#8e3b2f', '#e7c9a0'],
        water: '#1f4d5c',
        quay: '#5c5650',
        boats: [
          { hull: '#f4f1ea', trim: '#2a5d8a', cabin: '#d8d2c6' },
          { hull: '#b83227', trim: '#f4f1ea', cabin: '#eeeae0' },
          { hull: '#2a5d8a', trim: '#e1a93a', cabin: '#f4f1ea' },
        ],
        light: '#ffe2b0',
      }),
  },
  {
    id: 'red-boat',
    aspect: [1, 1],
    paint: (c, rng) =>
      paintQuay(c, rng, {
        sky: [
          [0, '#f2c89a'],
          [1, '#fbe8cf'],
        ],
        houses: ['#e8d9bd', '#d1a25a', '#f2ede4', '#7c8c6a'],
        water: '#25434f',
        quay: '#6a5e52',
        boats: [{ hull: '#b3241c', trim: '#f6efe2', cabin: '#efe7d8' }],
        light: '#ffcf8a',
      }),
  },
  {
    id: 'lighthouse-dusk',
    aspect: [2, 3],
    paint: (c, rng) =>
      paintLighthouse(c, rng, {
        sky: [
          [0, '#151c3b'],
          [0.5, '#3d4a7c'],
          [0.85, '#c77f7a'],
          [1, '#f3b27c'],
        ],
        stars: 120,
        glow: '#f7a86a',
        glowX: 0.3,
        rock: '#3b3530',
        grass: '#2f3d2a',
        bandA: '#b3342c',
        bandB: '#f2efe6',
        lantern: '#ffe7a3',
        roof: '#2a2d33',
        beam: true,
        waterFar: '#b97a78',
        waterNear: '#141a30',
        side: 'right',
      }),
  },
  {
    id: 'lighthouse-basalt',
    aspect: [3, 4],
    paint: (c, rng) =>
      paintLighthouse(c, rng, {
        sky: [
          [0, '#3f7fc0'],
          [0.7, '#a8cbe6'],
          [1, '#e9f2f4'],
        ],
        glow: '#fff6e0',
        glowX: 0.75,
        rock: '#45413e',
        grass: '#5d7d3a',
        bandA: '#f4f2ec',
        bandB: '#f4f2ec',
        lantern: '#fff2c0',
        roof: '#b3342c',
        beam: false,
        waterFar: '#7fb6c8',
        waterNear: '#1c4f6a',
        side: 'left',
      }),
  },
  {
    id: 'sea-sun-path',
    aspect: [16, 9],
    paint: (c, rng) =>
      paintSea(c, rng, {
        sky: [
          [0, '#24305e'],
          [0.5, '#8a5c86'],
          [0.85, '#f0926a'],
          [1, '#ffd08a'],
        ],
        horizon: 0.56,
        sun: { x: 0.45, y: 0.5, radius: 0.028, core: '#fff2cf', glow: '#ff9d5c' },
        cloudLit: '#ffb487',
        cloudShade: '#5e3f6d',
        clouds: 9,
        waterFar: '#e69a72',
        waterNear: '#1c2444',
        glitter: '#ffe1a8',
      }),
  },
  {
    id: 'sea-storm',
    aspect: [16, 9],
    paint: (c, rng) =>
      paintSea(c, rng, {
        sky: [
          [0, '#2b3036'],
          [0.7, '#6b7474'],
          [1, '#b9b8a8'],
        ],
        horizon: 0.6,
        sun: { x: 0.62, y: 0.22, radius: 0.015, core: '#fffbe8', glow: '#f4ecc8' },
        cloudLit: '#8c9290',
        cloudShade: '#25292e',
        clouds: 12,
        waterFar: '#8f9a92',
        waterNear: '#1d2a2c',
        glitter: '#f6f0d8',
        storm: true,
      }),
  },
  // Still water, high ground
  {
    id: 'ridges-morning',
    aspect: [3, 2],
    paint: (c, rng) =>
      paintMountains(c, rng, {
        sky: [
          [0, '#6f8fb8'],
          [0.6, '#c7d3e0'],
          [1, '#f4dcc0'],
        ],
        sun: { x: 0.7, y: 0.25, radius: 0.02, core: '#fffbea', glow: '#ffe0b0' },
        haze: '#d3dbe4',
        mid: '#7d92ad',
        near: '#1f2c3c',
        light: '#f6d9b3',
        layers: 6,
        ground: 'land',
      }),
  },
  {
    id: 'ridges-panorama',
    aspect: [3, 1],
    paint: (c, rng) =>
      paintMountains(c, rng, {
        sky: [
          [0, '#2e3f6e'],
          [0.55, '#b66f86'],
          [1, '#f7b98a'],
        ],
        sun: { x: 0.35, y: 0.62, radius: 0.03, core: '#fff0d0', glow: '#ff9f6e' },
        haze: '#e3a9a0',
        mid: '#7a5a7e',
        near: '#231b33',
        light: '#ffc79a',
        layers: 5,
        ground: 'land',
        peakHeight: 0.45,
      }),
  },
  {
    id: 'alpenglow',
    aspect: [4, 3],
    paint: (c, rng) =>
      paintMountains(c, rng, {
        sky: [
          [0, '#283a66'],
          [0.6, '#8f7fb0'],
          [1, '#f0b6a8'],
        ],
        clouds: 4,
        cloud: '#ffc9b8',
        haze: '#c9b2c8',
        mid: '#5a5a82',
        near: '#1b2236',
        light: '#ff9f8a',
        snow: '#ffd6cc',
        layers: 4,
        ground: 'lake',
        waterFar: '#b29ab8',
        waterNear: '#1a2038',
        peakHeight: 0.45,
      }),
  },
  {
    id: 'lake-mirror',
    aspect: [16, 9],
    paint: (c, rng) =>
      paintMountains(c, rng, {
        sky: [
          [0, '#3e6d9c'],
          [0.7, '#a9c6dc'],
          [1, '#e9eef0'],
        ],
        clouds: 6,
        cloud: '#ffffff',
        haze: '#c7d5de',
        near: '#24323a',
        light: '#ffffff',
        snow: '#f7fbff',
        layers: 4,
        ground: 'lake',
        waterFar: '#b8cbd6',
        waterNear: '#1d3340',
        shore: '#2b2a26',
        peakHeight: 0.42,
      }),
  },
  {
    id: 'ice-lake',
    aspect: [16, 9],
    paint: (c, rng) =>
      paintMountains(c, rng, {
        sky: [
          [0, '#7aa7cf'],
          [1, '#e6f0f4'],
        ],
        sun: { x: 0.25, y: 0.3, radius: 0.018, core: '#ffffff', glow: '#fff3d8' },
        haze: '#d6e3ea',
        near: '#5e7482',
        light: '#ffffff',
        snow: '#ffffff',
        layers: 3,
        ground: 'ice',
        waterFar: '#cfe6ee',
        waterNear: '#5d95ad',
        peakHeight: 0.3,
      }),
  },
  {
    id: 'night-lake',
    aspect: [3, 2],
    paint: (c, rng) =>
      paintMountains(c, rng, {
        sky: [
          [0, '#070b1c'],
          [0.7, '#1b2a4a'],
          [1, '#3a4e70'],
        ],
        stars: 420,
        sun: { x: 0.72, y: 0.2, radius: 0.016, core: '#f4f1e2', glow: '#8ea4d0' },
        haze: '#3d5070',
        near: '#070a12',
        light: '#9fb4d8',
        snow: '#c9d6ea',
        layers: 3,
        ground: 'lake',
        waterFar: '#2e4060',
        waterNear: '#04060c',
        peakHeight: 0.36,
      }),
  },
  {
    id: 'forest-fog',
    aspect: [3, 2],
    paint: (c, rng) =>
      paintForest(c, rng, {
        sky: [
          [0, '#b9c7c9'],
          [1, '#e4e6dc'],
        ],
        haze: '#d5dbd4',
        mid: '#6f8a80',
        near: '#16241f',
        light: '#fff6dc',
        rays: 0,
        lightX: 0.7,
        layers: 5,
      }),
  },
  {
    id: 'forest-rays',
    aspect: [2, 3],
    paint: (c, rng) =>
      paintForest(c, rng, {
        sky: [
          [0, '#e9dcb5'],
          [1, '#a9b59a'],
        ],
        haze: '#c9c6a4',
        mid: '#5d6f4c',
        near: '#141c12',
        light: '#fff0c4',
        rays: 9,
        lightX: 0.3,
        layers: 5,
      }),
  },
  {
    id: 'forest-dusk',
    aspect: [3, 4],
    paint: (c, rng) =>
      paintForest(c, rng, {
        sky: [
          [0, '#33406a'],
          [0.6, '#c4798a'],
          [1, '#f2b27e'],
        ],
        haze: '#d99a8e',
        mid: '#5b4660',
        near: '#120e18',
        light: '#ffc890',
        rays: 5,
        lightX: 0.65,
        layers: 4,
      }),
  },
  {
    id: 'waterfall',
    aspect: [1, 2],
    paint: (c, rng) =>
      paintWaterfall(c, rng, {
        sky: [
          [0, '#cfe0e6'],
          [1, '#f3f1e6'],
        ],
        rock: '#5b5a52',
        moss: '#7d9a45',
        water: '#bcd7dc',
        pool: '#2f5d5c',
        spray: '#f3f8f8',
      }),
  },
  // Where the water went
  {
    id: 'dunes-noon',
    aspect: [16, 9],
    paint: (c, rng) =>
      paintDunes(c, rng, {
        sky: [
          [0, '#2f6db0'],
          [0.7, '#8cbbe0'],
          [1, '#f1e3c8'],
        ],
        sun: { x: 0.8, y: 0.12, radius: 0.015, core: '#ffffff', glow: '#fff6dc' },
        sand: '#e0a15e',
        shadow: '#9b5a35',
        haze: '#f0d7b4',
        horizon: 0.45,
        dunes: 4,
      }),
  },
  {
    id: 'dunes-evening',
    aspect: [3, 2],
    paint: (c, rng) =>
      paintDunes(c, rng, {
        sky: [
          [0, '#3b3f78'],
          [0.55, '#c46f6a'],
          [1, '#ffbf7a'],
        ],
        sun: { x: 0.18, y: 0.42, radius: 0.022, core: '#fff0c8', glow: '#ff9a5a' },
        sand: '#e88a4a',
        shadow: '#5b3050',
        haze: '#f0a878',
        horizon: 0.47,
        dunes: 5,
      }),
  },
  {
    id: 'dune-crest',
    aspect: [2, 3],
    paint: (c, rng) =>
      paintDunes(c, rng, {
        sky: [
          [0, '#1f5aa0'],
          [1, '#b9d6ea'],
        ],
        sun: { x: 0.75, y: 0.1, radius: 0.02, core: '#ffffff', glow: '#fff8e0' },
        sand: '#d9925a',
        shadow: '#7a3f2c',
        haze: '#eccfae',
        horizon: 0.3,
        dunes: 4,
      }),
  },
  {
    id: 'oasis',
    aspect: [4, 3],
    paint: (c, rng) =>
      paintDunes(c, rng, {
        sky: [
          [0, '#4a6fa5'],
          [0.6, '#e6a977'],
          [1, '#ffd9a0'],
        ],
        sun: { x: 0.2, y: 0.4, radius: 0.02, core: '#fff4d6', glow: '#ffb56b' },
        sand: '#e39a59',
        shadow: '#7e4a3c',
        haze: '#f2c79a',
        horizon: 0.45,
        dunes: 4,
        oasis: { water: '#7aa3c9', palm: '#1f3322' },
      }),
  },
  {
    id: 'fields-rows',
    aspect: [3, 2],
    paint: (c, rng) =>
      paintFields(c, rng, {
        sky: [
          [0, '#3f78b5'],
          [1, '#cfe2ee'],
        ],
        clouds: 7,
        cloudLit: '#ffffff',
        cloudShade: '#a9b7c6',
        horizon: 0.45,
        haze: '#b8c6cf',
        hills: ['#9fae6a', '#c9b45a', '#7c9a45', '#d8bb62', '#6f8d3c'],
        rows: '#4f5e2a',
        trees: '#263a1e',
        cypresses: true,
      }),
  },
  {
    id: 'fields-cypress',
    aspect: [16, 9],
    paint: (c, rng) =>
      paintFields(c, rng, {
        sky: [
          [0, '#6e8fc0'],
          [0.7, '#f0c9a0'],
          [1, '#ffdcae'],
        ],
        clouds: 5,
        cloudLit: '#ffe6cc',
        cloudShade: '#b09aa8',
        horizon: 0.5,
        haze: '#d9c1a8',
        hills: ['#b7a56a', '#d6a94f', '#9c9a4e', '#e0b358'],
        rows: '#6b5a2a',
        trees: '#2a3320',
        cypresses: true,
      }),
  },
  {
    id: 'fields-storm',
    aspect: [4, 3],
    paint: (c, rng) =>
      paintFields(c, rng, {
        sky: [
          [0, '#2d333b'],
          [0.7, '#5c6670'],
          [1, '#a7aca6'],
        ],
        clouds: 10,
        cloudLit: '#7d8790',
        cloudShade: '#2a3038',
        horizon: 0.5,
        haze: '#8e978f',
        hills: ['#6f7b55', '#8a8a4c', '#56683a', '#9a9450'],
        rows: '#2f3a22',
        trees: '#1b2416',
        cypresses: false,
        storm: { rain: '#4a525a', patch: '#f6e39a' },
      }),
  },
  {
    id: 'salt-flat',
    aspect: [1, 1],
    paint: (c, rng) =>
      paintSaltFlat(c, rng, {
        sky: [
          [0, '#3b6fb0'],
          [1, '#d9e7f2'],
        ],
        cloudLit: '#ffffff',
        cloudShade: '#b4c2d4',
        figure: '#1d232b',
      }),
  },
  // The city after rain
  {
    id: 'river-lights',
    aspect: [3, 2],
    paint: (c, rng) =>
      paintCity(c, rng, {
        sky: [
          [0, '#070b1e'],
          [0.6, '#1e2450'],
          [1, '#6a3f5a'],
        ],
        glow: '#d9825a',
        moon: { x: 0.8, y: 0.15 },
        stars: 60,
        facade: '#0d1020',
        haze: '#3a3458',
        windows: ['#ffd27a', '#ffe9b0', '#fff4d6', '#ffb35c', '#cfe8ff'],
        lit: 0.35,
        foreground: 'river',
        water: '#141a34',
      }),
  },
  {
    id: 'skyline-night',
    aspect: [16, 9],
    paint: (c, rng) =>
      paintCity(c, rng, {
        sky: [
          [0, '#0a1430'],
          [0.7, '#2c3a6a'],
          [1, '#b06a50'],
        ],
        glow: '#e09060',
        stars: 30,
        facade: '#0c1222',
        haze: '#41466a',
        windows: ['#ffd27a', '#fff0c8', '#bfe0ff', '#ffc070'],
        lit: 0.3,
        foreground: 'street',
        water: '#101426',
      }),
  },
  {
    id: 'rain-street',
    aspect: [2, 3],
    paint: (c, rng) =>
      paintRainStreet(c, rng, {
        sky: [
          [0, '#0c1224'],
          [1, '#3a3050'],
        ],
        wall: '#1c1e2a',
        street: '#07080d',
        windows: ['#ffd27a', '#ffe9b0', '#ffb35c', '#f4e2c0'],
        signs: ['#3ff0d8', '#ff4f9a', '#ffb040', '#7fa8ff'],
        lamp: '#ffcf85',
        rain: '#c8d4e8',
      }),
  },
  {
    id: 'window-bokeh',
    aspect: [3, 2],
    paint: (c, rng) =>
      paintBokeh(c, rng, {
        background: [
          [0, '#0a0d18'],
          [1, '#1d1a2a'],
        ],
        lights: ['#ffb347', '#ff5e3a', '#ffd98a', '#4fd1c5', '#ff3b5c', '#f5f0e0'],
        glass: '#dbe6f0',
      }),
  },
  {
    id: 'apartment-block',
    aspect: [3, 4],
    paint: (c, rng) =>
      paintFacade(c, rng, {
        sky: [
          [0, '#1b2a55'],
          [1, '#4a5f95'],
        ],
        concrete: '#5a6178',
        lit: ['#ffd58a', '#ffc46b', '#ffe7b8', '#f7b25c'],
        dark: '#1a2440',
        curtains: ['#b8423a', '#e8dcc0', '#4f7a5a', '#d9a04a', '#6a4f8a'],
      }),
  },
  {
    id: 'market-awnings',
    aspect: [3, 2],
    paint: (c, rng) =>
      paintMarket(c, rng, {
        wall: '#e3b77a',
        sky: '#8fc0e8',
        awnings: [
          ['#c0392b', '#f4ecdc'],
          ['#2e6f95', '#f4ecdc'],
          ['#e3a13a', '#f4ecdc'],
          ['#3f7f4f', '#f4ecdc'],
        ],
        produce: ['#f08c1f', '#e8d040', '#c8302a', '#6a9a2a', '#7a3a6a'],
        shade: '#3a2418',
        ground: '#c7a27a',
        lamp: '#ffd890',
      }),
  },
  {
    id: 'market-spices',
    aspect: [1, 1],
    paint: (c, rng) =>
      paintSpices(c, rng, {
        table: '#4a3020',
        sack: '#a8865a',
        spices: [
          '#e0a020',
          '#b8321e',
          '#d9c030',
          '#7a4a24',
          '#5f7a2a',
          '#c86a2a',
          '#2b2420',
          '#d07a90',
          '#efe6d6',
        ],
      }),
  },
  {
    id: 'colonnade',
    aspect: [3, 2],
    paint: (c, rng) =>
      paintColonnade(c, rng, {
        sky: [
          [0, '#2f6fb8'],
          [1, '#cfe3f2'],
        ],
        stone: '#e8d2a8',
        shade: '#8a6a4e',
        floor: '#d9c29a',
      }),
  },
  {
    id: 'loggia-sea',
    aspect: [4, 3],
    paint: (c, rng) =>
      paintArcade(c, rng, {
        sky: [
          [0, '#5a95cc'],
          [1, '#e4eff4'],
        ],
        sea: '#2f6f9a',
        wall: '#8a6a50',
        floor: '#a88a6a',
        sun: '#ffe2b0',
        arches: 3,
      }),
  },
  // Rooms full of weather
  {
    id: 'window-portrait',
    aspect: [2, 3],
    paint: (c, rng) =>
      paintPortrait(c, rng, {
        wall: '#4a3f38',
        outside: [
          [0, '#b9d2e6'],
          [1, '#f6efe2'],
        ],
        figure: '#14110f',
        light: '#fff1d6',
        pose: 'standing',
        rain: false,
        curtain: '#f4ece0',
      }),
  },
  {
    id: 'reader-window',
    aspect: [3, 4],
    paint: (c, rng) =>
      paintPortrait(c, rng, {
        wall: '#3b4048',
        outside: [
          [0, '#d9c6a6'],
          [1, '#fbe9c8'],
        ],
        figure: '#0f1114',
        light: '#ffe4b0',
        pose: 'seated',
        rain: false,
        curtain: '#efe4d2',
      }),
  },
  {
    id: 'rain-portrait',
    aspect: [3, 2],
    paint: (c, rng) =>
      paintPortrait(c, rng, {
        wall: '#2f3440',
        outside: [
          [0, '#8d9aa8'],
          [1, '#c9d0d6'],
        ],
        figure: '#0c0e12',
        light: '#dde6ee',
        pose: 'standing',
        rain: true,
        curtain: '#c9ced4',
      }),
  },
  {
    id: 'empty-window',
    aspect: [4, 3],
    paint: (c, rng) =>
      paintPortrait(c, rng, {
        wall: '#6a5a4a',
        outside: [
          [0, '#9cc4e4'],
          [1, '#f2f0e6'],
        ],
        figure: '#000000',
        light: '#fff3dc',
        pose: 'none',
        rain: false,
        curtain: '#fbf6ec',
      }),
  },
  {
    id: 'doorway-light',
    aspect: [3, 4],
    paint: (c, rng) =>
      paintDoorway(c, rng, {
        wall: '#3a2e26',
        floor: '#2a1e16',
        outside: [
          [0, '#cfe4f2'],
          [1, '#fff8ea'],
        ],
        light: '#ffe9c0',
      }),
  },
  {
    id: 'courtyard-fountain',
    aspect: [2, 3],
    paint: (c, rng) =>
      paintCourtyard(c, rng, {
        wall: '#e8c18a',
        shutters: '#3f6f5a',
        frame: '#2a2018',
        water: '#3f9aa8',
        tree: '#2f5a2a',
        fruit: '#f08a1a',
        paving: '#d8c0a0',
      }),
  },
  {
    id: 'still-life-bowl',
    aspect: [4, 3],
    paint: (c, rng) =>
      paintStillLife(c, rng, {
        wall: '#3a3028',
        table: '#6a4a30',
        light: '#ffe6c0',
        arrangement: 'bowl',
        fruit: ['#f08a1a', '#c8302a', '#e8c832', '#8aa83a'],
      }),
  },
  {
    id: 'still-life-pears',
    aspect: [1, 1],
    paint: (c, rng) =>
      paintStillLife(c, rng, {
        wall: '#2e3a36',
        table: '#5a4030',
        light: '#f4ead0',
        arrangement: 'pears',
        fruit: ['#b8a83a', '#c89a3a', '#9aa83a'],
      }),
  },
  {
    id: 'still-life-carafe',
    aspect: [3, 4],
    paint: (c, rng) =>
      paintStillLife(c, rng, {
        wall: '#3a3a44',
        table: '#7a5a3a',
        light: '#fff2d8',
        arrangement: 'carafe',
        fruit: ['#e8c832'],
      }),
  },
];

// ---------------------------------------------------------------------------------------------------
// Rendering and storing

/**
 * @typedef {object} Photo
 * @property {string} id file name stem, and the key the exhibition refers to
 * @property {[number, number]} aspect width : height
 * @property {(c: Canvas, rng: Random) => void} paint
 */

/** @typedef {{ file: string, width: number, type: 'image/jpeg' | 'image/webp' }} Output */

/** @param {Photo} photo @returns {Output[]} */
function outputsOf(photo) {
  return [
    ...JPEG_WIDTHS.map((width) => ({
      file: `${photo.id}-${width}.jpg`,
      width,
      type: /** @type {const} */ ('image/jpeg'),
    })),
    ...WEBP_WIDTHS.map((width) => ({
      file: `${photo.id}-${width}.webp`,
      width,
      type: /** @type {const} */ ('image/webp'),
    })),
  ];
}

/** @param {Photo} photo @param {number} scriptTime */
async function isUpToDate(photo, scriptTime) {
  try {
    const stats = await Promise.all(
      outputsOf(photo).map((output) => stat(join(PHOTOS_DIR, output.file))),
    );
    return stats.every((entry) => entry.mtimeMs > scriptTime);
  } catch {
    return false;
  }
}

/** Paints a photo's scene, renders it once at full size and resamples the smaller files from it. @param {Photo} photo */
async function renderPhoto(photo) {
  const height = Math.round((RENDER_WIDTH * photo.aspect[1]) / photo.aspect[0]);
  const canvas = new Canvas(RENDER_WIDTH, height);
  photo.paint(canvas, createRandom(photo.id));
  const { data, info } = await sharp(Buffer.from(canvas.toString()))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  await Promise.all(
    outputsOf(photo).map((output) => {
      const resized =
        output.width < info.width ? sharp(data, raw).resize(output.width) : sharp(data, raw);
      const encoded =
        output.type === 'image/jpeg'
          ? resized.jpeg({ quality: 78, mozjpeg: true })
          : resized.webp({ quality: 76 });
      return encoded.toFile(join(PHOTOS_DIR, output.file));
    }),
  );
}

/**
 * @typedef {object} PhotoFacts
 * @property {number} width @property {number} height of the largest stored JPEG
 * @property {{ src: string, width: number, height: number, type: string }[]} variants
 * @property {string} color dominant colour, for the placeholder
 * @property {number} bytes
 */

/** Reads sizes and the dominant colour from the stored files, so skipped and fresh photos agree. @param {Photo} photo @returns {Promise<PhotoFacts>} */
async function measurePhoto(photo) {
  const outputs = outputsOf(photo);
  const variants = await Promise.all(
    outputs.map(async (output) => {
      const path = join(PHOTOS_DIR, output.file);
      const [{ width = 0, height = 0 }, { size }] = await Promise.all([
        sharp(path).metadata(),
        stat(path),
      ]);
      return { src: `photos/${output.file}`, width, height, type: output.type, size };
    }),
  );
  const { dominant } = await sharp(join(PHOTOS_DIR, `${photo.id}-${JPEG_WIDTHS[0]}.jpg`)).stats();
  const largest = variants
    .filter((variant) => variant.type === 'image/jpeg')
    .sort((a, b) => b.width - a.width)[0];
  return {
    width: largest?.width ?? 0,
    height: largest?.height ?? 0,
    variants: variants.map(({ src, width, height, type }) => ({ src, width, height, type })),
    color: `#${[dominant.r, dominant.g, dominant.b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`,
    bytes: variants.reduce((sum, variant) => sum + variant.size, 0),
  };
}

/** Removes files an earlier version of the catalogue generated. @param {Set<string>} expected @returns {Promise<number>} */
async function removeStaleFiles(expected) {
  const stale = (await readdir(PHOTOS_DIR)).filter(
    (file) => /^[a-z0-9-]+-\d+\.(jpg|webp)$/.test(file) && !expected.has(file),
  );
  await Promise.all(stale.map((file) => unlink(join(PHOTOS_DIR, file))));
  return stale.length;
}

/**
 * Runs `task` over `items`, at most `limit` at a time.
 * @template T @param {T[]} items @param {number} limit @param {(item: T) => Promise<void>} task
 */
async function eachLimited(items, limit, task) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = /** @type {T} */ (items[next++]);
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

// ---------------------------------------------------------------------------------------------------
// exhibition.json

/**
 * Every image position of a format 1.0 document, with its JSON Pointer.
 * @param {any} exhibition @returns {[string, any][]}
 */
function imagesOf(exhibition) {
  /** @type {[string, any][]} */
  const images = [['/cover', exhibition?.cover]];
  /** @param {unknown} items @param {string} path */
  const addItems = (items, path) => {
    if (Array.isArray(items))
      items.forEach((item, i) => images.push([`${path}/${i}/image`, item?.image]));
  };
  addItems(exhibition?.items, '/items');
  if (Array.isArray(exhibition?.sections))
    exhibition.sections.forEach((/** @type {any} */ section, /** @type {number} */ i) =>
      addItems(section?.items, `/sections/${i}/items`),
    );
  return images.filter(([, image]) => image && typeof image === 'object');
}

/**
 * Refreshes the generated facts of every image that shows a generated photo and checks that the
 * exhibition and the catalogue name the same photos.
 * @param {Map<string, PhotoFacts>} facts by photo id
 * @returns {Promise<{ problems: string[], changed: boolean }>}
 */
async function syncExhibition(facts) {
  /** @type {string} */
  let text;
  /** @type {any} */
  let exhibition;
  try {
    text = await readFile(EXHIBITION_FILE, 'utf8');
    exhibition = JSON.parse(text);
  } catch (error) {
    return {
      problems: [`cannot read ${relative(ROOT, EXHIBITION_FILE)}: ${String(error)}`],
      changed: false,
    };
  }
  /** @type {string[]} */
  const problems = [];
  const used = new Set();
  for (const [path, image] of imagesOf(exhibition)) {
    const src = typeof image.src === 'string' ? image.src : '';
    const id = /^photos\/([a-z0-9-]+)-(\d+)\.jpg$/.exec(src);
    const photo = id && Number(id[2]) === SRC_WIDTH ? facts.get(id[1] ?? '') : undefined;
    if (photo) {
      used.add(id?.[1]);
      if ('width' in image) image.width = photo.width;
      if ('height' in image) image.height = photo.height;
      if ('variants' in image) image.variants = photo.variants;
      if (image.placeholder && typeof image.placeholder === 'object')
        image.placeholder.color = photo.color;
    } else if (src.startsWith('photos/') && !DELIBERATELY_MISSING.has(src)) {
      problems.push(
        `${path}/src: "${src}" is not a generated photo (expected photos/<id>-${SRC_WIDTH}.jpg)`,
      );
    }
  }
  for (const id of facts.keys()) {
    if (!used.has(id))
      problems.push(`photo "${id}" is generated but exhibition.json does not show it`);
  }
  const options = (await prettier.resolveConfig(EXHIBITION_FILE)) ?? {};
  const formatted = await prettier.format(JSON.stringify(exhibition), {
    ...options,
    filepath: EXHIBITION_FILE,
  });
  const changed = formatted !== text;
  if (changed) await writeFile(EXHIBITION_FILE, formatted);
  return { problems, changed };
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  const force = process.argv.includes('--force');
  const unknown = process.argv.slice(2).filter((arg) => arg !== '--force');
  if (unknown.length > 0) {
    console.error(`generate-demo-photos: unknown argument ${unknown.join(' ')}; usage: [--force]`);
    process.exit(2);
  }
  await mkdir(PHOTOS_DIR, { recursive: true });
  const scriptTime = (await stat(SCRIPT_PATH)).mtimeMs;
  /** @type {Photo[]} */
  const stale = [];
  for (const photo of PHOTOS)
    if (force || !(await isUpToDate(photo, scriptTime))) stale.push(photo);
  await eachLimited(stale, PARALLEL_RENDERS, renderPhoto);
  const removed = await removeStaleFiles(
    new Set(PHOTOS.flatMap((photo) => outputsOf(photo).map((output) => output.file))),
  );

  /** @type {Map<string, PhotoFacts>} */
  const facts = new Map();
  await eachLimited(PHOTOS, PARALLEL_RENDERS, async (photo) => {
    facts.set(photo.id, await measurePhoto(photo));
  });
  const ordered = new Map(
    PHOTOS.map((photo) => [photo.id, /** @type {PhotoFacts} */ (facts.get(photo.id))]),
  );
  const { problems, changed } = await syncExhibition(ordered);

  const bytes = [...facts.values()].reduce((sum, fact) => sum + fact.bytes, 0);
  const files = PHOTOS.length * (JPEG_WIDTHS.length + WEBP_WIDTHS.length);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `demo photos: ${PHOTOS.length} photos (${stale.length} rendered, ${PHOTOS.length - stale.length} up to date${removed ? `, ${removed} stale files removed` : ''}), ${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${relative(ROOT, PHOTOS_DIR)}; exhibition.json ${changed ? 'updated' : 'unchanged'}; ${seconds} s`,
  );
  for (const problem of problems) console.error(`generate-demo-photos: ${problem}`);
  if (problems.length > 0) process.exitCode = 1;
}

await main();
