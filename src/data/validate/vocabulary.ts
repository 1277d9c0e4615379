/**
 * The contract's closed vocabularies (class, status, kind, work) and the other spellings people use
 * for them: Chinese names (`在建`, `县道`) and keys in another case (`Completed`). An alias is
 * read as its key with a warning, so Chinese data opens without editing.
 */
import {
  BUILD_STATUSES,
  POINT_KINDS,
  ROAD_CLASSES,
  WORK_TYPES,
  type BuildStatus,
  type PointKind,
  type RoadClass,
  type WorkType,
} from '../../contract/roadNetwork.ts';

/** One closed vocabulary: its keys and the aliases that mean them. */
export interface Vocabulary<Key extends string> {
  keys: ReadonlySet<string>;
  /** Lower-cased, trimmed alias → key. */
  aliases: ReadonlyMap<string, Key>;
}

function vocabulary<Key extends string>(
  keys: readonly Key[],
  aliases: Record<string, Key>,
): Vocabulary<Key> {
  const aliasMap = new Map<string, Key>();
  for (const key of keys) aliasMap.set(key.toLowerCase(), key);
  for (const alias of Object.keys(aliases)) aliasMap.set(alias, aliases[alias] as Key);
  return { keys: new Set(keys), aliases: aliasMap };
}

/** Road classes and their Chinese names. */
export const CLASS_VOCABULARY: Vocabulary<RoadClass> = vocabulary(ROAD_CLASSES, {
  高速公路: 'expressway',
  高速: 'expressway',
  国道: 'national',
  省道: 'provincial',
  县道: 'county',
  乡道: 'township',
  村道: 'village',
  专用公路: 'other',
  其他: 'other',
  其它: 'other',
});

/** Build statuses and their Chinese names. */
export const STATUS_VOCABULARY: Vocabulary<BuildStatus> = vocabulary(BUILD_STATUSES, {
  既有: 'existing',
  现状: 'existing',
  规划: 'planned',
  储备: 'planned',
  '规划/储备': 'planned',
  前期: 'preliminary',
  在建: 'construction',
  完工: 'completed',
  已完工: 'completed',
  竣工: 'completed',
  通车: 'open',
  已通车: 'open',
  试运营: 'open',
});

/** Point kinds and their Chinese names. */
export const KIND_VOCABULARY: Vocabulary<PointKind> = vocabulary(POINT_KINDS, {
  桥梁: 'bridge',
  桥: 'bridge',
  危桥: 'bridge',
  运输服务站: 'station',
  服务站: 'station',
  客运站: 'station',
  集中停泊区: 'mooring',
  停泊区: 'mooring',
  其他: 'other',
  其它: 'other',
});

/** Work types and their Chinese names. */
export const WORK_VOCABULARY: Vocabulary<WorkType> = vocabulary(WORK_TYPES, {
  道路: 'road',
  道路工程: 'road',
  新建: 'road',
  改建: 'road',
  提档升级: 'road',
  硬化: 'road',
  畅通: 'road',
  安防: 'guard',
  安防工程: 'guard',
  生命安全防护: 'guard',
  生命安全防护工程: 'guard',
  危桥改造: 'bridge',
  桥梁: 'bridge',
  桥梁改造: 'bridge',
  站: 'facility',
  停泊: 'facility',
  停泊区: 'facility',
  设施: 'facility',
});

/**
 * Words in a project name that say what the project does, for data without `work`. A name
 * may hold words of several types (`X085永百路美丽乡村路和危桥改造`): a line takes the first
 * type of {@link LINE_WORK_ORDER} found, a point the first of {@link POINT_WORK_ORDER}.
 */
export const PROJECT_WORK_WORDS: Readonly<Record<WorkType, readonly string[]>> = {
  road: ['新建', '改建', '提档升级', '硬化', '畅通', '公路', '路'],
  guard: ['安防', '生命安全防护', '防护'],
  bridge: ['危桥', '桥梁改造', '桥梁'],
  facility: ['站', '停泊'],
};

/**
 * A road segment is guard work before road work (a guard programme names the road it guards),
 * and road work before a bridge or a facility the same project also names.
 */
export const LINE_WORK_ORDER: readonly WorkType[] = ['guard', 'road', 'bridge', 'facility'];

/**
 * A point is a bridge or a facility before anything else its project's name says
 * (`运输综合服务站改建` is a station, though 改建 is a road word).
 */
export const POINT_WORK_ORDER: readonly WorkType[] = ['bridge', 'facility', 'guard', 'road'];

/**
 * The work type a project's name speaks of, taking the first type of `order` whose words it
 * holds; undefined when it holds none.
 *
 * @example
 * workFromProjectName('村道生命安全防护工程', LINE_WORK_ORDER); // 'guard'
 * workFromProjectName('运输综合服务站改建', POINT_WORK_ORDER); // 'facility'
 * workFromProjectName('撤并建制村畅通工程', LINE_WORK_ORDER); // 'road'
 */
export function workFromProjectName(
  project: string,
  order: readonly WorkType[],
): WorkType | undefined {
  return order.find((work) => PROJECT_WORK_WORDS[work].some((word) => project.includes(word)));
}

/**
 * The key a text means in a vocabulary: itself when it is a key, else the key its alias
 * stands for, else undefined.
 *
 * @example
 * lookUp(STATUS_VOCABULARY, '在建'); // 'construction'
 */
export function lookUp<Key extends string>(words: Vocabulary<Key>, text: string): Key | undefined {
  if (words.keys.has(text)) return text as Key;
  return words.aliases.get(text.trim().toLowerCase());
}
