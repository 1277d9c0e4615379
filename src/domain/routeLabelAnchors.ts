/**
 * Where route codes (G247, S209, X085 …) are written: one point every few kilometres along
 * each route, on the middle of a segment, turned along it. Point labels are far cheaper for
 * MapLibre than labels placed along every line, which it lays out again with every road on
 * each filter change.
 */
import type { Feature, LineString, MultiLineString, Point, Position } from 'geojson';
import type { RoadClass } from '../contract/roadNetwork.ts';

/** Classes whose route codes are written on the map. */
export const LABELLED_CLASSES: readonly RoadClass[] = [
  'expressway',
  'national',
  'provincial',
  'county',
];

/** Distance along a route between two of its labels, at least. */
export const LABEL_SPACING_KM = 3;

/** The lowest zoom at which route codes are written (county roads one level later). */
export const LABEL_MIN_ZOOM = 8;

/** A road to label: its geometry, class, route code and length. */
export interface LabelCandidate {
  index: number;
  geometry: LineString | MultiLineString;
  roadClass: string;
  route: string;
  lengthKm: number;
}

/**
 * A label's place: the point, the text angle in degrees clockwise from east (−90…90), and the
 * zoom from which it is written.
 */
export interface LabelAnchor {
  index: number;
  position: Position;
  angleDeg: number;
  minZoom: number;
}

/**
 * The zoom from which a route's `ordinal`-th label is written: every fourth label (the first
 * included) from `LABEL_MIN_ZOOM`, every second one a level later, the rest two levels later;
 * county roads one level after the higher classes. Zoomed out, a route keeps a label every
 * 12 km or so instead of hundreds of labels that would only collide.
 */
export function labelMinZoom(roadClass: string, ordinal: number): number {
  const classLevel = roadClass === 'county' ? 1 : 0;
  const thinning = ordinal % 4 === 0 ? 0 : ordinal % 2 === 0 ? 1 : 2;
  return LABEL_MIN_ZOOM + classLevel + thinning;
}

function longestPart(geometry: LineString | MultiLineString): Position[] {
  if (geometry.type === 'LineString') return geometry.coordinates;
  let best: Position[] = [];
  let bestLength = -1;
  for (const part of geometry.coordinates) {
    const length = planarLength(part);
    if (length > bestLength) {
      best = part;
      bestLength = length;
    }
  }
  return best;
}

/** Edge vector in a local plane: degrees of latitude, longitude scaled by cos(latitude). */
function edgeVector(from: Position, to: Position): [number, number] {
  const cosLat = Math.cos((((from[1] ?? 0) + (to[1] ?? 0)) / 2) * (Math.PI / 180));
  return [((to[0] ?? 0) - (from[0] ?? 0)) * cosLat, (to[1] ?? 0) - (from[1] ?? 0)];
}

function planarLength(positions: readonly Position[]): number {
  let length = 0;
  for (let i = 1; i < positions.length; i++) {
    const [dx, dy] = edgeVector(positions[i - 1]!, positions[i]!);
    length += Math.hypot(dx, dy);
  }
  return length;
}

/** The upright text angle of an edge: clockwise from east, folded into −90…90. */
function textAngleDeg(dx: number, dy: number): number {
  // Screen y grows southwards, so a north-going edge points to −90°.
  let angle = (Math.atan2(-dy, dx) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle <= -90) angle += 180;
  return angle;
}

/**
 * The middle of a line (by length) and the angle of the edge it falls on; null for a line
 * without length.
 *
 * @example
 * lineMiddle({ type: 'LineString', coordinates: [[105, 30], [105, 30.2]] });
 * // { position: [105, 30.1], angleDeg: 90 }
 */
export function lineMiddle(
  geometry: LineString | MultiLineString,
): { position: Position; angleDeg: number } | null {
  const positions = longestPart(geometry);
  const half = planarLength(positions) / 2;
  if (!(half > 0)) return null;
  let walked = 0;
  for (let i = 1; i < positions.length; i++) {
    const from = positions[i - 1]!;
    const to = positions[i]!;
    const [dx, dy] = edgeVector(from, to);
    const edge = Math.hypot(dx, dy);
    if (edge > 0 && walked + edge >= half) {
      const fraction = (half - walked) / edge;
      const position = [
        (from[0] ?? 0) + ((to[0] ?? 0) - (from[0] ?? 0)) * fraction,
        (from[1] ?? 0) + ((to[1] ?? 0) - (from[1] ?? 0)) * fraction,
      ];
      return { position, angleDeg: textAngleDeg(dx, dy) };
    }
    walked += edge;
  }
  return null;
}

/**
 * The label anchors of a dataset's routes: for each route code of a labelled class, the middle
 * of its first segment (in file order) and then of the first segment that ends at least
 * `LABEL_SPACING_KM` after the segment last labelled.
 */
export function routeLabelAnchors(candidates: Iterable<LabelCandidate>): LabelAnchor[] {
  const sinceLastKm = new Map<string, number>();
  const ordinals = new Map<string, number>();
  const anchors: LabelAnchor[] = [];
  for (const candidate of candidates) {
    if (!candidate.route || !LABELLED_CLASSES.includes(candidate.roadClass as RoadClass)) continue;
    const key = `${candidate.roadClass}\u0000${candidate.route}`;
    const walkedKm = (sinceLastKm.get(key) ?? Infinity) + candidate.lengthKm;
    if (walkedKm < LABEL_SPACING_KM) {
      sinceLastKm.set(key, walkedKm);
      continue;
    }
    const middle = lineMiddle(candidate.geometry);
    if (!middle) continue;
    const ordinal = ordinals.get(key) ?? 0;
    ordinals.set(key, ordinal + 1);
    const minZoom = labelMinZoom(candidate.roadClass, ordinal);
    anchors.push({ index: candidate.index, ...middle, minZoom });
    sinceLastKm.set(key, candidate.lengthKm / 2);
  }
  return anchors;
}

/**
 * The anchors as point features carrying their road's drawn properties, `labelAngle` and
 * `labelMinZoom`.
 */
export function labelFeatures<Properties extends object>(
  anchors: readonly LabelAnchor[],
  propertiesOf: (index: number) => Properties,
): Feature<Point, Properties & { labelAngle: number; labelMinZoom: number }>[] {
  return anchors.map((anchor) => ({
    type: 'Feature',
    id: anchor.index,
    geometry: { type: 'Point', coordinates: anchor.position },
    properties: {
      ...propertiesOf(anchor.index),
      labelAngle: anchor.angleDeg,
      labelMinZoom: anchor.minZoom,
    },
  }));
}
