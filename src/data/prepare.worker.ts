/**
 * The data worker: reads, parses, converts, validates and measures a dataset off the main
 * thread, so the page stays responsive while a large file opens. It answers with progress
 * messages and one final outcome; the page cancels by terminating it.
 */
import type {
  DatasetSource,
  LoadedDataset,
  OpenOutcome,
  OpenProgress,
  OpenRequest,
  WorkerMessage,
} from './datasetSource.ts';
import { prepareDataset } from './prepareDataset.ts';
import { readStreamText } from './readText.ts';
import { readSavedDataset, saveDataset } from './savedDataset.ts';
import { convertToLonLat } from './convertInput.ts';
import type { MeasuredSegment } from '../domain/types.ts';
import { unfilteredFigures } from '../domain/unfilteredFigures.ts';

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

async function open(request: OpenRequest): Promise<OpenOutcome> {
  const { value, name } = await readSource(request.source);
  report({ stage: 'converting' });
  const conversion = await convertToLonLat(value, request.options);
  if (!conversion.ok)
    return { ok: false, errors: conversion.errors, warnings: conversion.warnings };
  report({ stage: 'validating' });
  const outcome = prepareDataset(conversion.value, {
    normalise: true,
    onProgress: (featuresValidated, featureCount) => report({ featuresValidated, featureCount }),
  });
  if (!outcome.ok) {
    return {
      ok: false,
      errors: outcome.errors,
      warnings: [...conversion.warnings, ...outcome.warnings],
    };
  }
  report({ stage: 'measuring' });
  const {
    roads,
    progress: completedParts,
    labels,
    normalised,
    segments,
    ...rest
  } = outcome.dataset;
  const normalisedBlob = new Blob([normalised ?? ''], { type: 'application/geo+json' });
  const dataset: LoadedDataset = {
    ...rest,
    segments: [],
    unfiltered: unfilteredFigures(segments),
    warnings: [...conversion.warnings, ...rest.warnings],
    roadsGeojson: new Blob([JSON.stringify(roads)], { type: 'application/json' }),
    progressGeojson: new Blob([JSON.stringify(completedParts)], { type: 'application/json' }),
    labelsGeojson: new Blob([JSON.stringify(labels)], { type: 'application/json' }),
    normalisedGeojson: normalisedBlob,
    assumedCoordinateSystem: conversion.assumed,
    sourceName: name,
  };
  if (request.options.persist !== false && request.source.kind !== 'saved') {
    await saveDataset(name, normalisedBlob).catch(() => undefined);
  }
  postSegments(segments);
  return { ok: true, dataset };
}

function postSegments(segments: readonly MeasuredSegment[]): void {
  for (let start = 0; start < segments.length; start += SEGMENT_BATCH) {
    post({ type: 'segments', segments: segments.slice(start, start + SEGMENT_BATCH) });
  }
}

self.onmessage = async (event: MessageEvent<OpenRequest>) => {
  let outcome: OpenOutcome;
  try {
    outcome = await open(event.data);
  } catch (error) {
    outcome = { ok: false, readFailure: (error as Error).message, errors: [], warnings: [] };
  }
  post({ type: 'done', outcome });
};
