/**
 * What the mapping did to the features, grouped: one note per kind of change with how many
 * features it touched and a few of them as examples, so a 903-road file gives a handful of lines
 * rather than one or two per road. Notes are plain data: they cross the worker boundary and
 * merge across features and across chunks of a file.
 */
import { MAPPING_NOTE_CODES, type MappingNoteCode } from '../../contract/fieldMapping.ts';

export { MAPPING_NOTE_CODES, type MappingNoteCode };

/** How many example features a note keeps. */
export const NOTE_EXAMPLE_COUNT = 3;

/** One example of a note: the feature's index in the input and what was read there. */
export interface NoteExample {
  featureIndex: number;
  /** The value as found, e.g. `X396360726`. */
  found: string;
  /** What it was read as, e.g. `X396`. */
  readAs: string;
}

/** One kind of change, over every feature it touched. */
export interface MappingNote {
  code: MappingNoteCode;
  /** The source field(s) concerned, e.g. `LXBM`. */
  field: string;
  /** How many features. */
  count: number;
  /** The first few, in feature order. */
  examples: NoteExample[];
}

/**
 * Adds one feature's change to a list of notes, in place: the note of that code and field
 * counts one more and keeps the example while it has fewer than three.
 *
 * @example
 * const notes: MappingNote[] = [];
 * recordNote(notes, 'route-long-code-shortened', 'LXBM', { featureIndex: 0, found: 'X396360726', readAs: 'X396' });
 */
export function recordNote(
  notes: MappingNote[],
  code: MappingNoteCode,
  field: string,
  example: NoteExample,
): void {
  const note = notes.find((entry) => entry.code === code && entry.field === field);
  if (note === undefined) {
    notes.push({ code, field, count: 1, examples: [example] });
    return;
  }
  note.count++;
  if (note.examples.length < NOTE_EXAMPLE_COUNT) note.examples.push(example);
}

/**
 * Merges notes into a list, in place: counts add up, examples are kept in feature order up
 * to three. The notes merged are not changed.
 *
 * @example
 * const all: MappingNote[] = [];
 * for (const feature of mapped) mergeNotes(all, feature.notes);
 */
export function mergeNotes(into: MappingNote[], from: readonly MappingNote[]): void {
  for (const note of from) {
    const target = into.find((entry) => entry.code === note.code && entry.field === note.field);
    if (target === undefined) {
      into.push({ ...note, examples: note.examples.slice(0, NOTE_EXAMPLE_COUNT) });
      continue;
    }
    target.count += note.count;
    target.examples = [...target.examples, ...note.examples]
      .sort((first, second) => first.featureIndex - second.featureIndex)
      .slice(0, NOTE_EXAMPLE_COUNT);
  }
}
