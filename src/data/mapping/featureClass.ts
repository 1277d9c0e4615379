/**
 * Classes from what a file says about a road other than its route code: the GB/T 13923 feature
 * code of the national basic geographic schema, and OpenStreetMap's `highway` tag.
 */
import type { BuildStatus, RoadClass } from '../../contract/roadNetwork.ts';
import { foldedText } from './text.ts';

/**
 * GB/T 13923 (基础地理信息要素分类与代码) road codes by their first four digits: 4201 国道,
 * 4202 省道, 4203 县道, 4204 乡道, 4205 专用公路. The last two digits (built, under
 * construction, …) are not read. Codes 43xx (城市道路, urban streets) are `other`; 44xx
 * (乡村道路, country tracks below the township network) are `village`.
 */
const CLASS_BY_FEATURE_CODE: ReadonlyMap<string, RoadClass> = new Map([
  ['4201', 'national'],
  ['4202', 'provincial'],
  ['4203', 'county'],
  ['4204', 'township'],
  ['4205', 'other'],
]);

/**
 * The class a GB/T 13923 feature code names, or undefined when it is no road code.
 *
 * @example
 * classFromFeatureCode(420101); // 'national'
 * classFromFeatureCode('440000'); // 'village'
 * classFromFeatureCode(310000); // undefined
 */
export function classFromFeatureCode(value: unknown): RoadClass | undefined {
  const text = foldedText(value);
  if (text === undefined || !/^4[2-4]\d{4}$/.test(text)) return undefined;
  const known = CLASS_BY_FEATURE_CODE.get(text.slice(0, 4));
  if (known !== undefined) return known;
  if (text.startsWith('43')) return 'other';
  if (text.startsWith('44')) return 'village';
  return undefined;
}

/** What an OpenStreetMap `highway` tag says, used only for a road without a `ref`. */
export interface HighwayHint {
  roadClass: RoadClass;
  /** True for `motorway`, which is an expressway by definition; false for the weak hints. */
  certain: boolean;
}

/**
 * `highway` values as class hints, after the tagging used for China in OpenStreetMap: trunk for
 * 国道, primary for 省道, secondary for 县道, tertiary for 乡道, unclassified for 村道. Only
 * `motorway` is certain; mappers also tag by importance, so the rest are weak hints.
 */
const HIGHWAY_CLASSES: ReadonlyMap<string, HighwayHint> = new Map([
  ['motorway', { roadClass: 'expressway', certain: true }],
  ['motorway_link', { roadClass: 'expressway', certain: true }],
  ['trunk', { roadClass: 'national', certain: false }],
  ['trunk_link', { roadClass: 'national', certain: false }],
  ['primary', { roadClass: 'provincial', certain: false }],
  ['primary_link', { roadClass: 'provincial', certain: false }],
  ['secondary', { roadClass: 'county', certain: false }],
  ['secondary_link', { roadClass: 'county', certain: false }],
  ['tertiary', { roadClass: 'township', certain: false }],
  ['tertiary_link', { roadClass: 'township', certain: false }],
  ['unclassified', { roadClass: 'village', certain: false }],
  ['residential', { roadClass: 'other', certain: false }],
  ['service', { roadClass: 'other', certain: false }],
  ['living_street', { roadClass: 'other', certain: false }],
  ['track', { roadClass: 'other', certain: false }],
]);

/**
 * The class hint of an OpenStreetMap `highway` value, or undefined.
 *
 * @example
 * classFromHighwayTag('motorway'); // { roadClass: 'expressway', certain: true }
 * classFromHighwayTag('secondary'); // { roadClass: 'county', certain: false }
 */
export function classFromHighwayTag(value: unknown): HighwayHint | undefined {
  const text = foldedText(value);
  return text === undefined ? undefined : HIGHWAY_CLASSES.get(text.toLowerCase());
}

/**
 * The status an OpenStreetMap `highway` value implies: `construction` for a road being built,
 * `planned` for `proposed`; undefined for the rest.
 *
 * @example
 * statusFromHighwayTag('construction'); // 'construction'
 */
export function statusFromHighwayTag(value: unknown): BuildStatus | undefined {
  const text = foldedText(value)?.toLowerCase();
  if (text === 'construction') return 'construction';
  if (text === 'proposed') return 'planned';
  return undefined;
}
