/** The part of shpjs 6 these readers call; the package ships no types. */
declare module 'shpjs' {
  /**
   * The geometries of a .shp's records, in order (null for a null shape), reprojected to
   * longitude/latitude when `prj` is given. Throws on an unknown shape type or a record whose
   * content runs past its end.
   */
  export function parseShp(
    shp: DataView | ArrayBuffer | Uint8Array,
    prj?: string | false,
  ): Array<import('geojson').Geometry | null>;
}
