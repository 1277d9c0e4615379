/**
 * The data worker: reads, parses, converts, validates and measures a dataset off the main
 * thread, so the page stays responsive while a large file opens. It answers with progress
 * messages, the roads as soon as the dataset has validated, the measured segments in batches
 * and one final outcome; then, when asked, the normalised GeoJSON. The page cancels by
 * terminating it.
 */
import type { LineString, MultiLineString } from 'geojson';
import type { RouteChainageIndex } from '../../domain/routeChainage.ts';
import type { ChainagePlace } from '../../domain/pointAtChainage.ts';
import {
  NORMALISE_REQUEST,
  type LocateRequest,
  type PostedDataset,
  type PostedOutcome,
  type OpenProgress,
  type OpenRequest,
  type WorkerMessage,
} from './workerProtocol.ts';
import { prepareDataset, type PreparedDataset } from './prepareDataset.ts';
import { drawNetwork } from './drawNetwork.ts';
import type { SheetFile } from './joinSheets.ts';
import { readInput } from './readInput.ts';
import { mapInput } from './mapInput.ts';
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

/** The outcome, and what to build and post after it (the normalised GeoJSON), if anything. */
interface Answer {
  outcome: PostedOutcome;
  later: (() => Blob) | null;
}

async function open(request: OpenRequest): Promise<Answer> {
  const options = request.options;
  const reading = await readInput(request.source, options, {
    onTotalBytes: (totalBytes) => report({ totalBytes }),
    onBytes: (bytesRead) => report({ bytesRead }),
    onParsing: () => report({ stage: 'parsing' }),
  });
  if (!reading.ok) {
    const outcome = { ok: false as const, errors: reading.errors, warnings: reading.warnings };
    return { outcome: { ...outcome, source: reading.description }, later: null };
  }
  const { name, description } = reading;
  report({ stage: 'converting' });
  const mapped = await mapInput(reading.value, options);
  const conversion = await convertToLonLat(mapped.value, options);
  if (!conversion.ok) {
    const warnings = [...reading.warnings, ...conversion.warnings];
    return {
      outcome: {
        ok: false,
        errors: conversion.errors,
        warnings,
        source: description,
        mapping: mapped.mapping,
      },
      later: null,
    };
  }
  report({ stage: 'validating' });
  const sheets = options.progressSheets ?? [];
  const outcome = prepareDataset(conversion.value, {
    draw: sheets.length === 0,
    onProgress: (featuresValidated, featureCount) => report({ featuresValidated, featureCount }),
    keptFields: mapped.keptFields,
  });
  if (!outcome.ok) {
    const warnings = [...reading.warnings, ...conversion.warnings, ...outcome.warnings];
    return {
      outcome: {
        ok: false,
        errors: outcome.errors,
        warnings,
        source: description,
        mapping: mapped.mapping,
      },
      later: null,
    };
  }
  report({ stage: 'measuring' });
  const { roads, labels, normalise, ...withLines } = outcome.dataset;
  // The lines stay in the worker: the map reads the roads from their Blob.
  const prepared: Omit<typeof withLines, 'lines'> & { lines?: unknown } = { ...withLines };
  delete prepared.lines;
  const joined = sheets.length > 0 ? await joinProgressSheets(outcome.dataset, sheets) : null;
  const rest = joined ? { ...prepared, ...joined.replaced } : prepared;
  const segments = joined ? joined.segments : prepared.segments;
  // Town boundaries, where given, decide each road's towns (code loaded then).
  const boundaries = options.townBoundaries ? await import('./townBoundaries.ts') : null;
  const split = boundaries
    ? await boundaries.townSplit(
        options.townBoundaries!,
        joined ? joined.lines : outcome.dataset.lines,
      )
    : null;
  if (boundaries && split) {
    boundaries.drawTownsFromSplit(joined ? joined.roads : roads, split);
    boundaries.drawTownsFromSplit(joined ? joined.labels : labels, split);
  }
  // The roads go first: the map starts on them while the rest is built and posted.
  const roadsData = encodeFeatures(joined ? joined.roads : roads);
  post({ type: 'roads', roads: { roadsData, bounds: rest.bounds } });
  const normalisedBlob = () => new Blob([normalise()], { type: 'application/geo+json' });
  // A dataset kept in IndexedDB is saved before the answer (a reload right after must find
  // it); otherwise the normalised GeoJSON is built when the page asks for it, once the map has
  // drawn (it would compete with MapLibre's worker for the processor).
  const persist = request.options.persist !== false && request.source.kind !== 'saved';
  const normalised = persist ? normalisedBlob() : null;
  if (normalised) {
    const { saveDataset } = await import('../store/savedDataset.ts');
    await saveDataset(name, normalised).catch(() => undefined);
  }
  const laidColumns = joined ? joined.columns : segmentColumns(segments);
  const columns = boundaries && split ? boundaries.splitColumns(laidColumns, split) : laidColumns;
  const dataset: PostedDataset = {
    ...rest,
    segments: [],
    columns,
    history: joined?.history ?? null,
    progress: joined?.report ?? null,
    unfiltered:
      boundaries && split
        ? boundaries.withTownOptions(unfilteredFigures(segments, columns), columns)
        : unfilteredFigures(segments, columns),
    warnings: [...reading.warnings, ...conversion.warnings, ...rest.warnings],
    labelsData: encodeFeatures(joined ? joined.labels : labels),
    normalisedGeojson: normalised,
    assumedCoordinateSystem: conversion.assumed,
    sourceName: name,
    source: { ...description, crs: description.crs ?? conversion.assumed },
    mapping: mapped.mapping,
    mappingNotes: mapped.notes,
  };
  postSegments(segments);
  shown = {
    segments: outcome.dataset.segments,
    lines: outcome.dataset.lines,
    pieces: joined ? joined.segments : null,
    origin: joined ? joined.origin : null,
    chainage: null,
  };
  return { outcome: { ok: true, dataset }, later: normalised ? null : normalisedBlob };
}

