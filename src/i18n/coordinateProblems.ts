/**
 * The sentences of the coordinate step's problems, in Simplified Chinese and English, in the
 * shape of `src/i18n/problems.ts` (`(problem, subject) => string`, where `subject` names the
 * feature for feature-level problems and is empty otherwise).
 */
import { ordinal, type ProblemSentence } from './problemParams.ts';
import type { Problem } from '../contract/roadNetwork.ts';
import type { CoordinateProblemCode } from '../contract/coordinateProblemCodes.ts';

/** Writes one problem as a sentence; `subject` names the feature, e.g. `Feature 3 (…)`. */

/** A parameter as text: metres (|v| ≥ 1000) whole, degrees to at most 6 decimals. */
function num(problem: Problem, key: string): string {
  const value = problem.params[key];
  if (typeof value !== 'number') return value ?? '';
  return String(Math.abs(value) >= 1000 ? Math.round(value) : Math.round(value * 1e6) / 1e6);
}

const DATUM_NAMES: Record<string, { zh: string; en: string }> = {
  gcj02: { zh: '高德/腾讯 GCJ-02', en: 'GCJ-02 (AMap/Tencent)' },
  bd09: { zh: '百度 BD-09', en: 'BD-09 (Baidu)' },
  bd09mc: { zh: '百度墨卡托 BD-09MC', en: 'BD-09 Mercator (Baidu metres)' },
};

function datumName(problem: Problem, locale: 'zh' | 'en'): string {
  const datum = num(problem, 'datum');
  return DATUM_NAMES[datum]?.[locale] ?? datum;
}

const SUPPORTED_ZH =
  'WGS 84 / CGCS2000 经纬度（EPSG:4326、4490）、Web 墨卡托（EPSG:3857）、CGCS2000 高斯-克吕格投影（EPSG:4491–4554）和 WGS 84 / UTM 北半球分带（EPSG:32601–32660）';
const SUPPORTED_EN =
  'WGS 84 / CGCS2000 longitude/latitude (EPSG:4326, 4490), Web Mercator (EPSG:3857), CGCS2000 Gauss-Kruger (EPSG:4491–4554) and WGS 84 / UTM north (EPSG:32601–32660)';

const zh: Record<CoordinateProblemCode, ProblemSentence> = {
  'crs-assumed': (p) =>
    p.params.basis === 'user'
      ? `坐标已按所选的 ${num(p, 'system')} 转换为 WGS 84 经纬度。`
      : `文件没有说明坐标系，按坐标数值判断为 ${num(p, 'system')}，已转换为 WGS 84 经纬度。`,
  'crs-from-member': (p) =>
    `文件的 crs 成员指明坐标系为 ${num(p, 'crs')}，已按 ${num(p, 'system')} 转换为 WGS 84 经纬度。`,
  'crs-contradicted': (p) =>
    `文件的 crs 成员写的是 ${num(p, 'crs')}，但坐标数值不可能属于该坐标系，已按数值判断为 ${num(p, 'system')} 读取；如判断有误，请修正 crs 成员。`,
  'crs-ignored': (p) =>
    `文件的 crs 成员（${num(p, 'crs')}）不是可识别的 EPSG 代码，已忽略，坐标系按坐标数值判断。`,
  'crs-ambiguous': (p) =>
    `坐标数值也符合 ${num(p, 'alternative')}，已按 ${num(p, 'system')} 读取；如果数据实际是前者，请在打开时选择该坐标系，或在文件中加上 crs 成员。`,
  'crs-unknown': (p) =>
    `无法判断坐标系：抽查的 ${num(p, 'count')} 个坐标点 x 在 ${num(p, 'minX')}…${num(p, 'maxX')}、y 在 ${num(p, 'minY')}…${num(p, 'maxY')} 之间，不符合经纬度、Web 墨卡托或 CGCS2000 高斯-克吕格投影。坐标未作转换。`,
  'lat-lon-swapped': () =>
    '坐标按“纬度, 经度”的顺序书写（GeoJSON 要求“经度, 纬度”），已交换为经度在前。',
  'datum-shifted': (p) => `已按所选把${datumName(p, 'zh')} 坐标纠偏为 WGS 84（偏移通常为数百米）。`,
  'crs-unsupported': (p) =>
    `文件的坐标系 ${num(p, 'crs')}（EPSG:${num(p, 'epsg')}）无法转换。目前支持 ${SUPPORTED_ZH}。请先在 GIS 软件中转换为 WGS 84 经纬度。文件未载入。`,
  'central-meridian-needed': (p) =>
    `坐标是不带带号的高斯-克吕格投影坐标（x 在 ${num(p, 'minX')}…${num(p, 'maxX')} 米，约 500000 米），无法确定中央经线。请在打开时输入中央经线（如 105 表示东经 105°），或在文件中加上 crs 成员（如 EPSG:4544，即 CGCS2000 3 度带中央经线 105°E）。文件未载入。`,
  'central-meridian-invalid': (p) =>
    `中央经线“${num(p, 'value')}”无效：需要 −180 到 180 之间的经度数值（如 105）。文件未载入。`,
  'conversion-failed': (p) => `坐标转换失败：${num(p, 'message')}。文件未载入。`,
  'outside-china': (p, s) =>
    `${s}的第 ${ordinal(p, 'vertex')} 个坐标点转换后位于 (${num(p, 'lon')}, ${num(p, 'lat')})，在中国范围（东经 73°–136°、北纬 3°–54°）之外，请检查坐标系是否正确。`,
  'outside-china-more': (p) =>
    `另有 ${num(p, 'count')} 个要素也在中国范围之外（上面只列出前 ${num(p, 'named')} 个）。`,
};

