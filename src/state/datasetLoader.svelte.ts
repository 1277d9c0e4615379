/**
 * Opening datasets: the one way a dataset reaches the app (the sample, `?data=`, a file picked
 * or dropped, the automation API, the copy kept from the last visit). A dataset replaces the
 * one on screen only when it opened successfully; a failure leaves everything as it was and
 * says why.
 */
import type { Datum } from '../contract/opening.ts';
import type {
  DatasetSource,
  LoadedDataset,
  OpenOptions,
  OpenOutcome,
  OpenProgress,
} from '../data/worker/workerProtocol.ts';
import { openDataset, type Opening } from '../data/worker/openInWorker.ts';
import type { SheetFile } from '../data/worker/joinSheets.ts';
import type { SheetReport } from '../contract/progressReport.ts';
import { TILES_MANIFEST_NAME } from '../contract/tilesManifest.ts';
import { forgetSavedDataset } from '../data/store/savedDataset.ts';
import { SAMPLE_PROGRESS_URL } from '../data/store/sampleDataset.ts';
import { setRoleField, type FieldMapping } from '../data/mapping/fieldMapping.ts';
import { fieldSetKey, serialiseMapping } from '../data/mapping/mappingKey.ts';
import type { MappedProperty } from '../data/mapping/roles.ts';
import type { LoadReport } from './loadReport.ts';
import { cleanReport, isClean } from './cleanReport.ts';
import { readStoredMappings, rememberMapping } from './storedMappings.ts';
import { appState, type DatasetOrigin } from './appState.svelte.ts';
import { offerFirstRoads, roadMapReady } from './roadMapHandle.ts';

export type { LoadReport, ReportedProblem } from './loadReport.ts';

/** The text encodings the open panel offers for a shapefile's .dbf. */
export const ENCODING_CHOICES = ['auto', 'gbk', 'gb18030', 'utf-8', 'big5'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];

function sourceLabel(source: DatasetSource): string {
  if (source.kind === 'file') return source.file.name;
  if (source.kind === 'files') return source.files.map((file) => file.name).join(', ');
  if (source.kind === 'url') return source.url;
  if (source.kind === 'saved') return '';
  return source.name ?? '';
}

/**
 * The report of an opening with something to say, its problems and notes worded in the UI's
 * language; loaded with the sentences only for such an opening.
 */
async function fullReport(outcome: OpenOutcome, sourceName: string): Promise<LoadReport> {
  const { loadReport, needsWording, NO_WORDING } = await import('./loadReport.ts');
  const wording = needsWording(outcome)
    ? (await import('./reportWording.ts')).reportWording(appState.locale)
    : NO_WORDING;
  return loadReport(outcome, sourceName, wording);
}

