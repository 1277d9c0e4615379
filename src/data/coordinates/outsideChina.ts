/**
 * Reporting features whose lon/lat, after conversion, lie outside China's extent: one warning
 * per feature for the first 50 such features, then one warning that counts the rest. Positions
 * are watched as they are converted, so no second pass over the data is needed.
 */
import type { Problem } from '../../contract/roadNetwork.ts';
import { inChina } from './chinaExtent.ts';
import { lonLatInRange } from './numbers.ts';

/** How many features are named one by one. */
export const OUTSIDE_CHINA_NAMED = 50;

/** Changes a feature's new positions in place (removing a web-map offset). */
export type PositionShift = (positions: number[][]) => void;

/** Rounds degrees to 6 decimals (about 0.1 m) for messages. */
function roundDeg(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Whether a position is finite lon/lat in range but outside China (the rest is the validator's). */
function isOutside(position: readonly unknown[]): boolean {
  const lon = position[0];
  const lat = position[1];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !lonLatInRange(lon, lat)) return false;
  return !inChina(lon, lat);
}

function featureIdOf(feature: unknown): string | undefined {
  if (typeof feature !== 'object' || feature === null) return undefined;
  const record = feature as Record<string, unknown>;
  const properties = record.properties;
  const fromProperties =
    typeof properties === 'object' && properties !== null
      ? (properties as Record<string, unknown>).id
      : undefined;
  const id = fromProperties ?? record.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** Watches the positions of each feature in turn and collects `outside-china` warnings. */
export class OutsideChinaReport {
  private readonly named: Problem[] = [];
  private unnamed = 0;
  private vertex = 0;
  private outsideVertex = -1;
  private outsidePosition: readonly unknown[] = [];
  /** New positions kept until the feature ends, when a shift must come first. */
  private readonly held: number[][] = [];
  private readonly heldVertices: number[] = [];

  /** `shift`, when given, is applied to each feature's new positions before they are checked. */
  constructor(private readonly shift?: PositionShift) {}

  /** Sees the next position of the current feature: `result` is its new value, if any. */
  see(result: readonly unknown[] | undefined): void {
    const vertex = this.vertex++;
    if (result === undefined) return;
    if (this.shift !== undefined) {
      // With a shift, results are always new number arrays made by a converter.
      this.held.push(result as number[]);
      this.heldVertices.push(vertex);
    } else if (this.outsideVertex < 0 && isOutside(result)) {
      this.outsideVertex = vertex;
      this.outsidePosition = result;
    }
  }

  /** Ends the feature at `featureIndex`: shifts its held positions, then reports it if outside. */
  endFeature(featureIndex: number, feature: unknown): void {
    if (this.shift !== undefined && this.held.length > 0) {
      this.shift(this.held);
      const found = this.held.findIndex(isOutside);
      if (found >= 0) {
        this.outsideVertex = this.heldVertices[found] as number;
        this.outsidePosition = this.held[found] as number[];
      }
    }
    if (this.outsideVertex >= 0) this.add(featureIndex, feature);
    this.vertex = 0;
    this.outsideVertex = -1;
    this.held.length = 0;
    this.heldVertices.length = 0;
  }

  private add(featureIndex: number, feature: unknown): void {
    if (this.named.length >= OUTSIDE_CHINA_NAMED) {
      this.unnamed++;
      return;
    }
    const [lon, lat] = this.outsidePosition as number[];
    const problem: Problem = {
      severity: 'warning',
      code: 'outside-china',
      featureIndex,
      params: { vertex: this.outsideVertex, lon: roundDeg(lon ?? 0), lat: roundDeg(lat ?? 0) },
    };
    const featureId = featureIdOf(feature);
    if (featureId !== undefined) problem.featureId = featureId;
    this.named.push(problem);
  }

  /** The warnings: named features, then a count of the others where there are more. */
  problems(): Problem[] {
    if (this.unnamed === 0) return [...this.named];
    const more: Problem = {
      severity: 'warning',
      code: 'outside-china-more',
      featureIndex: null,
      params: { count: this.unnamed, named: this.named.length },
    };
    return [...this.named, more];
  }
}
