/**
 * Reads a network from files on disk the way the app's data worker does
 * (`src/data/worker/prepare.worker.ts`): the format told by content (`readInput`: GeoJSON of any
 * size, streamed beyond 256 MB; a Shapefile, zipped or as loose parts, reprojected from its
 * `.prj`; KML/KMZ), other schemas' fields mapped, coordinates converted, then the one validator
 * and the one measurement (`prepareDataset`), so that the tile set's figures are the app's.
 */
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import type { Problem } from '../../src/contract/roadNetwork.ts';
import { convertToLonLat } from '../../src/data/coordinates/convertInput.ts';
import { mapInput } from '../../src/data/worker/mapInput.ts';
import { prepareDataset, type PreparedDataset } from '../../src/data/worker/prepareDataset.ts';
import { readInput } from '../../src/data/worker/readInput.ts';

/** A network read, validated and measured. */
export type NetworkReading =
  | { ok: true; dataset: PreparedDataset; name: string; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

/** What the reader reports as it goes. */
export interface ReadProgress {
  (stage: 'reading' | 'parsing' | 'converting' | 'validating', done?: number, total?: number): void;
}

/**
 * Reads the files of one network (a GeoJSON file, a `.zip`, or a shapefile's parts).
 *
 * @example
 * const reading = await readNetwork(['province/roads.geojson'], console.log);
 * if (reading.ok) reading.dataset.segments.length;
 */
export async function readNetwork(
  paths: readonly string[],
  onProgress: ReadProgress = () => {},
): Promise<NetworkReading> {
  const files = await Promise.all(
    paths.map(async (path) => new File([await openAsBlob(path)], basename(path))),
  );
  let totalBytes = 0;
  const reading = await readInput(
    { kind: 'files', files },
    { persist: false },
    {
      onTotalBytes: (bytes) => (totalBytes = bytes),
      onBytes: (bytes) => onProgress('reading', bytes, totalBytes),
      onParsing: () => onProgress('parsing'),
    },
  );
  if (!reading.ok) return { ok: false, errors: reading.errors, warnings: reading.warnings };
  onProgress('converting');
  const mapped = await mapInput(reading.value, {});
  const conversion = await convertToLonLat(mapped.value, {});
  const warnings = [...reading.warnings];
  if (!conversion.ok) {
    return {
      ok: false,
      errors: conversion.errors,
      warnings: [...warnings, ...conversion.warnings],
    };
  }
  warnings.push(...conversion.warnings);
  const outcome = prepareDataset(conversion.value, {
    onProgress: (validated, total) => onProgress('validating', validated, total),
    keptFields: mapped.keptFields,
  });
  if (!outcome.ok) {
    return { ok: false, errors: outcome.errors, warnings: [...warnings, ...outcome.warnings] };
  }
  const name = outcome.dataset.info.name || basename(paths[0] ?? '');
  return {
    ok: true,
    dataset: outcome.dataset,
    name,
    warnings: [...warnings, ...outcome.dataset.warnings],
  };
}
