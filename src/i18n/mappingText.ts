/**
 * The words of the "Fields" step and the mapping notes, in Simplified Chinese and English:
 * schema names, rule names, the meanings of kept fields and their decoded values, and one
 * sentence per note with its count and examples. The keys come from src/contract/fieldMapping.ts,
 * which the mapping step reads too.
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

type SchemaKey = (typeof MAPPING_SCHEMA_KEYS)[number];
type RuleKey = (typeof MAPPING_RULE_KEYS)[number];
export type MappingNoteKey = (typeof MAPPING_NOTE_KEYS)[number];
type MeaningKey = (typeof FIELD_MEANING_KEYS)[number];
type DecodedKey = (typeof DECODED_VALUE_KEYS)[number];

interface MappingTexts {
  fieldsStep: string;
  fieldsStepHint: string;
  sourceField: string;
  rule: string;
  samples: string;
  noField: string;
  otherFields: string;
  schemas: Record<SchemaKey, string>;
  rules: Record<RuleKey, string>;
  meanings: Record<MeaningKey, string>;
  decoded: Record<DecodedKey, string>;
}

const zh: MappingTexts = {
  fieldsStep: '字段',
  fieldsStepHint: '每个路网属性取自哪个字段；可修改，相同字段的文件会记住你的选择。',
  sourceField: '来源字段',
  rule: '规则',
  samples: '示例值',
  noField: '（无）',
  otherFields: '其他字段',
  schemas: {
    roadboard: 'Roadboard 数据规范',
    rural: '农村公路数据库导出',
    national: '国家基础地理信息（GB/T 13923）',
    osm: 'OpenStreetMap 导出',
    generic: '通用字段名',
  },
  rules: {
    'class-from-fields':
      '等级依次取自：等级字段、路线编码首字母、技术等级（高速）、要素代码、highway 标签',
    'status-from-fields': '状态取自状态字段，否则取自 highway 标签（construction 为在建）',
    'route-code': '长编码缩为路线编码，多个编码取等级最高者',
    'name-with-fallback': '名称为空时取备用名称',
    'length-from-chainages': '里程 = 止点桩号 − 起点桩号',
    chainage: '桩号写成 K12+300',
  },
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
  fieldsStep: 'Fields',
  fieldsStepHint:
    'Which field feeds each road property; edit it, and files with the same fields remember your choice.',
  sourceField: 'Source field',
  rule: 'Rule',
  samples: 'Sample values',
  noField: '(none)',
  otherFields: 'Other fields',
  schemas: {
    roadboard: 'Roadboard data contract',
    rural: 'Rural-road database export',
    national: 'National basic geographic data (GB/T 13923)',
    osm: 'OpenStreetMap extract',
    generic: 'Generic field names',
  },
  rules: {
    'class-from-fields':
      'Class from, in turn: the class field, the route code letter, an expressway technical grade, the feature code, the highway tag',
    'status-from-fields':
      'Status from the status field, else from the highway tag (construction: under construction)',
    'route-code': 'Long codes shortened to the route code; of several codes the highest class',
    'name-with-fallback': 'Name from the alternate name where empty',
    'length-from-chainages': 'Length = end chainage − start chainage',
    chainage: 'Chainages written as K12+300',
  },
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
