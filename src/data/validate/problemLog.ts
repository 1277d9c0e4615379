/**
 * Collects the problems of one validation run. It remembers which feature is being read, so the
 * checks only name the code, the property and the values.
 */
import type { Problem } from '../../contract/roadNetwork.ts';
import type { ProblemCode } from '../../contract/problemCodes.ts';

/** Values a problem's sentence refers to. */
export type ProblemParams = Record<string, string | number>;

/** Longest text kept from a bad value, so one huge string cannot flood the report. */
const MAX_VALUE_CHARACTERS = 80;

/**
 * A short, safe description of any value for a problem's params: strings as they are (cut to
 * 80 characters), numbers and booleans as text, arrays and objects by kind. Never throws.
 *
 * @example
 * valueText('12.5'); // '12.5'
 * valueText([1, 2]); // 'array(2)'
 */
export function valueText(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > MAX_VALUE_CHARACTERS ? `${value.slice(0, MAX_VALUE_CHARACTERS)}…` : value;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return `array(${value.length})`;
  if (typeof value === 'object') return 'object';
  if (typeof value === 'function') return 'function';
  return String(value);
}

/** Problems found so far, and the feature they are being found in. */
export class ProblemLog {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  /** Index of the feature being read; null between features. */
  featureIndex: number | null = null;
  /** The `id` of the feature being read, once known. */
  featureId: string | undefined = undefined;
  /** Errors reported for the current feature: any one of them drops it. */
  featureErrors = 0;

  /** Starts reporting for the feature at `index` of the input's `features`. */
  startFeature(index: number, featureId: string | undefined): void {
    this.featureIndex = index;
    this.featureId = featureId;
    this.featureErrors = 0;
  }

  /** Stops reporting for a feature: later problems are about the whole file. */
  endFeature(): void {
    this.featureIndex = null;
    this.featureId = undefined;
  }

  /** Reports an error: the current feature (or, between features, the file) is not used. */
  error(code: ProblemCode, property?: string, params?: ProblemParams): void {
    this.errors.push(this.problem('error', code, property, params));
    this.featureErrors++;
  }

  /** Reports a warning: the value was read, repaired or left out, and the feature kept. */
  warning(code: ProblemCode, property?: string, params?: ProblemParams): void {
    this.warnings.push(this.problem('warning', code, property, params));
  }

  private problem(
    severity: Problem['severity'],
    code: ProblemCode,
    property: string | undefined,
    params: ProblemParams | undefined,
  ): Problem {
    const problem: Problem = {
      severity,
      code,
      featureIndex: this.featureIndex,
      params: params ?? {},
    };
    if (this.featureId !== undefined) problem.featureId = this.featureId;
    if (property !== undefined) problem.property = property;
    return problem;
  }
}
