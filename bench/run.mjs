// The browser benchmark: photo-exhibit (dist/cdn) beside a vanilla-DOM floor and two peers, on generated
// exhibitions of 100 to 10,000 photos served from 127.0.0.1, in headless Chromium. Systems and sizes are
// interleaved run by run; every figure is a median over runs with its spread, and ratios are taken to the
// floor measured in the same run. The definitions head bench/results/latest.md; see also bench/README.md.
//
// Usage: node bench/run.mjs [--sizes 100,1000] [--runs 5] [--systems floor,exhibit-justified,...]
//                           [--quick] [--max-minutes 20]
// Needs `npm run build`. Writes bench/results/latest.md and latest.json; caches images, documents and
// bundles in bench/.cache/.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '../scripts/static-server.mjs';
import { SYSTEMS } from './lib/pages.mjs';
import { RESULTS_DIR, ROOT } from './lib/paths.mjs';
import { installProbe } from './lib/probe.mjs';
import {
  formatNumber,
  formatSpread,
  machineInfo,
  machineLine,
  markdownTable,
  summarize,
  textTable,
} from './lib/report.mjs';
import { UsageError, VIEWPORT, launchChromium, prepareBench } from './lib/setup.mjs';

const ALL_SIZES = [100, 1_000, 5_000, 10_000];
const QUICK_SIZES = [100, 1_000];
const DEFAULT_RUNS = 5;
const QUICK_RUNS = 3;
/** "Photo 10": the 0-based index of the photo clicked. */
const CLICK_INDEX = 9;
/** The page has settled when no long task has run for this long after all text was in the DOM. */
const QUIET_MS = 500;
/** Scrolling: this many Page Down steps, then to the end in at most this many equal jumps. */
const SCROLL = { pages: 8, jumps: 12 };
const LOAD_TIMEOUT_MS = 60_000;
const SHARP_TIMEOUT_MS = 15_000;
const MEASUREMENT_TIMEOUT_MS = 120_000;
const DEFAULT_MAX_MINUTES = 20;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      systems: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'max-minutes': { type: 'string' },
    },
  });
  const list = (text) =>
    text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  const sizes = values.sizes
    ? list(values.sizes).map(Number)
    : values.quick
      ? QUICK_SIZES
      : ALL_SIZES;
  if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 10)) {
    throw new UsageError(`--sizes takes whole numbers of at least 10, got "${values.sizes}"`);
  }
  const runs = values.runs ? Number(values.runs) : values.quick ? QUICK_RUNS : DEFAULT_RUNS;
  if (!Number.isInteger(runs) || runs < 1) {
    throw new UsageError(`--runs takes a whole number of at least 1, got "${values.runs}"`);
  }
  const systems = values.systems ? list(values.systems) : Object.keys(SYSTEMS);
  const unknown = systems.filter((name) => !(name in SYSTEMS));
  if (unknown.length > 0 || systems.length === 0) {
    throw new UsageError(
      `unknown system(s) ${unknown.join(', ')}; systems: ${Object.keys(SYSTEMS).join(', ')}`,
    );
  }
  const maxMinutes = values['max-minutes'] ? Number(values['max-minutes']) : DEFAULT_MAX_MINUTES;
  if (!(maxMinutes > 0)) {
    throw new UsageError(`--max-minutes takes a positive number, got "${values['max-minutes']}"`);
  }
  // The floor always runs: every ratio is taken to it.
  if (!systems.includes('floor')) systems.unshift('floor');
  return { sizes, runs, systems, maxMinutes };
}

// ---- JavaScript bytes -------------------------------------------------------------------------------

const gzipSizes = new Map();

/** min+gzip bytes of the scripts at these URL paths (each counted once), gzipped at level 9 here. */
function scriptBytes(paths) {
  let total = 0;
  for (const path of new Set(paths)) {
    if (!gzipSizes.has(path)) {
      const file = join(ROOT, decodeURIComponent(path));
      gzipSizes.set(path, gzipSync(readFileSync(file), { level: 9 }).length);
    }
    total += gzipSizes.get(path);
  }
  return total;
}

