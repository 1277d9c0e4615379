/**
 * Applies a field mapping to one feature's raw properties: the contract's properties, ready for
 * the validator, plus every field that feeds none of them, plus grouped notes of what the rules
 * did. Values that cannot be read are not lost: they stay among the other fields, noted.
 */
import {
  NUMERIC_PROPERTIES,
  type BuildStatus,
  type RoadSegmentProperties,
} from '../../contract/roadNetwork.ts';
import { formatChainage } from '../../domain/chainage.ts';
import { decideClass, type FieldValue } from './decideClass.ts';
import { statusFromHighwayTag } from './featureClass.ts';
import type { FieldMapping } from './fieldMapping.ts';
import { mergeNotes, recordNote, type MappingNote, type MappingNoteCode } from './notes.ts';
import { readChainage, readNumber } from './numbers.ts';
import { otherField, propertyFields, type OtherField } from './otherFields.ts';
import type { SourceRole } from './roles.ts';
import { readRouteCode } from './routeCode.ts';
import { foldedText, isEmptyValue } from './text.ts';
import { statusFromWord } from './valueWords.ts';

/** The contract's properties of one mapped feature: class and status always set. */
export type MappedProperties = Partial<RoadSegmentProperties> &
  Pick<RoadSegmentProperties, 'class' | 'status'>;

/** One feature after mapping. */
export interface MappedFeature {
  properties: MappedProperties;
  otherFields: OtherField[];
  /** What the rules did to this feature; merge them with `mergeNotes`. */
  notes: MappingNote[];
}

/** Separators between town names in one value: 、 , ， ; ； /. */
const TOWN_SEPARATOR = /[、,，;；/]+/;
const YEAR_TEXT = /^(\d{4})年?(?:度)?$/;
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;

/** State of mapping one feature. */
class FeatureMapper {
  readonly properties: MappedProperties = { class: 'other', status: 'existing' };
  readonly kept: OtherField[] = [];
  readonly notes: MappingNote[] = [];

  constructor(
    readonly mapping: FieldMapping,
    readonly raw: Readonly<Record<string, unknown>>,
    readonly featureIndex: number,
  ) {}

  /** The role's field and value, or undefined when no field feeds it. */
  source(role: SourceRole): FieldValue | undefined {
    const field = this.mapping.fields[role];
    return field === null ? undefined : { field, value: this.raw[field] };
  }

  /** A present value of a role as text, numbers written out; undefined when empty. */
  text(role: SourceRole): string | undefined {
    const source = this.source(role);
    if (source === undefined || isEmptyValue(source.value)) return undefined;
    const value = source.value;
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    this.keepUnread(source, 'number-unreadable');
    return undefined;
  }

  note(code: MappingNoteCode, source: FieldValue, readAs: string): void {
    recordNote(this.notes, code, source.field, {
      featureIndex: this.featureIndex,
      found: foldedText(source.value) ?? String(source.value),
      readAs,
    });
  }

  /** Keeps a value that a property could not take among the other fields, noted. */
  keepUnread(source: FieldValue, code: MappingNoteCode): void {
    this.kept.push(otherField(this.mapping, source.field, source.value));
    this.note(code, source, '');
  }
}

function mapRouteAndClass(mapper: FeatureMapper): void {
  const routeSource = mapper.source('route');
  const reading = routeSource === undefined ? undefined : readRouteCode(routeSource.value);
  if (routeSource !== undefined && reading !== undefined) {
    mapper.properties.route = reading.route;
    if (reading.shortened) mapper.note('route-long-code-shortened', routeSource, reading.route);
    if (reading.allCodes.length > 0) {
      mapper.note('route-several-codes', routeSource, reading.allCodes.join(', '));
    }
    if (reading.oldAlignment) mapper.note('route-old-alignment', routeSource, reading.route);
    // The code as written stays among the other fields whenever the route shown differs from it.
    if (reading.route !== foldedText(routeSource.value)) {
      mapper.kept.push(otherField(mapper.mapping, routeSource.field, routeSource.value));
    }
  }
  mapper.properties.class = decideClass(
    {
      classWord: mapper.source('class'),
      route: routeSource === undefined ? undefined : { ...routeSource, reading },
      technicalGrade: mapper.source('technical_grade'),
      featureCode: mapper.source('feature_code'),
      highway: mapper.source('highway'),
    },
    mapper.featureIndex,
    mapper.notes,
  );
}

function mapStatus(mapper: FeatureMapper): void {
  const source = mapper.source('status');
  let status: BuildStatus | undefined;
  if (source !== undefined && !isEmptyValue(source.value)) {
    status = statusFromWord(source.value);
    const found = foldedText(source.value);
    if (status === undefined) {
      mapper.keepUnread(source, 'status-unknown-word');
    } else if (found === '已建') {
      mapper.note('status-built-as-existing', source, status);
    } else if (found !== status) {
      mapper.note('status-from-words', source, status);
    }
  }
  const highway = mapper.source('highway');
  if (status === undefined && highway !== undefined) {
    status = statusFromHighwayTag(highway.value);
    if (status !== undefined) mapper.note('status-from-highway-tag', highway, status);
  }
  mapper.properties.status = status ?? 'existing';
}

