/**
 * Helpers of the browser tests on tile sets: putting a built set into the served build, the
 * figures both paths must give alike, and sessions kept open for a whole file.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AutomationSummary } from '../../src/api/automation.ts';
import type { AppSession } from './harness.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The folder the test server serves (the build of `globalSetup.ts`). */
export const servedFolder = join(root, process.env.ROADBOARD_TEST_DIST ?? 'tests/output/dist');

/** Copies a tile set's folder into the served build at `path` (replacing what was there). */
export function serveTileSet(setFolder: string, path: string): void {
  rmSync(join(servedFolder, path), { recursive: true, force: true });
  cpSync(setFolder, join(servedFolder, path), { recursive: true });
}

/** The summary's figures that a tile set and the same network as GeoJSON must give alike. */
export function networkFigures(summary: AutomationSummary) {
  const { segments, lengthKm, projectKm, completedKm, guardRequiredKm, guardKm, byClass } = summary;
  return { segments, lengthKm, projectKm, completedKm, guardRequiredKm, guardKm, byClass };
}

/**
 * Keeps sessions open across the tests of a file (the harness closes every session after each
 * test); returns what closes them, for `afterAll`.
 */
export function keepOpen(...sessions: AppSession[]): () => Promise<void> {
  const closers = sessions.map((session) => session.close);
  for (const session of sessions) session.close = async () => {};
  return async () => {
    for (const close of closers) await close();
  };
}
