// Shared by the format tests: fixtures, problem lookups and JSON Pointer resolution.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parsePointer, type Problem, type ValidationResult } from '../../../src/core/index.js';

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'));
}

export function errors(result: ValidationResult): Problem[] {
  return result.problems.filter((problem) => problem.severity === 'error');
}

export function warnings(result: ValidationResult): Problem[] {
  return result.problems.filter((problem) => problem.severity === 'warning');
}

/** Asserts that `result` has a problem of `severity` at `path` whose message includes `text`. */
export function assertProblem(
  result: ValidationResult,
  severity: Problem['severity'],
  path: string,
  text: string,
): Problem {
  const found = result.problems.find(
    (problem) =>
      problem.severity === severity && problem.path === path && problem.message.includes(text),
  );
  const listing = result.problems.map(
    (problem) => `${problem.severity} ${problem.path}: ${problem.message}`,
  );
  assert.ok(
    found,
    `expected ${severity} at ${path} including "${text}", got:\n${listing.join('\n')}`,
  );
  return found;
}

export function assertNoProblemAt(result: ValidationResult, path: string): void {
  assert.deepEqual(
    result.problems.filter((problem) => problem.path === path),
    [],
    `expected no problem at ${path}`,
  );
}

/**
 * Whether `path` names a value in `document`, or an absent key of an object or array that exists
 * (problems about missing fields point at the absent key).
 */
export function pointerResolves(document: unknown, path: string): boolean {
  const segments = parsePointer(path);
  if (segments === undefined) return false;
  let value: unknown = document;
  for (const [index, segment] of segments.entries()) {
    const isLast = index === segments.length - 1;
    if (typeof value !== 'object' || value === null) return false;
    if (Array.isArray(value) && !/^(0|[1-9][0-9]*)$/.test(segment)) return false;
    if (!Object.prototype.hasOwnProperty.call(value, segment)) return isLast;
    value = (value as Record<string, unknown>)[segment];
  }
  return true;
}
