/**
 * Whether the measuring and data-check tools' panel is open. The panel and the tools are a
 * chunk loaded when it first opens.
 */
class AnalysisPanel {
  open = $state(false);
  /** Whether the focus moves into the panel as it opens, and back to its button as it closes. */
  moveFocus = false;
}

/** The one tools panel state. */
export const analysisPanel = new AnalysisPanel();
