/**
 * Reading the validator's fixture files (`tests/fixtures/validate/`) in unit tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Problem } from '../../src/contract/roadNetwork.ts';

const FIXTURE_DIRECTORY = new URL('../fixtures/validate/', import.meta.url);

/** The names of every fixture file. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIRECTORY).sort();
}

/** A fixture file, parsed. */
export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, FIXTURE_DIRECTORY), 'utf8')) as unknown;
}

/** Problems as `[code, featureIndex, property]`, the triple most assertions compare. */
export function where(problems: readonly Problem[]): [string, number | null, string | undefined][] {
  return problems.map((problem) => [problem.code, problem.featureIndex, problem.property]);
}
