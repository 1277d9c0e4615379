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
import { describeProblem } from '../i18n/problems.ts';
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
}

function reported(problems: readonly Problem[]): ReportedProblem[] {
  return problems.map((problem) => ({
    ...problem,
    message: describeProblem(problem, appState.locale),
  }));
}

function failureProblem(message: string): Problem {
  return { severity: 'error', code: 'unreadable-input', featureIndex: null, params: { message } };
}

function sourceLabel(source: DatasetSource): string {
  if (source.kind === 'file') return source.file.name;
  if (source.kind === 'url') return source.url;
  if (source.kind === 'saved') return '';
  return source.name ?? '';
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
  #opening: Opening | null = null;

  /** Opens a file the user picked or dropped, with the coordinate choices made in the panel. */
  openFile(file: File): Promise<LoadReport> {
    return this.openForUser(
      { kind: 'file', file },
      { datum: this.datum, centralMeridianDeg: this.centralMeridianDeg ?? undefined },
    );
  }

  /** Opens a dataset; resolves with its report, never rejects for bad data. */
  async open(
    source: DatasetSource,
    options: OpenOptions = {},
    origin: DatasetOrigin = 'user',
  ): Promise<LoadReport> {
    this.#opening?.cancel();
    const opening = openDataset(
      { source, options },
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
    return this.#apply(outcome, sourceLabel(source), origin);
  }

  #apply(outcome: OpenOutcome, sourceName: string, origin: DatasetOrigin): LoadReport {
    if (!outcome.ok) {
      const cancelled = outcome.readFailure === CANCELLED;
      const errors = outcome.readFailure ? [failureProblem(outcome.readFailure)] : outcome.errors;
      return {
        ok: false,
        errors: cancelled ? [] : reported(errors),
        warnings: reported(outcome.warnings),
        segments: 0,
        sourceName,
        assumedCoordinateSystem: null,
        cancelled,
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
    return {
      ok: true,
      errors: reported(dataset.errors),
      warnings: reported(dataset.warnings),
      segments: dataset.segments.length,
      sourceName: dataset.sourceName || sourceName,
      assumedCoordinateSystem: dataset.assumedCoordinateSystem,
      cancelled: false,
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
