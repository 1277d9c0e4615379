/**
 * The data worker: reads, parses, converts, validates and measures a dataset off the main
 * thread, so the page stays responsive while a large file opens. It answers with progress
 * messages, the roads as soon as the dataset has validated, the measured segments in batches
 * and one final outcome; then, when asked, the normalised GeoJSON. The page cancels by
 * terminating it.
 */
import {
  NORMALISE_REQUEST,
  type DatasetSource,
  type PostedDataset,
  type PostedOutcome,
  type OpenProgress,
  type OpenRequest,
  type WorkerMessage,
} from './workerProtocol.ts';
import { prepareDataset } from './prepareDataset.ts';
import { readStreamText } from '../read/readText.ts';
import { readSavedDataset, saveDataset } from '../store/savedDataset.ts';
import { convertToLonLat } from '../coordinates/convertInput.ts';
import { encodeFeatures } from '../../contract/featureCodec.ts';
import type { MeasuredSegment } from '../../domain/types.ts';
import { segmentColumns } from '../../domain/segmentIndex.ts';
import { unfilteredFigures } from '../../domain/unfilteredFigures.ts';

/** Measured segments per message: each batch is a short task for the page to take in. */
const SEGMENT_BATCH = 2500;

const progress: OpenProgress = {
  stage: 'reading',
  bytesRead: 0,
  totalBytes: null,
  featuresValidated: 0,
  featureCount: null,
};

function post(message: WorkerMessage): void {
  self.postMessage(message);
}

function report(update: Partial<OpenProgress>): void {
  Object.assign(progress, update);
  post({ type: 'progress', progress: { ...progress } });
}

async function readSource(source: DatasetSource): Promise<{ value: unknown; name: string }> {
  const onBytes = (bytesRead: number) => report({ bytesRead });
  let text: string;
  let name: string;
  if (source.kind === 'object') return { value: source.value, name: source.name ?? '' };
  if (source.kind === 'text') {
    text = source.text;
    name = source.name ?? '';
  } else if (source.kind === 'file') {
    report({ totalBytes: source.file.size });
    text = await readStreamText(source.file.stream(), onBytes);
    name = source.file.name;
  } else if (source.kind === 'saved') {
    const saved = await readSavedDataset();
    if (!saved) throw new Error('no saved dataset');
    report({ totalBytes: saved.geojson.size });
    text = await readStreamText(saved.geojson.stream(), onBytes);
    name = saved.name;
  } else {
    const response = await fetch(source.url);
    if (!response.ok || !response.body) {
      throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    }
    const length = Number(response.headers.get('content-length'));
    if (length > 0) report({ totalBytes: length });
    text = await readStreamText(response.body, onBytes);
    name = source.url;
  }
  report({ stage: 'parsing' });
  try {
    return { value: JSON.parse(text) as unknown, name };
  } catch (error) {
    throw new SyntaxError(`not JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** The outcome, and what to build and post after it (the normalised GeoJSON), if anything. */
interface Answer {
  outcome: PostedOutcome;
  later: (() => Blob) | null;
}

async function open(request: OpenRequest): Promise<Answer> {
  const { value, name } = await readSource(request.source);
  report({ stage: 'converting' });
  const conversion = await convertToLonLat(value, request.options);
  if (!conversion.ok) {
    return {
      outcome: { ok: false, errors: conversion.errors, warnings: conversion.warnings },
      later: null,
    };
  }
  report({ stage: 'validating' });
  const outcome = prepareDataset(conversion.value, {
    onProgress: (featuresValidated, featureCount) => report({ featuresValidated, featureCount }),
  });
  if (!outcome.ok) {
    const warnings = [...conversion.warnings, ...outcome.warnings];
    return { outcome: { ok: false, errors: outcome.errors, warnings }, later: null };
  }
  report({ stage: 'measuring' });
  const { roads, labels, normalise, segments, ...rest } = outcome.dataset;
  // The roads go first: the map starts on them while the rest is built and posted.
  const roadsData = encodeFeatures(roads);
  post({ type: 'roads', roads: { roadsData, bounds: rest.bounds } });
  const normalisedBlob = () => new Blob([normalise()], { type: 'application/geo+json' });
  // A dataset kept in IndexedDB is saved before the answer (a reload right after must find
  // it); otherwise the normalised GeoJSON is built when the page asks for it, once the map has
  // drawn (it would compete with MapLibre's worker for the processor).
  const persist = request.options.persist !== false && request.source.kind !== 'saved';
  const normalised = persist ? normalisedBlob() : null;
  if (normalised) await saveDataset(name, normalised).catch(() => undefined);
  const columns = segmentColumns(segments);
  const dataset: PostedDataset = {
    ...rest,
    segments: [],
    columns,
    unfiltered: unfilteredFigures(segments, columns),
    warnings: [...conversion.warnings, ...rest.warnings],
    labelsData: encodeFeatures(labels),
    normalisedGeojson: normalised,
    assumedCoordinateSystem: conversion.assumed,
    sourceName: name,
  };
  postSegments(segments);
  return { outcome: { ok: true, dataset }, later: normalised ? null : normalisedBlob };
}

function postSegments(segments: readonly MeasuredSegment[]): void {
  for (let start = 0; start < segments.length; start += SEGMENT_BATCH) {
    post({ type: 'segments', segments: segments.slice(start, start + SEGMENT_BATCH) });
  }
}

/** Builds what comes after the answer, when the page asks for it. */
let later: (() => Blob) | null = null;

self.onmessage = async (event: MessageEvent<OpenRequest | typeof NORMALISE_REQUEST>) => {
  if (event.data === NORMALISE_REQUEST) {
    if (later) post({ type: 'normalised', geojson: later() });
    later = null;
    return;
  }
  let answer: Answer;
  try {
    answer = await open(event.data);
  } catch (error) {
    const outcome = { ok: false, readFailure: (error as Error).message, errors: [], warnings: [] };
    answer = { outcome: outcome as PostedOutcome, later: null };
  }
  later = answer.later;
  post({ type: 'done', outcome: answer.outcome });
};