function mapTexts(mapper: FeatureMapper): void {
  const properties = mapper.properties;
  const id = mapper.text('id');
  if (id !== undefined) properties.id = id;
  const name = mapper.text('name') ?? mapper.text('alternate_name');
  if (name !== undefined) properties.name = name;
  for (const key of ['project', 'updated', 'note'] as const) {
    const value = mapper.text(key);
    if (value !== undefined) properties[key] = value;
  }
  const towns = mapper.text('towns');
  if (towns !== undefined) {
    const list = towns
      .split(TOWN_SEPARATOR)
      .map((town) => town.trim())
      .filter((town) => town !== '');
    if (list.length > 0) properties.towns = list;
  }
}

function mapYear(mapper: FeatureMapper): void {
  const source = mapper.source('year');
  if (source === undefined || isEmptyValue(source.value)) return;
  const match = YEAR_TEXT.exec(foldedText(source.value) ?? '');
  const year = match ? Number(match[1]) : undefined;
  if (year === undefined || year < EARLIEST_YEAR || year > LATEST_YEAR) {
    mapper.keepUnread(source, 'year-unreadable');
    return;
  }
  mapper.properties.year = year;
}

/** Rounds km to the metre. */
function roundKm(km: number): number {
  return Math.round(km * 1000) / 1000;
}

function mapFiguresAndChainages(mapper: FeatureMapper): void {
  const properties = mapper.properties;
  for (const key of NUMERIC_PROPERTIES) {
    const source = mapper.source(key);
    if (source === undefined || isEmptyValue(source.value)) continue;
    const number = readNumber(source.value);
    if (number === undefined) mapper.keepUnread(source, 'number-unreadable');
    else properties[key] = number;
  }
  const startSource = mapper.source('start_chainage');
  let startKm: number | undefined;
  if (startSource !== undefined && !isEmptyValue(startSource.value)) {
    const start = readChainage(startSource.value);
    if (start === undefined) {
      mapper.keepUnread(startSource, 'chainage-unreadable');
    } else {
      startKm = start.km;
      properties.start_chainage = formatChainage(start.km);
      if (start.fromNumber)
        mapper.note('chainage-from-number', startSource, properties.start_chainage);
    }
  }
  const endSource = mapper.source('end_chainage');
  const endKm = endSource === undefined ? undefined : readChainage(endSource.value)?.km;
  const lengthSource = mapper.source('length_km');
  if (lengthSource === undefined && startKm !== undefined && endKm !== undefined && endSource) {
    properties.length_km = roundKm(Math.abs(endKm - startKm));
    mapper.note('length-from-chainages', endSource, String(properties.length_km));
  }
}

/**
 * Maps one feature's raw properties. `properties` holds the contract's names with values the
 * validator accepts (class and status always set, route codes shortened, chainages as
 * `K12+300`); `otherFields` every field that feeds no property, in the file's order, plus
 * any value a property could not take; `notes` one entry per rule that fired.
 *
 * @param featureIndex the feature's index in the input, for the notes' examples
 * @example
 * const mapped = applyMapping(mapping, { LXBM: 'X396360726', LXMC: '永百路', JSDJ: 4 }, 0);
 * mapped.properties; // { route: 'X396', name: '永百路', class: 'county', status: 'existing' }
 * mapped.otherFields; // [{ name: 'LXBM', value: 'X396360726', meaning: 'route-code' },
 * //   { name: 'JSDJ', value: 4, meaning: 'technical-grade', decoded: 'grade-3' }]
 */
export function applyMapping(
  mapping: FieldMapping,
  raw: Readonly<Record<string, unknown>>,
  featureIndex: number,
): MappedFeature {
  const mapper = new FeatureMapper(mapping, raw, featureIndex);
  mapRouteAndClass(mapper);
  mapStatus(mapper);
  mapTexts(mapper);
  mapYear(mapper);
  mapFiguresAndChainages(mapper);
  const feeding = propertyFields(mapping);
  const otherFields = [...mapper.kept];
  for (const name of Object.keys(raw)) {
    if (!feeding.has(name)) otherFields.push(otherField(mapping, name, raw[name]));
  }
  return { properties: mapper.properties, otherFields, notes: mapper.notes };
}

/**
 * Maps every feature's raw properties and merges their notes.
 *
 * @example
 * const { features, notes } = applyMappingToAll(mapping, rows);
 * notes; // [{ code: 'route-long-code-shortened', field: 'LXBM', count: 612, examples: [...] }, …]
 */
export function applyMappingToAll(
  mapping: FieldMapping,
  rows: readonly Readonly<Record<string, unknown>>[],
): { features: MappedFeature[]; notes: MappingNote[] } {
  const notes: MappingNote[] = [];
  const features = rows.map((row, index) => {
    const mapped = applyMapping(mapping, row, index);
    mergeNotes(notes, mapped.notes);
    return mapped;
  });
  return { features, notes };
}
