// The pure justified-row layouts in Node: time and quality of photo-exhibit's `justifiedLayout` beside
// Flickr's `justified-layout` and react-photo-album's `computeRowsLayout` (its rows layout, exported by the
// package and free of React), on the same aspect ratios, container width, target row height and spacing.
//
// Usage: node bench/layout.mjs [--sizes 50,500] [--quick]
// Needs `npm run build` (it imports dist/core). Prints a table and writes bench/results/layout.md.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { aspectRatios } from './lib/fixtures.mjs';
import {
  formatNumber,
  formatSpread,
  machineInfo,
  machineLine,
  markdownTable,
  summarize,
  textTable,
} from './lib/report.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const CORE = join(BENCH_DIR, '..', 'dist', 'core', 'index.js');
const RESULTS = join(BENCH_DIR, 'results', 'layout.md');

const CONTAINER_WIDTH = 1200;
const TARGET_ROW_HEIGHT = 300;
const SPACING = 8;
const DEFAULT_SIZES = [50, 500, 5_000, 50_000, 100_000];
/** Timed samples per layout and size; each sample repeats the call until it lasts this long. */
const SAMPLES = 9;
const QUICK_SAMPLES = 3;
const MIN_SAMPLE_MS = 20;
const WARM_UP_MS = 150;
const SLOW_CALL_MS = 1_000;
/** A layout and size starts no new sample after this long. */
const MAX_MS_PER_CASE = 8_000;

function parseOptions() {
  const { values } = parseArgs({
    options: { sizes: { type: 'string' }, quick: { type: 'boolean', default: false } },
  });
  const sizes = values.sizes
    ? values.sizes.split(',').map((size) => Number(size.trim()))
    : DEFAULT_SIZES;
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
    throw new UsageError(
      `--sizes takes positive whole numbers separated by commas, got "${values.sizes}"`,
    );
  }
  return { sizes, samples: values.quick ? QUICK_SAMPLES : SAMPLES };
}

class UsageError extends Error {}

/**
 * Milliseconds per call and the last result: after a warm-up (so the JIT has optimised every layout
 * alike), `samples` batches, each repeating the call until it lasts MIN_SAMPLE_MS; a sample is a batch's
 * time per call. A call slower than SLOW_CALL_MS is its own sample, with no warm-up, until the case's time
 * runs out (Flickr's layout at 50,000 items and more takes seconds to a minute).
 */
function timeCall(call, samples) {
  let result;
  const batch = (repeats) => {
    const started = performance.now();
    for (let repeat = 0; repeat < repeats; repeat++) result = call();
    return performance.now() - started;
  };
  const started = performance.now();
  const first = batch(1);
  const perCall = [];
  let repeats = 1;
  if (first > SLOW_CALL_MS) {
    perCall.push(first);
  } else {
    while (performance.now() - started < WARM_UP_MS) batch(1);
    while (batch(repeats) < MIN_SAMPLE_MS) repeats *= 2;
  }
  while (
    perCall.length < samples &&
    performance.now() - started + (perCall.at(-1) ?? 0) < MAX_MS_PER_CASE
  ) {
    perCall.push(batch(repeats) / repeats);
  }
  return { time: summarize(perCall), result };
}

/** Rows as `rowQuality` reads them, from boxes grouped into rows (a lone panorama is not an orphan). */
function rowsFromBoxes(groups, ratios, panoramaRatio) {
  return groups.map(({ start, end, height, width }) => ({
    start,
    end,
    height,
    width,
    inlineStart: 0,
    kind: end - start === 1 && ratios[start] > panoramaRatio ? 'panorama' : 'row',
  }));
}