// ---- One measurement ----------------------------------------------------------------------------------

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Rejects after `ms` with a message from `describe()`, read when the time is up. */
function withTimeout(promise, ms, describe) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          Object.assign(new Error(`${describe()} took over ${ms / 1000} s`), { timedOut: true }),
        ),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function totalBlockingTime(longTasks) {
  return longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
}

async function measurePage(context, url, name, size, progress) {
  const system = SYSTEMS[name];
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  const scripts = [];
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    if (response.request().resourceType() === 'script')
      scripts.push(new URL(response.url()).pathname);
  });
  page.on('requestfailed', (request) => {
    if (['script', 'fetch', 'document'].includes(request.resourceType())) {
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
    }
  });
  page.on('error', (error) => problems.push(`page crashed: ${error.message}`));
  const cdp = await page.createCDPSession();
  progress.cdp = cdp;
  progress.problems = problems;
  await page.evaluateOnNewDocument(installProbe, { kind: system.kind, clickIndex: CLICK_INDEX });
  try {
    return await measureSteps({ page, cdp, url, system, size, problems, scripts, progress });
  } catch (error) {
    // A timeout is usually the consequence of an error in the page: report that first.
    if (problems.length === 0) throw error;
    throw new Error(`${problems.join('; ')} (then: ${error.message.split('\n')[0]})`);
  }
}

async function measureSteps({ page, cdp, url, system, size, problems, scripts, progress }) {
  // Wall-clock time of each phase, to see where a run's time goes.
  const phases = {};
  let phaseStart = Date.now();
  const endPhase = (name, next) => {
    phases[name] = Date.now() - phaseStart;
    phaseStart = Date.now();
    progress.step = next;
  };
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS });
  await page.waitForFunction(
    () =>
      (window.__bench.firstScreen !== undefined && window.__bench.allText() !== undefined) ||
      window.__bench.errors.length > 0,
    { polling: 50, timeout: LOAD_TIMEOUT_MS },
  );
  const pageErrors = await page.evaluate(() => window.__bench.errors);
  if (pageErrors.length > 0) throw new Error(pageErrors.join('; '));
  await page.waitForFunction(
    (quiet) => window.__bench.quietFor() >= quiet,
    {
      polling: 100,
      timeout: LOAD_TIMEOUT_MS,
    },
    QUIET_MS,
  );
  const loaded = await page.evaluate(() => ({
    firstScreen: window.__bench.firstScreen,
    allText: window.__bench.allText(),
    longTasks: window.__bench.longTasks.slice(),
    loadShift: window.__bench.shifts.reduce(
      (sum, shift) => sum + (shift.recent ? 0 : shift.value),
      0,
    ),
    ...window.__bench.rendered(),
  }));
  if (loaded.captions !== size || !loaded.lastCaption) {
    throw new Error(`${loaded.captions} of ${size} captions in the DOM once settled`);
  }
  const initialScripts = scripts.slice();
  endPhase('load', 'memory');

  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await page.evaluate(() => window.__bench.countNodes());
  endPhase('memory', 'scroll');

  const scroll = await page.evaluate((plan) => window.__bench.scroll(plan), SCROLL);
  endPhase('scroll', 'click');

  let viewer = {};
  if (system.viewer) {
    const point = await page.evaluate(() => window.__bench.prepareClick());
    if (!point) throw new Error(`photo ${CLICK_INDEX + 1} has nothing to click`);
    await page.waitForFunction(
      (quiet) => window.__bench.quietFor() >= quiet,
      {
        polling: 50,
        timeout: LOAD_TIMEOUT_MS,
      },
      300,
    );
    const beforeOpen = scripts.slice();
    await page.evaluate(() => window.__bench.armClick());
    await page.mouse.click(point.x, point.y);
    const sharp = await page.evaluate(
      (timeout) => window.__bench.waitForSharpViewer(timeout),
      SHARP_TIMEOUT_MS,
    );
    if (!sharp) {
      throw new Error(`no sharp image in the viewer ${SHARP_TIMEOUT_MS / 1000} s after the click`);
    }
    const clickStart = await page.evaluate(() => window.__bench.clickStart);
    // Response events for the last chunks may still be in flight to Node.
    await sleep(100);
    viewer = {
      clickToSharpMs: sharp.at - clickStart,
      viewerImage: sharp,
      // Fetched after settling but before the click (photo-exhibit preloads its viewer on pointer-over).
      scriptsBeforeOpenSinceLoad: [
        ...new Set(beforeOpen.filter((path) => !initialScripts.includes(path))),
      ],
      viewerScripts: [...new Set(scripts.filter((path) => !beforeOpen.includes(path)))],
      jsAfterOpenBytes: scriptBytes(scripts),
    };
    endPhase('click', 'done');
  }
  if (problems.length > 0) throw new Error(problems.join('; '));
  return {
    phases,
    firstScreenMs: loaded.firstScreen,
    allTextMs: loaded.allText,
    documentResponseEndMs: loaded.documentResponseEnd,
    tbtMs: totalBlockingTime(loaded.longTasks),
    longestTaskMs: Math.max(0, ...loaded.longTasks.map((task) => task.duration)),
    longTasks: loaded.longTasks.map((task) => ({
      start: Math.round(task.start),
      duration: Math.round(task.duration),
    })),
    heapBytes: heap.usedSize,
    nodes: dom.nodes,
    elements: dom.elements,
    loadShift: loaded.loadShift,
    scroll,
    initialScripts: [...new Set(initialScripts)],
    jsInitialBytes: scriptBytes(initialScripts),
    ...viewer,
  };
}

