/**
 * The sentences that explain validation problems, in Simplified Chinese and English. Each names
 * the feature (its position and `id`), the property and the values, and says what was done
 * about it (skipped, read as …, kept as written).
 */
import type { Problem } from '../contract/roadNetwork.ts';
import { PROBLEM_CODES, type ProblemCode } from '../contract/problemCodes.ts';
import type { CoordinateProblemCode } from '../contract/coordinateProblemCodes.ts';
import { COORDINATE_PROBLEM_SENTENCES } from './coordinateProblems.ts';
import { ordinal, type ProblemSentence } from './problemParams.ts';
import { READ_PROBLEM_SENTENCES } from './readProblems.ts';
import type { ReadProblemCode } from '../contract/readProblemCodes.ts';
import { STRINGS, type Locale } from './strings.ts';

export { PROBLEM_CODES, type ProblemCode };

export type { ProblemSentence };

/** A parameter as text: numbers to at most three decimals, absent ones empty. */
function param(problem: Problem, key: string): string {
  const value = problem.params[key];
  if (typeof value === 'number') {
    return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
  }
  return value ?? '';
}

/** Chinese words for the kinds of value the validator names in `found`. */
const ZH_KINDS: Record<string, string> = {
  null: 'null',
  array: '数组',
  object: '对象',
  string: '文本',
  number: '数值',
  boolean: '布尔值',
};

/** What was found instead, as a parenthesis; empty when nothing was there at all. */
function foundNote(problem: Problem, locale: Locale): string {
  const found = param(problem, 'found');
  if (found === '' || found === 'nothing') return '';
  return locale === 'zh' ? `（读到的是 ${ZH_KINDS[found] ?? found}）` : ` (found ${found})`;
}

function property(problem: Problem): string {
  return problem.property ?? '';
}

function classLabel(locale: Locale, key: string): string {
  return (STRINGS[locale].classes as Record<string, string>)[key] ?? key;
}

function statusLabel(locale: Locale, key: string): string {
  return (STRINGS[locale].statuses as Record<string, string>)[key] ?? key;
}

function moreMark(problem: Problem): string {
  const count = problem.params.count;
  const shown = param(problem, 'names').split(', ').length;
  return typeof count === 'number' && count > shown ? ' …' : '';
}

/** " …" (or "等") when the `work-from-project` warning names fewer projects than there are. */
function projectMoreMark(problem: Problem, locale: Locale): string {
  const count = problem.params.projectCount;
  const shown = param(problem, 'projects').split(', ').length;
  if (!(typeof count === 'number' && count > shown)) return '';
  return locale === 'zh' ? ' 等' : ' …';
}

