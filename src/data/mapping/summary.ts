/**
 * What feeds each Roadboard property in a mapping, for the "Fields" step and for the load
 * report's `mapping` (e.g. `{ route: 'RN', name: 'NAME', class: 'RN, RTEG' }`).
 */
import type { FieldMapping } from './fieldMapping.ts';
import { MAPPED_PROPERTIES, type MappedProperty, type SourceRole } from './roles.ts';
import { MAPPING_RULES, type MappingRule } from '../../contract/fieldMapping.ts';

export { MAPPING_RULES, type MappingRule };

/** The source of one property: its fields (in the order the rule reads them) and its rule. */
export interface PropertySource {
  fields: string[];
  rule?: MappingRule;
}

/** The fields of the roles that are set, in the order given. */
function presentFields(mapping: FieldMapping, roles: readonly SourceRole[]): string[] {
  return roles.flatMap((role) => {
    const field = mapping.fields[role];
    return field === null ? [] : [field];
  });
}

/**
 * The source of every Roadboard property; `fields` is empty for a property nothing feeds.
 *
 * @example
 * describeSources(mapping).class; // { fields: ['RN', 'RTEG', 'GB'], rule: 'class-from-fields' }
 */
export function describeSources(mapping: FieldMapping): Record<MappedProperty, PropertySource> {
  const sources = {} as Record<MappedProperty, PropertySource>;
  for (const property of MAPPED_PROPERTIES) {
    sources[property] = { fields: presentFields(mapping, [property]) };
  }
  sources.class = {
    fields: presentFields(mapping, [
      'class',
      'route',
      'technical_grade',
      'feature_code',
      'highway',
    ]),
    rule: 'class-from-fields',
  };
  if (mapping.fields.highway !== null) {
    sources.status = {
      fields: presentFields(mapping, ['status', 'highway']),
      rule: 'status-from-fields',
    };
  }
  if (mapping.fields.route !== null) sources.route.rule = 'route-code';
  if (mapping.fields.alternate_name !== null) {
    sources.name = {
      fields: presentFields(mapping, ['name', 'alternate_name']),
      rule: 'name-with-fallback',
    };
  }
  if (mapping.fields.start_chainage !== null) sources.start_chainage.rule = 'chainage';
  if (
    mapping.fields.length_km === null &&
    mapping.fields.start_chainage !== null &&
    mapping.fields.end_chainage !== null
  ) {
    sources.length_km = {
      fields: presentFields(mapping, ['start_chainage', 'end_chainage']),
      rule: 'length-from-chainages',
    };
  }
  return sources;
}

/**
 * The load report's `mapping`: each property something feeds → its source field names,
 * joined with `, `.
 *
 * @example
 * mappingSummary(mapping); // { route: 'RN', name: 'NAME', class: 'RN, RTEG, GB', towns: 'XZNAME' }
 */
export function mappingSummary(mapping: FieldMapping): Partial<Record<MappedProperty, string>> {
  const summary: Partial<Record<MappedProperty, string>> = {};
  const sources = describeSources(mapping);
  for (const property of MAPPED_PROPERTIES) {
    const fields = sources[property].fields;
    if (fields.length > 0) summary[property] = fields.join(', ');
  }
  return summary;
}
