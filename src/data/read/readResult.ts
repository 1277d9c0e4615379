/**
 * The shapes shared by the file-format readers: a named file's bytes going in, a GeoJSON
 * FeatureCollection with its problems coming out. Readers return these values and never throw
 * for bad input.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { Problem, ProblemSeverity } from '../../contract/roadNetwork.ts';
import type { ReadProblemCode } from '../../contract/readProblemCodes.ts';

/** One file (or one zip entry) as bytes with the name it came with. */
export interface NamedBytes {
  /** The file name as given, e.g. `路网.SHP` or `roads/roads.dbf`; only its extension is read. */
  name: string;
  bytes: Uint8Array;
}

/** What a reader returns: the features read (or null when nothing is usable) and why. */
export interface ReadResult {
  /** False when nothing usable was read; `value` is then null. */
  ok: boolean;
  /** The features in order; a record without geometry keeps its place with `geometry: null`. */
  value: FeatureCollection<Geometry | null> | null;
  problems: Problem[];
}

/** A file-level or feature-level problem of one of the readers. */
export function readProblem(
  severity: ProblemSeverity,
  code: ReadProblemCode,
  params: Record<string, string | number> = {},
  featureIndex: number | null = null,
): Problem {
  return { severity, code, featureIndex, params };
}

/** A failed read: no value, one error. */
export function failedRead(
  code: ReadProblemCode,
  params: Record<string, string | number> = {},
  earlierProblems: Problem[] = [],
): ReadResult {
  return {
    ok: false,
    value: null,
    problems: [...earlierProblems, readProblem('error', code, params)],
  };
}

/** The lower-cased extension of a file name without the dot, e.g. `shp`; empty when none. */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** The file name without folders and extension, e.g. `roads` for `data/roads.SHP`. */
export function baseNameOf(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot < 0 ? base : base.slice(0, dot);
}
