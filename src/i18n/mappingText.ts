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

/** What a note sentence is made from: the note's field, count, and first example. */
export interface NoteWords {
  field: string;
  count: number;
  /** The example features as 1-based numbers, e.g. `1, 4, 9`. */
  examples: string;
  /** The first example's value as found and as read. */
  found: string;
  readAs: string;
}

type NoteSentence = (words: NoteWords) => string;

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
  notes: Record<MappingNoteKey, NoteSentence>;
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
  notes: {
    'route-long-code-shortened': (w) =>
      `${w.count} 条路段的 ${w.field} 是带行政区划代码的长编码，显示为路线编码（如 ${w.found} → ${w.readAs}），原值保留在其他字段（第 ${w.examples} 条）。`,
    'route-several-codes': (w) =>
      `${w.count} 条路段的 ${w.field} 有多个路线编码，取等级最高者，全部保留（如 ${w.found} → ${w.readAs}；第 ${w.examples} 条）。`,
    'route-old-alignment': (w) =>
      `${w.count} 条路段的 ${w.field} 标为旧线，按其编码读取（如 ${w.found} → ${w.readAs}；第 ${w.examples} 条）。`,
    'class-from-words': (w) =>
      `${w.count} 条路段的等级由 ${w.field} 中的文字读出（如 ${w.found} → ${w.readAs}；第 ${w.examples} 条）。`,
    'class-from-route-code': (w) =>
      `${w.count} 条路段的等级由 ${w.field} 的路线编码推出（如 ${w.found} → ${w.readAs}；第 ${w.examples} 条）。`,
    'class-from-technical-grade': (w) =>
      `${w.count} 条路段因技术等级为高速（${w.field}）读作高速公路（第 ${w.examples} 条）。`,
    'class-from-feature-code': (w) =>
      `${w.count} 条路段没有路线编码，等级由 ${w.field} 要素代码推出（如 ${w.found} → ${w.readAs}；第 ${w.examples} 条）。`,
    'class-from-highway-tag': (w) =>
      `${w.count} 条路段没有 ref，等级由 ${w.field} 标签大致推出，请核对（如 ${w.found} → ${w.readAs}；第 ${w.examples} 条）。`,
    'class-unknown-word': (w) =>
      `${w.count} 条路段的 ${w.field} 无法识别为行政等级（如 ${w.found}），读作其他（第 ${w.examples} 条）。`,
    'class-missing': (w) =>
      `${w.count} 条路段没有可推出行政等级的字段，读作其他（第 ${w.examples} 条）。`,
    'status-from-words': (w) =>
      `${w.count} 条路段的建设状态由 ${w.field} 中的文字读出（如 ${w.found} → ${w.readAs}；第 ${w.examples} 条）。`,
    'status-built-as-existing': (w) =>
      `${w.count} 条路段的 ${w.field} 为“已建”，读作既有路网（不计入完工里程；第 ${w.examples} 条）。`,
    'status-from-highway-tag': (w) =>
      `${w.count} 条路段的建设状态由 ${w.field} 标签推出（如 ${w.found} → ${w.readAs}；第 ${w.examples} 条）。`,
    'status-unknown-word': (w) =>
      `${w.count} 条路段的 ${w.field} 无法识别为建设状态（如 ${w.found}），读作既有，原值保留（第 ${w.examples} 条）。`,
    'chainage-from-number': (w) =>
      `${w.count} 条路段的 ${w.field} 是公里数，写成桩号（如 ${w.found} → ${w.readAs}；第 ${w.examples} 条）。`,
    'chainage-unreadable': (w) =>
      `${w.count} 条路段的 ${w.field} 不是桩号（如 ${w.found}），原值保留在其他字段（第 ${w.examples} 条）。`,
    'length-from-chainages': (w) =>
      `${w.count} 条路段没有里程字段，里程由止点桩号减起点桩号算出（如 ${w.readAs} 公里；第 ${w.examples} 条）。`,
    'number-unreadable': (w) =>
      `${w.count} 条路段的 ${w.field} 不是数值（如 ${w.found}），原值保留在其他字段（第 ${w.examples} 条）。`,
    'year-unreadable': (w) =>
      `${w.count} 条路段的 ${w.field} 不是年份（如 ${w.found}），原值保留在其他字段（第 ${w.examples} 条）。`,
  },
};

