/**
 * Reads a file or a response body as text, reporting bytes read as it goes.
 */

/** How often reading reports progress, in bytes. */
export const PROGRESS_EVERY_BYTES = 2 * 1024 * 1024;

/**
 * Reads a byte stream to a string (UTF-8), calling `onBytes` every couple of megabytes.
 *
 * @example
 * const text = await readStreamText(file.stream(), (bytesRead) => console.log(bytesRead));
 */
export async function readStreamText(
  stream: ReadableStream<Uint8Array>,
  onBytes: (bytesRead: number) => void,
): Promise<string> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let bytesRead = 0;
  let reportedAt = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytesRead += value.byteLength;
    chunks.push(value);
    if (bytesRead - reportedAt >= PROGRESS_EVERY_BYTES) {
      reportedAt = bytesRead;
      onBytes(bytesRead);
    }
  }
  onBytes(bytesRead);
  // One decode of the whole text: decoding chunk by chunk and joining the pieces is slower, and
  // leaves a string made of pieces for JSON.parse to flatten (see docs/performance.md).
  const bytes = new Uint8Array(bytesRead);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  chunks.length = 0;
  return new TextDecoder('utf-8').decode(bytes);
}
