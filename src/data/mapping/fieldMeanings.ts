/**
 * What the fields that feed no Roadboard property mean, where the schemas say: the details
 * panel shows them under "Other fields" with a readable name next to the file's own.
 */
import { comparableFieldName } from './text.ts';
import { FIELD_MEANINGS, type FieldMeaning } from '../../contract/fieldMapping.ts';

export { FIELD_MEANINGS, type FieldMeaning };

const MEANING_BY_NAME: ReadonlyMap<string, FieldMeaning> = new Map(
  (
    [
      [['LXBM', 'LXDM', 'LXBH', 'RN', 'ref', '路线编码', '路线编号', '路线代码'], 'route-code'],
      [['LDBM', '路段编码', '路段代码'], 'section-code'],
      [['QDMC', '起点名称'], 'start-name'],
      [['ZDMC', '止点名称', '终点名称'], 'end-name'],
      [['ZDZH', '止点桩号', '终点桩号', 'end_chainage'], 'end-chainage'],
      [['JSDJ', 'LDJSDJ', 'RTEG', '技术等级', '技术等级代码', '路段技术等级'], 'technical-grade'],
      [['LMLX', 'LDLMLX', 'MATRL', '路面类型', '面层类型', 'surface'], 'surface-type'],
      [['XZQH', 'SZXZQHDM', 'PAC', 'RDPAC', '行政区划', '行政区划代码'], 'division-code'],
      [['GYDW', '管养单位', '管养单位名称'], 'maintainer'],
      [['GB', '分类代码'], 'feature-code'],
      [['highway', 'fclass'], 'highway-tag'],
      [['LANE', 'lanes', 'CDSL', '车道数'], 'lane-count'],
      [['WIDTH', 'LMKD', '路面宽度'], 'width'],
      [['XJND', '修建年度'], 'built-year'],
    ] as const
  ).flatMap(([names, meaning]) =>
    names.map((name): [string, FieldMeaning] => [comparableFieldName(name), meaning]),
  ),
);

/**
 * The meaning of a field by its name, or undefined when no schema names it.
 *
 * @example
 * fieldMeaning('ldbm'); // 'section-code'
 * fieldMeaning('备注2'); // undefined
 */
export function fieldMeaning(fieldName: string): FieldMeaning | undefined {
  return MEANING_BY_NAME.get(comparableFieldName(fieldName));
}
