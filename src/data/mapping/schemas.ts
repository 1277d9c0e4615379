/**
 * The schemas Roadboard recognises and the field names each uses for each role. Names are
 * written here as the sources write them and compared after `comparableFieldName` (case,
 * spaces and full-width forms do not matter). Within a role the first name present wins.
 */
import type { SourceRole } from './roles.ts';
import { SCHEMA_NAMES, type SchemaName } from '../../contract/fieldMapping.ts';
import { ROADBOARD_MARKERS } from './roadboardMarkers.ts';

export { SCHEMA_NAMES, type SchemaName };

/** Field names per role, in order of preference. */
export type RoleFieldNames = Partial<Record<SourceRole, readonly string[]>>;

/** The contract's own names (data/README.md). */
const ROADBOARD_FIELDS: RoleFieldNames = {
  id: ['id'],
  route: ['route'],
  name: ['name'],
  class: ['class'],
  status: ['status'],
  project: ['project'],
  towns: ['towns'],
  year: ['year'],
  length_km: ['length_km'],
  completed_km: ['completed_km'],
  guard_required_km: ['guard_required_km'],
  guard_km: ['guard_km'],
  investment_wan: ['investment_wan'],
  start_chainage: ['start_chainage'],
  updated: ['updated'],
  note: ['note'],
};

/** The national basic geographic schema (GB/T 13923 feature codes), e.g. the 1:1M road layer. */
const NATIONAL_FIELDS: RoleFieldNames = {
  route: ['RN'],
  name: ['NAME'],
  towns: ['XZNAME'],
  technical_grade: ['RTEG'],
  feature_code: ['GB'],
};

/** Rural-road database exports (农村公路数据库), with pinyin-initial or Chinese column names. */
const RURAL_FIELDS: RoleFieldNames = {
  route: ['LXBM', 'LXDM', 'LXBH', '路线编码', '路线编号', '路线代码'],
  name: ['LXMC', '路线名称'],
  start_chainage: ['QDZH', '起点桩号'],
  end_chainage: ['ZDZH', '止点桩号', '终点桩号'],
  length_km: ['LDLC', 'LC', '里程', '路段里程', '里程(公里)', '里程公里'],
  technical_grade: ['JSDJ', 'LDJSDJ', '技术等级', '技术等级代码', '路段技术等级'],
  year: ['XJND', '修建年度'],
};

/** OpenStreetMap extracts (osmium, overpass, QGIS exports). */
const OSM_FIELDS: RoleFieldNames = {
  id: ['@id', 'osm_id', 'id'],
  route: ['ref'],
  name: ['name:zh', 'name:zh-Hans', 'name'],
  alternate_name: ['name'],
  highway: ['highway', 'fclass'],
};

/** What people call the columns when no schema applies: English and Chinese words. */
const GENERIC_FIELDS: RoleFieldNames = {
  id: ['id', 'fid', 'objectid', '序号'],
  route: ['route', 'route_code', 'code', 'ref', '路线编码', '路线编号', '编码', '编号', '路线'],
  name: ['name', 'road_name', '名称', '路名', '道路名称', '路线名称'],
  class: [
    'class',
    'road_class',
    '行政等级',
    '公路等级',
    '道路等级',
    '等级',
    '类别',
    '类型',
    'type',
  ],
  status: ['status', '建设状态', '状态', '进度'],
  project: ['project', '项目', '项目名称', '所属项目'],
  towns: ['towns', 'town', '乡镇', '所属乡镇', '途经乡镇'],
  year: ['year', '年度', '年份', '建设年度'],
  length_km: ['length_km', 'length', '里程', '里程(km)', '长度(km)', '公里数'],
  completed_km: ['completed_km', '完成里程', '已完成里程'],
  guard_required_km: ['guard_required_km', '需防护里程'],
  guard_km: ['guard_km', '防护里程', '已防护里程'],
  investment_wan: ['investment_wan', 'investment', '投资', '投资(万元)', '总投资', '总投资(万元)'],
  start_chainage: ['start_chainage', 'chainage', '起点桩号', '桩号'],
  end_chainage: ['end_chainage', '止点桩号', '终点桩号'],
  technical_grade: ['技术等级'],
  updated: ['updated', '更新日期', '更新时间', '填报日期'],
  note: ['note', 'remark', '备注', '说明'],
};

/** Field names per role for each schema. */
export const SCHEMA_FIELDS: Readonly<Record<SchemaName, RoleFieldNames>> = {
  roadboard: ROADBOARD_FIELDS,
  rural: RURAL_FIELDS,
  national: NATIONAL_FIELDS,
  osm: OSM_FIELDS,
  generic: GENERIC_FIELDS,
};

/**
 * The names that mark a file as a schema: enough of them (see `recogniseSchema`) and the file
 * is read with that schema's names. Generic has none: it is what is left.
 */
export const SCHEMA_MARKERS: Readonly<Record<SchemaName, readonly string[]>> = {
  roadboard: ROADBOARD_MARKERS,
  rural: [
    'LXBM',
    'LXDM',
    'LXMC',
    'LDBM',
    'QDZH',
    'ZDZH',
    'QDMC',
    'ZDMC',
    'JSDJ',
    'LDJSDJ',
    'LMLX',
    'LDLMLX',
    'LDLC',
    'XZQH',
    'SZXZQHDM',
    'GYDW',
    '路线编码',
    '路线名称',
    '路段编码',
    '起点桩号',
    '止点桩号',
    '起点名称',
    '止点名称',
    '技术等级',
    '路面类型',
    '行政区划',
    '管养单位',
  ],
  national: ['RN', 'RTEG', 'GB', 'RDPAC', 'XZNAME', 'MATRL'],
  osm: ['highway', 'ref', 'name:zh', 'osm_id', '@id', 'oneway', 'lanes', 'surface', 'fclass'],
  generic: [],
};