const zh: Record<ProblemCode, ProblemSentence> = {
  'unreadable-input': (p) => `无法读取输入：${param(p, 'message')}。`,
  'not-geojson': (p) =>
    `输入不是 GeoJSON${foundNote(p, 'zh')}：需要 FeatureCollection 或单个 Feature。`,
  'bare-geometry': (p) =>
    `输入是一个单独的几何对象（${param(p, 'type')}），不是要素：请放进带属性的 Feature 或 FeatureCollection。`,
  'features-missing': (p) => `FeatureCollection 缺少 features 数组${foundNote(p, 'zh')}。`,
  'empty-collection': () => '要素集合为空，没有可显示的路段。',
  'no-valid-segment': (p) =>
    `没有可用的路段：${param(p, 'features')} 个要素中 ${param(p, 'skipped')} 个被跳过、${param(p, 'points')} 个是点要素；至少需要一条有效的 LineString 或 MultiLineString。`,
  'unknown-properties': (p) =>
    `有 ${param(p, 'count')} 个属性不属于数据规范，已忽略：${param(p, 'names')}${moreMark(p)}。`,
  'work-from-project': (p) =>
    `有 ${param(p, 'count')} 个要素没有 work，已按所属项目名称判断工程类别（${param(p, 'projectCount')} 个项目：${param(p, 'projects')}${projectMoreMark(p, 'zh')}）${Number(p.params.defaulted ?? 0) > 0 ? `；其中 ${param(p, 'defaulted')} 个的项目名称看不出类别，线按 road、点按 kind 处理` : ''}。`,
  'not-a-feature': (p) =>
    `第 ${(p.featureIndex ?? 0) + 1} 项（features[${p.featureIndex}]）不是 Feature${foundNote(p, 'zh')}，已跳过。`,
  'missing-geometry': (p, s) => `${s}没有几何${foundNote(p, 'zh')}，已跳过。`,
  'unsupported-geometry': (p, s) =>
    `${s}的几何类型 ${param(p, 'type')} 不受支持（只支持 LineString、MultiLineString 和 Point），已跳过。`,
  'malformed-coordinates': (p, s) =>
    `${s}的 ${param(p, 'type')} 坐标不是 GeoJSON 要求的嵌套数组，已跳过。`,
  'invalid-coordinate': (p, s) =>
    `${s}的第 ${ordinal(p, 'vertex')} 个坐标点无效（${param(p, 'value')}）：坐标必须是有限的数值，已跳过。`,
  'coordinates-3d': (p, s) => `${s}的坐标有 ${param(p, 'dimensions')} 维，已只保留经度和纬度。`,
  'empty-geometry': (p, s) => `${s}的 ${param(p, 'type')} 没有坐标，已跳过。`,
  'degenerate-line': (p, s) =>
    `${s}的线只有 ${param(p, 'distinctPositions')} 个不同的点，至少需要 2 个，已跳过。`,
  'degenerate-part': (p, s) =>
    `${s}的第 ${ordinal(p, 'part')} 部分少于 2 个不同的点，已舍去这一部分。`,
  'coordinate-out-of-range': (p, s) =>
    `${s}的第 ${ordinal(p, 'vertex')} 个坐标点 (${param(p, 'x')}, ${param(p, 'y')}) 超出经度 −180…180、纬度 −90…90 的范围，已跳过。`,
  'lat-lon-order': (p, s) =>
    `${s}的第 ${ordinal(p, 'vertex')} 个坐标点 (${param(p, 'x')}, ${param(p, 'y')}) 超出范围，但交换后有效：文件很可能按“纬度, 经度”书写，而 GeoJSON 要求“经度, 纬度”。已跳过。`,
  'projected-coordinates': (p, s) =>
    `${s}的第 ${ordinal(p, 'vertex')} 个坐标点 (${param(p, 'x')}, ${param(p, 'y')}) 像是以米为单位的投影坐标，不是经纬度：请先转换为 WGS 84 / CGCS2000 经纬度。已跳过。`,
  'invalid-properties': (p, s) => `${s}的 properties 不是对象${foundNote(p, 'zh')}，按无属性读取。`,
  'id-missing': (p, s) => `${s}没有 id，已生成 ${param(p, 'generatedId')}。`,
  'id-from-feature': (p, s) =>
    `${s}的属性中没有 id，已使用 Feature 自身的 id：${param(p, 'value')}。`,
  'duplicate-id': (p, s) =>
    `${s}的 id 与第 ${ordinal(p, 'firstIndex')} 个要素（features[${param(p, 'firstIndex')}]）重复，已跳过。`,
  'class-derived': (p, s) =>
    `${s}没有 class，已按路线编码 ${param(p, 'route')} 推定为${classLabel('zh', param(p, 'class'))}（${param(p, 'class')}）。`,
  'class-missing': (_p, s) =>
    `${s}没有 class，也无法从路线编码推定，按${classLabel('zh', 'other')}（other）处理。`,
  'unknown-class': (p, s) =>
    `${s}的 class “${param(p, 'value')}” 不是已知等级，按${classLabel('zh', param(p, 'fallback'))}（${param(p, 'fallback')}）处理。`,
  'unknown-status': (p, s) =>
    `${s}的 status “${param(p, 'value')}” 不是已知状态，按${statusLabel('zh', param(p, 'fallback'))}（${param(p, 'fallback')}）处理。`,
  'kind-missing': (p, s) => `${s}是点要素但没有 kind，按 ${param(p, 'fallback')} 处理。`,
  'unknown-kind': (p, s) =>
    `${s}的 kind “${param(p, 'value')}” 不是已知类型（bridge、station、mooring、other），按 ${param(p, 'fallback')} 处理。`,
  'unknown-work': (p, s) =>
    `${s}的 work “${param(p, 'value')}” 不是已知工程类别（road、guard、bridge、facility），按项目名称判断。`,
  'value-alias': (p, s) =>
    `${s}的 ${property(p)} “${param(p, 'value')}” 已按 ${param(p, 'key')} 读取。`,
  'invalid-towns': (p, s) => `${s}的 towns 含有不是文本的值（${param(p, 'value')}），已忽略。`,
  'invalid-year': (p, s) =>
    `${s}的 year “${param(p, 'value')}” 不是 1900–2100 之间的整数，已忽略。`,
  'number-as-string': (p, s) =>
    `${s}的 ${property(p)} 以文本 “${param(p, 'value')}” 给出，已按数值 ${param(p, 'number')} 读取。`,
  'not-a-number': (p, s) => `${s}的 ${property(p)} “${param(p, 'value')}” 不是有效数值，已跳过。`,
  'negative-number': (p, s) =>
    `${s}的 ${property(p)} 为 ${param(p, 'value')}，不能为负数，已跳过。`,
  'completed-exceeds-length': (p, s) =>
    `${s}的 completed_km 为 ${param(p, 'completedKm')}，超过${p.params.lengthSource === 'measured' ? '实测长度' : '长度'} ${param(p, 'lengthKm')} km，已跳过。`,
  'guard-exceeds-required': (p, s) =>
    `${s}的 guard_km 为 ${param(p, 'guardKm')}，超过需防护长度 guard_required_km ${param(p, 'guardRequiredKm')} km，已跳过。`,
  'length-mismatch': (p, s) =>
    `${s}的申报长度 length_km ${param(p, 'declaredKm')} km 与实测长度 ${param(p, 'measuredKm')} km 相差超过 20%，请核对。`,
  'invalid-chainage': (p, s) =>
    `${s}的 ${property(p)} “${param(p, 'value')}” 不是 K12+300 格式的桩号，已按原文保留。`,
  'invalid-date': (p, s) =>
    `${s}的 ${property(p)} “${param(p, 'value')}” 不是 ISO 日期（如 2023-09-30），已按原文保留。`,
  'coerced-to-string': (p, s) =>
    `${s}的 ${property(p)} 应为文本，已把 ${param(p, 'value')} 转为文本。`,
  'invalid-text': (p, s) =>
    `${s}的 ${property(p)} 应为文本，读到的是 ${param(p, 'value')}，已忽略。`,
};

