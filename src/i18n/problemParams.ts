/**
 * What the problem sentences of both steps (the validator's and the coordinate step's) share:
 * the shape of a sentence and the reading of a 0-based index parameter.
 */
import type { Problem } from '../contract/roadNetwork.ts';

/** Writes one problem as a sentence; `subject` names the feature, e.g. `Feature 3 (…)`. */
export type ProblemSentence = (problem: Problem, subject: string) => string;

/**
 * A 0-based index parameter as a 1-based ordinal number; text parameters as written.
 *
 * @example
 * ordinal({ ...problem, params: { vertex: 0 } }, 'vertex'); // '1'
 */
export function ordinal(problem: Problem, key: string): string {
  const value = problem.params[key];
  return typeof value === 'number' ? String(value + 1) : (value ?? '');
}
