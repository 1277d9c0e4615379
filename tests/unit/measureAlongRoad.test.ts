import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { decodeFeatures, encodeFeatures } from '../../src/contract/featureCodec.ts';
import { alongRoadLines } from '../../src/domain/alongRoadLines.ts';
import { parseChainageKm } from '../../src/domain/chainage.ts';
import { edgeLengthM, pathLengthKm } from '../../src/domain/geodesicLength.ts';
import {
  alongRoadText,
  measurePath,
  snapToRoad,
  type SnapNetwork,
} from '../../src/domain/measureAlongRoad.ts';
import { buildRouteChainageIndex } from '../../src/domain/routeChainage.ts';
import { snapNetwork } from '../../src/domain/snapNetwork.ts';
import { boxRing, segmentsInRing } from '../../src/domain/segmentsInArea.ts';
import { preparedSample } from './preparedSample.ts';

const sample = preparedSample();
/** The sample's road lines as the page gets them: through the binary format. */
async function sampleNetwork(): Promise<SnapNetwork> {
  const buffer = await encodeFeatures(sample.roads).arrayBuffer();
  return snapNetwork(decodeFeatures(buffer).features, sample.segments, sample.segmentBounds);
}
const network = await sampleNetwork();

function segmentById(id: string) {
  const segment = sample.segments.find((candidate) => candidate.properties.id === id);
  if (!segment) throw new Error(`no ${id}`);
  return segment;
}

/** A vertex of a segment's line, and the chainage there from its start chainage and length. */
function vertexWithChainage(id: string, vertex: number): { at: Position; chainageKm: number } {
  const segment = segmentById(id);
  const line = network.lines[segment.index]![0]!;
  const share = pathLengthKm(line.slice(0, vertex + 1)) / pathLengthKm(line);
  const startKm = parseChainageKm(segment.properties.start_chainage!)!;
  return { at: line[vertex]!, chainageKm: startKm + share * segment.lengthKm };
}

describe('segment lines from the drawn roads', () => {
  it('gives every segment its line back, a partly built one joined again', () => {
    for (const segment of sample.segments) {
      const parts = network.lines[segment.index]!;
      const km = parts.reduce((sum, part) => sum + pathLengthKm(part), 0);
      expect(km).toBeCloseTo(segment.measuredKm, 6);
    }
    const partlyBuilt = segmentById('G247-03');
    expect(partlyBuilt.completionRatio).toBeGreaterThan(0);
    expect(network.lines[partlyBuilt.index]).toHaveLength(1);
  });
});

describe('route chainage built a route at a time', () => {
  it('gives every route the spans the index of the whole network gives it', () => {
    const whole = buildRouteChainageIndex(
      sample.segments.map((segment, index) => ({
        geometry: { type: 'MultiLineString', coordinates: network.lines[index]! },
        properties: segment.properties,
        measuredKm: segment.measuredKm,
      })),
    );
    expect(whole.routes.size).toBeGreaterThan(100);
    for (const [route, chainage] of whole.routes) {
      const alone = network.chainageOf(route).routes.get(route)!;
      expect(alone.origin).toBe(chainage.origin);
      expect(alone.spans).toEqual(chainage.spans);
    }
  });
});