const en: Record<ProblemCode, ProblemSentence> = {
  'unreadable-input': (p) => `The input could not be read: ${param(p, 'message')}.`,
  'not-geojson': (p) =>
    `The input is not GeoJSON${foundNote(p, 'en')}: expected a FeatureCollection or a single Feature.`,
  'bare-geometry': (p) =>
    `The input is a bare ${param(p, 'type')} geometry, not a feature: put it in a Feature or FeatureCollection with properties.`,
  'features-missing': (p) => `The FeatureCollection has no features array${foundNote(p, 'en')}.`,
  'empty-collection': () => 'The collection is empty: there is no road segment to show.',
  'no-valid-segment': (p) =>
    `No usable road segment (features: ${param(p, 'features')}, skipped: ${param(p, 'skipped')}, points: ${param(p, 'points')}): at least one valid LineString or MultiLineString is needed.`,
  'unknown-properties': (p) =>
    `Properties that are not part of the data contract were ignored (${param(p, 'count')}): ${param(p, 'names')}${moreMark(p)}.`,
  'work-from-project': (p) =>
    `${param(p, 'count')} features have no work: their work type was read from their project's name (${param(p, 'projectCount')} projects: ${param(p, 'projects')}${projectMoreMark(p, 'en')})${Number(p.params.defaulted ?? 0) > 0 ? `; for ${param(p, 'defaulted')} of them the name says none, so lines are read as road and points by their kind` : ''}.`,
  'not-a-feature': (p) =>
    `Entry ${(p.featureIndex ?? 0) + 1} (features[${p.featureIndex}]) is not a Feature${foundNote(p, 'en')}; skipped.`,
  'missing-geometry': (p, s) => `${s}: has no geometry${foundNote(p, 'en')}; skipped.`,
  'unsupported-geometry': (p, s) =>
    `${s}: geometry type ${param(p, 'type')} is not supported (only LineString, MultiLineString and Point); skipped.`,
  'malformed-coordinates': (p, s) =>
    `${s}: the ${param(p, 'type')} coordinates are not nested arrays as GeoJSON requires; skipped.`,
  'invalid-coordinate': (p, s) =>
    `${s}: position ${ordinal(p, 'vertex')} is not a pair of finite numbers (${param(p, 'value')}); skipped.`,
  'coordinates-3d': (p, s) =>
    `${s}: coordinates have ${param(p, 'dimensions')} dimensions; only longitude and latitude were kept.`,
  'empty-geometry': (p, s) => `${s}: the ${param(p, 'type')} has no coordinates; skipped.`,
  'degenerate-line': (p, s) =>
    `${s}: the line needs at least 2 distinct positions but has ${param(p, 'distinctPositions')}; skipped.`,
  'degenerate-part': (p, s) =>
    `${s}: part ${ordinal(p, 'part')} has fewer than 2 distinct positions and was dropped.`,
  'coordinate-out-of-range': (p, s) =>
    `${s}: position ${ordinal(p, 'vertex')} (${param(p, 'x')}, ${param(p, 'y')}) is outside longitude −180…180 / latitude −90…90; skipped.`,
  'lat-lon-order': (p, s) =>
    `${s}: position ${ordinal(p, 'vertex')} (${param(p, 'x')}, ${param(p, 'y')}) is out of range but valid when swapped: the file is probably in latitude, longitude order, while GeoJSON needs longitude, latitude; skipped.`,
  'projected-coordinates': (p, s) =>
    `${s}: position ${ordinal(p, 'vertex')} (${param(p, 'x')}, ${param(p, 'y')}) looks like projected coordinates in metres, not longitude/latitude: convert to WGS 84 / CGCS2000 longitude/latitude first; skipped.`,
  'invalid-properties': (p, s) =>
    `${s}: properties is not an object${foundNote(p, 'en')} and was read as empty.`,
  'id-missing': (p, s) => `${s}: has no id; ${param(p, 'generatedId')} was generated.`,
  'id-from-feature': (p, s) =>
    `${s}: no id property; the Feature's own id ${param(p, 'value')} was used.`,
  'duplicate-id': (p, s) =>
    `${s}: the id is already used by feature ${ordinal(p, 'firstIndex')} (features[${param(p, 'firstIndex')}]); skipped.`,
  'class-derived': (p, s) =>
    `${s}: no class; ${param(p, 'class')} (${classLabel('en', param(p, 'class'))}) was derived from route code ${param(p, 'route')}.`,
  'class-missing': (_p, s) =>
    `${s}: no class, and no route code to derive it from; read as other (${classLabel('en', 'other')}).`,
  'unknown-class': (p, s) =>
    `${s}: class "${param(p, 'value')}" is not a known class; read as ${param(p, 'fallback')} (${classLabel('en', param(p, 'fallback'))}).`,
  'unknown-status': (p, s) =>
    `${s}: status "${param(p, 'value')}" is not a known status; read as ${param(p, 'fallback')} (${statusLabel('en', param(p, 'fallback'))}).`,
  'kind-missing': (p, s) => `${s}: point feature without a kind; read as ${param(p, 'fallback')}.`,
  'unknown-kind': (p, s) =>
    `${s}: kind "${param(p, 'value')}" is not a known kind (bridge, station, mooring, other); read as ${param(p, 'fallback')}.`,
  'unknown-work': (p, s) =>
    `${s}: work "${param(p, 'value')}" is not a known work type (road, guard, bridge, facility); read from the project's name instead.`,
  'value-alias': (p, s) =>
    `${s}: ${property(p)} "${param(p, 'value')}" was read as ${param(p, 'key')}.`,
  'invalid-towns': (p, s) =>
    `${s}: towns holds a value that is not text (${param(p, 'value')}); ignored.`,
  'invalid-year': (p, s) =>
    `${s}: year "${param(p, 'value')}" is not a whole number from 1900 to 2100; ignored.`,
  'number-as-string': (p, s) =>
    `${s}: ${property(p)} is given as text "${param(p, 'value')}"; read as the number ${param(p, 'number')}.`,
  'not-a-number': (p, s) =>
    `${s}: ${property(p)} "${param(p, 'value')}" is not a valid number; skipped.`,
  'negative-number': (p, s) =>
    `${s}: ${property(p)} is ${param(p, 'value')} and must not be negative; skipped.`,
  'completed-exceeds-length': (p, s) =>
    `${s}: completed_km ${param(p, 'completedKm')} is more than its ${p.params.lengthSource === 'measured' ? 'measured ' : ''}length ${param(p, 'lengthKm')} km; skipped.`,
  'guard-exceeds-required': (p, s) =>
    `${s}: guard_km ${param(p, 'guardKm')} is more than guard_required_km ${param(p, 'guardRequiredKm')} km; skipped.`,
  'length-mismatch': (p, s) =>
    `${s}: declared length_km ${param(p, 'declaredKm')} km is more than 20% from the measured length ${param(p, 'measuredKm')} km; please check.`,
  'invalid-chainage': (p, s) =>
    `${s}: ${property(p)} "${param(p, 'value')}" is not a chainage like K12+300; kept as written.`,
  'invalid-date': (p, s) =>
    `${s}: ${property(p)} "${param(p, 'value')}" is not an ISO date such as 2023-09-30; kept as written.`,
  'coerced-to-string': (p, s) =>
    `${s}: ${property(p)} should be text; ${param(p, 'value')} was converted to text.`,
  'invalid-text': (p, s) =>
    `${s}: ${property(p)} should be text but is ${param(p, 'value')}; ignored.`,
};

