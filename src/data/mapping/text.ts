/**
 * Text as GIS exports write it: field names in any case with stray spaces, values with
 * full-width digits and brackets (`Ｋ１２＋３００`, `G315（旧）`). Both are compared after
 * Unicode NFKC folding, which turns full-width forms into their ASCII twins.
 */

/** Leading and trailing white space, including the ideographic space. */
const OUTER_SPACE = /^[\s\u3000]+|[\s\u3000]+$/g;

/**
 * A field name in the form names are compared in: NFKC-folded, trimmed, lower case.
 *
 * @example
 * comparableFieldName(' LXBM '); // 'lxbm'
 * comparableFieldName('Ｎａｍｅ'); // 'name'
 */
export function comparableFieldName(name: string): string {
  return name.normalize('NFKC').replace(OUTER_SPACE, '').toLowerCase();
}

/**
 * A value as text for reading words and codes: NFKC-folded and trimmed; numbers written out;
 * undefined for null, undefined, blank text and anything that is not text or a number.
 *
 * @example
 * foldedText(' 國道 '); // '國道'
 * foldedText('Ｋ１２＋３００'); // 'K12+300'
 * foldedText(3); // '3'
 */
export function foldedText(value: unknown): string | undefined {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else return undefined;
  const folded = text.normalize('NFKC').replace(OUTER_SPACE, '');
  return folded === '' ? undefined : folded;
}

/** Whether a raw value counts as empty: null, undefined or blank text. */
export function isEmptyValue(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.replace(OUTER_SPACE, '') === '')
  );
}
