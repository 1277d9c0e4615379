/**
 * Progress sheets joined onto the sample county as the data worker joins them: the real sheet
 * reader, chainage index, cutting, drawing and dated columns.
 */
import { describe, expect, it } from 'vitest';
import { preparedSample } from './preparedSample.ts';
import { joinSheets } from '../../src/data/worker/joinSheets.ts';
import { drawNetwork } from '../../src/data/worker/drawNetwork.ts';
import { measuredChainageIndex } from '../../src/domain/measuredChainage.ts';
import { columnsAsOf, historyColumns } from '../../src/domain/historyColumns.ts';
import { SegmentIndex, segmentColumns } from '../../src/domain/segmentIndex.ts';
import { formatChainage } from '../../src/domain/chainage.ts';
import { datedExpression } from '../../src/style/datedExpression.ts';
import fc from 'fast-check';
import { joinProgress } from '../../src/domain/progressAsOf.ts';
import { progressNetwork } from '../../src/domain/progressPieces.ts';
import { lineLengthKm } from '../../src/domain/geodesicLength.ts';

const sample = preparedSample();
const chainage = measuredChainageIndex(sample.segments, sample.lines);
const s209 = chainage.routes.get('S209')!;
const fromKm = s209.fromKm + 1;
const toKm = s209.fromKm + 3;

