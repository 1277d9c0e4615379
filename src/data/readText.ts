/**
 * Reads a file or a response body as text, reporting bytes read as it goes.
 */

/** How often reading reports progress, in bytes. */
const PROGRESS_EVERY_BYTES = 2 * 1024 * 1024;

/**
 * Reads a byte stream to a string (UTF-8), calling `onBytes` every couple of megabytes.
 *
 * @example
 * const text = await readStreamText(file.stream(), file.size, (read) => console.log(read));
 */
export async function readStreamText(
  stream: ReadableStream<Uint8Array>,
  onBytes: (bytesRead: number) => void,
): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let bytesRead = 0;
  let reportedAt = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytesRead += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    if (bytesRead - reportedAt >= PROGRESS_EVERY_BYTES) {
      reportedAt = bytesRead;
      onBytes(bytesRead);
    }
  }
  parts.push(decoder.decode());
  onBytes(bytesRead);
  return parts.join('');
}
