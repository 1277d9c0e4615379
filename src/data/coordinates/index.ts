/**
 * The coordinate step before validation: detect the coordinate system of a parsed GeoJSON
 * input, then convert it to WGS 84 lon/lat.
 *
 * @example
 * const detection = detectCoordinateSystem(parsed);
 * const result = toLonLat(parsed, detection, { datum: 'wgs84' });
 */
export { detectCoordinateSystem, detectionForCentralMeridian, detectionForEpsg } from './detect.ts';
export { toLonLat } from './convert.ts';
export {
  COORDINATE_PROBLEM_CODES,
  type CoordinateProblemCode,
} from '../../contract/coordinateProblemCodes.ts';
export { describeSystem, systemForEpsg, type SystemInfo } from './systems.ts';
export type {
  ConversionResult,
  CoordinateKind,
  Detection,
  DetectionSource,
  SampleExtent,
  ToLonLatOptions,
} from './types.ts';
