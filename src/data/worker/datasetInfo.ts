/** Where a dataset came from and what it says about itself. */
export interface DatasetInfo {
  name: string;
  /** True when the geometry is made up (the built-in sample). */
  synthetic: boolean;
}