describe('measuring along a road', () => {
  it('gives the distance along G247 by its chainage', () => {
    const from = vertexWithChainage('G247-03', 6);
    const to = vertexWithChainage('G247-05', 10);
    // A click 20 m beside the road (north) still snaps to it.
    const beside: Position = [from.at[0]!, from.at[1]! + 0.00018];
    const besideSnap = snapToRoad(network, beside, 50);
    expect(besideSnap?.segmentIndex).toBe(segmentById('G247-03').index);
    expect(besideSnap!.distanceM).toBeGreaterThan(5);
    expect(besideSnap!.distanceM).toBeLessThan(21);
    // Its chainage is within the 20 m of the vertex's.
    expect(Math.abs(besideSnap!.chainageKm! - from.chainageKm)).toBeLessThan(0.021);
    const snaps = [snapToRoad(network, from.at, 50), snapToRoad(network, to.at, 50)];
    expect(snaps.map((snap) => snap?.segmentIndex)).toEqual([
      segmentById('G247-03').index,
      segmentById('G247-05').index,
    ]);
    const result = measurePath([from.at, to.at], snaps);
    expect(result.along?.route).toBe('G247');
    expect(result.along!.fromKm).toBeCloseTo(from.chainageKm, 6);
    expect(result.along!.toKm).toBeCloseTo(to.chainageKm, 6);
    expect(result.along!.distanceKm).toBeCloseTo(to.chainageKm - from.chainageKm, 6);
    expect(alongRoadText(result.along!)).toMatch(/^G247 K39\d\+\d{3} → K\d+\+\d{3}: \d+\.\d\d km$/);
    // The straight line between the snapped points is shorter than the road between them.
    expect(result.straightKm).toBeLessThan(result.along!.distanceKm);
    expect(result.straightKm).toBeCloseTo(pathLengthKm([snaps[0]!.position, to.at]), 9);
  });

  it('draws the road between the points along G247', () => {
    const from = vertexWithChainage('G247-03', 6);
    const to = vertexWithChainage('G247-05', 10);
    const snaps = [snapToRoad(network, to.at, 50), snapToRoad(network, from.at, 50)];
    const lines = alongRoadLines(network, snaps);
    // G247-03 from the click, G247-04 whole, G247-05 to the click.
    expect(lines).toHaveLength(3);
    const ends = lines.flatMap((line) => [line[0]!, line.at(-1)!]);
    expect(Math.min(...ends.map((end) => edgeLengthM(end, from.at)))).toBeLessThan(0.01);
    expect(Math.min(...ends.map((end) => edgeLengthM(end, to.at)))).toBeLessThan(0.01);
    const drawnKm = lines.reduce((sum, line) => sum + pathLengthKm(line), 0);
    const along = measurePath([to.at, from.at], snaps).along!;
    // Drawn on the measured lines, within the few per cent the declared lengths differ by.
    expect(drawnKm / along.distanceKm).toBeGreaterThan(0.95);
    expect(drawnKm / along.distanceKm).toBeLessThan(1.05);
  });

  it('snaps to nothing far from every road, and measures no chainage across routes', () => {
    expect(snapToRoad(network, [100, 20], 50)).toBeNull();
    const g247 = vertexWithChainage('G247-02', 3);
    const s209 = segmentById(
      sample.segments.find((segment) => segment.properties.route === 'S209')!.properties.id,
    );
    const s209At = network.lines[s209.index]![0]![2]!;
    const snaps = [snapToRoad(network, g247.at, 30), snapToRoad(network, s209At, 30)];
    expect(snaps.map((snap) => snap?.route)).toEqual(['G247', 'S209']);
    expect(measurePath([g247.at, s209At], snaps).along).toBeNull();
  });

  it('measures a plain path without snapping', () => {
    const path: Position[] = [
      [104.8, 31],
      [104.9, 31],
      [104.9, 31.1],
    ];
    const result = measurePath(path);
    expect(result.legsKm).toHaveLength(2);
    expect(result.straightKm).toBeCloseTo(pathLengthKm(path), 12);
    expect(result.along).toBeNull();
  });
});

describe('selecting by area', () => {
  it('selects the segments whose line touches a box', () => {
    const box: [number, number, number, number] = [104.8, 30.9, 104.9, 31.0];
    const selected = segmentsInRing(network.lines, network.segmentBounds, boxRing(box));
    const inside = (p: Position) =>
      p[0]! >= box[0] && p[0]! <= box[2] && p[1]! >= box[1] && p[1]! <= box[3];
    let count = 0;
    for (const segment of sample.segments) {
      const hasVertexInside = network.lines[segment.index]!.some((part) => part.some(inside));
      // A segment with a vertex inside is selected; one selected without is crossing the edge.
      if (hasVertexInside) expect(selected[segment.index]).toBe(1);
      count += selected[segment.index]!;
    }
    expect(count).toBeGreaterThan(10);
    expect(selected[segmentById('G247-04').index]).toBe(1);
  });

  it('selects a segment crossing a triangle with no vertex inside it', () => {
    const segment = segmentById('G247-04');
    const line = network.lines[segment.index]![0]!;
    const [a, b] = [line[4]!, line[5]!];
    const middle: Position = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
    const d = 1e-5;
    const ring: Position[] = [
      [middle[0]! - d, middle[1]! - d],
      [middle[0]! + d, middle[1]! - d],
      [middle[0]!, middle[1]! + d],
    ];
    const selected = segmentsInRing(network.lines, network.segmentBounds, ring);
    expect(selected[segment.index]).toBe(1);
    expect(selected.reduce((sum, value) => sum + value, 0)).toBeLessThanOrEqual(2);
  });
});
