// Summaries of repeated measurements and the tables both benchmarks print and write.
import { cpus, totalmem } from 'node:os';

/** The q-quantile of numbers (linear interpolation between closest ranks); undefined for none. */
export function quantile(values, q) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** Median, quartiles, extremes and count of the finite values. */
export function summarize(values) {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return undefined;
  return {
    median: quantile(finite, 0.5),
    q1: quantile(finite, 0.25),
    q3: quantile(finite, 0.75),
    min: Math.min(...finite),
    max: Math.max(...finite),
    count: finite.length,
  };
}

/** A number with about three significant digits, grouped: 12 345, 1 234, 123, 12.3, 1.23, 0.123. */
export function formatNumber(value, { digits } = {}) {
  if (value === undefined || !Number.isFinite(value)) return '–';
  const magnitude = Math.abs(value);
  const decimals = digits ?? (magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3);
  return value.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/** "median (min–max)" of a summary, or "–". */
export function formatSpread(summary, options) {
  if (!summary) return '–';
  if (summary.min === summary.max) return formatNumber(summary.median, options);
  return `${formatNumber(summary.median, options)} (${formatNumber(summary.min, options)}–${formatNumber(summary.max, options)})`;
}

/** A markdown table; cells are escaped for pipes. */
export function markdownTable(header, rows) {
  const escape = (cell) => String(cell).replaceAll('|', '\\|');
  return [
    `| ${header.map(escape).join(' | ')} |`,
    `| ${header.map((_, index) => (index === 0 ? '---' : '--:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}

/** The same table aligned in columns for a terminal. */
export function textTable(header, rows) {
  const widths = header.map((cell, column) =>
    Math.max(String(cell).length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (row) =>
    row
      .map((cell, column) =>
        column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]),
      )
      .join('  ');
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

/** CPU model and count, memory, Node version and date, for the line under every results table. */
export function machineInfo() {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown CPU',
    cores: processors.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
  };
}

export function machineLine(machine, extra = '') {
  return `${machine.cpu} (${machine.cores} cores, ${machine.memoryGiB} GiB), ${machine.platform}, Node ${machine.node}${extra}, ${machine.date}`;
}
