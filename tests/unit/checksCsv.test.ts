import { describe, expect, it } from 'vitest';
import type { DataCheck } from '../../src/domain/dataChecks.ts';
import { checksCsv } from '../../src/ui/tools/checksCsv.ts';

const CHECKS: DataCheck[] = [
  {
    kind: 'length-mismatch',
    segmentIndex: 4,
    id: 'X001-2',
    route: 'X001',
    params: { declaredKm: 1.3, measuredKm: 1, differenceShare: 0.3 },
  },
  {
    kind: 'completed-over-length',
    segmentIndex: null,
    id: '=HYPERLINK("x")',
    route: '',
    params: { completedKm: 1.6, lengthKm: 1 },
  },
];

describe('checksCsv', () => {
  it('writes a BOM, CRLF line ends and headers in the language', () => {
    const text = checksCsv(CHECKS, 'zh');
    expect(text.startsWith('\uFEFFcode,问题,id,route,路段,说明\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      'length-mismatch,长度不符,X001-2,X001,4,申报 1.30 公里，实测 1.00 公里，相差 30%',
    );
  });

  it('quotes text with commas and quotes, and keeps a formula from running', () => {
    const line = checksCsv(CHECKS, 'en').split('\r\n')[2]!;
    expect(line).toBe(
      `completed-over-length,Completed above length,"'=HYPERLINK(""x"")",,"skipped when opened, not on the map",completed 1.60 km of 1.00 km`,
    );
  });
});
