/**
 * Words and codes that name a road class, a build status, a technical grade or a surface, as
 * they appear in values: Simplified and Traditional Chinese, English keys, single route
 * letters, and the numeric codes of the rural-road database.
 */
import {
  SURFACE_TYPES,
  TECHNICAL_GRADES,
  type SurfaceType,
  type TechnicalGrade,
} from '../../contract/fieldMapping.ts';
import type { BuildStatus, RoadClass } from '../../contract/roadNetwork.ts';
import { CLASS_VOCABULARY, STATUS_VOCABULARY, lookUp } from '../validate/vocabulary.ts';
import { foldedText } from './text.ts';

/** Class words the contract's vocabulary lacks: Traditional characters, route letters, 快速公路. */
const MORE_CLASS_WORDS: ReadonlyMap<string, RoadClass> = new Map([
  ['國道', 'national'],
  ['縣道', 'county'],
  ['鄉道', 'township'],
  ['專用公路', 'other'],
  ['快速公路', 'expressway'],
  ['高速路', 'expressway'],
  ['国道公路', 'national'],
  ['省道公路', 'provincial'],
  ['县道公路', 'county'],
  ['乡道公路', 'township'],
  ['村道公路', 'village'],
  ['专用道路', 'other'],
  ['其他公路', 'other'],
  // Single letters, as 行政等级 columns hold them.
  ['g', 'national'],
  ['s', 'provincial'],
  ['x', 'county'],
  ['y', 'township'],
  ['c', 'village'],
  ['z', 'other'],
]);

/**
 * Status words the contract's vocabulary lacks. `已建` (built) is read as `existing`: in a
 * status column next to 在建 and 规划 it names the network already there, and reading it as
 * `completed` would count every old road in the year's completed kilometres.
 */
const MORE_STATUS_WORDS: ReadonlyMap<string, BuildStatus> = new Map([
  ['規劃', 'planned'],
  ['儲備', 'planned'],
  ['规划中', 'planned'],
  ['项目储备', 'planned'],
  ['前期工作', 'preliminary'],
  ['施工中', 'construction'],
  ['建设中', 'construction'],
  ['續建', 'construction'],
  ['续建', 'construction'],
  ['新开工', 'construction'],
  ['已竣工', 'completed'],
  ['通車', 'open'],
  ['已通車', 'open'],
  ['試運營', 'open'],
  ['试运行', 'open'],
  ['現狀', 'existing'],
  ['已建', 'existing'],
  ['建成', 'existing'],
]);

/**
 * The class a value names, or undefined.
 *
 * @example
 * classFromWord('縣道'); // 'county'
 * classFromWord('Provincial'); // 'provincial'
 */
export function classFromWord(value: unknown): RoadClass | undefined {
  const text = foldedText(value);
  if (text === undefined) return undefined;
  return lookUp(CLASS_VOCABULARY, text) ?? MORE_CLASS_WORDS.get(text.toLowerCase());
}

/**
 * The build status a value names, or undefined.
 *
 * @example
 * statusFromWord('通車'); // 'open'
 * statusFromWord('已建'); // 'existing'
 */
export function statusFromWord(value: unknown): BuildStatus | undefined {
  const text = foldedText(value);
  if (text === undefined) return undefined;
  return lookUp(STATUS_VOCABULARY, text) ?? MORE_STATUS_WORDS.get(text);
}

/**
 * Technical grade words: the codes 1–6 of the rural-road database (1 高速 … 5 四级, 6 等外) and
 * the words of the national schema's RTEG (高速, 一级 … 四级, 四, 等外).
 */
const GRADE_WORDS: ReadonlyMap<string, TechnicalGrade> = new Map(
  (
    [
      [['1', '高速', '高速公路'], 'expressway'],
      [['2', '一级', '一级公路', '一級', '一'], 'grade-1'],
      [['3', '二级', '二级公路', '二級', '二'], 'grade-2'],
      [['4', '三级', '三级公路', '三級', '三'], 'grade-3'],
      [['5', '四级', '四级公路', '四級', '四'], 'grade-4'],
      [['6', '等外', '等外公路', '等外路'], 'substandard'],
    ] as const
  ).flatMap(([words, grade]) => words.map((word): [string, TechnicalGrade] => [word, grade])),
);

/**
 * The technical grade a value names (a code 1–6 or a word), or undefined.
 *
 * @example
 * technicalGradeFrom(1); // 'expressway'
 * technicalGradeFrom('四'); // 'grade-4'
 */
export function technicalGradeFrom(value: unknown): TechnicalGrade | undefined {
  const text = foldedText(value);
  return text === undefined ? undefined : GRADE_WORDS.get(text);
}

/**
 * The surface type a code names: 1x asphalt (沥青), 2x cement concrete (水泥混凝土), 3x simple
 * paving (简易铺装), 4x unpaved (未铺装); one-digit codes likewise. Undefined for other values.
 *
 * @example
 * surfaceTypeFrom('21'); // 'cement-concrete'
 * surfaceTypeFrom(1); // 'asphalt'
 */
export function surfaceTypeFrom(value: unknown): SurfaceType | undefined {
  const text = foldedText(value);
  if (text === undefined || !/^[1-4]\d?$/.test(text)) return undefined;
  return SURFACE_TYPES[Number(text[0]) - 1];
}

export { SURFACE_TYPES, TECHNICAL_GRADES, type SurfaceType, type TechnicalGrade };
