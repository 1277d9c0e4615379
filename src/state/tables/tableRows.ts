/**
 * The grouped table of what the map shows now (the shown filters, less hidden legend entries),
 * its rows named in the UI's language and put in order.
 */
import { BUILD_STATUSES, ROAD_CLASSES } from '../../contract/roadNetwork.ts';
import {
  groupTable,
  type GroupField,
  type GroupTable,
  type TableRow,
} from '../../domain/groupTable.ts';
import { segmentColumns } from '../../domain/segmentIndex.ts';
import { columnsInTowns } from '../../domain/townColumns.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { TableColumn, TablesText } from '../../i18n/tablesText.ts';
import type { AppState } from '../appState.svelte.ts';

/** A row with the names of its keys. */
export interface NamedRow extends TableRow {
  names: string[];
}

export interface NamedTable extends Omit<GroupTable, 'rows'> {
  rows: NamedRow[];
}

/** A table's order: by the names ('name') or by a figure, up or down. */
export interface TableOrder {
  by: 'name' | TableColumn;
  descending: boolean;
}

export const NAME_ORDER: TableOrder = { by: 'name', descending: false };

/**
 * The grouped table of the segments `state` shows.
 *
 * @example
 * shownTable(appState, ['town', 'class']).rows[0]?.lengthKm;
 */
export function shownTable(state: AppState, groupBy: readonly GroupField[]): GroupTable {
  if (!state.dataset) return groupTable(segmentColumns([]), null, groupBy);
  const { filter, mode, hiddenBuckets } = state.shown;
  const shown =
    hiddenBuckets.length > 0 || state.showsFilter
      ? state.segmentIndex.shown(filter, mode, hiddenBuckets)
      : null;
  const columns = state.segmentIndex.columns;
  const inTowns = columnsInTowns(columns, filter.towns);
  const townLevel = groupBy.indexOf('town');
  if (inTowns === columns || townLevel < 0) return groupTable(inTowns, shown, groupBy);
  // By town with towns filtered (roads split at boundaries): the chosen towns' rows.
  const chosen = new Set(filter.towns);
  const table = groupTable(columns, shown, groupBy);
  return {
    ...table,
    rows: table.rows.filter((row) => chosen.has(row.keys[townLevel]!)),
    totals: groupTable(inTowns, shown, []).totals,
  };
}

/** The name of a key of `field`, as the view and the files show it. */
export function keyName(
  field: GroupField,
  key: string,
  strings: Strings,
  text: TablesText,
): string {
  if (key === '') return text.noValue[field];
  if (field === 'class') return strings.classes[key as keyof Strings['classes']] ?? key;
  if (field === 'status') return strings.statuses[key as keyof Strings['statuses']] ?? key;
  return key;
}

const collator = new Intl.Collator('zh', { numeric: true });

/** Position of a key of `field` in the natural order: contract order, years up, names. */
function compareKeys(field: GroupField, a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  if (field === 'class') {
    return ROAD_CLASSES.indexOf(a as never) - ROAD_CLASSES.indexOf(b as never);
  }
  if (field === 'status') {
    return BUILD_STATUSES.indexOf(a as never) - BUILD_STATUSES.indexOf(b as never);
  }
  return collator.compare(a, b);
}

/**
 * The table's rows named in `strings` and `text`, in `order`: by the names in their natural
 * order (classes and statuses as the contract lists them, years up, names as in Chinese
 * dictionaries, rows without a value last), or by a figure (ties by name; null ratios last).
 */
export function namedTable(
  table: GroupTable,
  strings: Strings,
  text: TablesText,
  order: TableOrder = NAME_ORDER,
): NamedTable {
  const byName = (a: TableRow, b: TableRow): number => {
    for (let level = 0; level < table.groupBy.length; level++) {
      const field = table.groupBy[level]!;
      const compared = compareKeys(field, a.keys[level]!, b.keys[level]!);
      if (compared !== 0) return compared;
    }
    return 0;
  };
  const sorted = [...table.rows].sort((a, b) => {
    if (order.by === 'name') return order.descending ? byName(b, a) : byName(a, b);
    const first = a[order.by];
    const second = b[order.by];
    if (first === null || second === null) {
      return first === second ? byName(a, b) : first === null ? 1 : -1;
    }
    const compared = order.descending ? second - first : first - second;
    return compared !== 0 ? compared : byName(a, b);
  });
  const rows = sorted.map((row) => ({
    ...row,
    names: row.keys.map((key, level) => keyName(table.groupBy[level]!, key, strings, text)),
  }));
  return { ...table, rows };
}
