/**
 * Opens a zip safely: the central directory is read first, and the zip is refused before
 * anything is expanded when the entries to be read would expand past 1 GiB, or past 100 times
 * the zip's own size. Each entry expands into a buffer of its declared size, which fflate
 * truncates at, so a zip that understates its sizes cannot expand beyond what was checked.
 *
 * fflate (MIT, no dependencies, a few kB for inflate alone) does the DEFLATE decoding; the
 * directory is read by `zipDirectory.ts`, which also decodes GBK entry names that fflate's own
 * `unzipSync` would read as Latin-1.
 */
import { inflateSync } from 'fflate';
import type { Problem } from '../../contract/roadNetwork.ts';
import { readProblem, type NamedBytes } from './readResult.ts';
import { readZipDirectory, type ZipEntry } from './zipDirectory.ts';

/** The most a zip may expand to, in bytes. */
export const MAX_EXPANDED_BYTES = 1024 ** 3;
/** The most the entries read may expand relative to the zip's size. */
export const MAX_EXPANSION_RATIO = 100;
/**
 * Below this expanded size the ratio rule does not apply: memory is not at risk, and a small
 * .dbf of blank-padded text fields legitimately compresses beyond 100:1.
 */
export const RATIO_RULE_FLOOR_BYTES = 16 * 1024 ** 2;

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;

/** The expanded entries, or none with the problem that stopped the opening. */
export interface OpenedZip {
  files: NamedBytes[];
  problems: Problem[];
}

/** The problem that makes expanding these entries unsafe, or null when it is safe. */
function sizeProblem(entries: ZipEntry[], zipBytes: number): Problem | null {
  const expandedBytes = entries.reduce((sum, entry) => sum + entry.uncompressedBytes, 0);
  const params = {
    expandedBytes,
    zipBytes,
    limitBytes: MAX_EXPANDED_BYTES,
    ratioLimit: MAX_EXPANSION_RATIO,
  };
  if (expandedBytes > MAX_EXPANDED_BYTES) return readProblem('error', 'zip-too-large', params);
  const ratioApplies = expandedBytes > RATIO_RULE_FLOOR_BYTES;
  if (ratioApplies && expandedBytes > MAX_EXPANSION_RATIO * Math.max(zipBytes, 1)) {
    return readProblem('error', 'zip-ratio-too-high', params);
  }
  return null;
}

/** One entry's expanded bytes, or null when its local header or data is damaged. */
function expandEntry(zip: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > zip.length || view.getUint32(header, true) !== LOCAL_HEADER_SIGNATURE) {
    return null;
  }
  const dataStart =
    header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const dataEnd = dataStart + entry.compressedBytes;
  if (dataEnd > zip.length) return null;
  const compressed = zip.subarray(dataStart, dataEnd);
  if (entry.method === METHOD_STORED) return compressed.slice(0, entry.uncompressedBytes);
  try {
    return inflateSync(compressed, { out: new Uint8Array(entry.uncompressedBytes) });
  } catch {
    return null;
  }
}

/**
 * Expands the entries `keep` accepts (all but folders and `__MACOSX` copies by default). Never
 * throws: a damaged zip, an encrypted entry or an unsafe size comes back as an error problem with
 * no files.
 *
 * @example
 * const { files, problems } = openZip(zipBytes, (name) => /\.(shp|dbf|prj|cpg)$/i.test(name));
 */
export function openZip(zip: Uint8Array, keep: (name: string) => boolean = () => true): OpenedZip {
  const directory = readZipDirectory(zip);
  if (!directory) return { files: [], problems: [readProblem('error', 'zip-unreadable')] };
  const entries = directory.filter(
    (entry) => !entry.name.endsWith('/') && !entry.name.includes('__MACOSX') && keep(entry.name),
  );
  const unsafe = sizeProblem(entries, zip.length);
  if (unsafe) return { files: [], problems: [unsafe] };
  const files: NamedBytes[] = [];
  for (const entry of entries) {
    if (entry.encrypted) {
      return { files: [], problems: [readProblem('error', 'zip-encrypted', { name: entry.name })] };
    }
    const known = entry.method === METHOD_STORED || entry.method === METHOD_DEFLATED;
    const bytes = known ? expandEntry(zip, entry) : null;
    if (!bytes) {
      const params = { name: entry.name, method: entry.method };
      return { files: [], problems: [readProblem('error', 'zip-unreadable', params)] };
    }
    files.push({ name: entry.name, bytes });
  }
  return { files, problems: [] };
}
