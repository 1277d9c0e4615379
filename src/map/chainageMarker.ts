/**
 * The marker of a place found by route and chainage (`G247 K391+400`): a pin with its label on
 * the road, and a flight there. The label is text, never markup.
 */
import { Marker, type Map as MapLibreMap } from 'maplibre-gl';

/** The zoom a flight to a found place ends at, unless the map is closer already. */
const FOUND_ZOOM = 14;

/** How long the flight takes. */
const FLIGHT_MS = 1000;

/** The pin: a label above a stem ending in a dot on the road. */
function markerElement(label: string): HTMLElement {
  const element = document.createElement('div');
  element.className = 'chainage-marker';
  element.setAttribute('role', 'img');
  element.setAttribute('aria-label', label);
  Object.assign(element.style, {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    pointerEvents: 'none',
  });
  const text = document.createElement('span');
  text.textContent = label;
  Object.assign(text.style, {
    padding: '2px 6px',
    borderRadius: '4px',
    background: 'var(--panel, #fff)',
    color: 'var(--text, #1d1d1f)',
    border: '2px solid var(--focus, #e08a00)',
    font: '600 12px/1.3 system-ui, "Noto Sans CJK SC", sans-serif',
    whiteSpace: 'nowrap',
  });
  const stem = document.createElement('span');
  Object.assign(stem.style, { width: '2px', height: '14px', background: 'var(--focus, #e08a00)' });
  const dot = document.createElement('span');
  Object.assign(dot.style, {
    width: '10px',
    height: '10px',
    margin: '-2px 0 -5px',
    borderRadius: '50%',
    background: 'var(--focus, #e08a00)',
    border: '2px solid #fff',
  });
  element.append(text, stem, dot);
  return element;
}

/** One marker on a map, moved from place to place. */
export class ChainageMarker {
  readonly #map: MapLibreMap;
  #marker: Marker | null = null;

  constructor(map: MapLibreMap) {
    this.#map = map;
  }

  /** Marks a place with its label and flies there. */
  show(lngLat: [number, number], label: string): void {
    this.clear();
    this.#marker = new Marker({ element: markerElement(label), anchor: 'bottom' })
      .setLngLat(lngLat)
      .addTo(this.#map);
    this.#map.flyTo({
      center: lngLat,
      zoom: Math.max(this.#map.getZoom(), FOUND_ZOOM),
      duration: FLIGHT_MS,
    });
  }

  /** Takes the marker off the map. */
  clear(): void {
    this.#marker?.remove();
    this.#marker = null;
  }
}
