/**
 * Opening datasets: the one way a dataset reaches the app (the sample, `?data=`, a file picked
 * or dropped, the automation API, the copy kept from the last visit). A dataset replaces the
 * one on screen only when it opened successfully; a failure leaves everything as it was and
 * says why.
 */
import type { Problem } from '../contract/roadNetwork.ts';
import type { Datum } from '../contract/opening.ts';
import type {
  DatasetSource,
  OpenOptions,
  OpenOutcome,
  OpenProgress,
} from '../data/worker/workerProtocol.ts';
import { CANCELLED, openDataset, type Opening } from '../data/worker/openInWorker.ts';
import { forgetSavedDataset } from '../data/store/savedDataset.ts';
import type { SourceDescription } from '../contract/otherFields.ts';
import type { FieldMapping } from '../data/mapping/fieldMapping.ts';
import { fieldSetKey, serialiseMapping } from '../data/mapping/mappingKey.ts';
import type { MappingNote } from '../data/mapping/notes.ts';
import { describeSources, mappingSummary } from '../data/mapping/summary.ts';
import { setRoleField } from '../data/mapping/fieldMapping.ts';
import { MAPPED_PROPERTIES, type MappedProperty } from '../data/mapping/roles.ts';
import { describeProblem } from '../i18n/problems.ts';
import { mappingNoteSentence } from '../i18n/mappingText.ts';
import { groupProblems, type ProblemGroup } from './problemGroups.ts';
import { readStoredMappings, rememberMapping } from './storedMappings.ts';
import { appState, type DatasetOrigin } from './appState.svelte.ts';
import { offerFirstRoads, roadMapReady } from './roadMapHandle.ts';

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

/** One row of the "Fields" step: a Roadboard property and what feeds it. */
export interface FieldRow {
  property: MappedProperty;
  /** The field assigned to the property itself (the select); null when none. */
  field: string | null;
  /** Every field the property is read from, in the rule's order. */
  sources: string[];
  /** The rule that reads them (`class-from-fields`, `route-code`, …); null for a plain copy. */
  rule: string | null;
  /** A few values of the first source field. */
  samples: string[];
}

/** The text encodings the open panel offers for a shapefile's .dbf. */
export const ENCODING_CHOICES = ['auto', 'gbk', 'gb18030', 'utf-8', 'big5'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];

function reported(problems: readonly Problem[]): ReportedProblem[] {
  return problems.map((problem) => ({
    ...problem,
    message: describeProblem(problem, appState.locale),
  }));
}

/** The mapping's grouped notes as warnings (one per kind, with its count and examples). */
function noteProblems(notes: readonly MappingNote[]): ReportedProblem[] {
  return notes.map((note) => ({
    severity: 'warning',
    code: note.code,
    featureIndex: null,
    property: note.field,
    params: { count: note.count, field: note.field },
    message: mappingNoteSentence(note, appState.locale),
  }));
}

function failureProblem(message: string): Problem {
  return { severity: 'error', code: 'unreadable-input', featureIndex: null, params: { message } };
}