const en: Record<CoordinateProblemCode, ProblemSentence> = {
  'crs-assumed': (p) =>
    p.params.basis === 'user'
      ? `Coordinates were converted from ${num(p, 'system')}, as chosen, to WGS 84 longitude/latitude.`
      : `The file does not name its coordinate system; judging by the numbers it is ${num(p, 'system')}, and it was converted to WGS 84 longitude/latitude.`,
  'crs-from-member': (p) =>
    `The file's crs member names ${num(p, 'crs')}; coordinates were converted from ${num(p, 'system')} to WGS 84 longitude/latitude.`,
  'crs-contradicted': (p) =>
    `The file's crs member says ${num(p, 'crs')}, but the coordinates cannot be in that system; they were read as ${num(p, 'system')}. If this is wrong, correct the crs member.`,
  'crs-ignored': (p) =>
    `The file's crs member (${num(p, 'crs')}) is not a recognised EPSG code and was ignored; the coordinate system was judged from the numbers.`,
  'crs-ambiguous': (p) =>
    `The numbers also fit ${num(p, 'alternative')}; they were read as ${num(p, 'system')}. If the data is in the former, choose it when opening the file or add a crs member.`,
  'crs-unknown': (p) =>
    `The coordinate system could not be recognised from the positions sampled (${num(p, 'count')}; x ${num(p, 'minX')}…${num(p, 'maxX')}, y ${num(p, 'minY')}…${num(p, 'maxY')}): they fit neither longitude/latitude, Web Mercator nor CGCS2000 Gauss-Kruger. Coordinates were left as written.`,
  'lat-lon-swapped': () =>
    'Coordinates are written latitude first (GeoJSON needs longitude, latitude); they were swapped.',
  'datum-shifted': (p) =>
    `The ${datumName(p, 'en')} offset was removed, as chosen: coordinates were converted to WGS 84 (a shift of some hundreds of metres).`,
  'crs-unsupported': (p) =>
    `The file's coordinate system ${num(p, 'crs')} (EPSG:${num(p, 'epsg')}) cannot be converted. Supported are ${SUPPORTED_EN}. Convert the file to WGS 84 longitude/latitude in a GIS first. The file was not loaded.`,
  'central-meridian-needed': (p) =>
    `Coordinates are Gauss-Kruger metres without a zone number (x ${num(p, 'minX')}…${num(p, 'maxX')} m, around 500000), so the central meridian is unknown. Give the central meridian when opening (e.g. 105 for 105°E), or add a crs member (e.g. EPSG:4544, CGCS2000 3-degree CM 105°E). The file was not loaded.`,
  'central-meridian-invalid': (p) =>
    `The central meridian "${num(p, 'value')}" is not valid: it must be a longitude from −180 to 180 (e.g. 105). The file was not loaded.`,
  'conversion-failed': (p) =>
    `The coordinates could not be converted: ${num(p, 'message')}. The file was not loaded.`,
  'outside-china': (p, s) =>
    `${s}: position ${ordinal(p, 'vertex')} lies at (${num(p, 'lon')}, ${num(p, 'lat')}) after conversion, outside China (longitude 73–136°E, latitude 3–54°N): check the coordinate system.`,
  'outside-china-more': (p) =>
    `${num(p, 'count')} more features also lie outside China (only the first ${num(p, 'named')} are listed above).`,
};

/**
 * The sentences of the coordinate problems by language, spread into `PROBLEM_SENTENCES`.
 *
 * @example
 * COORDINATE_PROBLEM_SENTENCES.en['lat-lon-swapped'](problem, '');
 * // 'Coordinates are written latitude first (GeoJSON needs longitude, latitude); they were swapped.'
 */
export const COORDINATE_PROBLEM_SENTENCES = { zh, en } as const;
