/**
 * The sentences of the mapping notes, in Simplified Chinese and English: one per kind of note,
 * with its count and examples. Loaded with a load report that has notes to word.
 */
import type { MappingNoteKey } from './mappingText.ts';
import type { Locale } from './strings.ts';

/** What a note sentence is made from: the note's field, count, and first example. */
export interface NoteWords {
  field: string;
  count: number;
  /** The example features as 1-based numbers, e.g. `1, 4, 9`. */
  examples: string;
  /** The first example's value as found and as read. */
  found: string;
  readAs: string;
}

type NoteSentence = (words: NoteWords) => string;

const zh: Record<MappingNoteKey, NoteSentence> = {
  'route-long-code-shortened': (w) =>
    `${w.count} 条路段的 ${w.field} 是带行政区划代码的长编码，显示为路线编码（如 ${w.found} → ${w.readAs}），原值保留在其他字段（第 ${w.examples} 条）。`,
  'route-several-codes': (w) =>
    `${w.count} 条路段的 ${w.field} 有多个路线编码，取等级最高者，全部保留（如 ${w.found} → ${w.readAs}；第 ${w.examples} 条）。`,
  'route-old-alignment': (w) =>
    `${w.count} 条路段的 ${w.field} 标为旧线，按其编码读取（如 ${w.found} → ${w.readAs}；第 ${w.examples} 条）。`,
  'class-from-words': (w) =>
    `${w.count} 条路段的等级由 ${w.field} 中的文字读出（如 ${w.found} → ${w.readAs}；第 ${w.examples} 条）。`,
  'class-from-route-code': (w) =>
    `${w.count} 条路段的等级由 ${w.field} 的路线编码推出（如 ${w.found} → ${w.readAs}；第 ${w.examples} 条）。`,
  'class-from-technical-grade': (w) =>
    `${w.count} 条路段因技术等级为高速（${w.field}）读作高速公路（第 ${w.examples} 条）。`,
  'class-from-feature-code': (w) =>
    `${w.count} 条路段没有路线编码，等级由 ${w.field} 要素代码推出（如 ${w.found} → ${w.readAs}；第 ${w.examples} 条）。`,
  'class-from-highway-tag': (w) =>
    `${w.count} 条路段没有 ref，等级由 ${w.field} 标签大致推出，请核对（如 ${w.found} → ${w.readAs}；第 ${w.examples} 条）。`,
  'class-unknown-word': (w) =>
    `${w.count} 条路段的 ${w.field} 无法识别为行政等级（如 ${w.found}），读作其他（第 ${w.examples} 条）。`,
  'class-missing': (w) =>
    `${w.count} 条路段没有可推出行政等级的字段，读作其他（第 ${w.examples} 条）。`,
  'status-from-words': (w) =>
    `${w.count} 条路段的建设状态由 ${w.field} 中的文字读出（如 ${w.found} → ${w.readAs}；第 ${w.examples} 条）。`,
  'status-built-as-existing': (w) =>
    `${w.count} 条路段的 ${w.field} 为“已建”，读作既有路网（不计入完工里程；第 ${w.examples} 条）。`,
  'status-from-highway-tag': (w) =>
    `${w.count} 条路段的建设状态由 ${w.field} 标签推出（如 ${w.found} → ${w.readAs}；第 ${w.examples} 条）。`,
  'status-unknown-word': (w) =>
    `${w.count} 条路段的 ${w.field} 无法识别为建设状态（如 ${w.found}），读作既有，原值保留（第 ${w.examples} 条）。`,
  'chainage-from-number': (w) =>
    `${w.count} 条路段的 ${w.field} 是公里数，写成桩号（如 ${w.found} → ${w.readAs}；第 ${w.examples} 条）。`,
  'chainage-unreadable': (w) =>
    `${w.count} 条路段的 ${w.field} 不是桩号（如 ${w.found}），原值保留在其他字段（第 ${w.examples} 条）。`,
  'length-from-chainages': (w) =>
    `${w.count} 条路段没有里程字段，里程由止点桩号减起点桩号算出（如 ${w.readAs} 公里；第 ${w.examples} 条）。`,
  'number-unreadable': (w) =>
    `${w.count} 条路段的 ${w.field} 不是数值（如 ${w.found}），原值保留在其他字段（第 ${w.examples} 条）。`,
  'year-unreadable': (w) =>
    `${w.count} 条路段的 ${w.field} 不是年份（如 ${w.found}），原值保留在其他字段（第 ${w.examples} 条）。`,
};

/** A count of roads in English. */
const features = (count: number): string => (count === 1 ? '1 road' : `${count} roads`);

