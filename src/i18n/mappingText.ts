/**
 * The words of kept fields, in Simplified Chinese and English: their heading, their meanings and
 * their decoded values (the details show them), and the key lists the "Fields" step
 * (`fieldsStepText.ts`) and the mapping notes (`mappingNotes.ts`) are typed against. The keys
 * come from src/contract/fieldMapping.ts, which the mapping step reads too.
 */
import {
  FIELD_MEANINGS,
  MAPPING_NOTE_CODES,
  MAPPING_RULES,
  SCHEMA_NAMES,
  SURFACE_TYPES,
  TECHNICAL_GRADES,
} from '../contract/fieldMapping.ts';
import type { Locale } from './strings.ts';

/** The key lists the sentences are typed against, under the names this module has always used. */
export const MAPPING_SCHEMA_KEYS = SCHEMA_NAMES;
export const MAPPING_RULE_KEYS = MAPPING_RULES;
export const MAPPING_NOTE_KEYS = MAPPING_NOTE_CODES;
export const FIELD_MEANING_KEYS = FIELD_MEANINGS;
export const DECODED_VALUE_KEYS = [...TECHNICAL_GRADES, ...SURFACE_TYPES] as const;

export type SchemaKey = (typeof MAPPING_SCHEMA_KEYS)[number];
export type RuleKey = (typeof MAPPING_RULE_KEYS)[number];
export type MappingNoteKey = (typeof MAPPING_NOTE_KEYS)[number];
type MeaningKey = (typeof FIELD_MEANING_KEYS)[number];
type DecodedKey = (typeof DECODED_VALUE_KEYS)[number];

interface MappingTexts {
  otherFields: string;
  meanings: Record<MeaningKey, string>;
  decoded: Record<DecodedKey, string>;
}

const zh: MappingTexts = {
  otherFields: '其他字段',
  meanings: {
    'route-code': '路线编码（原值）',
    'section-code': '路段编码',
    'start-name': '起点名称',
    'end-name': '止点名称',
    'end-chainage': '止点桩号',
    'technical-grade': '技术等级',
    'surface-type': '路面类型',
    'division-code': '行政区划代码',
    maintainer: '管养单位',
    'feature-code': '要素分类代码',
    'highway-tag': 'OSM 道路类型',
    'lane-count': '车道数',
    width: '路面宽度',
    'built-year': '修建年度',
  },
  decoded: {
    expressway: '高速公路',
    'grade-1': '一级公路',
    'grade-2': '二级公路',
    'grade-3': '三级公路',
    'grade-4': '四级公路',
    substandard: '等外公路',
    asphalt: '沥青路面',
    'cement-concrete': '水泥混凝土路面',
    'simple-paving': '简易铺装路面',
    unpaved: '未铺装路面',
  },
};

const en: MappingTexts = {
  otherFields: 'Other fields',
  meanings: {
    'route-code': 'Route code (as written)',
    'section-code': 'Section code',
    'start-name': 'Start',
    'end-name': 'End',
    'end-chainage': 'End chainage',
    'technical-grade': 'Technical grade',
    'surface-type': 'Surface',
    'division-code': 'Administrative division code',
    maintainer: 'Maintained by',
    'feature-code': 'Feature code',
    'highway-tag': 'OSM highway type',
    'lane-count': 'Lanes',
    width: 'Surface width',
    'built-year': 'Year built',
  },
  decoded: {
    expressway: 'Expressway',
    'grade-1': 'Grade 1',
    'grade-2': 'Grade 2',
    'grade-3': 'Grade 3',
    'grade-4': 'Grade 4',
    substandard: 'Below grade',
    asphalt: 'Asphalt',
    'cement-concrete': 'Cement concrete',
    'simple-paving': 'Simple paving',
    unpaved: 'Unpaved',
  },
};

/** The mapping texts in each language. */
export const MAPPING_TEXTS: Readonly<Record<Locale, MappingTexts>> = { zh, en };
