/** A camera position: centre in degrees, zoom level. */
export interface Camera {
  longitude: number;
  latitude: number;
  zoom: number;
}
