/**
 * The class × status table of the statistics panel as rows of figures, and as tab-separated
 * text an analyst can paste into a spreadsheet.
 */
import { BUILD_STATUSES, ROAD_CLASSES } from '../contract/roadNetwork.ts';
import type { BuildStatus, RoadClass } from '../contract/roadNetwork.ts';
import { formatKm } from '../domain/format.ts';
import type { NetworkSummary } from '../domain/types.ts';
import type { Strings } from '../i18n/strings.ts';

export interface SummaryTable {
  statuses: BuildStatus[];
  rows: { roadClass: RoadClass; kmByStatus: number[]; totalKm: number }[];
  totalByStatusKm: number[];
  totalKm: number;
}

/** The classes and statuses present, in contract order, with their kilometres. */
export function summaryTable(summary: NetworkSummary): SummaryTable {
  const statuses = BUILD_STATUSES.filter((status) => (summary.byStatus[status]?.segments ?? 0) > 0);
  const classes = ROAD_CLASSES.filter(
    (roadClass) => (summary.byClass[roadClass]?.segments ?? 0) > 0,
  );
  const rows = classes.map((roadClass) => {
    const kmByStatus = statuses.map((status) => summary.classStatusKm[roadClass]?.[status] ?? 0);
    return { roadClass, kmByStatus, totalKm: summary.byClass[roadClass]?.lengthKm ?? 0 };
  });
  const totalByStatusKm = statuses.map((status) => summary.byStatus[status]?.lengthKm ?? 0);
  return { statuses, rows, totalByStatusKm, totalKm: summary.lengthKm };
}

/**
 * The table as tab-separated values with a header row, kilometres to two decimals.
 *
 * @example
 * summaryTableTsv(summaryTable(summary), STRINGS.zh); // '等级\t合计\t既有\t…\n国道\t101.70\t…'
 */
export function summaryTableTsv(table: SummaryTable, strings: Strings): string {
  const header = [
    strings.statClass,
    strings.total,
    ...table.statuses.map((status) => strings.statuses[status]),
  ];
  const lines = [header.join('\t')];
  for (const row of table.rows) {
    lines.push(
      [strings.classes[row.roadClass], formatKm(row.totalKm), ...row.kmByStatus.map(formatKm)].join(
        '\t',
      ),
    );
  }
  lines.push(
    [strings.total, formatKm(table.totalKm), ...table.totalByStatusKm.map(formatKm)].join('\t'),
  );
  return lines.join('\n');
}
