/**
 * What the details panel lists for a segment: every property as label and text, and the
 * chainage range the segment covers. Values become text here; nothing is ever markup.
 */
import { formatChainage, parseChainageKm } from '../domain/chainage.ts';
import { formatKm, formatWan } from '../domain/format.ts';
import {
  SEGMENT_PROPERTY_ORDER,
  type PointFeatureProperties,
  type RoadSegmentProperties,
} from '../contract/roadNetwork.ts';
import type { MeasuredSegment } from '../domain/types.ts';
import { fill, type Strings } from '../i18n/strings.ts';
import type { KeptField } from '../contract/otherFields.ts';

/** Words for a kept field's meaning and decoded value (the "Fields" step's words). */
export interface KeptFieldWords {
  meanings: Readonly<Record<string, string>>;
  decoded: Readonly<Record<string, string>>;
}

/**
 * The source fields kept beside a segment as [name, text] pairs, for "Other fields": the name
 * as decoded from the file (with what it means, where a schema says), and the value as text
 * (with what a code stands for). Text only: a value is never markup.
 *
 * @example
 * otherFieldRows([{ name: 'JSDJ', value: 4, meaning: 'technical-grade', decoded: 'grade-3' }], words);
 * // [['JSDJ（技术等级）', '4（三级）']]
 */
export function otherFieldRows(
  fields: readonly KeptField[] | undefined,
  words: KeptFieldWords,
): [string, string][] {
  return (fields ?? []).map((field) => {
    const meaning = field.meaning === undefined ? undefined : words.meanings[field.meaning];
    const decoded = field.decoded === undefined ? undefined : words.decoded[field.decoded];
    const value = field.value === null ? '' : String(field.value);
    return [
      meaning ? `${field.name} (${meaning})` : field.name,
      decoded && decoded !== value ? `${value} (${decoded})` : value,
    ];
  });
}

/** The segment's properties in contract order as [label, text] pairs, absent ones left out. */
export function propertyRows(
  properties: RoadSegmentProperties,
  strings: Strings,
): [string, string][] {
  const rows: [string, string][] = [];
  for (const key of SEGMENT_PROPERTY_ORDER) {
    const value = properties[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    let text: string;
    if (key === 'class') text = strings.classes[properties.class];
    else if (key === 'status') text = strings.statuses[properties.status];
    else if (key === 'work') text = strings.workTypes[properties.work!];
    else if (key === 'investment_wan')
      text = formatWan(properties.investment_wan!, strings.moneyUnits);
    else if (Array.isArray(value)) text = value.join('、');
    else text = String(value);
    rows.push([strings.properties[key] ?? key, text]);
  }
  return rows;
}

/**
 * The chainage range from the start chainage and the segment's length, e.g. `K3+200 – K8+750`;
 * null when the segment gives no start chainage.
 */
export function chainageRange(segment: MeasuredSegment): string | null {
  if (segment.stretch) {
    return `${formatChainage(segment.stretch.fromKm)} – ${formatChainage(segment.stretch.toKm)}`;
  }
  const text = segment.properties.start_chainage;
  if (!text) return null;
  const startKm = parseChainageKm(text);
  if (startKm === undefined) return text;
  return `${formatChainage(startKm)} – ${formatChainage(startKm + segment.lengthKm)}`;
}

/**
 * Built km of length, `0.46/3.83`: the segment's, or for a piece cut by progress rows its
 * stretch's (a piece is wholly built or not; its colour and share are the stretch's).
 */
export function completionKm(segment: MeasuredSegment): string {
  const stretch = segment.stretch;
  if (!stretch) return `${formatKm(segment.completedKm)}/${formatKm(segment.lengthKm)}`;
  const lengthKm = stretch.stretchToKm - stretch.stretchFromKm;
  return `${formatKm(segment.completionRatio * lengthKm)}/${formatKm(lengthKm)}`;
}

/**
 * For a piece cut by progress rows: the stretch it belongs to, with the share built
 * (`K3+200 – K8+750 · 40 %`), and the sheet row its figures come from; null otherwise.
 */
export function stretchRows(segment: MeasuredSegment, strings: Strings): [string, string][] | null {
  const stretch = segment.stretch;
  if (!stretch) return null;
  const range = `${formatChainage(stretch.stretchFromKm)} – ${formatChainage(stretch.stretchToKm)}`;
  const rows: [string, string][] = [
    [strings.detailsStretch, `${range} · ${Math.round(segment.completionRatio * 100)} %`],
  ];
  if (stretch.source) {
    const { file, sheet, row } = stretch.source;
    // A CSV's sheet is its file's name: said once.
    const where = file.startsWith(sheet) ? file : `${file} · ${sheet}`;
    rows.push([strings.detailsSource, fill(strings.detailsSourceRow, { where, row })]);
  }
  return rows;
}

/** The point properties the details panel lists, in this order. */
const POINT_ROWS = ['kind', 'name', 'status', 'project', 'year', 'route', 'chainage'] as const;

/**
 * A point feature's properties (kind, name, status, project, year, route, chainage) as
 * [label, text] pairs, absent ones left out. Text only: a value is never markup.
 *
 * @example
 * pointRows({ id: 'b1', kind: 'bridge', name: '观音桥', status: 'completed' }, strings);
 * // [['类型', '桥梁'], ['名称', '观音桥'], ['建设状态', '已完工']]
 */
export function pointRows(point: PointFeatureProperties, strings: Strings): [string, string][] {
  const rows: [string, string][] = [];
  for (const key of POINT_ROWS) {
    const value = point[key];
    if (value === undefined || value === '') continue;
    let text: string;
    if (key === 'kind') text = strings.pointKinds[point.kind];
    else if (key === 'status') text = strings.statuses[point.status];
    else text = String(value);
    rows.push([strings.properties[key] ?? key, text]);
  }
  return rows;
}
