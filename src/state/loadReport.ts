/**
 * The report of an opening: what was read, how, and every problem with its sentence. The
 * sentences come from `reportWording.ts`, loaded only when an opening has something to say.
 * This module is loaded only for an opening with something to report: a clean dataset (the
 * sample) gets its report from `cleanReport.ts`.
 */
import type { Problem } from '../contract/roadNetwork.ts';
import type { SourceDescription } from '../contract/otherFields.ts';
import type { FieldMapping } from '../data/mapping/fieldMapping.ts';
import type { MappingNote } from '../data/mapping/notes.ts';
import { mappingSummary } from '../data/mapping/summary.ts';
import type { OpenOutcome } from '../data/worker/workerProtocol.ts';
import { CANCELLED } from '../data/worker/openInWorker.ts';
import { groupProblems, type ProblemGroup } from './problemGroups.ts';

/** A problem with its sentence in the UI language. */
export interface ReportedProblem extends Problem {
  message: string;
}

/** What opening a dataset gave: the automation API returns it, the UI shows it. */
export interface LoadReport {
  ok: boolean;
  /** Problems that skipped features (with `ok`) or stopped the file (without). */
  errors: ReportedProblem[];
  warnings: ReportedProblem[];
  /** Road segments loaded. */
  segments: number;
  sourceName: string;
  assumedCoordinateSystem: string | null;
  cancelled: boolean;
  /** `geojson`, `shapefile`, `kml`, `kmz` or `object`; null when nothing was read. */
  format: string | null;
  /** The .dbf's text encoding; null for other formats. */
  encoding: string | null;
  /** The coordinate system read from the .prj or assumed, in words; null for lon/lat. */
  crs: string | null;
  /** The source field(s) behind each property, e.g. `{ route: 'RN', class: 'RN, RTEG' }`. */
  mapping: Record<string, string> | null;
  /** The warnings grouped: one line per kind with a count and a few examples. */
  warningGroups: ProblemGroup[];
}

/** How the report words problems and mapping notes in the UI language. */
export interface ReportWording {
  problem(problem: Problem): string;
  note(note: MappingNote): string;
}

/** Whether an opening has problems or notes to word (a clean dataset has none). */
export function needsWording(outcome: OpenOutcome): boolean {
  if (!outcome.ok) return true;
  const { errors, warnings, mappingNotes } = outcome.dataset;
  return errors.length + warnings.length + mappingNotes.length > 0;
}

/** The wording of an opening with nothing to word. */
export const NO_WORDING: ReportWording = {
  problem: (problem) => problem.code,
  note: (note) => note.code,
};

function reported(problems: readonly Problem[], wording: ReportWording): ReportedProblem[] {
  return problems.map((problem) => ({ ...problem, message: wording.problem(problem) }));
}

/** The mapping's grouped notes as warnings (one per kind, with its count and examples). */
function noteProblems(notes: readonly MappingNote[], wording: ReportWording): ReportedProblem[] {
  return notes.map((note) => ({
    severity: 'warning',
    code: note.code,
    featureIndex: null,
    property: note.field,
    params: { count: note.count, field: note.field },
    message: wording.note(note),
  }));
}

function failureProblem(message: string): Problem {
  return { severity: 'error', code: 'unreadable-input', featureIndex: null, params: { message } };
}

/** The report's format, encoding, coordinate system and mapping. */
function described(
  source: SourceDescription | null,
  mapping: FieldMapping | null,
): Pick<LoadReport, 'format' | 'encoding' | 'crs' | 'mapping'> {
  return {
    format: source?.format ?? null,
    encoding: source?.encoding ?? null,
    crs: source?.crs ?? null,
    mapping: mapping ? (mappingSummary(mapping) as Record<string, string>) : null,
  };
}

/**
 * The report of an opening, its problems worded by `wording`.
 *
 * @example
 * loadReport(outcome, 'roads.zip', NO_WORDING).segments; // 1243
 */
export function loadReport(
  outcome: OpenOutcome,
  sourceName: string,
  wording: ReportWording,
): LoadReport {
  if (!outcome.ok) {
    const cancelled = outcome.readFailure === CANCELLED;
    const errors = outcome.readFailure ? [failureProblem(outcome.readFailure)] : outcome.errors;
    const source = 'source' in outcome ? (outcome.source ?? null) : null;
    const mapping = 'mapping' in outcome ? (outcome.mapping ?? null) : null;
    const warnings = reported(outcome.warnings, wording);
    return {
      ok: false,
      errors: cancelled ? [] : reported(errors, wording),
      warnings,
      segments: 0,
      sourceName,
      assumedCoordinateSystem: null,
      cancelled,
      ...described(source, mapping),
      warningGroups: groupProblems(warnings),
    };
  }
  const dataset = outcome.dataset;
  const warnings = [
    ...noteProblems(dataset.mappingNotes, wording),
    ...reported(dataset.warnings, wording),
  ];
  return {
    ok: true,
    errors: reported(dataset.errors, wording),
    warnings,
    segments: dataset.tiles ? dataset.columns.size : dataset.segments.length,
    sourceName: dataset.sourceName || sourceName,
    assumedCoordinateSystem: dataset.assumedCoordinateSystem,
    cancelled: false,
    ...described(dataset.source, dataset.mapping),
    warningGroups: groupProblems(warnings),
  };
}
