// Where the main thread's time goes while one system renders one exhibition: a Chrome trace of the load
// (navigation start until every caption is in the DOM and the page is quiet), summarised as time per kind
// of work (script, style, layout, paint, GC), the long tasks with their own breakdown, the JavaScript
// functions with the most self time (photo-exhibit's mapped to src/ through the source maps), and for
// photo-exhibit how far the blocks' estimated heights (`contain-intrinsic-size`) are from their real ones.
//
// Usage: node bench/trace.mjs [--system exhibit-justified] [--size 5000]
// Needs `npm run build`. Prints the report and writes bench/results/trace-<system>-<size>.md.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from '../scripts/static-server.mjs';
import { SYSTEMS } from './lib/pages.mjs';
import { RESULTS_DIR, ROOT } from './lib/paths.mjs';
import { installProbe } from './lib/probe.mjs';
import { formatNumber, machineInfo, machineLine, markdownTable, quantile } from './lib/report.mjs';
import { UsageError, VIEWPORT, launchChromium, prepareBench } from './lib/setup.mjs';

const QUIET_MS = 500;
const TIMEOUT_MS = 120_000;
const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];
/** Kinds of main-thread work by trace event name; the first match wins, GC before script. */
const KINDS = [
  ['GC', /GC|Scavenge|Sweep|Marking/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleRecalc)/],
  ['layout', /^(Layout|UpdateLayout|IntersectionObserver|ComputeIntersections)/],
  ['paint', /^(PrePaint|Paint|Layerize|UpdateLayer|CompositeLayers|Commit|Decode|ImageDecode)/],
  ['HTML parsing', /^ParseHTML/],
  [
    'script',
    /^(EvaluateScript|FunctionCall|TimerFire|EventDispatch|FireAnimationFrame|RunMicrotasks|v8\.|V8\.|XHR)/,
  ],
];
const LONG_TASK_MS = 50;
const TOP_FUNCTIONS = 15;
/** The functions with the most self time named for each long task. */
const TASK_FUNCTIONS = 3;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      system: { type: 'string', default: 'exhibit-justified' },
      size: { type: 'string', default: '5000' },
    },
  });
  if (!(values.system in SYSTEMS)) {
    throw new UsageError(
      `unknown system "${values.system}"; systems: ${Object.keys(SYSTEMS).join(', ')}`,
    );
  }
  const size = Number(values.size);
  if (!Number.isInteger(size) || size < 10) {
    throw new UsageError(`--size takes a whole number of at least 10, got "${values.size}"`);
  }
  return { system: values.system, size };
}

const kindOf = (name) => KINDS.find(([, pattern]) => pattern.test(name))?.[0];

/**
 * Complete ('X') events of one thread as trees; each node's self time (its duration less its children's)
 * goes to its kind, or its nearest ancestor's, or "other".
 */
function taskTrees(events) {
  const sorted = events.slice().sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const roots = [];
  const stack = [];
  for (const event of sorted) {
    while (stack.length > 0 && event.ts >= stack.at(-1).ts + stack.at(-1).dur) stack.pop();
    const node = { ...event, children: [] };
    if (stack.length === 0) roots.push(node);
    else stack.at(-1).children.push(node);
    stack.push(node);
  }
  return roots;
}

function selfTimeByKind(root, into = new Map(), inherited = 'other') {
  const kind = kindOf(root.name) ?? inherited;
  const childTime = root.children.reduce((sum, child) => sum + child.dur, 0);
  into.set(kind, (into.get(kind) ?? 0) + Math.max(0, root.dur - childTime) / 1000);
  for (const child of root.children) selfTimeByKind(child, into, kind);
  return into;
}

/** CPU profile samples of one thread from the trace's ProfileChunk events: `{ time, node }` in µs. */
function profileSamples(events, pid, tid) {
  const profiles = new Map();
  for (const event of events) {
    if (event.pid !== pid || (event.name !== 'Profile' && event.name !== 'ProfileChunk')) continue;
    const profile = profiles.get(event.id) ?? {
      nodes: new Map(),
      samples: [],
      time: 0,
      tid: undefined,
    };
    profiles.set(event.id, profile);
    if (event.name === 'Profile') {
      profile.time = event.args.data.startTime;
      profile.tid = event.tid;
      continue;
    }
    const { cpuProfile = {}, timeDeltas = [] } = event.args.data;
    for (const node of cpuProfile.nodes ?? []) profile.nodes.set(node.id, node);
    (cpuProfile.samples ?? []).forEach((id, index) => {
      profile.time += timeDeltas[index] ?? 0;
      profile.samples.push({ time: profile.time, id });
    });
  }
  const main = [...profiles.values()].find((profile) => profile.tid === tid);
  if (!main) return [];
  return main.samples.map(({ time, id }) => ({ time, frame: main.nodes.get(id)?.callFrame }));
}

const sourceMaps = new Map();