/** The sentences of every problem code in each language. */
/** Every code the validator or the coordinate step reports. */
type AnyProblemCode = ProblemCode | CoordinateProblemCode;

export const PROBLEM_SENTENCES: Record<Locale, Record<AnyProblemCode, ProblemSentence>> = {
  zh: { ...zh, ...COORDINATE_PROBLEM_SENTENCES.zh },
  en: { ...en, ...COORDINATE_PROBLEM_SENTENCES.en },
};

/**
 * Names a problem's feature: `第 13 个要素（features[12]，id: X085-3）` or
 * `Feature 13 (features[12], id X085-3)`. The number counts from 1; `features[12]` is the
 * 0-based position in the file. Empty for file-level problems.
 */
export function problemSubject(problem: Problem, locale: Locale): string {
  const index = problem.featureIndex;
  if (index === null) return '';
  const id = problem.featureId;
  if (locale === 'zh') {
    return `第 ${index + 1} 个要素（features[${index}]${id === undefined ? '' : `，id: ${id}`}）`;
  }
  return `Feature ${index + 1} (features[${index}]${id === undefined ? '' : `, id ${id}`})`;
}

function isProblemCode(code: string): code is AnyProblemCode {
  return Object.hasOwn(PROBLEM_SENTENCES.zh, code);
}

