/**
 * The sentences that explain the file-format readers' problems (shapefile, zip, KML, .prj, bare
 * geometry), in Simplified Chinese and English, made from each problem's parameters. Typed
 * against `src/contract/readProblemCodes.ts`, so a code without its sentences fails to compile.
 */
import type { Problem } from '../contract/roadNetwork.ts';
import type { ReadProblemCode } from '../contract/readProblemCodes.ts';

/** Writes one problem's sentence from its parameters. */
export type ReadProblemSentence = (params: Problem['params']) => string;

/** A parameter as text; absent ones empty. */
function text(params: Problem['params'], key: string): string {
  const value = params[key];
  return value === undefined ? '' : String(value);
}

/** A byte count in MB (or GB from 1024 MB), for people. */
function size(params: Problem['params'], key: string): string {
  const bytes = Number(params[key] ?? 0);
  const megabytes = bytes / 1024 ** 2;
  return megabytes >= 1024 ? `${(megabytes / 1024).toFixed(1)} GB` : `${megabytes.toFixed(1)} MB`;
}

const DATUM_NAMES: Record<string, { zh: string; en: string }> = {
  xian1980: { zh: '西安 1980', en: "Xi'an 1980" },
  beijing1954: { zh: '北京 1954', en: 'Beijing 1954' },
};

function datum(params: Problem['params'], locale: 'zh' | 'en'): string {
  return DATUM_NAMES[text(params, 'datum')]?.[locale] ?? text(params, 'datum');
}

/** Every reader problem's sentence in both languages. */
export const READ_PROBLEM_SENTENCES: Record<
  ReadProblemCode,
  { zh: ReadProblemSentence; en: ReadProblemSentence }