/** "name (src/file.ts:line)" for frames of photo-exhibit's CDN build; otherwise the frame as it ran. */
function frameLabel(frame) {
  if (!frame) return '(unknown)';
  if (!frame.url) return frame.functionName || '(anonymous)';
  const path = new URL(frame.url).pathname;
  const file = path.split('/').at(-1);
  if (path.includes('/dist-cdn/')) {
    if (!sourceMaps.has(path)) {
      try {
        sourceMaps.set(
          path,
          new SourceMap(JSON.parse(readFileSync(join(ROOT, `${path}.map`), 'utf8'))),
        );
      } catch {
        sourceMaps.set(path, undefined);
      }
    }
    const entry = sourceMaps.get(path)?.findEntry(frame.lineNumber, frame.columnNumber);
    if (entry?.originalSource) {
      const source = entry.originalSource.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
      return `${entry.name ?? frame.functionName ?? '(anonymous)'} (${source}:${entry.originalLine + 1})`;
    }
  }
  return `${frame.functionName || '(anonymous)'} (${file}:${frame.lineNumber + 1})`;
}

function topFunctions(samples, from, to) {
  const inWindow = samples.filter((sample) => sample.time >= from && sample.time <= to);
  const interval = quantile(
    inWindow.slice(1).map((sample, index) => sample.time - inWindow[index].time),
    0.5,
  );
  const counts = new Map();
  for (const sample of inWindow) {
    const label = frameLabel(sample.frame);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_FUNCTIONS)
    .map(([label, count]) => ({ label, ms: (count * (interval ?? 0)) / 1000 }));
}

/** photo-exhibit only: each block's estimated height against its rendered height (all blocks forced). */
function blockEstimates() {
  const root = document.querySelector('photo-exhibit')?.shadowRoot;
  const blocks = [...(root?.querySelectorAll('.block') ?? [])];
  const estimates = blocks.map((block) =>
    Number.parseFloat(block.style.getPropertyValue('contain-intrinsic-size').split(' ').at(-1)),
  );
  for (const block of blocks) block.style.setProperty('content-visibility', 'visible');
  const actual = blocks.map((block) => block.getBoundingClientRect().height);
  return { estimates, actual };
}

async function traceLoad(browser, url, system) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    await page.evaluateOnNewDocument(installProbe, { kind: system.kind, clickIndex: 0 });
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: TIMEOUT_MS });
    await page.waitForFunction(
      (quiet) => window.__bench.allText() !== undefined && window.__bench.quietFor() >= quiet,
      { polling: 100, timeout: TIMEOUT_MS },
      QUIET_MS,
    );
    const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    const marks = await page.evaluate(() => ({
      firstScreen: window.__bench.firstScreen,
      allText: window.__bench.allText(),
      settled: performance.now(),
    }));
    const blocks = system.kind === 'exhibit' ? await page.evaluate(blockEstimates) : undefined;
    return { events: trace.traceEvents, marks, blocks };
  } finally {
    await context.close().catch(() => undefined);
  }
}

function analyse({ events, marks }) {
  // The page's main thread is the one that recorded the benchmark's own "all text" mark.
  const mark = events.find((event) => event.name === 'bench:all-text');
  if (!mark) throw new Error('the trace has no bench:all-text mark');
  const { pid, tid } = mark;
  const navigationStart = mark.ts - marks.allText * 1000;
  const end = navigationStart + marks.settled * 1000;
  const threadEvents = events.filter(
    (event) =>
      event.pid === pid &&
      event.tid === tid &&
      event.ph === 'X' &&
      event.dur !== undefined &&
      event.ts >= navigationStart &&
      event.ts <= end,
  );
  const tasks = taskTrees(threadEvents);
  const total = new Map();
  for (const task of tasks) selfTimeByKind(task, total);
  const busy = tasks.reduce((sum, task) => sum + task.dur, 0) / 1000;
  const at = (ts) => (ts - navigationStart) / 1000;
  const samples = profileSamples(events, pid, tid);
  const longTasks = tasks
    .filter((task) => task.dur / 1000 > LONG_TASK_MS)
    .map((task) => ({
      start: at(task.ts),
      duration: task.dur / 1000,
      kinds: selfTimeByKind(task),
      functions: topFunctions(samples, task.ts, task.ts + task.dur).slice(0, TASK_FUNCTIONS),
    }));
  // After the first screen: the chunks that render the rest.
  const afterFirstScreen = tasks.filter(
    (task) => at(task.ts) >= marks.firstScreen && at(task.ts) <= marks.allText,
  );
  const chunkTasks = afterFirstScreen.filter((task) => task.dur >= 1000);
  const chunkKinds = new Map();
  for (const task of afterFirstScreen) selfTimeByKind(task, chunkKinds);
  const chunkFrom = navigationStart + marks.firstScreen * 1000;
  const chunkTo = navigationStart + marks.allText * 1000;
  return {
    windowMs: marks.settled,
    busy,
    total,
    longTasks,
    chunks: {
      count: chunkTasks.length,
      medianMs: quantile(
        chunkTasks.map((task) => task.dur / 1000),
        0.5,
      ),
      busyMs: chunkTasks.reduce((sum, task) => sum + task.dur, 0) / 1000,
      spanMs: marks.allText - marks.firstScreen,
      kinds: chunkKinds,
      functions: topFunctions(samples, chunkFrom, chunkTo),
    },
    functionsInLongTasks: topFunctions(
      samples.filter((sample) =>
        longTasks.some(
          (task) =>
            sample.time >= navigationStart + task.start * 1000 &&
            sample.time <= navigationStart + (task.start + task.duration) * 1000,
        ),
      ),
      navigationStart,
      end,
    ),
    functions: topFunctions(samples, navigationStart, end),
  };
}