function layouts(core, flickr, rowsLayout) {
  return [
    {
      name: 'photo-exhibit justifiedLayout',
      input: (ratios) => ratios.map((aspectRatio) => ({ aspectRatio })),
      run: (items) =>
        core.justifiedLayout(items, {
          containerWidth: CONTAINER_WIDTH,
          targetRowHeight: TARGET_ROW_HEIGHT,
          spacing: SPACING,
        }),
      rows: (result) => result.rows,
    },
    {
      name: 'justified-layout (Flickr) 4.1',
      input: (ratios) => ratios,
      run: (items) =>
        flickr(items, {
          containerWidth: CONTAINER_WIDTH,
          containerPadding: 0,
          boxSpacing: SPACING,
          targetRowHeight: TARGET_ROW_HEIGHT,
        }),
      rows: (result, ratios) => {
        const groups = [];
        result.boxes.forEach((box, index) => {
          const last = groups.at(-1);
          if (last && last.top === box.top) {
            last.end = index + 1;
            last.width = box.left + box.width - last.left;
          } else {
            groups.push({
              start: index,
              end: index + 1,
              top: box.top,
              left: box.left,
              height: box.height,
              width: box.width,
            });
          }
        });
        return rowsFromBoxes(groups, ratios, core.PANORAMA_ASPECT_RATIO);
      },
    },
    {
      name: 'react-photo-album computeRowsLayout 3.6',
      input: (ratios) => ratios.map((ratio) => ({ width: ratio * 1000, height: 1000 })),
      run: (photos) => rowsLayout(photos, SPACING, 0, CONTAINER_WIDTH, TARGET_ROW_HEIGHT),
      rows: (result, ratios) => {
        if (!result) return undefined;
        let start = 0;
        const groups = result.tracks.map((track) => {
          const group = {
            start,
            end: start + track.photos.length,
            height: track.photos[0].height,
            width:
              track.photos.reduce((sum, photo) => sum + photo.width, 0) +
              SPACING * (track.photos.length - 1),
          };
          start = group.end;
          return group;
        });
        return rowsFromBoxes(groups, ratios, core.PANORAMA_ASPECT_RATIO);
      },
    },
  ];
}

async function main() {
  const { sizes, samples } = parseOptions();
  if (!existsSync(CORE)) throw new UsageError('dist/core is missing: run `npm run build` first');
  const core = await import(CORE);
  const { default: flickr } = await import('justified-layout');
  const { computeRowsLayout } = await import('react-photo-album');
  const machine = machineInfo();
  const results = [];
  for (const size of sizes) {
    const ratios = aspectRatios(size);
    for (const layout of layouts(core, flickr, computeRowsLayout)) {
      const input = layout.input(ratios);
      const { time, result } = timeCall(() => layout.run(input), samples);
      const rows = layout.rows(result, ratios);
      const quality = rows
        ? core.rowQuality({ rows, containerWidth: CONTAINER_WIDTH }, TARGET_ROW_HEIGHT)
        : undefined;
      const short = rows?.filter((row) => row.width < CONTAINER_WIDTH - 1).length;
      results.push({ size, name: layout.name, time, rows: rows?.length, quality, short });
      process.stderr.write(`  ${size} items, ${layout.name}: ${formatNumber(time?.median)} ms\n`);
    }
  }
  const header = [
    'items',
    'layout',
    'time ms, median (min–max)',
    'rows',
    'mean deviation',
    'worst deviation',
    'orphan rows',
    'rows short of the width',
  ];
  const rows = results.map((result) => [
    result.size.toLocaleString('en-US'),
    result.name,
    result.time.count < samples
      ? `${formatSpread(result.time)}, ${result.time.count} sample(s)`
      : formatSpread(result.time),
    result.rows ?? 'no layout',
    result.quality ? `${formatNumber(result.quality.meanDeviation * 100, { digits: 1 })} %` : '–',
    result.quality ? `${formatNumber(result.quality.worstDeviation * 100, { digits: 1 })} %` : '–',
    result.quality?.orphanRows ?? '–',
    result.short ?? '–',
  ]);
  console.log(textTable(header, rows));
  const markdown = `# Justified layouts in Node

Container ${CONTAINER_WIDTH} px, target row height ${TARGET_ROW_HEIGHT} px, spacing ${SPACING} px; the same seeded aspect
ratios for every layout (bench/lib/fixtures.mjs: mostly 3:2 and 4:3, portraits, 2 % panoramas over 3:1).
Time: median of ${samples} samples (min–max), each sample the mean of enough calls to last ${MIN_SAMPLE_MS} ms, after
${WARM_UP_MS} ms of warm-up calls. Quality: \`rowQuality\` from dist/core over rows that are not lone panoramas (over 3:1): relative
deviation of a row's height from the target, and rows holding one photo. "Short of the width": rows that do not
span the container (a capped row, or Flickr's last row, which keeps the target height).

${markdownTable(header, rows)}

Machine: ${machineLine(machine)}. Command: \`node bench/layout.mjs${process.argv.slice(2).length ? ` ${process.argv.slice(2).join(' ')}` : ''}\`.
`;
  await mkdir(dirname(RESULTS), { recursive: true });
  await writeFile(RESULTS, markdown);
  console.log(`\nwritten to ${RESULTS}`);
}

main().catch((error) => {
  console.error(error instanceof UsageError ? `bench/layout: ${error.message}` : error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
