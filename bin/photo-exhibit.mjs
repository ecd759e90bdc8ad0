#!/usr/bin/env node
// photo-exhibit command line: `photo-exhibit validate <file|URL> [--base URL] [--json]`.
// Prints every problem with its JSON Pointer path; exits 1 when the document has errors, 2 on bad usage or
// when the document cannot be read.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { importIiif, isIiif, parseJson, validateExhibition } from '../dist/core/index.js';

const usage = `Usage: photo-exhibit validate <exhibition.json | URL> [--base URL] [--json]

Checks an exhibition document (format 1.0, a bare array of items, or a IIIF manifest) and lists its
problems with their JSON Pointer paths. Exit status: 0 no errors (warnings allowed), 1 errors, 2 unusable.
  --base URL   resolve relative URLs against this address (default: the document's own location)
  --json       print { "ok", "errors", "warnings", "problems" } as JSON, for CI`;

function fail(message) {
  console.error(message);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage);
  process.exit(0);
}
const [command, ...rest] = args;
if (command !== 'validate') fail(usage);
let input;
let base;
let json = false;
for (let index = 0; index < rest.length; index += 1) {
  const arg = rest[index];
  if (arg === '--json') json = true;
  else if (arg === '--base') base = rest[(index += 1)] ?? fail('--base needs a URL');
  else if (arg.startsWith('--')) fail(`Unknown option ${arg}\n\n${usage}`);
  else if (input === undefined) input = arg;
  else fail(`Only one document at a time\n\n${usage}`);
}
if (input === undefined) fail(usage);

const isUrl = /^https?:\/\//i.test(input);
let text;
try {
  if (isUrl) {
    const response = await fetch(input);
    if (!response.ok) fail(`${input}: the server answered HTTP ${response.status}`);
    text = await response.text();
  } else {
    text = await readFile(input, 'utf8');
  }
} catch (error) {
  fail(`${input}: cannot read it (${error.message})`);
}

const parsed = parseJson(text);
if (!parsed.ok) fail(`${input}:${parsed.line}:${parsed.column}: ${parsed.message}`);
const baseUrl = base ?? (isUrl ? input : pathToFileURL(input).href);
let document = parsed.value;
const problems = [];
if (isIiif(document)) {
  const imported = importIiif(document, { baseUrl });
  problems.push(...imported.problems);
  document = imported.exhibition;
}
const result = validateExhibition(document, { baseUrl });
problems.push(...result.problems);
const errors = problems.filter((problem) => problem.severity === 'error');
const warnings = problems.filter((problem) => problem.severity === 'warning');

if (json) {
  console.log(
    JSON.stringify(
      { ok: errors.length === 0, errors: errors.length, warnings: warnings.length, problems },
      null,
      2,
    ),
  );
} else {
  for (const problem of problems) {
    console.log(
      `${problem.severity === 'error' ? 'error  ' : 'warning'} ${problem.path || '/'}: ${problem.message}`,
    );
    if (problem.hint) console.log(`        hint: ${problem.hint}`);
  }
  console.log(
    `${input}: ${errors.length} error(s), ${warnings.length} warning(s)${result.fatal ? ' (nothing can render)' : ''}`,
  );
}
process.exit(errors.length > 0 ? 1 : 0);