const kindColumns = (kinds) =>
  ['script', 'style', 'layout', 'paint', 'GC', 'HTML parsing', 'other'].map((kind) =>
    formatNumber(kinds.get(kind) ?? 0),
  );

function report({ name, size, marks, analysis, blocks, machine, chromium }) {
  const kindHeader = ['script', 'style', 'layout', 'paint', 'GC', 'HTML parsing', 'other'];
  const lines = [
    `# Trace: ${SYSTEMS[name].label}, ${size.toLocaleString('en-US')} photos`,
    '',
    `First screen ${formatNumber(marks.firstScreen)} ms, all text ${formatNumber(marks.allText)} ms, traced until ${formatNumber(marks.settled)} ms; the main thread was busy ${formatNumber(analysis.busy)} ms of it. Milliseconds of main-thread self time:`,
    '',
    markdownTable(
      ['', ...kindHeader],
      [
        ['whole load', ...kindColumns(analysis.total)],
        ['first screen to all text', ...kindColumns(analysis.chunks.kinds)],
      ],
    ),
    '',
    `Long tasks (over ${LONG_TASK_MS} ms), ms after navigation start:`,
    '',
    markdownTable(
      ['start', 'duration', ...kindHeader, 'most self time'],
      analysis.longTasks.map((task) => [
        formatNumber(task.start),
        formatNumber(task.duration),
        ...kindColumns(task.kinds),
        task.functions.map((entry) => `${entry.label} ${formatNumber(entry.ms)}`).join('; '),
      ]),
    ),
    '',
    `From the first screen to all text (${formatNumber(analysis.chunks.spanMs)} ms): ${analysis.chunks.count} tasks of 1 ms or more, median ${formatNumber(analysis.chunks.medianMs)} ms, busy ${formatNumber(analysis.chunks.busyMs)} ms.`,
    '',
    'JavaScript self time, whole load (sampled; photo-exhibit mapped to its sources):',
    '',
    markdownTable(
      ['function', 'ms'],
      analysis.functions.map((entry) => [entry.label, formatNumber(entry.ms)]),
    ),
    '',
    'JavaScript self time from the first screen to all text:',
    '',
    markdownTable(
      ['function', 'ms'],
      analysis.chunks.functions.map((entry) => [entry.label, formatNumber(entry.ms)]),
    ),
    '',
    'JavaScript self time inside the long tasks:',
    '',
    markdownTable(
      ['function', 'ms'],
      analysis.functionsInLongTasks.map((entry) => [entry.label, formatNumber(entry.ms)]),
    ),
  ];
  if (blocks && blocks.estimates.length > 0) {
    const ratios = blocks.actual.map((height, index) => height / blocks.estimates[index]);
    const sum = (list) => list.reduce((total, value) => total + value, 0);
    lines.push(
      '',
      `Blocks (content-visibility: auto): ${blocks.estimates.length}; rendered height / estimated height: median ${formatNumber(quantile(ratios, 0.5), { digits: 2 })}, min ${formatNumber(Math.min(...ratios), { digits: 2 })}, max ${formatNumber(Math.max(...ratios), { digits: 2 })}; all blocks ${formatNumber(sum(blocks.actual))} px rendered against ${formatNumber(sum(blocks.estimates))} px estimated.`,
    );
  }
  lines.push('', `Machine: ${machineLine(machine, `, ${chromium}`)}.`, '');
  return lines.join('\n');
}

async function main() {
  const { system: name, size } = parseOptions();
  const { pageUrl } = await prepareBench({ sizes: [size], systems: [name] });
  const machine = machineInfo();
  const server = await serveStatic(ROOT);
  const browser = await launchChromium({ protocolTimeout: TIMEOUT_MS });
  try {
    const chromium = await browser.version();
    const traced = await traceLoad(browser, `${server.url}${pageUrl(name, size)}`, SYSTEMS[name]);
    const markdown = report({
      name,
      size,
      marks: traced.marks,
      analysis: analyse(traced),
      blocks: traced.blocks,
      machine,
      chromium,
    });
    console.log(markdown);
    await mkdir(RESULTS_DIR, { recursive: true });
    await writeFile(join(RESULTS_DIR, `trace-${name}-${size}.md`), markdown);
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof UsageError ? `bench/trace: ${error.message}` : error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
