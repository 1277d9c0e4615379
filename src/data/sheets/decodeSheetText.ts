/**
 * The text of a CSV file in the encoding it is saved in: UTF-8 with or without a byte-order
 * mark, UTF-16 with its mark, or GBK (what Excel in China saves as "CSV").
 */

/** The encodings a CSV file is read in. */
export type SheetTextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk';

/** A CSV file's text and the encoding it was read in. */
export interface DecodedSheetText {
  text: string;
  encoding: SheetTextEncoding;
}

/**
 * Decodes a CSV file: a byte-order mark names the encoding; bytes that are valid UTF-8 are
 * UTF-8; anything else is GBK (decoded by TextDecoder's `gbk`, which reads GB18030).
 *
 * @example
 * decodeSheetText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])); // { text: 'A', encoding: 'utf-8' }
 */
export function decodeSheetText(bytes: Uint8Array): DecodedSheetText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  }
}
