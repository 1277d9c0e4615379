/**
 * Frames point features (bridges, stations, mooring areas) with the camera, for search: the
 * map's own framing (`frameSegments`, through `appState.focusRequest`) knows segments only.
 * Keeps the points clear of the panels as that framing does.
 */
import { FIT_MAX_ZOOM, framingPadding } from '../map/framing.ts';
import { appState } from './appState.svelte.ts';
import { roadMapReady } from './roadMapHandle.ts';

/** Moves the camera to frame these [longitude, latitude] positions (once the map is made). */
export async function framePoints(positions: readonly (readonly number[])[]): Promise<void> {
  const finite = positions.filter(
    (position) => Number.isFinite(position[0]) && Number.isFinite(position[1]),
  );
  if (finite.length === 0) return;
  const longitudes = finite.map((position) => position[0]!);
  const latitudes = finite.map((position) => position[1]!);
  const { map } = await roadMapReady;
  const container = map.getContainer();
  const size = { width: container.clientWidth, height: container.clientHeight };
  map.fitBounds(
    [
      [Math.min(...longitudes), Math.min(...latitudes)],
      [Math.max(...longitudes), Math.max(...latitudes)],
    ],
    { padding: framingPadding(size, appState.mapInsets), maxZoom: FIT_MAX_ZOOM },
  );
}
