/**
 * The Tables view (分组统计): whether it is open, and the grouping and order it shows (which an
 * exported page's chart follows). The view itself is a chunk loaded when it first opens.
 */
import type { GroupField } from '../domain/groupTable.ts';
import type { TableOrder } from './tables/tableRows.ts';

class TablesView {
  open = $state(false);
  groupBy = $state.raw<GroupField[]>(['town']);
  order = $state.raw<TableOrder>({ by: 'name', descending: false });
}

/** The one Tables view state. */
export const tablesView = new TablesView();