/** What `diagnose` says of a page that gets no animation frames. */
const NO_FRAME = 'no animation frame in 2 s';

/** Settles with `promise`, or with `fallback` after `ms`. */
const within = (promise, ms, fallback) =>
  Promise.race([
    promise.catch((error) => `failed: ${error.message}`),
    sleep(ms).then(() => fallback),
  ]);

/**
 * What a page that stopped answering was doing: whether its main thread runs a script at all, whether it
 * is visible, whether it still gets animation frames, and where it was scrolled. For the timeout's message.
 */
async function diagnose(progress) {
  const { cdp, problems = [] } = progress;
  if (!cdp) return 'no page yet';
  const probe = `(async () => {
    const frame = await Promise.race([
      new Promise((resolve) => requestAnimationFrame(() => resolve('frames run'))),
      new Promise((resolve) => setTimeout(() => resolve('${NO_FRAME}'), 2000)),
    ]);
    const scroller = document.scrollingElement;
    return [document.visibilityState, document.hasFocus() ? 'focused' : 'not focused', frame,
      'scrollY ' + Math.round(scrollY) + ' of ' + (scroller.scrollHeight - innerHeight),
      (window.__bench?.longTasks.length ?? 0) + ' long tasks'].join(', ');
  })()`;
  const answer = await within(
    cdp
      .send('Runtime.evaluate', { expression: probe, awaitPromise: true, returnByValue: true })
      .then((reply) => reply.result.value ?? reply.exceptionDetails?.text),
    5000,
    'no answer in 5 s (main thread busy or renderer gone)',
  );
  return [answer, ...problems].join('; ');
}