const features = (count: number): string => (count === 1 ? '1 road' : `${count} roads`);

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
  notes: {
    'route-long-code-shortened': (w) =>
      `${features(w.count)}: ${w.field} is a long code with an area code, shown as the route code (e.g. ${w.found} → ${w.readAs}); the code as written is kept in the other fields (features ${w.examples}).`,
    'route-several-codes': (w) =>
      `${features(w.count)}: ${w.field} names several routes; the highest class is shown, all are kept (e.g. ${w.found} → ${w.readAs}; features ${w.examples}).`,
    'route-old-alignment': (w) =>
      `${features(w.count)}: ${w.field} is marked as an old alignment, read by its code (e.g. ${w.found} → ${w.readAs}; features ${w.examples}).`,
    'class-from-words': (w) =>
      `${features(w.count)}: class read from the words in ${w.field} (e.g. ${w.found} → ${w.readAs}; features ${w.examples}).`,
    'class-from-route-code': (w) =>
      `${features(w.count)}: class derived from the route code in ${w.field} (e.g. ${w.found} → ${w.readAs}; features ${w.examples}).`,
    'class-from-technical-grade': (w) =>
      `${features(w.count)}: read as expressways because the technical grade (${w.field}) is expressway (features ${w.examples}).`,
    'class-from-feature-code': (w) =>
      `${features(w.count)} without a route code: class from the feature code in ${w.field} (e.g. ${w.found} → ${w.readAs}; features ${w.examples}).`,
    'class-from-highway-tag': (w) =>
      `${features(w.count)} without a ref: class guessed from the ${w.field} tag, please check (e.g. ${w.found} → ${w.readAs}; features ${w.examples}).`,
    'class-unknown-word': (w) =>
      `${features(w.count)}: ${w.field} names no road class (e.g. ${w.found}); read as other (features ${w.examples}).`,
    'class-missing': (w) =>
      `${features(w.count)}: no field gives the class; read as other (features ${w.examples}).`,
    'status-from-words': (w) =>
      `${features(w.count)}: status read from the words in ${w.field} (e.g. ${w.found} → ${w.readAs}; features ${w.examples}).`,
    'status-built-as-existing': (w) =>
      `${features(w.count)}: ${w.field} says "已建" (built), read as the existing network, not counted as completed this year (features ${w.examples}).`,
    'status-from-highway-tag': (w) =>
      `${features(w.count)}: status from the ${w.field} tag (e.g. ${w.found} → ${w.readAs}; features ${w.examples}).`,
    'status-unknown-word': (w) =>
      `${features(w.count)}: ${w.field} names no build status (e.g. ${w.found}); read as existing, the value kept (features ${w.examples}).`,
    'chainage-from-number': (w) =>
      `${features(w.count)}: ${w.field} is in km, written as a chainage (e.g. ${w.found} → ${w.readAs}; features ${w.examples}).`,
    'chainage-unreadable': (w) =>
      `${features(w.count)}: ${w.field} is not a chainage (e.g. ${w.found}); kept in the other fields (features ${w.examples}).`,
    'length-from-chainages': (w) =>
      `${features(w.count)} without a length field: length = end chainage − start chainage (e.g. ${w.readAs} km; features ${w.examples}).`,
    'number-unreadable': (w) =>
      `${features(w.count)}: ${w.field} is not a number (e.g. ${w.found}); kept in the other fields (features ${w.examples}).`,
    'year-unreadable': (w) =>
      `${features(w.count)}: ${w.field} is not a year (e.g. ${w.found}); kept in the other fields (features ${w.examples}).`,
  },
};

/** The mapping texts in each language. */
export const MAPPING_TEXTS: Readonly<Record<Locale, MappingTexts>> = { zh, en };

/** A note as the data layer records it (structurally; i18n does not import src/data/). */
export interface NoteLike {
  code: MappingNoteKey;
  field: string;
  count: number;
  examples: readonly { featureIndex: number; found: string; readAs: string }[];
}

/**
 * One grouped note as a sentence, with its count and up to three example features (1-based).
 *
 * @example
 * mappingNoteSentence(note, 'en');
 * // '612 roads: LXBM is a long code with an area code, shown as the route code (e.g. X396360726 → X396); …'
 */
export function mappingNoteSentence(note: NoteLike, locale: Locale): string {
  const first = note.examples[0];
  return MAPPING_TEXTS[locale].notes[note.code]({
    field: note.field,
    count: note.count,
    examples: note.examples.map((example) => example.featureIndex + 1).join(', '),
    found: first?.found ?? '',
    readAs: first?.readAs ?? '',
  });
}
