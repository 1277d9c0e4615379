/**
 * Chooses the text encoding of a .dbf, in this order: the user's explicit choice; the .cpg file;
 * the language-driver byte of the .dbf header; UTF-8 when every text field is valid UTF-8; GBK
 * otherwise (the usual encoding of Chinese GIS data written on Windows). Also judges whether text
 * decoded with the chosen encoding looks like garbage, so the app can say so and offer a choice.
 *
 * Encodings are returned as the names `TextDecoder` reports (`gbk`, `utf-8`, `windows-1252`…).
 */

/** Where the chosen encoding came from. */
export type EncodingSource = 'choice' | 'cpg' | 'language-byte' | 'utf8-valid' | 'fallback';

/** The chosen encoding and its source. */
export interface EncodingChoice {
  encoding: string;
  source: EncodingSource;
  /** The .cpg text when it was present but named no encoding `TextDecoder` knows. */
  unknownCpg?: string;
}

/** .cpg spellings that `TextDecoder` does not accept as labels, by upper-cased compact form. */
const CODE_PAGE_ALIASES: Record<string, string> = {
  '936': 'gbk',
  CP936: 'gbk',
  MS936: 'gbk',
  WINDOWS936: 'gbk',
  ANSI936: 'gbk',
  GBK: 'gbk',
  GB2312: 'gbk',
  EUCCN: 'gbk',
  '20936': 'gbk',
  '54936': 'gb18030',
  GB18030: 'gb18030',
  '65001': 'utf-8',
  UTF8: 'utf-8',
  CP65001: 'utf-8',
  '950': 'big5',
  CP950: 'big5',
  BIG5: 'big5',
  '932': 'shift_jis',
  CP932: 'shift_jis',
  SHIFTJIS: 'shift_jis',
  SJIS: 'shift_jis',
  '949': 'euc-kr',
  CP949: 'euc-kr',
  '874': 'windows-874',
  '88591': 'windows-1252',
  ISO88591: 'windows-1252',
  LATIN1: 'windows-1252',
};

/**
 * DBF language-driver identifiers (byte 29 of the header) and their encodings. 0x57 means "the
 * writing system's ANSI code page", which says nothing definite, so it is left out: the later
 * rules (valid UTF-8, else GBK) decide, which suits data written on Chinese Windows.
 */
const LANGUAGE_DRIVERS: Record<number, string> = {
  0x03: 'windows-1252',
  0x58: 'windows-1252',
  0x59: 'windows-1252',
  0x4d: 'gbk',
  0x7a: 'gbk',
  0x4f: 'big5',
  0x78: 'big5',
  0x4e: 'euc-kr',
  0x79: 'euc-kr',
  0x13: 'shift_jis',
  0x7b: 'shift_jis',
  0xc8: 'windows-1250',
  0xc9: 'windows-1251',
  0xcb: 'windows-1253',
  0xca: 'windows-1254',
  0xcc: 'windows-1257',
};

/** The canonical `TextDecoder` name of a label, or null when `TextDecoder` refuses it. */
function decoderName(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * The encoding a .cpg file names, or null when it names none `TextDecoder` can use.
 *
 * @example
 * encodingFromCpg('936\r\n'); // 'gbk' (TextDecoder refuses 'windows-936')
 * encodingFromCpg('UTF-8'); // 'utf-8'
 */
export function encodingFromCpg(cpgText: string): string | null {
  const trimmed = cpgText.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return null;
  const compact = trimmed.toUpperCase().replace(/[\s_\-.]/g, '');
  const alias = CODE_PAGE_ALIASES[compact];
  if (alias) return alias;
  const windowsPage = /^(?:ANSI|CP|WINDOWS)?(125\d)$/.exec(compact);
  if (windowsPage) return decoderName(`windows-${windowsPage[1]}`);
  return decoderName(trimmed);
}

/** The encoding a DBF language-driver byte names, or null when it names none definitely. */
export function encodingFromLanguageDriver(languageDriver: number): string | null {
  return LANGUAGE_DRIVERS[languageDriver] ?? null;
}

/** True when every sample is valid UTF-8. */
export function allValidUtf8(samples: Iterable<Uint8Array>): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const sample of samples) {
    try {
      decoder.decode(sample);
    } catch {
      return false;
    }
  }
  return true;
}

/** What the encoding is chosen from. */
export interface EncodingEvidence {
  /** The user's explicit choice, as any label `TextDecoder` or a .cpg accepts. */
  choice?: string | null;
  /** The .cpg file's text, when there is one. */
  cpgText?: string | null;
  /** Byte 29 of the .dbf header. */
  languageDriver: number;
  /** The raw bytes of the field names and text values. */
  textSamples: () => Iterable<Uint8Array>;
}

/**
 * Chooses the .dbf's encoding from the evidence, most explicit first.
 *
 * @example
 * chooseDbfEncoding({ cpgText: '936', languageDriver: 0, textSamples: () => [] });
 * // { encoding: 'gbk', source: 'cpg' }
 */
export function chooseDbfEncoding(evidence: EncodingEvidence): EncodingChoice {
  const chosen = evidence.choice ? encodingFromCpg(evidence.choice) : null;
  if (chosen) return { encoding: chosen, source: 'choice' };
  let unknownCpg: string | undefined;
  if (evidence.cpgText != null && evidence.cpgText.trim() !== '') {
    const fromCpg = encodingFromCpg(evidence.cpgText);
    if (fromCpg) return { encoding: fromCpg, source: 'cpg' };
    unknownCpg = evidence.cpgText.trim();
  }
  const withUnknown = (choice: EncodingChoice): EncodingChoice =>
    unknownCpg === undefined ? choice : { ...choice, unknownCpg };
  const fromDriver = encodingFromLanguageDriver(evidence.languageDriver);
  if (fromDriver) return withUnknown({ encoding: fromDriver, source: 'language-byte' });
  if (allValidUtf8(evidence.textSamples())) {
    return withUnknown({ encoding: 'utf-8', source: 'utf8-valid' });
  }
  return withUnknown({ encoding: 'gbk', source: 'fallback' });
}
