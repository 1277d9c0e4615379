/** Loads the fixtures that tests/fixtures/formats/make.ts writes. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NamedBytes } from '../../src/data/read/readResult.ts';

const FOLDER = join(import.meta.dirname, '../fixtures/formats');

/** One fixture file's bytes. */
export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FOLDER, path)));
}

/** Every file of a fixture folder (a shapefile's loose parts). */
export function fixtureParts(folder: string): NamedBytes[] {
  return readdirSync(join(FOLDER, folder)).map((name) => ({
    name,
    bytes: fixtureBytes(join(folder, name)),
  }));
}