/** The progress of an opening that has just started. */
const STARTED: OpenProgress = {
  stage: 'reading',
  bytesRead: 0,
  totalBytes: null,
  featuresValidated: 0,
  featureCount: null,
};

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
  /** The progress sheets joined onto every network opened, in the order they were loaded. */
  progressSheets = $state.raw<SheetFile[]>([]);
  #opening: Opening | null = null;
  /** The tile set opening in progress: a later opening makes an earlier one's answer void. */
  #tilesRequest: object | null = null;
  /** An opening in progress joins sheets onto the network on screen: the view stays. */
  #rejoining = false;
  /** The source, options and origin of the dataset on screen, to join sheets onto it again. */
  #shown: { source: DatasetSource; options: OpenOptions; origin: DatasetOrigin } | null = null;
  /** The source and options of the file on screen, to open it again with an edited mapping. */
  #lastOpened: { source: DatasetSource; options: OpenOptions } | null = null;

  /**
   * Opens what the user picked or dropped (one file, a shapefile's parts together, or a tile
   * set's files together: `.pmtiles`, manifest, columns, points), with
   * the choices made in the panel and the mappings remembered in the browser.
   */
  openFile(input: File | readonly File[]): Promise<LoadReport> {
    const files = Array.isArray(input) ? [...input] : [input as File];
    // A tile set's files chosen together: its archive, manifest, columns and points.
    if (files.some((file) => /\.pmtiles$/i.test(file.name) || file.name === TILES_MANIFEST_NAME)) {
      return this.openTiles(files).then((report) => {
        if (!report.cancelled) this.report = report;
        return report;
      });
    }
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

  /**
   * Opens a dataset; resolves with its report, never rejects for bad data. The progress sheets
   * loaded are joined onto it. `accepts` may refuse a dataset that opened (it is then not
   * shown).
   */
  async open(
    source: DatasetSource,
    options: OpenOptions = {},
    origin: DatasetOrigin = 'user',
    accepts: (dataset: LoadedDataset) => boolean = () => true,
  ): Promise<LoadReport> {
    this.#opening?.cancel();
    this.#tilesRequest = null;
    const withStored: OpenOptions = {
      ...(origin === 'user' && source.kind !== 'saved'
        ? { ...options, storedMappings: options.storedMappings ?? readStoredMappings() }
        : options),
      progressSheets: options.progressSheets ?? this.progressSheets,
    };
    const opening = openDataset(
      { source, options: withStored },
      (progress) => (this.progress = progress),
      offerFirstRoads,
    );
    this.#opening = opening;
    this.progress = STARTED;
    const outcome = await opening.outcome;
    if (this.#opening === opening) {
      this.#opening = null;
      this.progress = null;
    }
    const accepted = outcome.ok && accepts(outcome.dataset);
    if (outcome.ok && !accepted) outcome.dataset.release();
    if (outcome.ok && accepted) {
      this.#show(outcome.dataset, origin);
      const reopen = { ...options };
      delete reopen.progressSheets;
      this.#shown = { source, options: reopen, origin };
    }
    const report = isClean(outcome)
      ? cleanReport(outcome.dataset, sourceLabel(source))
      : await fullReport(outcome, sourceLabel(source));
    if (report.ok && accepted) {
      this.#lastOpened = origin === 'user' ? { source, options } : null;
      this.mapping = outcome.ok && origin === 'user' ? outcome.dataset.mapping : null;
    }
    return report;
  }

  /**
   * Opens a pre-built tile set (`npm run tiles`): the address of its manifest
   * (`roadboard-tiles.json`), or the set's files chosen on this computer (the manifest, the
   * `.pmtiles` archive, the columns and points files). Resolves with its report; a set that
   * cannot be opened changes nothing on screen.
   */
  async openTiles(input: string | readonly File[]): Promise<LoadReport> {
    this.#opening?.cancel();
    this.#opening = null;
    const name = typeof input === 'string' ? input : input.map((file) => file.name).join(', ');
    this.progress = STARTED;
    const request = (this.#tilesRequest = {});
    let outcome: OpenOutcome;
    try {
      const [{ openTileSet, openLocalTileSet }, { tileSetDataset }] = await Promise.all([
        import('../data/tiles/openTileSet.ts'),
        import('../data/tiles/tileSetDataset.ts'),
      ]);
      const set =
        typeof input === 'string'
          ? await openTileSet(input, document.baseURI)
          : await openLocalTileSet(input);
      outcome = { ok: true, dataset: tileSetDataset(set, name) };
    } catch (error) {
      outcome = { ok: false, readFailure: (error as Error).message, errors: [], warnings: [] };
    }
    if (request !== this.#tilesRequest)
      return { ...(await fullReport(outcome, name)), cancelled: true };
    this.progress = null;
    if (outcome.ok) {
      this.#show(outcome.dataset, 'user');
      this.#shown = null;
      this.#lastOpened = null;
      this.mapping = null;
    }
    return outcome.ok ? cleanReport(outcome.dataset, name) : fullReport(outcome, name);
  }

  /** Shows a dataset that opened; its GeoJSON for "Download" is built once the map has drawn it. */
  #show(dataset: LoadedDataset, origin: DatasetOrigin): void {
    const previous = appState.dataset;
    appState.showDataset(dataset, origin, this.#rejoining);
    previous?.release();
    // The data worker's last job, the GeoJSON for "Download", waits until the map has drawn the
    // roads: before, it would compete with MapLibre's worker for the processor.
    if (dataset.tiles) return;
    void roadMapReady
      .then((roadMap) => roadMap.roadsDrawn())
      .then(() => dataset.normalisedGeojson())
      .catch(() => undefined);
  }

  /** Opens a dataset the user chose and shows its report. */
  async openForUser(source: DatasetSource, options: OpenOptions = {}): Promise<LoadReport> {
    const report = await this.open(source, options);
    if (!report.cancelled) this.report = report;
    return report;
  }

  /**
   * Joins a progress sheet onto the network on screen (opened again with all the sheets
   * loaded). A sheet none of whose rows lies on the network changes nothing on screen and is
   * not kept.
   */
  async loadProgress(file: Blob, name = file instanceof File ? file.name : 'progress.xlsx') {
    const shown = this.#shown;
    const sheet: SheetFile = { name, bytes: await file.arrayBuffer() };
    if (!shown) return { report: null, sheet: null };
    const sheets = [...this.progressSheets, sheet];
    const position = sheets.length - 1;
    let sheetReport: SheetReport | null = null;
    const report = await this.#rejoin(() =>
      this.open(
        shown.source,
        { ...shown.options, progressSheets: sheets },
        shown.origin,
        (dataset) => {
          sheetReport = dataset.progress?.sheets[position] ?? null;
          return (sheetReport?.matched ?? 0) > 0;
        },
      ),
    );
    if (report.ok && (sheetReport as SheetReport | null)?.matched) this.progressSheets = sheets;
    return { report, sheet: sheetReport as SheetReport | null };
  }

  /** Joins the sample county's 2023 progress sheet (synthetic) onto the network on screen. */
  async loadSampleProgress() {
    const response = await fetch(new URL(SAMPLE_PROGRESS_URL, document.baseURI));
    if (!response.ok) return { report: null, sheet: null };
    return this.loadProgress(await response.blob(), 'progress-2023.csv');
  }

  /** Takes the progress sheets off: the network on screen is opened again without them. */
  async clearProgress(): Promise<void> {
    const shown = this.#shown;
    this.progressSheets = [];
    if (shown) {
      await this.#rejoin(() =>
        this.open(shown.source, { ...shown.options, progressSheets: [] }, shown.origin),
      );
    }
  }

  /**
   * Opens the network on screen again with town boundaries (乡镇界: polygons with a name field,
   * GeoJSON or a zipped Shapefile), which split its roads for every figure by town. Null when
   * nothing is on screen.
   */
  async loadTownBoundaries(source: DatasetSource): Promise<LoadReport | null> {
    const shown = this.#shown;
    if (!shown) return null;
    return this.#rejoin(() =>
      this.open(shown.source, { ...shown.options, townBoundaries: source }, shown.origin),
    );
  }

  async #rejoin<Result>(open: () => Promise<Result>): Promise<Result> {
    this.#rejoining = true;
    try {
      return await open();
    } finally {
      this.#rejoining = false;
    }
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
