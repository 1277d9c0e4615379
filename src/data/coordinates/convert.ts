/**
 * Converting a parsed GeoJSON input to WGS 84 lon/lat before validation: projected metres with
 * proj4 (one projection object per run, not per point), lat/lon order swapped, and the GCJ-02
 * and BD-09 offsets of Chinese web maps removed with gcoord when the user says the data has them.
 */
import type { CRSTypes } from 'gcoord';
import type gcoordType from 'gcoord';
import { conversionLibraries } from './libraries.ts';
import { OutsideChinaReport, type PositionShift } from './outsideChina.ts';
import { planConversion, type Plan } from './plan.ts';
import { rebuildGeoJson, type PositionConverter } from './rebuild.ts';
import { copyPosition, inverseOf, plausibleFor, swapPosition } from './positionSteps.ts';
import type { SystemInfo } from './systems.ts';
import type { ConversionResult, Detection, ToLonLatOptions } from './types.ts';
import { featuresOf, forEachPosition, geometryOf } from './walk.ts';

/** What gcoord transforms in place: here a MultiPoint of fresh position arrays. */
type GcoordInput = Exclude<Parameters<typeof gcoordType.transform>[0], string>;

/** The gcoord system the positions are in after the first step, if gcoord has work to do. */
function gcoordSource(plan: Plan, system: SystemInfo): CRSTypes | undefined {
  if (plan.datum !== 'gcj02' && plan.datum !== 'bd09') return undefined;
  const { gcoord } = conversionLibraries();
  if (plan.datum === 'gcj02') return gcoord.GCJ02;
  if (plan.datum !== 'bd09') return undefined;
  return system.kind === 'web-mercator' ? gcoord.BD09MC : gcoord.BD09;
}

/** The first step for each position: undefined when positions stay as they are. */
function firstStep(plan: Plan, system: SystemInfo): PositionConverter | undefined {
  const baiduMetres = plan.datum === 'bd09' && system.kind === 'web-mercator';
  if (system.kind === 'lonlat' || baiduMetres) {
    if (plan.swapped) return swapPosition;
    return plan.datum === 'wgs84' ? undefined : copyPosition;
  }
  return inverseOf(system);
}

/** The outside-China check on the input's own positions, which stay as they are. */
function checkInPlace(input: unknown, report: OutsideChinaReport): void {
  const see = (position: readonly unknown[]): void => report.see(position);
  featuresOf(input).forEach((feature, index) => {
    forEachPosition(geometryOf(feature), see);
    report.endFeature(index, feature);
  });
}

/** Removes a web-map offset from new positions in place, with gcoord. */
function shiftFrom(from: CRSTypes | undefined): PositionShift | undefined {
  if (from === undefined) return undefined;
  const { gcoord } = conversionLibraries();
  const plausible = plausibleFor(from === gcoord.BD09MC ? 'metres' : 'degrees');
  return (positions) => {
    const points = { type: 'MultiPoint', coordinates: positions.filter(plausible) };
    gcoord.transform(points as unknown as GcoordInput, from, gcoord.WGS84);
  };
}

function convert(input: unknown, detection: Detection, options: ToLonLatOptions): ConversionResult {
  const plan = planConversion(detection, options);
  const { assumed, system } = plan;
  if (!plan.ok) {
    return { ok: false, output: null, converted: false, assumed, problems: plan.problems };
  }
  if (system === undefined) {
    return { ok: true, output: input, converted: false, assumed, problems: plan.problems };
  }
  const step = firstStep(plan, system);
  const report = new OutsideChinaReport(shiftFrom(gcoordSource(plan, system)));
  let output = input;
  if (step === undefined) checkInPlace(input, report);
  else {
    const watched: PositionConverter = (position) => {
      const result = step(position);
      report.see(result);
      return result;
    };
    output = rebuildGeoJson(input, watched, (index, feature) => report.endFeature(index, feature));
  }
  const problems = [...plan.problems, ...report.problems()];
  return { ok: true, output, converted: step !== undefined, assumed, problems };
}

/**
 * Converts every position of a parsed GeoJSON input to WGS 84 lon/lat, as `detection` (from
 * `detectCoordinateSystem`, or made from the user's choice) and `options` say. Returns a new
 * object when anything changes and never mutates the input; when the system cannot be
 * converted (unsupported EPSG code, central meridian missing) `ok` is false and `output` null.
 * Problems say what was assumed and which features lie outside China. Never throws.
 *
 * @example
 * const input = JSON.parse(text);
 * const result = toLonLat(input, detectCoordinateSystem(input), { datum: 'gcj02' });
 * if (result.ok) validateDataset(result.output);
 */
export function toLonLat(
  input: unknown,
  detection: Detection,
  options: ToLonLatOptions = {},
): ConversionResult {
  try {
    return convert(input, detection, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      output: null,
      converted: false,
      assumed: '',
      problems: [
        { severity: 'error', code: 'conversion-failed', featureIndex: null, params: { message } },
      ],
    };
  }
}
