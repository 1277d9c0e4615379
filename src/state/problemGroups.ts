/**
 * Problems grouped for the open panel: one line per kind (code and property) with how many
 * there are and a few examples, so a 903-road file shows a handful of lines rather than one
 * per feature. The CSV of problems keeps every row.
 */

/** What a group is made from: a problem with its sentence. */
export interface ProblemLike {
  severity: string;
  code: string;
  property?: string;
  params: Record<string, string | number>;
  message: string;
}

/** One kind of problem, over every feature it concerns. */
export interface ProblemGroup {
  severity: string;
  code: string;
  /** How many features (a mapping note's own count, else the problems in the group). */
  count: number;
  /** How many problems were grouped (1 for a mapping note, which is grouped already). */
  grouped: number;
  /** The first few problems' sentences. */
  examples: string[];
}

/** How many examples a group keeps. */
export const GROUP_EXAMPLES = 3;

/**
 * Groups problems by code and property, in the order each kind first appears.
 *
 * @example
 * groupProblems(report.warnings); // [{ code: 'id-missing', count: 184, examples: [...] }, …]
 */
export function groupProblems(problems: readonly ProblemLike[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const problem of problems) {
    const key = `${problem.severity}\u001f${problem.code}\u001f${problem.property ?? ''}`;
    const counted = problem.params.count;
    const weight = typeof counted === 'number' && counted > 0 ? counted : 1;
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, {
        severity: problem.severity,
        code: problem.code,
        count: weight,
        grouped: 1,
        examples: [problem.message],
      });
      continue;
    }
    group.count += weight;
    group.grouped += 1;
    if (group.examples.length < GROUP_EXAMPLES) group.examples.push(problem.message);
  }
  return [...groups.values()];
}
