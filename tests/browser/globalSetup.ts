import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the server that serves the built app, e.g. `http://127.0.0.1:41234`. */
    baseUrl: string;
    /** Why the app could not be built or served; every browser test then fails with it. */
    setupError: string;
  }
}

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const viteBinary = fileURLToPath(new URL('../../node_modules/.bin/vite', import.meta.url));
/** A build of its own, so that the tests never overwrite a `dist/` someone is looking at. */
const outputDirectory = process.env.ROADBOARD_TEST_DIST ?? 'tests/output/dist';
const serverStartTimeoutMs = 30_000;

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('could not read the port of a probe server'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

function runBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const build = spawn(viteBinary, ['build', '--outDir', outputDirectory, '--emptyOutDir'], {
      cwd: repositoryRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    build.on('error', reject);
    build.on('exit', (code, signal) => {
      if (code === 0) {
        const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
        console.log(`[browser tests] vite build done in ${seconds} s (${outputDirectory})`);
        resolve();
      } else {
        reject(new Error(`vite build failed (exit ${code ?? signal}):\n${output}`));
      }
    });
  });
}

async function waitForServer(
  url: string,
  server: ChildProcess,
  readOutput: () => string,
): Promise<void> {
  const deadline = Date.now() + serverStartTimeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`vite preview exited early:\n${readOutput()}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `vite preview did not answer at ${url} within ${serverStartTimeoutMs} ms:\n${readOutput()}`,
  );
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const forceTimer = setTimeout(() => server.kill('SIGKILL'), 5_000);
    server.once('exit', () => {
      clearTimeout(forceTimer);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

async function buildAndServe(project: TestProject): Promise<() => Promise<void>> {
  await runBuild();
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // The binary itself (not npx), so that this one PID is the server and stopping it stops all.
  const server = spawn(
    viteBinary,
    [
      'preview',
      '--outDir',
      outputDirectory,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: repositoryRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitForServer(`${baseUrl}/`, server, () => output);
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  console.log(`[browser tests] serving ${outputDirectory} at ${baseUrl} (pid ${server.pid})`);
  project.provide('baseUrl', baseUrl);
  return () => stopServer(server);
}

/**
 * Builds the app once and serves it with `vite preview` on a free port of 127.0.0.1.
 * `ROADBOARD_TEST_URL=http://…` skips both and tests an app served elsewhere.
 * A failure here does not stop the run: it is handed to the test files, so that every browser
 * test fails with the build's or the server's message instead of "No test files found".
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('setupError', '');
  const externalUrl = process.env.ROADBOARD_TEST_URL;
  if (externalUrl !== undefined && externalUrl !== '') {
    project.provide('baseUrl', new URL(externalUrl).origin);
    return async () => {};
  }
  try {
    return await buildAndServe(project);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error('[browser tests] setup failed: each browser test file fails with the reason');
    project.provide('baseUrl', '');
    project.provide('setupError', message);
    return async () => {};
  }
}
