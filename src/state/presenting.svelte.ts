/**
 * Whether presentation mode is on and whether the export dialog is open: the first load keeps
 * only these flags; what shows them is loaded when first asked for.
 */
class Presenting {
  /** The map fills the screen with the key figures and the legend; the working panels go. */
  active = $state(false);
  /** The export dialog is open. */
  exportOpen = $state(false);
}

/** The one presentation flag set. */
export const presenting = new Presenting();