async function measureOnce(browser, url, name, size) {
  const context = await browser.createBrowserContext();
  // Which step a measurement that times out was in, and its page's session to ask why.
  const progress = { step: 'load' };
  try {
    return await withTimeout(
      measurePage(context, url, name, size, progress),
      MEASUREMENT_TIMEOUT_MS,
      () => `${name} at ${size} photos (in its ${progress.step} step)`,
    );
  } catch (error) {
    const why = error.timedOut ? await diagnose(progress) : undefined;
    return {
      error: error.message.split('\n')[0] + (why ? ` [page: ${why}]` : ''),
      // Headless Chromium sometimes stops giving a page frames (about one measurement in fifty here): the
      // page is idle and answers, so the system measured is not at fault and the measurement is taken again.
      framesStalled: why?.includes(NO_FRAME) ?? false,
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}

// ---- Summaries and tables -------------------------------------------------------------------------------

/** What the summaries hold; `ratio`: also as ratios to the floor; `value`: where a sample keeps it. */
const METRICS = {
  firstScreenMs: { ratio: true },
  allTextMs: { ratio: true },
  tbtMs: {},
  longestTaskMs: {},
  heapBytes: { ratio: true },
  nodes: { ratio: true },
  scrollStepMs: { value: (sample) => sample.scroll?.stepMedianMs },
  loadShift: {},
  pagingShift: { value: (sample) => sample.scroll?.paging.shift },
  toEndShift: { value: (sample) => sample.scroll?.toEnd.shift },
  clickToSharpMs: {},
  jsInitialBytes: {},
  jsAfterOpenBytes: {},
};

const metricValue = (sample, metric) => METRICS[metric].value?.(sample) ?? sample[metric];

function summarizeAll(measurements, sizes, systems) {
  const summaries = [];
  for (const size of sizes) {
    for (const name of systems) {
      const samples = measurements.filter(
        (sample) => sample.size === size && sample.system === name && !sample.error,
      );
      const failures = measurements.filter(
        (sample) => sample.size === size && sample.system === name && sample.error,
      );
      const summary = { size, system: name, runs: samples.length, failures: failures.length };
      for (const [metric, { ratio }] of Object.entries(METRICS)) {
        summary[metric] = summarize(samples.map((sample) => metricValue(sample, metric)));
        if (!ratio) continue;
        // Ratios run by run: each sample over the floor's sample of the same run and size.
        const ratios = samples.map((sample) => {
          const floor = measurements.find(
            (other) =>
              other.system === 'floor' &&
              other.size === size &&
              other.run === sample.run &&
              !other.error,
          );
          const base = floor && metricValue(floor, metric);
          return base > 0 ? metricValue(sample, metric) / base : undefined;
        });
        summary[`${metric}Ratio`] = summarize(ratios.filter((value) => value !== undefined));
      }
      summaries.push(summary);
    }
  }
  return summaries;
}

const ratioCell = (summary) => (summary ? `×${formatNumber(summary.median, { digits: 2 })}` : '–');
const kilobytes = (summary) =>
  summary
    ? formatSpread(
        {
          ...summary,
          median: summary.median / 1000,
          min: summary.min / 1000,
          max: summary.max / 1000,
        },
        { digits: 1 },
      )
    : '–';

const HEADER = [
  'system',
  'first screen ms',
  '×floor',
  'all text ms',
  '×floor',
  'TBT ms',
  'longest task ms',
  'JS heap MB',
  '×floor',
  'DOM nodes',
  '×floor',
  'scroll step ms',
  'shift, load',
  'shift, paging',
  'shift, to end',
  'click → sharp ms',
  'JS kB initial',
  'JS kB after open',
];

function tableRows(summaries, size) {
  return summaries
    .filter((summary) => summary.size === size)
    .map((summary) => {
      const megabytes = summary.heapBytes && {
        ...summary.heapBytes,
        median: summary.heapBytes.median / 1e6,
        min: summary.heapBytes.min / 1e6,
        max: summary.heapBytes.max / 1e6,
      };
      const runs = summary.failures > 0 ? ` (${summary.runs} ok, ${summary.failures} failed)` : '';
      return [
        `${summary.system}${runs}`,
        formatSpread(summary.firstScreenMs),
        summary.system === 'floor' ? '' : ratioCell(summary.firstScreenMsRatio),
        formatSpread(summary.allTextMs),
        summary.system === 'floor' ? '' : ratioCell(summary.allTextMsRatio),
        formatSpread(summary.tbtMs),
        formatSpread(summary.longestTaskMs),
        formatSpread(megabytes),
        summary.system === 'floor' ? '' : ratioCell(summary.heapBytesRatio),
        formatSpread(summary.nodes),
        summary.system === 'floor' ? '' : ratioCell(summary.nodesRatio),
        formatSpread(summary.scrollStepMs),
        formatSpread(summary.loadShift, { digits: 3 }),
        formatSpread(summary.pagingShift, { digits: 3 }),
        formatSpread(summary.toEndShift, { digits: 3 }),
        formatSpread(summary.clickToSharpMs),
        kilobytes(summary.jsInitialBytes),
        kilobytes(summary.jsAfterOpenBytes),
      ];
    });
}

function definitions(options) {
  return `Each cell: median (min–max) over ${options.runs} run(s); "×floor": median of the run-by-run ratios to the floor
measured in the same run. Headless Chromium, viewport ${VIEWPORT.width}×${VIEWPORT.height} at DPR 1, no CPU or network
throttling, files from 127.0.0.1 without compression or caching (each measurement in a fresh browser context).
- first screen: navigation start to the first animation frame in which the first tile is laid out with a size in
  the viewport (polled with requestAnimationFrame by the same injected probe for every system).
- all text: navigation start to every caption in the DOM (photo-exhibit: its \`photo-exhibit-load\` event; the others
  mark the end of the task or React commit that added the last caption). Every run checks that all captions are there.
- TBT: sum of (long task − 50 ms) over every long task from navigation start until ${QUIET_MS} ms passed with none after all text;
  longest task: the longest of them.
- JS heap (CDP Runtime.getHeapUsage, used) and DOM nodes (all nodes, shadow trees included) after a forced GC, once
  settled and before scrolling.
- scroll step: median time from a scroll step to the second animation frame after it, over the steps below.
- shift: sum of layout-shift scores (entries without recent input) during load (until settled), then while paging down (${SCROLL.pages} steps
  of 87.5 % of the viewport, as Page Down does), then while jumping to the end (at most ${SCROLL.jumps} equal steps, none shorter
  than the viewport, as dragging the scrollbar does); two frames per step. The JSON lists what moved.
- click → sharp: from the first pointer event of a click on photo ${CLICK_INDEX + 1} (moved into view first) until the viewer's
  main image (photo-exhibit: \`<photo-viewer>\`'s \`.photo\`; PhotoSwipe: the shown slide's full image) is loaded and
  decoded with at least as many pixels as its laid-out width, so a placeholder or thumbnail does not count.
- JS kB: min+gzip (level 9, computed here) of every script the page fetched until settled ("initial") and until the
  sharp image ("after open"). The peers are bundled and minified with esbuild; CSS is not counted.`;
}

async function main() {
  const options = parseOptions();
  const started = Date.now();
  const deadline = started + options.maxMinutes * 60_000;
  const { pageUrl, build } = await prepareBench(options);

  const machine = machineInfo();
  const loadBefore = loadavg();
  const server = await serveStatic(ROOT);
  const browser = await launchChromium({ protocolTimeout: MEASUREMENT_TIMEOUT_MS });
  const measurements = [];
  let stoppedEarly = false;
  let chromium;
  try {
    chromium = await browser.version();
    outer: for (let run = 1; run <= options.runs; run++) {
      for (const [sizeIndex, size] of options.sizes.entries()) {
        // Each system takes its turn at going first.
        const shift = (run + sizeIndex) % options.systems.length;
        const order = [...options.systems.slice(shift), ...options.systems.slice(0, shift)];
        for (const name of order) {
          if (Date.now() > deadline) {
            stoppedEarly = true;
            break outer;
          }
          const began = Date.now();
          const url = `${server.url}${pageUrl(name, size)}`;
          let sample = await measureOnce(browser, url, name, size);
          if (sample.framesStalled) {
            process.stderr.write(
              `  run ${run}, ${size} photos, ${name}: measured again: ${sample.error}\n`,
            );
            sample = {
              ...(await measureOnce(browser, url, name, size)),
              measuredAgainAfter: sample.error,
            };
          }
          measurements.push({ run, size, system: name, ...sample });
          const seconds = ((Date.now() - began) / 1000).toFixed(1);
          process.stderr.write(
            sample.error
              ? `  run ${run}, ${size} photos, ${name}: FAILED: ${sample.error}\n`
              : `  run ${run}, ${size} photos, ${name}: first screen ${formatNumber(sample.firstScreenMs)} ms, all text ${formatNumber(sample.allTextMs)} ms, TBT ${formatNumber(sample.tbtMs)} ms (${seconds} s)\n`,
          );
        }
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }

  const summaries = summarizeAll(measurements, options.sizes, options.systems);
  const loadAfter = loadavg();
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const info = `${machineLine(machine, `, ${chromium}`)}; load average ${loadBefore[0].toFixed(1)} before, ${loadAfter[0].toFixed(1)} after; ${minutes} min; dist/cdn ${build.sha256} built ${build.builtAt}`;
  const command = `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim();
  const note = stoppedEarly
    ? `\n**Stopped early** at the ${options.maxMinutes}-minute limit: some runs are missing.\n`
    : '';
  // The measurements with `field`, listed under `heading`.
  const listOf = (heading, field) => {
    const samples = measurements.filter((sample) => sample[field]);
    if (samples.length === 0) return '';
    const lines = samples.map(
      (sample) => `- run ${sample.run}, ${sample.size} photos, ${sample.system}: ${sample[field]}`,
    );
    return `\n${heading}:\n${lines.join('\n')}\n`;
  };
  const failureNote = listOf('Failed measurements (left out of the figures)', 'error');
  const againNote = listOf(
    'Measured again (the browser stopped giving the page frames; the first attempt is left out)',
    'measuredAgainAfter',
  );
  const sections = options.sizes.map((size) => ({
    size,
    rows: tableRows(summaries, size),
  }));
  for (const { size, rows } of sections) {
    console.log(`\n${size.toLocaleString('en-US')} photos\n${textTable(HEADER, rows)}`);
  }
  console.log(`\n${info}${note}${failureNote}${againNote}`);

  const labels = options.systems.map((name) => `- \`${name}\`: ${SYSTEMS[name].label}`).join('\n');
  const markdown = `# photo-exhibit in the browser

${definitions(options)}

Systems:
${labels}

${sections.map(({ size, rows }) => `## ${size.toLocaleString('en-US')} photos\n\n${markdownTable(HEADER, rows)}`).join('\n\n')}
${note}${failureNote}${againNote}
Machine: ${info}. Command: \`${command}\`.
`;
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(join(RESULTS_DIR, 'latest.md'), markdown);
  await writeFile(
    join(RESULTS_DIR, 'latest.json'),
    `${JSON.stringify(
      {
        machine: {
          ...machine,
          chromium,
          loadAverageBefore: loadBefore,
          loadAverageAfter: loadAfter,
        },
        build,
        options: { ...options, viewport: VIEWPORT, clickIndex: CLICK_INDEX, quietMs: QUIET_MS },
        stoppedEarly,
        summaries,
        measurements,
      },
      null,
      2,
    )}\n`,
  );
  console.log(
    `written to ${relative(process.cwd(), join(RESULTS_DIR, 'latest.md'))} and latest.json`,
  );
  if (measurements.some((sample) => sample.error)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof UsageError ? `bench/run: ${error.message}` : error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
