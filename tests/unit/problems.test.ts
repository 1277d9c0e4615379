import { describe, expect, it } from 'vitest';
import { COORDINATE_PROBLEM_CODES } from '../../src/contract/coordinateProblemCodes.ts';
import type { Problem } from '../../src/contract/roadNetwork.ts';
import { validateDataset } from '../../src/data/validate/validate.ts';
import {
  PROBLEM_CODES,
  PROBLEM_SENTENCES,
  describeProblem,
  problemSubject,
} from '../../src/i18n/problems.ts';
import { fixtureNames, readFixture } from './validateFixtures.ts';

const HAN = /\p{Script=Han}/u;

/** Every problem the fixtures produce, plus the one code no fixture can trigger. */
function sampleProblems(): Problem[] {
  const problems: Problem[] = [
    {
      severity: 'error',
      code: 'unreadable-input',
      featureIndex: null,
      params: { message: 'getter threw' },
    },
  ];
  for (const name of fixtureNames()) {
    const result = validateDataset(readFixture(name));
    problems.push(...result.errors, ...result.warnings);
  }
  return problems;
}

describe('describeProblem', () => {
  it('has a sentence for every code in both languages', () => {
    for (const locale of ['zh', 'en'] as const) {
      expect(Object.keys(PROBLEM_SENTENCES[locale]).sort()).toEqual(
        [...PROBLEM_CODES, ...COORDINATE_PROBLEM_CODES].sort(),
      );
    }
  });

  it('writes every problem the fixtures produce as one complete sentence', () => {
    const problems = sampleProblems();
    const codes = new Set(problems.map((problem) => problem.code));
    expect([...codes].sort()).toEqual([...PROBLEM_CODES].sort());
    for (const problem of problems) {
      const zh = describeProblem(problem, 'zh');
      const en = describeProblem(problem, 'en');
      for (const sentence of [zh, en]) {
        expect(sentence, problem.code).not.toMatch(/undefined|NaN|\[object|\$\{/);
      }
      expect(zh, problem.code).toMatch(HAN);
      expect(zh, problem.code).toMatch(/。$/);
      expect(en, problem.code).toMatch(/\.$/);
      let englishOnly = en.split(problem.featureId ?? '\u0000').join('');
      for (const value of Object.values(problem.params)) {
        englishOnly = englishOnly.split(String(value)).join('');
      }
      expect(englishOnly, problem.code).not.toMatch(HAN);
      if (
        problem.property !== undefined &&
        !['geometry', 'properties'].includes(problem.property)
      ) {
        expect(en, `${problem.code} names ${problem.property}`).toContain(problem.property);
      }
      if (problem.featureIndex !== null) {
        expect(en).toContain(`features[${problem.featureIndex}]`);
        expect(zh).toContain(`features[${problem.featureIndex}]`);
      }
      if (problem.featureId !== undefined) {
        expect(en).toContain(problem.featureId);
        expect(zh).toContain(problem.featureId);
      }
    }
  });

  it('names the feature by number, position and id, and the property and figures', () => {
    const problem: Problem = {
      severity: 'error',
      code: 'completed-exceeds-length',
      featureIndex: 11,
      featureId: 'X085-3',
      property: 'completed_km',
      params: { completedKm: 5.2, lengthKm: 4.1, lengthSource: 'declared' },
    };
    expect(describeProblem(problem, 'zh')).toBe(
      '第 12 个要素（features[11]，id: X085-3）的 completed_km 为 5.2，超过长度 4.1 km，已跳过。',
    );
    expect(describeProblem(problem, 'en')).toBe(
      'Feature 12 (features[11], id X085-3): completed_km 5.2 is more than its length 4.1 km; skipped.',
    );
    const measured = { ...problem, params: { ...problem.params, lengthSource: 'measured' } };
    expect(describeProblem(measured, 'zh')).toContain('超过实测长度 4.1 km');
    expect(describeProblem(measured, 'en')).toContain('its measured length 4.1 km');
  });

  it('shows both figures of a length mismatch, rounded to the metre', () => {
    const problem: Problem = {
      severity: 'warning',
      code: 'length-mismatch',
      featureIndex: 0,
      featureId: 'a',
      property: 'length_km',
      params: { declaredKm: 2, measuredKm: 0.96493827 },
    };
    expect(describeProblem(problem, 'en')).toContain('2 km');
    expect(describeProblem(problem, 'en')).toContain('0.965 km');
    expect(describeProblem(problem, 'zh')).toContain('0.965 km');
  });

  it('says the file is probably in lat,lon order', () => {
    const result = validateDataset(readFixture('lat-lon-order.geojson'));
    expect(describeProblem(result.errors[0]!, 'en')).toContain('latitude, longitude order');
    expect(describeProblem(result.errors[0]!, 'zh')).toContain('纬度, 经度');
  });

  it('leaves the feature out of file-level sentences', () => {
    const problem: Problem = {
      severity: 'error',
      code: 'empty-collection',
      featureIndex: null,
      params: {},
    };
    expect(problemSubject(problem, 'en')).toBe('');
    expect(describeProblem(problem, 'en')).toBe(
      'The collection is empty: there is no road segment to show.',
    );
  });

  it('still says something for a code it does not know', () => {
    const problem: Problem = {
      severity: 'warning',
      code: 'from-the-future',
      featureIndex: 2,
      property: 'name',
      params: { value: 'x' },
    };
    expect(describeProblem(problem, 'en')).toBe(
      'Feature 3 (features[2]): from-the-future name (value=x)',
    );
    expect(describeProblem(problem, 'zh')).toBe(
      '第 3 个要素（features[2]）：from-the-future name (value=x)',
    );
  });
});
