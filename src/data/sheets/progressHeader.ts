/**
 * Finding a progress sheet's header: the row, among the first rows, that names the most known
 * columns. Headers are compared NFKC-folded, without spaces, in lower case, and without a unit
 * in brackets (`完成里程(公里)`, `完成里程（km）`) or at the end (`投资万元`).
 */
import { PROGRESS_COLUMNS, type ProgressColumn, type SheetCell } from './progressRow.ts';

/** The headers each column is known by, in comparable form (see {@link comparableHeader}). */
export const PROGRESS_HEADER_WORDS: Readonly<Record<ProgressColumn, readonly string[]>> = {
  route: [
    '路线编码',
    '路线代码',
    '路线编号',
    '路线号',
    '线路编码',
    '线路编号',
    '路线',
    '编码',
    '路线名称编码',
    'lxbm',
    'route',
    'routecode',
    'route_code',
  ],
  from: [
    '起点桩号',
    '起点',
    '开始桩号',
    '起始桩号',
    '起桩号',
    '起点里程',
    '起点桩',
    'qdzh',
    'from',
    'from_km',
    'start',
    'start_chainage',
  ],
  to: [
    '止点桩号',
    '止点',
    '结束桩号',
    '终点桩号',
    '终点',
    '止桩号',
    '讫点桩号',
    '止点里程',
    '终点里程',
    '止点桩',
    'zdzh',
    'to',
    'to_km',
    'end',
    'end_chainage',
  ],
  project: ['项目名称', '项目', '工程名称', '工程项目', '名称', 'project', 'project_name', 'name'],
  status: ['建设状态', '状态', '项目状态', '工程状态', '建设情况', 'status'],
  completed_km: [
    '完成里程',
    '已完成里程',
    '累计完成里程',
    '建成里程',
    '完工里程',
    'completed',
    'completed_km',
  ],
  guard_required_km: [
    '需防护里程',
    '应防护里程',
    '需要防护里程',
    '需安防里程',
    'guard_required',
    'guard_required_km',
  ],
  guard_km: ['已防护里程', '防护里程', '完成防护里程', '已安防里程', 'guard', 'guard_km'],
  year: ['年度', '年份', '建设年度', '计划年度', '实施年度', 'year'],
  towns: ['乡镇', '涉及乡镇', '所属乡镇', '途经乡镇', '乡镇名称', 'towns', 'town'],
  investment_wan: [
    '投资',
    '总投资',
    '投资额',
    '投资金额',
    '计划投资',
    'investment',
    'investment_wan',
  ],
  work: ['工程类别', '工程类型', '项目类别', '项目类型', '类别', 'work', 'work_type'],
  updated: ['填报日期', '填报时间', '日期', '更新日期', '统计日期', '截至日期', 'updated', 'date'],
  note: ['备注', '说明', 'note', 'notes', 'remark', 'remarks'],
};

/** A unit in brackets anywhere in a header: `(公里)`, `（km）`, `[万元]`, `【米】`. */
const BRACKETED = /[([【][^)\]】]*[)\]】]/g;

/** A unit written after the header's words, without brackets. */
const TRAILING_UNIT = /(公里|千米|km|万元|元|米|m)$/;

/** How many rows from the top a header may sit. */
const HEADER_SEARCH_ROWS = 30;

/**
 * A header in the form headers are compared in: NFKC-folded (full-width brackets become ASCII),
 * without units in brackets or white space, in lower case.
 *
 * @example
 * comparableHeader('完成里程（公里）'); // '完成里程'
 * comparableHeader(' Route '); // 'route'
 */
export function comparableHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(BRACKETED, '')
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
}

const HEADER_LOOKUP: ReadonlyMap<string, ProgressColumn> = new Map(
  PROGRESS_COLUMNS.flatMap((column) =>
    PROGRESS_HEADER_WORDS[column].map((word): [string, ProgressColumn] => [word, column]),
  ),
);

/**
 * The column a header cell names, or undefined. A unit at the end of the words counts only when
 * what is left is a known header (`投资万元` → investment_wan; `from_km` is a header itself).
 *
 * @example
 * columnOfHeader('起点桩号'); // 'from'
 * columnOfHeader('完成里程(km)'); // 'completed_km'
 */
export function columnOfHeader(cell: SheetCell): ProgressColumn | undefined {
  if (typeof cell !== 'string') return undefined;
  const header = comparableHeader(cell);
  if (header === '') return undefined;
  return HEADER_LOOKUP.get(header) ?? HEADER_LOOKUP.get(header.replace(TRAILING_UNIT, ''));
}

/** A header row and the cell index of each column it names. */
export interface FoundHeader {
  /** The row's index in the grid, from 0. */
  rowIndex: number;
  /** Each column named and the index of its cell; the first cell naming a column wins. */
  cellIndexes: Partial<Record<ProgressColumn, number>>;
  /** Each column named and its header as written. */
  headers: Partial<Record<ProgressColumn, string>>;
  /** How many columns the row names. */
  columnCount: number;
}

/**
 * The row among the first rows of a grid that names the most known columns (the first such row
 * on a tie), or undefined when no row names two. Title rows and merged title cells above the
 * header name none and are passed over.
 */
export function findHeader(rows: readonly (readonly SheetCell[])[]): FoundHeader | undefined {
  let best: FoundHeader | undefined;
  const searched = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let rowIndex = 0; rowIndex < searched; rowIndex++) {
    const cells = rows[rowIndex] ?? [];
    const cellIndexes: Partial<Record<ProgressColumn, number>> = {};
    const headers: Partial<Record<ProgressColumn, string>> = {};
    let columnCount = 0;
    cells.forEach((cell, cellIndex) => {
      const column = columnOfHeader(cell);
      if (column === undefined || cellIndexes[column] !== undefined) return;
      cellIndexes[column] = cellIndex;
      headers[column] = String(cell).trim();
      columnCount++;
    });
    if (columnCount >= 2 && (best === undefined || columnCount > best.columnCount)) {
      best = { rowIndex, cellIndexes, headers, columnCount };
    }
  }
  return best;
}

/** The headers looked for, one Chinese and one English name per column, for a problem's text. */
export function expectedHeaders(): string {
  return PROGRESS_COLUMNS.map((column) => `${PROGRESS_HEADER_WORDS[column][0]}/${column}`).join(
    ', ',
  );
}