function csv(lines: string[]): ArrayBuffer {
  const bytes = new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

const sheet = csv([
  '示例进度表（测试）,,,,,',
  '路线编码,起点桩号,止点桩号,建设状态,完成里程(公里),填报日期',
  `S209,${formatChainage(fromKm)},${formatChainage(toKm)},在建,0.5,2023-03`,
  `S209,${formatChainage(fromKm)},${formatChainage(toKm)},完工,,2023-09-30`,
  `Z999,K0+000,K1+000,在建,0.2,2023-03-31`,
  `S209,K${Math.ceil(s209.toKm) + 5}+000,K${Math.ceil(s209.toKm) + 6}+000,在建,0.2,2023-03-31`,
  `S209,K1+000,K0+500,在建,0.2,2023-03-31`,
]);

describe('progress sheets joined in the data worker', async () => {
  const { network, report } = await joinSheets(sample.segments, sample.lines, [
    { name: '进度.csv', bytes: sheet },
  ]);
  const pieces = network.segments.filter((segment) => segment.stretch);

  it('reports the matched rows and why the others lie on no road', () => {
    const [sheetReport] = report.sheets;
    expect(sheetReport!.rows).toBe(5);
    expect(sheetReport!.matched).toBe(2);
    expect(sheetReport!.unmatched.map((row) => [row.row, row.code])).toEqual([
      [5, 'unknown-route'],
      [6, 'outside-route'],
      [7, 'row-from-after-to'],
    ]);
    const outside = sheetReport!.unmatched[1]!;
    expect(outside.params.routeFromKm).toBeCloseTo(s209.fromKm, 6);
    expect(outside.params.routeToKm).toBeCloseTo(s209.toKm, 6);
    expect(report.dates).toEqual(['2023-03-31', '2023-09-30']);
  });

  it('cuts the stretch at its chainage and keeps the network length', () => {
    const lengthOf = (segments: readonly { lengthKm: number }[]) =>
      segments.reduce((sum, segment) => sum + segment.lengthKm, 0);
    expect(lengthOf(network.segments)).toBeCloseTo(lengthOf(sample.segments), 6);
    const inStretch = pieces.filter(
      (piece) =>
        piece.stretch!.stretchFromKm >= fromKm - 1e-6 && piece.stretch!.stretchToKm <= toKm + 1e-6,
    );
    expect(lengthOf(inStretch)).toBeCloseTo(2, 6);
    expect(Math.min(...inStretch.map((piece) => piece.stretch!.fromKm))).toBeCloseTo(fromKm, 6);
    expect(inStretch.every((piece) => piece.properties.status === 'completed')).toBe(true);
    expect(inStretch[0]!.stretch!.source).toEqual({ file: '进度.csv', sheet: '进度', row: 4 });
  });

  it('gives each date its figures, the latest as the columns', () => {
    const { columns, history } = historyColumns(network.segments, network.history);
    const inStretch = network.segments
      .filter(
        (piece) =>
          piece.stretch &&
          piece.stretch.stretchFromKm >= fromKm - 1e-6 &&
          piece.stretch.stretchToKm <= toKm + 1e-6,
      )
      .map((piece) => piece.index);
    const completedKm = (source: typeof columns) =>
      inStretch.reduce((sum, i) => sum + source.completedMm[i]!, 0) / 1e6;
    expect(completedKm(columns)).toBeCloseTo(2, 5);
    expect(completedKm(columnsAsOf(columns, history, 0))).toBeCloseTo(0.5, 5);
    const march = new SegmentIndex(columnsAsOf(columns, history, 0)).summary(null);
    const latest = new SegmentIndex(columns).summary(null);
    expect(latest.completedKm - march.completedKm).toBeCloseTo(1.5, 4);
    expect(latest.lengthKm).toBeCloseTo(
      new SegmentIndex(segmentColumns(sample.segments)).summary(null).lengthKm,
      4,
    );
  });

  it('draws each piece whole, with a letter per date', () => {
    const drawn = drawNetwork(network.segments, network.lines, network.history);
    const dated = drawn.roads.features.filter((feature) => feature.properties.datedStatus);
    expect(dated.length).toBe(network.history.indices.length);
    const built = dated.find((feature) => feature.properties.datedPiece === 'ba');
    expect(built?.properties.datedStatus).toBe('de');
    const expression = datedExpression(['==', ['get', 'status'], 'open'], 1);
    expect(JSON.stringify(expression)).toContain('datedStatus');
  });
});

describe('pieces of any rows', () => {
  it('keep every segment whole: lengths and lines add up, figures stay in bounds', () => {
    const routeKm = s209.toKm - s209.fromKm;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            from: fc.double({ min: 0, max: 1, noNaN: true }),
            width: fc.double({ min: 0.000001, max: 0.3, noNaN: true }),
            built: fc.double({ min: 0, max: 1.2, noNaN: true }),
            month: fc.integer({ min: 1, max: 6 }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (picks) => {
          const rows = picks.map((pick, i) => {
            const fromKm = s209.fromKm + pick.from * routeKm * 0.7;
            const toKm = Math.min(s209.toKm, fromKm + pick.width * routeKm);
            return {
              route: 'S209',
              fromKm,
              toKm,
              status: 'construction' as const,
              completedKm: pick.built * (toKm - fromKm),
              updated: `2023-0${pick.month}-28`,
              source: { file: 'f', sheet: 's', row: i + 2 },
            };
          });
          const join = joinProgress(chainage, rows);
          const network = progressNetwork(sample.segments, sample.lines, join);
          const byOrigin = new Map<number, { lengthKm: number; lineKm: number }>();
          network.segments.forEach((segment, i) => {
            const sums = byOrigin.get(network.origin[i]!) ?? { lengthKm: 0, lineKm: 0 };
            sums.lengthKm += segment.lengthKm;
            sums.lineKm += lineLengthKm(network.lines[i]!);
            byOrigin.set(network.origin[i]!, sums);
            expect(segment.completedKm).toBeLessThanOrEqual(segment.lengthKm + 1e-9);
          });
          for (const [origin, sums] of byOrigin) {
            const whole = sample.segments[origin]!;
            expect(sums.lengthKm).toBeCloseTo(whole.lengthKm, 6);
            expect(sums.lineKm).toBeCloseTo(whole.measuredKm, 5);
          }
          for (const state of network.history.states) {
            expect(state.completedKm).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);
});