/**
 * The network with progress sheets joined: the pieces in place of the segments they were cut
 * from, drawn anew, with their columns at each date of the history.
 */
async function joinProgressSheets(dataset: PreparedDataset, sheets: readonly SheetFile[]) {
  const [{ joinSheets }, { historyColumns }] = await Promise.all([
    import('./joinSheets.ts'),
    import('../../domain/historyColumns.ts'),
  ]);
  const { network, report } = await joinSheets(dataset.segments, dataset.lines, sheets);
  const drawn = drawNetwork(network.segments, network.lines, network.history);
  const laid = historyColumns(network.segments, network.history);
  return {
    segments: network.segments,
    origin: network.origin,
    lines: network.lines,
    roads: drawn.roads,
    labels: drawn.labels,
    columns: laid.columns,
    history: laid.history,
    report,
    replaced: {
      segments: network.segments,
      labelIds: drawn.labelIds,
      segmentBounds: drawn.segmentBounds,
      otherFields: Array.from(network.origin, (index) => dataset.otherFields[index]),
    },
  };
}

function postSegments(segments: readonly MeasuredSegment[]): void {
  for (let start = 0; start < segments.length; start += SEGMENT_BATCH) {
    post({ type: 'segments', segments: segments.slice(start, start + SEGMENT_BATCH) });
  }
}

/**
 * The network answered with, kept for questions about it (where a chainage lies): its segments
 * and lines as opened, the pieces shown where sheets cut them, the routes' chainage once built.
 */
let shown: {
  segments: readonly MeasuredSegment[];
  lines: readonly (LineString | MultiLineString)[];
  pieces: readonly MeasuredSegment[] | null;
  /** For each piece, the index of the segment it was cut from. */
  origin: Uint32Array | null;
  chainage: RouteChainageIndex | null;
} | null = null;

/** Where a route's chainage lies on the network shown, the segment by its index on the page. */
async function locate(request: LocateRequest): Promise<ChainagePlace | null> {
  if (!shown) return null;
  const network = shown;
  const [{ measuredChainageIndex }, { pointAtChainage }] = await Promise.all([
    import('../../domain/measuredChainage.ts'),
    import('../../domain/pointAtChainage.ts'),
  ]);
  network.chainage ??= measuredChainageIndex(network.segments, network.lines);
  const place = pointAtChainage(network.chainage, network.lines, request.route, request.km);
  if (!place.ok || !network.pieces || !network.origin) return place;
  // Where sheets cut the segment, it is shown as pieces, numbered anew: the one bearing the
  // chainage (or the first).
  const first = network.origin.indexOf(place.segmentIndex);
  let segmentIndex = first;
  for (let i = first; i < network.origin.length && network.origin[i] === place.segmentIndex; i++) {
    const stretch = network.pieces[i]!.stretch;
    if (stretch && request.km >= stretch.fromKm - 1e-6 && request.km <= stretch.toKm + 1e-6) {
      segmentIndex = i;
      break;
    }
  }
  return { ...place, segmentIndex };
}

/** Builds what comes after the answer, when the page asks for it. */
let later: (() => Blob) | null = null;

self.onmessage = async (
  event: MessageEvent<OpenRequest | LocateRequest | typeof NORMALISE_REQUEST>,
) => {
  if (typeof event.data === 'object' && 'type' in event.data && event.data.type === 'locate') {
    const request = event.data;
    post({ type: 'located', id: request.id, place: await locate(request) });
    return;
  }
  if (event.data === NORMALISE_REQUEST) {
    if (later) post({ type: 'normalised', geojson: later() });
    later = null;
    return;
  }
  let answer: Answer;
  try {
    answer = await open(event.data as OpenRequest);
  } catch (error) {
    const outcome = { ok: false, readFailure: (error as Error).message, errors: [], warnings: [] };
    answer = { outcome: outcome as PostedOutcome, later: null };
  }
  later = answer.later;
  post({ type: 'done', outcome: answer.outcome });
};
