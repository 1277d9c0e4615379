/**
 * A small static server on 127.0.0.1 for the benchmark: the app build at `/`, the baseline
 * build at `/baseline/`, the networks at `/data/`, a tile set at `/tiles/`. It answers range
 * requests (206), as a CDN does, which the PMTiles archive of a tile set is read by. It logs
 * every request so that a run can count the scripts and style sheets its page fetched.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A request the server answered: the file it sent (null for a 404). */
export interface LoggedRequest {
  path: string;
  file: string | null;
}

export interface StaticServer {
  origin: string;
  /** Requests since the last `takeLog()`, in order. */
  takeLog(): LoggedRequest[];
  close(): Promise<void>;
}

/** URL path prefix → folder on disk; the longest matching prefix wins. */
export type Mounts = Record<string, string>;

async function resolveFile(mounts: Mounts, urlPath: string): Promise<string | null> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const prefix = prefixes.find((candidate) => urlPath.startsWith(candidate));
  if (prefix === undefined) return null;
  const root = normalize(mounts[prefix]!);
  let file = normalize(join(root, decodeURIComponent(urlPath.slice(prefix.length))));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) file = join(file, 'index.html');
  const fileInfo = info?.isDirectory() ? await stat(file).catch(() => null) : info;
  return fileInfo?.isFile() ? file : null;
}

/** Serves `mounts` on 127.0.0.1 at a free port. */
export async function startServer(mounts: Mounts): Promise<StaticServer> {
  let log: LoggedRequest[] = [];
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = await resolveFile(mounts, path);
    log.push({ path, file });
    if (file === null) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
      return;
    }
    const headers = {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'accept-ranges': 'bytes',
    };
    const { size } = await stat(file);
    const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '');
    if (range && Number(range[1]) < size) {
      const start = Number(range[1]);
      const end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      response.writeHead(206, {
        ...headers,
        'content-range': `bytes ${start}-${end}/${size}`,
        'content-length': end - start + 1,
      });
      createReadStream(file, { start, end }).pipe(response);
      return;
    }
    response.writeHead(200, { ...headers, 'content-length': size });
    createReadStream(file).pipe(response);
  };
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    takeLog() {
      const taken = log;
      log = [];
      return taken;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
