/**
 * Writes a progress sheet (进度填报表) as an `.xlsx` workbook in the form the sheet reader reads:
 * a title row, the header (Chinese or English words the reader knows), one row per stretch, and
 * a drop-down list of the status words on the status column. write-excel-file is loaded here,
 * on first use: the writer is not in the first load.
 */
import type { BuildStatus, WorkType } from '../../contract/roadNetwork.ts';
import { exactChainageText } from '../../domain/chainageText.ts';
import { listValidationFeature } from './listValidation.ts';
import { PROGRESS_COLUMNS, type ProgressColumn, type ProgressRow } from './progressRow.ts';

/** The language of a sheet's header and words. */
export type SheetLanguage = 'zh' | 'en';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The header of each column, as the reader knows it (see `PROGRESS_HEADER_WORDS`). */
export const PROGRESS_HEADERS: Readonly<
  Record<SheetLanguage, Readonly<Record<ProgressColumn, string>>>
> = {
  zh: {
    route: '路线编码',
    from: '起点桩号',
    to: '止点桩号',
    project: '项目名称',
    status: '建设状态',
    completed_km: '完成里程(公里)',
    guard_required_km: '需防护里程(公里)',
    guard_km: '已防护里程(公里)',
    year: '年度',
    towns: '乡镇',
    investment_wan: '投资(万元)',
    work: '工程类别',
    updated: '填报日期',
    note: '备注',
  },
  en: {
    route: 'route',
    from: 'from',
    to: 'to',
    project: 'project',
    status: 'status',
    completed_km: 'completed_km',
    guard_required_km: 'guard_required_km',
    guard_km: 'guard_km',
    year: 'year',
    towns: 'towns',
    investment_wan: 'investment_wan',
    work: 'work',
    updated: 'updated',
    note: 'note',
  },
};

/** The word written for each status. */
export const STATUS_WORDS: Readonly<Record<SheetLanguage, Readonly<Record<BuildStatus, string>>>> =
  {
    zh: {
      existing: '既有',
      planned: '规划',
      preliminary: '前期',
      construction: '在建',
      completed: '完工',
      open: '通车',
    },
    en: {
      existing: 'existing',
      planned: 'planned',
      preliminary: 'preliminary',
      construction: 'construction',
      completed: 'completed',
      open: 'open',
    },
  };

/** The words of the status drop-down: the stages of a project (储备 is the reserve, 规划 too). */
export const STATUS_LIST: Readonly<Record<SheetLanguage, readonly string[]>> = {
  zh: ['规划', '储备', '前期', '在建', '完工', '通车'],
  en: ['planned', 'preliminary', 'construction', 'completed', 'open'],
};

/** The word written for each work type. */
export const WORK_WORDS: Readonly<Record<SheetLanguage, Readonly<Record<WorkType, string>>>> = {
  zh: { road: '道路', guard: '安防', bridge: '桥梁', facility: '设施' },
  en: { road: 'road', guard: 'guard', bridge: 'bridge', facility: 'facility' },
};

/** How many rows below the header the status drop-down reaches. */
const LISTED_ROWS = 2000;

/** A row to write: a stretch of a route and what it reports. */
export type SheetRow = Omit<ProgressRow, 'sourceRow'>;

/** What a progress workbook holds. */
export interface ProgressSheet {
  language: SheetLanguage;
  /** The sheet's name (at most 31 characters, none of `[]:*?/\`). */
  sheetName: string;
  /** The title row above the header. */
  title: string;
  rows: readonly SheetRow[];
}

type CellValue = string | number | Date;
type Cell = {
  value: CellValue;
  type: StringConstructor | NumberConstructor | DateConstructor;
  format?: string;
  fontWeight?: 'bold';
} | null;

function text(value: string | undefined): Cell {
  return value === undefined || value === '' ? null : { value, type: String };
}

function number(value: number | undefined): Cell {
  return value === undefined ? null : { value, type: Number };
}

/** A row's cells, in the order of {@link PROGRESS_COLUMNS}. */
function rowCells(row: SheetRow, language: SheetLanguage): Cell[] {
  const cells: Record<ProgressColumn, Cell> = {
    route: text(row.route),
    from: text(exactChainageText(row.fromKm)),
    to: text(exactChainageText(row.toKm)),
    project: text(row.project),
    status: text(row.status === undefined ? undefined : STATUS_WORDS[language][row.status]),
    completed_km: number(row.completedKm),
    guard_required_km: number(row.guardRequiredKm),
    guard_km: number(row.guardKm),
    year: number(row.year),
    towns: text(row.towns?.join('、')),
    investment_wan: number(row.investmentWan),
    work: text(row.work === undefined ? undefined : WORK_WORDS[language][row.work]),
    updated:
      row.updated === undefined
        ? null
        : { value: new Date(`${row.updated}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' },
    note: text(row.note),
  };
  return PROGRESS_COLUMNS.map((column) => cells[column]);
}

/** Column widths in characters: chainage and project columns wider. */
const COLUMN_WIDTHS: Readonly<Record<ProgressColumn, number>> = {
  route: 10,
  from: 14,
  to: 14,
  project: 36,
  status: 10,
  completed_km: 14,
  guard_required_km: 16,
  guard_km: 16,
  year: 8,
  towns: 20,
  investment_wan: 12,
  work: 10,
  updated: 12,
  note: 30,
};

/**
 * The sheet as an `.xlsx` file: the title in row 1, the header in row 2, the rows below, a
 * status drop-down on the status column of the rows below the header.
 *
 * @example
 * const blob = await writeProgressSheet({ language: 'zh', sheetName: '进度', title: '…', rows });
 */
export async function writeProgressSheet(sheet: ProgressSheet): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const headerRow: Cell[] = PROGRESS_COLUMNS.map((column) => ({
    value: PROGRESS_HEADERS[sheet.language][column],
    type: String,
    fontWeight: 'bold',
  }));
  const data = [
    [{ value: sheet.title, type: String, fontWeight: 'bold' } as Cell],
    headerRow,
    ...sheet.rows.map((row) => rowCells(row, sheet.language)),
  ];
  const statusColumn = PROGRESS_COLUMNS.indexOf('status');
  const feature = listValidationFeature([
    {
      columnIndex: statusColumn,
      fromRowIndex: 2,
      toRowIndex: 2 + Math.max(LISTED_ROWS, sheet.rows.length),
      words: STATUS_LIST[sheet.language],
    },
  ]);
  const blob = await writeXlsxFile(
    data,
    {
      sheet: sheet.sheetName,
      columns: PROGRESS_COLUMNS.map((column) => ({ width: COLUMN_WIDTHS[column] })),
      stickyRowsCount: 2,
    },
    { features: [feature] },
  ).toBlob();
  return new Blob([blob], { type: XLSX_MEDIA_TYPE });
}
