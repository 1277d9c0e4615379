/**
 * What a source field can feed: a Roadboard segment property, or a helper that a rule reads to
 * derive one (the end chainage for the length, the technical grade for the class, …).
 */
import type { RoadSegmentProperties } from '../../contract/roadNetwork.ts';

/** The Roadboard segment properties a field can feed, in the contract's order. */
export const MAPPED_PROPERTIES = [
  'id',
  'route',
  'name',
  'class',
  'status',
  'project',
  'towns',
  'year',
  'length_km',
  'completed_km',
  'guard_required_km',
  'guard_km',
  'investment_wan',
  'start_chainage',
  'updated',
  'note',
] as const satisfies readonly (keyof RoadSegmentProperties)[];
export type MappedProperty = (typeof MAPPED_PROPERTIES)[number];

/**
 * Fields that no property takes as it is but rules read:
 * - `end_chainage`: the length is end − start where no length field exists;
 * - `technical_grade`: 技术等级, `高速` makes a road an expressway;
 * - `feature_code`: the GB/T 13923 code gives the class where no route code does;
 * - `highway`: the OpenStreetMap tag, a hint for the class where there is no `ref`;
 * - `alternate_name`: OpenStreetMap's `name` when `name:zh` feeds the name.
 */
export const HELPER_ROLES = [
  'end_chainage',
  'technical_grade',
  'feature_code',
  'highway',
  'alternate_name',
] as const;
export type HelperRole = (typeof HELPER_ROLES)[number];

/** Everything a source field can be assigned to in a mapping. */
export type SourceRole = MappedProperty | HelperRole;

/** Every role, properties first. */
export const SOURCE_ROLES: readonly SourceRole[] = [...MAPPED_PROPERTIES, ...HELPER_ROLES];

/** Whether a text names a role. */
export function isSourceRole(text: string): text is SourceRole {
  return (SOURCE_ROLES as readonly string[]).includes(text);
}
