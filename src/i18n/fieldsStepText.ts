/**
 * The words of the "Fields" step, in Simplified Chinese and English: its heading and hint, its
 * columns, the schema names and the rule names. Only the step's chunk imports this file.
 */
import type { RuleKey, SchemaKey } from './mappingText.ts';
import type { Locale } from './strings.ts';

interface FieldsStepTexts {
  fieldsStep: string;
  fieldsStepHint: string;
  sourceField: string;
  rule: string;
  samples: string;
  noField: string;
  schemas: Record<SchemaKey, string>;
  rules: Record<RuleKey, string>;
}

const zh: FieldsStepTexts = {
  fieldsStep: '字段',
  fieldsStepHint: '每个路网属性取自哪个字段；可修改，相同字段的文件会记住你的选择。',
  sourceField: '来源字段',
  rule: '规则',
  samples: '示例值',
  noField: '（无）',
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
};

const en: FieldsStepTexts = {
  fieldsStep: 'Fields',
  fieldsStepHint:
    'Which field feeds each road property; edit it, and files with the same fields remember your choice.',
  sourceField: 'Source field',
  rule: 'Rule',
  samples: 'Sample values',
  noField: '(none)',
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
};

/** The "Fields" step's texts in each language. */
export const FIELDS_STEP_TEXTS: Readonly<Record<Locale, FieldsStepTexts>> = { zh, en };