/** A code of the file-format readers, whose sentences are made from the parameters alone. */
function isReadProblemCode(code: string): code is ReadProblemCode {
  return Object.hasOwn(READ_PROBLEM_SENTENCES, code);
}

/**
 * One sentence that explains a problem in the UI language: a reader's, the validator's or the
 * coordinate step's.
 *
 * @example
 * describeProblem(
 *   { severity: 'error', code: 'completed-exceeds-length', featureIndex: 12, featureId: 'X085-3',
 *     property: 'completed_km',
 *     params: { completedKm: 5.2, lengthKm: 4.1, lengthSource: 'declared' } },
 *   'en',
 * );
 * // 'Feature 13 (features[12], id X085-3): completed_km 5.2 is more than its length 4.1 km; skipped.'
 */
export function describeProblem(problem: Problem, locale: Locale): string {
  if (isReadProblemCode(problem.code)) {
    return READ_PROBLEM_SENTENCES[problem.code][locale](problem.params);
  }
  const subject = problemSubject(problem, locale);
  if (isProblemCode(problem.code)) return PROBLEM_SENTENCES[locale][problem.code](problem, subject);
  const details = Object.keys(problem.params)
    .map((key) => `${key}=${param(problem, key)}`)
    .join(', ');
  const property = problem.property === undefined ? '' : ` ${problem.property}`;
  const separator = locale === 'zh' ? '：' : ': ';
  return `${subject}${subject === '' ? '' : separator}${problem.code}${property}${details === '' ? '' : ` (${details})`}`;
}
