/**
 * CSV text to rows of cells: fields separated by commas, quoted fields that hold commas, line
 * breaks and doubled quotes (`"a ""b"""`), lines ending in CRLF, LF or CR.
 */

/**
 * The rows of a CSV text, each a list of its fields as text. Empty lines give empty rows, so
 * row numbers stay those a spreadsheet shows; a final line break adds no row.
 *
 * @example
 * parseCsv('a,"b,c"\r\n1,2'); // [['a', 'b,c'], ['1', '2']]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  const length = text.length;
  while (index < length) {
    const character = text[index];
    if (quoted) {
      if (character === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
      } else {
        field += character;
      }
      index++;
      continue;
    }
    if (character === '"' && field === '') {
      quoted = true;
    } else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\r' || character === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (character === '\r' && text[index + 1] === '\n') index++;
    } else {
      field += character;
    }
    index++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