const en: Record<MappingNoteKey, NoteSentence> = {
  'route-long-code-shortened': (w) =>
    `${features(w.count)}: ${w.field} is a long code with an area code, shown as the route code (e.g. ${w.found} → ${w.readAs}); the code as written is kept in the other fields (features ${w.examples}).`,
  'route-several-codes': (w) =>
    `${features(w.count)}: ${w.field} names several routes; the highest class is shown, all are kept (e.g. ${w.found} → ${w.readAs}; features ${w.examples}).`,
  'route-old-alignment': (w) =>
    `${features(w.count)}: ${w.field} is marked as an old alignment, read by its code (e.g. ${w.found} → ${w.readAs}; features ${w.examples}).`,
  'class-from-words': (w) =>
    `${features(w.count)}: class read from the words in ${w.field} (e.g. ${w.found} → ${w.readAs}; features ${w.examples}).`,
  'class-from-route-code': (w) =>
    `${features(w.count)}: class derived from the route code in ${w.field} (e.g. ${w.found} → ${w.readAs}; features ${w.examples}).`,
  'class-from-technical-grade': (w) =>
    `${features(w.count)}: read as expressways because the technical grade (${w.field}) is expressway (features ${w.examples}).`,
  'class-from-feature-code': (w) =>
    `${features(w.count)} without a route code: class from the feature code in ${w.field} (e.g. ${w.found} → ${w.readAs}; features ${w.examples}).`,
  'class-from-highway-tag': (w) =>
    `${features(w.count)} without a ref: class guessed from the ${w.field} tag, please check (e.g. ${w.found} → ${w.readAs}; features ${w.examples}).`,
  'class-unknown-word': (w) =>
    `${features(w.count)}: ${w.field} names no road class (e.g. ${w.found}); read as other (features ${w.examples}).`,
  'class-missing': (w) =>
    `${features(w.count)}: no field gives the class; read as other (features ${w.examples}).`,
  'status-from-words': (w) =>
    `${features(w.count)}: status read from the words in ${w.field} (e.g. ${w.found} → ${w.readAs}; features ${w.examples}).`,
  'status-built-as-existing': (w) =>
    `${features(w.count)}: ${w.field} says "已建" (built), read as the existing network, not counted as completed this year (features ${w.examples}).`,
  'status-from-highway-tag': (w) =>
    `${features(w.count)}: status from the ${w.field} tag (e.g. ${w.found} → ${w.readAs}; features ${w.examples}).`,
  'status-unknown-word': (w) =>
    `${features(w.count)}: ${w.field} names no build status (e.g. ${w.found}); read as existing, the value kept (features ${w.examples}).`,
  'chainage-from-number': (w) =>
    `${features(w.count)}: ${w.field} is in km, written as a chainage (e.g. ${w.found} → ${w.readAs}; features ${w.examples}).`,
  'chainage-unreadable': (w) =>
    `${features(w.count)}: ${w.field} is not a chainage (e.g. ${w.found}); kept in the other fields (features ${w.examples}).`,
  'length-from-chainages': (w) =>
    `${features(w.count)} without a length field: length = end chainage − start chainage (e.g. ${w.readAs} km; features ${w.examples}).`,
  'number-unreadable': (w) =>
    `${features(w.count)}: ${w.field} is not a number (e.g. ${w.found}); kept in the other fields (features ${w.examples}).`,
  'year-unreadable': (w) =>
    `${features(w.count)}: ${w.field} is not a year (e.g. ${w.found}); kept in the other fields (features ${w.examples}).`,
};

/** A note as the data layer records it (structurally; i18n does not import src/data/). */
export interface NoteLike {
  code: MappingNoteKey;
  field: string;
  count: number;
  examples: readonly { featureIndex: number; found: string; readAs: string }[];
}

const NOTE_SENTENCES: Readonly<Record<Locale, Record<MappingNoteKey, NoteSentence>>> = { zh, en };

/**
 * One grouped note as a sentence, with its count and up to three example features (1-based).
 *
 * @example
 * mappingNoteSentence(note, 'en');
 * // '612 roads: LXBM is a long code with an area code, shown as the route code (e.g. X396360726 → X396); …'
 */
export function mappingNoteSentence(note: NoteLike, locale: Locale): string {
  const first = note.examples[0];
  return NOTE_SENTENCES[locale][note.code]({
    field: note.field,
    count: note.count,
    examples: note.examples.map((example) => example.featureIndex + 1).join(', '),
    found: first?.found ?? '',
    readAs: first?.readAs ?? '',
  });
}
