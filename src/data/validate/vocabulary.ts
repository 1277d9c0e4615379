/**
 * The contract's closed vocabularies (class, status, kind) and the other spellings people use
 * for them: Chinese names (`在建`, `县道`) and keys in another case (`Completed`). An alias is
 * read as its key with a warning, so Chinese data opens without editing.
 */
import {
  BUILD_STATUSES,
  POINT_KINDS,
  ROAD_CLASSES,
  type BuildStatus,
  type PointKind,
  type RoadClass,
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
