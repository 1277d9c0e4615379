/**
 * A drop-down list on a column of a worksheet (Excel's data validation of type "list"), as a
 * write-excel-file feature: write-excel-file has no data validation of its own, but lets a
 * feature add elements to the sheet's XML, which is where Excel keeps the list.
 */
import type { Feature } from 'write-excel-file/universal';
import {
  getCellAddress,
  getOrderOfSiblings,
  insertElementMarkupAccordingToOrderOfSiblings,
  sanitizeAttributeValue,
  sanitizeTextContent,
} from 'write-excel-file/utility';

/** A list of words offered in the cells of one column, between two rows. */
export interface ListValidation {
  /** The column, from 0. */
  columnIndex: number;
  /** The first and last rows the list applies to, from 0. */
  fromRowIndex: number;
  toRowIndex: number;
  /** The words offered; a list given in the formula holds at most 255 characters. */
  words: readonly string[];
}

/** Longest list Excel accepts written inline in the validation's formula. */
const MAX_LIST_CHARACTERS = 255;

/**
 * The `<dataValidations>` element of a worksheet offering each list as a drop-down.
 *
 * @example
 * listValidationXml([{ columnIndex: 4, fromRowIndex: 2, toRowIndex: 999, words: ['在建', '完工'] }]);
 * // '<dataValidations count="1"><dataValidation type="list" … sqref="E3:E1000"><formula1>"在建,完工"</formula1>…'
 */
export function listValidationXml(lists: readonly ListValidation[]): string {
  const rules = lists.map((list) => {
    const joined = list.words.join(',');
    if (joined.length > MAX_LIST_CHARACTERS || list.words.some((word) => /[,"]/.test(word))) {
      throw new Error(`a drop-down list must be short words without commas: ${joined}`);
    }
    const range = `${getCellAddress(list.fromRowIndex, list.columnIndex)}:${getCellAddress(list.toRowIndex, list.columnIndex)}`;
    return (
      `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" ` +
      `sqref="${sanitizeAttributeValue(range)}"><formula1>"${sanitizeTextContent(joined)}"</formula1></dataValidation>`
    );
  });
  return `<dataValidations count="${lists.length}">${rules.join('')}</dataValidations>`;
}

/**
 * A write-excel-file feature putting drop-down lists on every sheet it writes. The element goes
 * where the sheet's schema puts it among its siblings, or Excel calls the file corrupt.
 */
export function listValidationFeature(lists: readonly ListValidation[]): Feature<Blob> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml) =>
            lists.length === 0
              ? xml
              : insertElementMarkupAccordingToOrderOfSiblings(
                  xml,
                  listValidationXml(lists),
                  getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [],
                  'worksheet',
                ),
        },
      },
    },
  };
}
