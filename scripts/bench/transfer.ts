/**
 * Bytes of JavaScript and CSS a page downloaded, as gzip would send them (each file gzipped
 * here at zlib's default level 6, the usual server setting), split into MapLibre's files and
 * the rest (the app's own code).
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { LoggedRequest } from './server.ts';

/** Gzip bytes by kind of file. */
export interface TransferBytes {
  /** Every script (page, chunks, workers). */
  js: number;
  css: number;
  /** Scripts that are MapLibre: its chunk and its worker. */
  maplibreJs: number;
  /** Scripts that are not MapLibre: the app's own code, its data worker included. */
  appJs: number;
  /** The script files counted, with their gzip bytes. */
  files: Record<string, number>;
}

const gzipCache = new Map<string, number>();

function gzipBytes(file: string): number {
  let bytes = gzipCache.get(file);
  if (bytes === undefined) {
    bytes = gzipSync(readFileSync(file)).byteLength;
    gzipCache.set(file, bytes);
  }
  return bytes;
}

/** MapLibre's files: the chunk Vite names `maplibre-…` and `maplibre-gl-worker-….mjs`. */
export function isMaplibreFile(file: string): boolean {
  return basename(file).startsWith('maplibre');
}

/** Sums what the logged requests fetched; each file counts once. */
export function transferBytes(log: readonly LoggedRequest[]): TransferBytes {
  const totals: TransferBytes = { js: 0, css: 0, maplibreJs: 0, appJs: 0, files: {} };
  const seen = new Set<string>();
  for (const { file, path } of log) {
    if (file === null || seen.has(file)) continue;
    seen.add(file);
    const extension = extname(file);
    if (extension === '.css') {
      totals.css += gzipBytes(file);
    } else if (extension === '.js' || extension === '.mjs') {
      const bytes = gzipBytes(file);
      totals.files[path] = bytes;
      totals.js += bytes;
      if (isMaplibreFile(file)) totals.maplibreJs += bytes;
      else totals.appJs += bytes;
    }
  }
  return totals;
}
