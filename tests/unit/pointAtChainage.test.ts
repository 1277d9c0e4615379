/** Where a route and chainage lie on the sample county (search by 桩号). */
import { describe, expect, it } from 'vitest';
import { preparedSample } from './preparedSample.ts';
import { measuredChainageIndex } from '../../src/domain/measuredChainage.ts';
import { pointAtChainage } from '../../src/domain/pointAtChainage.ts';
import { splitLine } from '../../src/domain/completedPart.ts';
import { lineLengthKm } from '../../src/domain/geodesicLength.ts';

const sample = preparedSample();
const index = measuredChainageIndex(sample.segments, sample.lines);

describe('pointAtChainage', () => {
  it('puts a chainage on its segment in proportion to the declared length', () => {
    const g247 = index.routes.get('G247')!;
    const span = g247.spans[1]!;
    const km = span.fromKm + 0.4 * (span.toKm - span.fromKm);
    const place = pointAtChainage(index, sample.lines, 'g247', km);
    expect(place.ok).toBe(true);
    if (!place.ok) return;
    expect(place.segmentIndex).toBe(span.segmentIndex);
    expect(place.route).toBe('G247');
    const line = sample.lines[span.segmentIndex]!;
    const { built } = splitLine(line, 0.4);
    expect(lineLengthKm(built!) / lineLengthKm(line)).toBeCloseTo(0.4, 9);
    const end = built!.type === 'LineString' ? built!.coordinates.at(-1)! : [];
    expect(place.lngLat[0]).toBeCloseTo(end[0]!, 12);
    expect(place.lngLat[1]).toBeCloseTo(end[1]!, 12);
  });

  it('says when the route is unknown or the chainage lies beyond it', () => {
    expect(pointAtChainage(index, sample.lines, 'Z999', 1)).toEqual({
      ok: false,
      reason: 'unknown-route',
      route: 'Z999',
    });
    const g247 = index.routes.get('G247')!;
    const beyond = pointAtChainage(index, sample.lines, 'G247', g247.toKm + 2);
    expect(beyond).toMatchObject({ ok: false, reason: 'outside-route', toKm: g247.toKm });
  });
});
