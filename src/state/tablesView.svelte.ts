/**
 * Whether the Tables view (分组统计) is open. The view itself is a chunk loaded when it first
 * opens.
 */
class TablesView {
  open = $state(false);
}

/** The one Tables view state. */
export const tablesView = new TablesView();
