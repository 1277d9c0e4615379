/**
 * One benchmark at a time on a machine: two runs would rebuild each other's pages mid-run and
 * share the CPU, spoiling both. A run holds bench-results/bench.lock (its pid); another run
 * waits until that process has ended.
 */
import { rmSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { RESULTS_DIRECTORY } from './paths.ts';

const LOCK_FILE = `${RESULTS_DIRECTORY}bench.lock`;
const POLL_MS = 5_000;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function holderOf(): Promise<number | null> {
  const text = await readFile(LOCK_FILE, 'utf8').catch(() => null);
  const pid = Number(text);
  return text !== null && Number.isInteger(pid) && pid > 0 ? pid : null;
}

/**
 * Waits for the lock and takes it; the lock is given back when the process exits.
 * `onWait` is told once which process is being waited for.
 */
export async function takeBenchLock(onWait: (pid: number) => void): Promise<void> {
  await mkdir(RESULTS_DIRECTORY, { recursive: true });
  let told = false;
  for (;;) {
    try {
      await writeFile(LOCK_FILE, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      const pid = await holderOf();
      if (pid !== null && !isRunning(pid)) {
        await rm(LOCK_FILE, { force: true });
        continue;
      }
      if (pid === null) {
        // Just created, its pid not written yet.
        await new Promise((resolve) => setTimeout(resolve, 200));
        continue;
      }
      if (!told) onWait(pid);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  // Exit handlers cannot wait, hence the synchronous removal.
  const release = (): void => rmSync(LOCK_FILE, { force: true });
  process.once('exit', release);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      release();
      process.exit(130);
    });
  }
}
