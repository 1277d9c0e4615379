/**
 * Whether the measuring and data-check tools' panel is open. The panel and the tools are a
 * chunk loaded when it first opens.
 */
class AnalysisPanel {
  open = $state(false);
}

/** The one tools panel state. */
export const analysisPanel = new AnalysisPanel();
