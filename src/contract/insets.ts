/** Pixels of the map covered by panels on each side; framing keeps data clear of them. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
