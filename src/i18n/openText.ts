/**
 * The open panel's words for reading other formats: the text-encoding choice, what was read
 * (format, encoding, coordinate system), and the grouped warnings, in both languages.
 */
import type { Locale } from './strings.ts';

/** The encoding choices, as `datasetLoader` lists them. */
export const ENCODING_KEYS = ['auto', 'gbk', 'gb18030', 'utf-8', 'big5'] as const;
type EncodingKey = (typeof ENCODING_KEYS)[number];

interface OpenTexts {
  encoding: string;
  encodingHint: string;
  encodings: Record<EncodingKey, string>;
  formats: Record<string, string>;
  readAs: (words: { format: string; encoding: string; crs: string }) => string;
  /** A grouped warning's line: its count and first sentence. */
  grouped: (count: number, first: string) => string;
  moreExamples: string;
  schema: string;
  property: string;
}

/** Format names, the same in both languages. */
const FORMAT_NAMES = {
  geojson: 'GeoJSON',
  shapefile: 'Shapefile',
  kml: 'KML',
  kmz: 'KMZ',
  object: 'GeoJSON',
};

const zh: OpenTexts = {
  encoding: '编码',
  encodingHint: 'Shapefile 的 .dbf 文字编码；自动按 .cpg、语言标记和内容判断。',
  encodings: {
    auto: '自动',
    gbk: 'GBK',
    gb18030: 'GB18030',
    'utf-8': 'UTF-8',
    big5: 'Big5（繁体）',
  },
  formats: FORMAT_NAMES,
  readAs: ({ format, encoding, crs }) =>
    `读作 ${format}${encoding ? `，编码 ${encoding}` : ''}${crs ? `，坐标系 ${crs}` : ''}。`,
  grouped: (count, first) => (count > 1 ? `（共 ${count.toLocaleString()} 处）${first}` : first),
  moreExamples: '示例',
  schema: '字段规范',
  property: '路网属性',
};

const en: OpenTexts = {
  encoding: 'Encoding',
  encodingHint:
    "A shapefile's .dbf text encoding; auto reads the .cpg, the language byte and the text.",
  encodings: {
    auto: 'Auto',
    gbk: 'GBK',
    gb18030: 'GB18030',
    'utf-8': 'UTF-8',
    big5: 'Big5 (traditional)',
  },
  formats: FORMAT_NAMES,
  readAs: ({ format, encoding, crs }) =>
    `Read as ${format}${encoding ? `, encoding ${encoding}` : ''}${crs ? `, coordinates ${crs}` : ''}.`,
  grouped: (count, first) => (count > 1 ? `(${count.toLocaleString()} in all) ${first}` : first),
  moreExamples: 'Examples',
  schema: 'Field schema',
  property: 'Road property',
};

export const OPEN_TEXTS: Readonly<Record<Locale, OpenTexts>> = { zh, en };