function sourceLabel(source: DatasetSource): string {
  if (source.kind === 'file') return source.file.name;
  if (source.kind === 'files') return source.files.map((file) => file.name).join(', ');
  if (source.kind === 'url') return source.url;
  if (source.kind === 'saved') return '';
  return source.name ?? '';
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

class DatasetLoader {
  /** The opening in progress, with its latest progress; null when idle. */
  progress = $state.raw<OpenProgress | null>(null);
  /** The report of the last opening the user started (not the sample's). */
  report = $state.raw<LoadReport | null>(null);
  /** The datum the user says files are in (GCJ-02 and BD-09 cannot be told from WGS 84). */
  datum = $state<Datum>('wgs84');
  /** Central meridian for Gauss–Krüger files without a zone number; null = not given. */
  centralMeridianDeg = $state<number | null>(null);
  /** The text encoding the user chose for a shapefile's .dbf; `auto` detects it. */
  encoding = $state<EncodingChoice>('auto');
  /** The field mapping of the file on screen (null: in the contract's names, or the sample). */
  mapping = $state.raw<FieldMapping | null>(null);
  /** The "Fields" step's rows, one per Roadboard property. */
  fieldRows = $derived.by<FieldRow[]>(() => {
    const mapping = this.mapping;
    if (!mapping) return [];
    const sources = describeSources(mapping);
    return MAPPED_PROPERTIES.map((property) => {
      const source = sources[property];
      const first = source.fields[0];
      return {
        property,
        field: mapping.fields[property],
        sources: source.fields,
        rule: source.rule ?? null,
        samples: first === undefined ? [] : (mapping.samples[first] ?? []),
      };
    });
  });
  #opening: Opening | null = null;
  /** The source and options of the file on screen, to open it again with an edited mapping. */
  #lastOpened: { source: DatasetSource; options: OpenOptions } | null = null;

  /**
   * Opens what the user picked or dropped (one file, or a shapefile's parts together), with
   * the choices made in the panel and the mappings remembered in the browser.
   */
  openFile(input: File | readonly File[]): Promise<LoadReport> {
    const files = Array.isArray(input) ? [...input] : [input as File];
    const source: DatasetSource =
      files.length === 1 ? { kind: 'file', file: files[0]! } : { kind: 'files', files };
    return this.openForUser(source, {
      datum: this.datum,
      centralMeridianDeg: this.centralMeridianDeg ?? undefined,
      encoding: this.encoding,
    });
  }

  /**
   * Opens the file on screen again with an edited mapping, and remembers the mapping for files
   * with the same field names.
   */
  async remap(mapping: FieldMapping): Promise<LoadReport | null> {
    const last = this.#lastOpened;
    if (!last) return null;
    const text = serialiseMapping(mapping);
    rememberMapping(fieldSetKey(mapping.fieldNames), text);
    return this.openForUser(last.source, { ...last.options, mapping: text });
  }

  /** Feeds a property from another field (or none), and opens the file again so mapped. */
  setField(property: MappedProperty, field: string | null): Promise<LoadReport | null> {
    if (!this.mapping) return Promise.resolve(null);
    return this.remap(setRoleField(this.mapping, property, field));
  }

  /** Opens the file on screen again with another .dbf text encoding. */
  async reopenWithEncoding(): Promise<LoadReport | null> {
    const last = this.#lastOpened;
    if (!last || this.report?.format !== 'shapefile') return null;
    return this.openForUser(last.source, { ...last.options, encoding: this.encoding });
  }

  /** Opens a dataset; resolves with its report, never rejects for bad data. */
  async open(
    source: DatasetSource,
    options: OpenOptions = {},
    origin: DatasetOrigin = 'user',
  ): Promise<LoadReport> {
    this.#opening?.cancel();
    const withStored: OpenOptions =
      origin === 'user' && source.kind !== 'saved'
        ? { ...options, storedMappings: options.storedMappings ?? readStoredMappings() }
        : options;
    const opening = openDataset(
      { source, options: withStored },
      (progress) => (this.progress = progress),
      offerFirstRoads,
    );
    this.#opening = opening;
    this.progress = {
      stage: 'reading',
      bytesRead: 0,
      totalBytes: null,
      featuresValidated: 0,
      featureCount: null,
    };
    const outcome = await opening.outcome;
    if (this.#opening === opening) {
      this.#opening = null;
      this.progress = null;
    }
    const report = this.#apply(outcome, sourceLabel(source), origin);
    if (report.ok) {
      this.#lastOpened = origin === 'user' ? { source, options } : null;
      this.mapping = outcome.ok && origin === 'user' ? outcome.dataset.mapping : null;
    }
    return report;
  }

  #apply(outcome: OpenOutcome, sourceName: string, origin: DatasetOrigin): LoadReport {
    if (!outcome.ok) {
      const cancelled = outcome.readFailure === CANCELLED;
      const errors = outcome.readFailure ? [failureProblem(outcome.readFailure)] : outcome.errors;
      const source = 'source' in outcome ? (outcome.source ?? null) : null;
      const mapping = 'mapping' in outcome ? (outcome.mapping ?? null) : null;
      const warnings = reported(outcome.warnings);
      return {
        ok: false,
        errors: cancelled ? [] : reported(errors),
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
    appState.showDataset(dataset, origin);
    // The data worker's last job, the GeoJSON for "Download", waits until the map has drawn the
    // roads: before, it would compete with MapLibre's worker for the processor.
    void roadMapReady
      .then((roadMap) => roadMap.roadsDrawn())
      .then(() => dataset.normalisedGeojson())
      .catch(() => undefined);
    const warnings = [...noteProblems(dataset.mappingNotes), ...reported(dataset.warnings)];
    return {
      ok: true,
      errors: reported(dataset.errors),
      warnings,
      segments: dataset.segments.length,
      sourceName: dataset.sourceName || sourceName,
      assumedCoordinateSystem: dataset.assumedCoordinateSystem,
      cancelled: false,
      ...described(dataset.source, dataset.mapping),
      warningGroups: groupProblems(warnings),
    };
  }

  /** Opens a dataset the user chose and shows its report. */
  async openForUser(source: DatasetSource, options: OpenOptions = {}): Promise<LoadReport> {
    const report = await this.open(source, options);
    if (!report.cancelled) this.report = report;
    return report;
  }

  cancel(): void {
    this.#opening?.cancel();
  }

  dismissReport(): void {
    this.report = null;
  }

  /** Forgets the kept dataset and shows the sample county again. */
  async backToSample(openSample: () => Promise<unknown>): Promise<void> {
    await forgetSavedDataset().catch(() => undefined);
    this.report = null;
    await openSample();
  }
}

/** The one loader. */
export const datasetLoader = new DatasetLoader();
