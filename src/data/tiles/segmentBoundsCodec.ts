/**
 * Each segment's bounds as a compact binary file of a tile set, so that the app can frame any
 * segments (a search result) without their geometry. A bound is stored as a 16-bit step of the
 * tile set's own bounds, rounded outwards (west and south down, east and north up): a segment's
 * stored box always holds the segment, and is at most one step (a 65,535th of the set's width
 * or height) larger on each side.
 *
 * Layout: the 8 bytes `RBBNDS01`, the segment count (uint32, little-endian), 4 bytes of
 * padding, the set's west, south, east and north (float64), then four uint16 per segment.
 */

const MAGIC = 'RBBNDS01';
const STEPS = 0xffff;
const HEADER_BYTES = MAGIC.length + 8 + 4 * 8;

/** Why a file is not a segment bounds file. */
export class SegmentBoundsFileError extends Error {}

/**
 * The bounds (4 numbers per segment: west, south, east, north) as the bytes of a bounds file.
 *
 * @example
 * decodeSegmentBounds(encodeSegmentBounds(dataset.segmentBounds, dataset.bounds)); // ≈ the same boxes
 */
export function encodeSegmentBounds(
  segmentBounds: Float64Array,
  setBounds: readonly [number, number, number, number],
): Uint8Array {
  const count = Math.floor(segmentBounds.length / 4);
  const bytes = new Uint8Array(HEADER_BYTES + count * 8);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(MAGIC.length, count, true);
  setBounds.forEach((value, k) => view.setFloat64(MAGIC.length + 8 + k * 8, value, true));
  const [west, south, east, north] = setBounds;
  const width = east - west || 1;
  const height = north - south || 1;
  const steps = new Uint16Array(bytes.buffer, HEADER_BYTES, count * 4);
  const clamp = (step: number): number => Math.max(0, Math.min(STEPS, step));
  for (let i = 0; i < count; i++) {
    const offset = i * 4;
    steps[offset] = clamp(Math.floor(((segmentBounds[offset]! - west) / width) * STEPS));
    steps[offset + 1] = clamp(Math.floor(((segmentBounds[offset + 1]! - south) / height) * STEPS));
    steps[offset + 2] = clamp(Math.ceil(((segmentBounds[offset + 2]! - west) / width) * STEPS));
    steps[offset + 3] = clamp(Math.ceil(((segmentBounds[offset + 3]! - south) / height) * STEPS));
  }
  return bytes;
}

/**
 * The bounds a bounds file holds, 4 numbers per segment in degrees.
 *
 * @example
 * const boxes = decodeSegmentBounds(bytes);
 * boxes[4 * 12 + 2]; // the east of segment 12
 */
export function decodeSegmentBounds(bytes: Uint8Array): Float64Array {
  const magic = new TextDecoder().decode(bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) throw new SegmentBoundsFileError('not a Roadboard segment bounds file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(MAGIC.length, true);
  const [west, south, east, north] = [0, 1, 2, 3].map((k) =>
    view.getFloat64(MAGIC.length + 8 + k * 8, true),
  ) as [number, number, number, number];
  if (bytes.byteLength < HEADER_BYTES + count * 8)
    throw new SegmentBoundsFileError('the segment bounds file is cut short');
  const width = east - west || 1;
  const height = north - south || 1;
  const boxes = new Float64Array(count * 4);
  for (let i = 0; i < count * 4; i += 2) {
    const x = view.getUint16(HEADER_BYTES + i * 2, true);
    const y = view.getUint16(HEADER_BYTES + (i + 1) * 2, true);
    boxes[i] = west + (x / STEPS) * width;
    boxes[i + 1] = south + (y / STEPS) * height;
  }
  return boxes;
}
