/**
 * Judges whether text decoded with an encoding looks like garbage: replacement characters
 * (U+FFFD, bytes the encoding cannot read), or bytes that are plainly another encoding (valid
 * UTF-8 decoded as GBK gives mojibake without any replacement character). Only values holding
 * non-ASCII bytes say anything, since ASCII reads the same in every encoding considered.
 */

/** The verdict, with the encoding that reads the samples cleanly where one does. */
export interface GarbageVerdict {
  garbage: boolean;
  /** An encoding that decodes every sample cleanly, when `garbage` and one was found. */
  suggestedEncoding: string | null;
  /** Up to three decoded values, as the user would see them. */
  examples: string[];
}

const EXAMPLE_COUNT = 3;

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

/** True when every sample decodes without error in the encoding. */
function decodesCleanly(samples: readonly Uint8Array[], encoding: string): boolean {
  const decoder = new TextDecoder(encoding, { fatal: true });
  try {
    for (const sample of samples) decoder.decode(sample);
    return true;
  } catch {
    return false;
  }
}

/**
 * Judges the samples as decoded with `encoding`.
 *
 * @example
 * judgeDecodedText([utf8Bytes('永明至花园')], 'gbk'); // { garbage: true, suggestedEncoding: 'utf-8', … }
 */
export function judgeDecodedText(samples: Iterable<Uint8Array>, encoding: string): GarbageVerdict {
  const telling = [...samples].filter(hasNonAscii);
  const decoder = new TextDecoder(encoding);
  const decoded = telling.map((sample) => decoder.decode(sample).trim());
  const examples = decoded.slice(0, EXAMPLE_COUNT);
  if (telling.length === 0) return { garbage: false, suggestedEncoding: null, examples };
  const withReplacement = decoded.filter((text) => text.includes('\uFFFD')).length;
  const isUtf8 = encoding === 'utf-8';
  const readsAsUtf8 = !isUtf8 && decodesCleanly(telling, 'utf-8');
  const readsAsGbk = encoding !== 'gbk' && encoding !== 'gb18030' && decodesCleanly(telling, 'gbk');
  if (withReplacement === 0 && !readsAsUtf8) {
    const singleByte = encoding.startsWith('windows-') || encoding.startsWith('iso-8859');
    if (!(singleByte && readsAsGbk)) return { garbage: false, suggestedEncoding: null, examples };
  }
  const suggestedEncoding = readsAsUtf8 ? 'utf-8' : readsAsGbk ? 'gbk' : null;
  return { garbage: true, suggestedEncoding, examples };
}