> = {
  'file-empty': {
    zh: () => '文件是空的（0 字节）。',
    en: () => 'The file is empty (0 bytes).',
  },
  'format-unknown': {
    zh: () =>
      '无法识别文件格式：支持 GeoJSON、Shapefile（.zip 或同时选择 .shp .dbf .prj .cpg）、KML 和 KMZ。',
    en: () =>
      'The file format is not recognised: GeoJSON, Shapefile (a .zip, or .shp .dbf .prj .cpg chosen together), KML and KMZ are supported.',
  },
  'zip-unreadable': {
    zh: (p) => `zip 文件已损坏或无法读取${p.name ? `（${text(p, 'name')}）` : ''}，未载入。`,
    en: (p) =>
      `The zip file is damaged or cannot be read${p.name ? ` (${text(p, 'name')})` : ''}; nothing was loaded.`,
  },
  'zip-encrypted': {
    zh: (p) => `zip 中的 ${text(p, 'name')} 有密码保护，无法读取。请先解压后再打开。`,
    en: (p) =>
      `${text(p, 'name')} in the zip is password-protected and cannot be read. Unzip it first.`,
  },
  'zip-too-large': {
    zh: (p) =>
      `zip 解压后将达 ${size(p, 'expandedBytes')}，超过 ${size(p, 'limitBytes')} 的上限，已拒绝解压。`,
    en: (p) =>
      `The zip would expand to ${size(p, 'expandedBytes')}, over the ${size(p, 'limitBytes')} limit; it was not expanded.`,
  },
  'zip-ratio-too-high': {
    zh: (p) =>
      `zip 只有 ${size(p, 'zipBytes')}，解压后却将达 ${size(p, 'expandedBytes')}（超过 ${text(p, 'ratioLimit')} 倍），可能是恶意压缩包，已拒绝解压。`,
    en: (p) =>
      `The zip is ${size(p, 'zipBytes')} but would expand to ${size(p, 'expandedBytes')} (over ${text(p, 'ratioLimit')} times its size), as a zip bomb does; it was not expanded.`,
  },
  'zip-no-layer': {
    zh: (p) =>
      `zip 中没有 .shp（Shapefile）或 .kml 文件${p.names ? `（里面有：${text(p, 'names')}）` : ''}，未载入。`,
    en: (p) =>
      `The zip holds no .shp (Shapefile) or .kml file${p.names ? ` (it holds: ${text(p, 'names')})` : ''}; nothing was loaded.`,
  },
  'shp-missing': {
    zh: (p) =>
      `缺少 .shp 文件：Shapefile 的几何在 .shp 中，只有 ${text(p, 'names')} 无法打开。请同时选择 .shp、.dbf、.prj（和 .cpg），或选择它们的 .zip。`,
    en: (p) =>
      `The .shp file is missing: a shapefile's geometry is in its .shp, and ${text(p, 'names')} alone cannot be opened. Choose the .shp, .dbf, .prj (and .cpg) together, or their .zip.`,
  },
  'shp-header-invalid': {
    zh: (p) => `${text(p, 'name')} 不是有效的 .shp 文件（文件头不对），未载入。`,
    en: (p) =>
      `${text(p, 'name')} is not a valid .shp file (its header is wrong); nothing was loaded.`,
  },
  'shp-shape-type-unsupported': {
    zh: (p) => `Shapefile 的几何类型是 ${text(p, 'shapeType')}，不是线或点，无法作为路网载入。`,
    en: (p) =>
      `The shapefile's shape type is ${text(p, 'shapeType')}, not lines or points; it cannot be loaded as roads.`,
  },
  'kml-unreadable': {
    zh: (p) => `KML 文件不是有效的 XML：${text(p, 'message')}。未载入。`,
    en: (p) => `The KML file is not valid XML: ${text(p, 'message')}. Nothing was loaded.`,
  },
  'layer-empty': {
    zh: (p) => `图层中没有带几何的要素（共 ${text(p, 'records')} 条记录），未载入。`,
    en: (p) =>
      `The layer holds no feature with geometry (${text(p, 'records')} records); nothing was loaded.`,
  },
  'geometry-invalid': {
    zh: (p) => `输入（${text(p, 'type') || '未知类型'}）不是有效的 GeoJSON 几何或要素，未载入。`,
    en: (p) =>
      `The input (${text(p, 'type') || 'no type'}) is not a valid GeoJSON geometry or feature; nothing was loaded.`,
  },
  'prj-unreadable': {
    zh: (p) =>
      `无法识别 .prj 中的坐标系（“${text(p, 'excerpt')}…”）。请选择数据的坐标系（如 CGCS2000 高斯-克吕格投影的带号或中央经线），坐标尚未转换。`,
    en: (p) =>
      `The coordinate system in the .prj cannot be read ("${text(p, 'excerpt')}…"). Choose the data's coordinate system (for Gauss–Krüger, its zone or central meridian); the coordinates are not converted yet.`,
  },
  'layer-several': {
    zh: (p) => `文件中有多个图层，只读取了 ${text(p, 'read')}，未读取：${text(p, 'others')}。`,
    en: (p) =>
      `There are several layers; only ${text(p, 'read')} was read, not: ${text(p, 'others')}.`,
  },
  'shp-record-truncated': {
    zh: (p) =>
      `.shp 文件不完整：在第 ${Number(p.recordsRead ?? 0) + 1} 条记录中途结束，已保留前面完整的 ${text(p, 'recordsRead')} 条记录。`,
    en: (p) =>
      `The .shp file is cut short: it ends inside record ${Number(p.recordsRead ?? 0) + 1}; the ${text(p, 'recordsRead')} complete records before it were kept.`,
  },
  'shp-record-invalid': {
    zh: (p) => `.shp 中的这条记录已损坏（${text(p, 'message')}），已跳过其几何。`,
    en: (p) => `This .shp record is damaged (${text(p, 'message')}); its geometry was skipped.`,
  },
  'dbf-missing': {
    zh: () => '没有 .dbf 文件：只载入了几何，道路没有属性（编码、名称、等级等）。',
    en: () =>
      'There is no .dbf file: only the geometry was loaded, and the roads have no attributes (code, name, class…).',
  },
  'dbf-invalid': {
    zh: (p) => `${text(p, 'name')} 不是有效的 .dbf 文件，只载入了几何，道路没有属性。`,
    en: (p) =>
      `${text(p, 'name')} is not a valid .dbf file; only the geometry was loaded, without attributes.`,
  },
  'dbf-record-count-mismatch': {
    zh: (p) =>
      `.shp 有 ${text(p, 'shapeRecords')} 条记录，.dbf 有 ${text(p, 'tableRecords')} 条，数量不一致：按顺序对应，多出的记录没有属性或被舍去。`,
    en: (p) =>
      `The .shp has ${text(p, 'shapeRecords')} records and the .dbf ${text(p, 'tableRecords')}: they were matched in order, and the extra ones have no attributes or were dropped.`,
  },
  'dbf-encoding-garbage': {
    zh: (p) =>
      `按 ${text(p, 'encoding')} 编码读取的属性文字像是乱码（如“${text(p, 'examples')}”）${p.suggested ? `，可能是 ${text(p, 'suggested')} 编码` : ''}。请在“编码”中选择正确的编码。`,
    en: (p) =>
      `The attribute text read as ${text(p, 'encoding')} looks garbled (e.g. "${text(p, 'examples')}")${p.suggested ? `; it may be ${text(p, 'suggested')}` : ''}. Choose the right one under "Encoding".`,
  },
  'cpg-unknown': {
    zh: (p) => `.cpg 文件写的编码“${text(p, 'cpg')}”无法识别，已改按 ${text(p, 'encoding')} 读取。`,
    en: (p) =>
      `The encoding "${text(p, 'cpg')}" in the .cpg file is not recognised; the text was read as ${text(p, 'encoding')}.`,
  },
  'prj-missing': {
    zh: () => '没有 .prj 文件，坐标系将按坐标数值判断。',
    en: () => 'There is no .prj file; the coordinate system is judged from the numbers.',
  },
  'prj-approximate': {
    zh: (p) =>
      `坐标系为${datum(p, 'zh')}（${text(p, 'name')}），没有通用的基准转换参数，已近似转换为 WGS 84，位置可能偏差数十米以上。`,
    en: (p) =>
      `The coordinate system is ${datum(p, 'en')} (${text(p, 'name')}); with no datum shift that holds everywhere, it was converted to WGS 84 approximately, and positions may be off by tens of metres or more.`,
  },
  'kml-no-lines': {
    zh: (p) =>
      Number(p.points ?? 0) > 0
        ? `KML 中没有线（LineString），只有 ${text(p, 'points')} 个点，没有可显示的道路。`
        : 'KML 中没有线（LineString）也没有点，未载入。',
    en: (p) =>
      Number(p.points ?? 0) > 0
        ? `The KML holds no lines (LineString), only ${text(p, 'points')} points: no roads to show.`
        : 'The KML holds no lines (LineString) and no points; nothing was loaded.',
  },
  'geometry-wrapped': {
    zh: (p) =>
      p.type === 'Feature'
        ? '输入是单个要素（Feature），已作为只含一个要素的集合载入。'
        : `输入是单独的几何对象（${text(p, 'type')}），已作为 ${text(p, 'features')} 条没有属性的道路载入。`,
    en: (p) =>
      p.type === 'Feature'
        ? 'The input is a single Feature; it was loaded as a collection of one.'
        : `The input is a bare ${text(p, 'type')} geometry; it was loaded as ${text(p, 'features')} roads without properties.`,
  },
  'reprojection-failed': {
    zh: (p) =>
      `坐标 (${text(p, 'x')}, ${text(p, 'y')}) 无法按 .prj 的坐标系转换为经纬度，已跳过这条道路的几何。`,
    en: (p) =>
      `The position (${text(p, 'x')}, ${text(p, 'y')}) does not convert to longitude/latitude from the .prj's system; this road's geometry was skipped.`,
  },
};
