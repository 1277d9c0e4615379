import geodesic from 'geographiclib-geodesic';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import {
  fetchSampleRoads,
  findRoadOnScreen,
  highlightOf,
  settle,
  useSharedApp,
} from './appHelpers.ts';
import { useBrowser } from './harness.ts';

useBrowser();

interface SampleProperties {
  id: string;
  name?: string;
  route?: string;
  status?: string;
  length_km?: number;
  completed_km?: number;
  guard_required_km?: number;
  guard_km?: number;
}

/** GeographicLib's geodesic length of a line on WGS 84, in km. */
function geodesicKm(geometry: LineString | MultiLineString): number {
  const paths = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  let metres = 0;
  for (const path of paths) {
    for (let i = 1; i < path.length; i++) {
      const [from, to] = [path[i - 1] as Position, path[i] as Position];
      metres += geodesic.Geodesic.WGS84.Inverse(from[1]!, from[0]!, to[1]!, to[0]!).s12 ?? NaN;
    }
  }
  return metres / 1000;
}

/** The number in a text such as "12.34 km". */
function kmIn(text: string | null): number {
  const match = /-?\d+(\.\d+)?/.exec(text ?? '');
  return match ? Number(match[0]) : NaN;
}

describe('segment details', () => {
  const app = useSharedApp('?lang=en');

  test('hovering a road highlights it and clicking it opens its details', async () => {
    const { page } = app();
    const details = page.getByRole('region', { name: 'Segment details', exact: true });
    // On a desktop the details panel appears only with a selection.
    expect(await details.count()).toBe(0);

    const road = await findRoadOnScreen(page, ['national', 'provincial'], ['construction']);
    const sample = await fetchSampleRoads();
    const feature = sample.features.find(
      (candidate) => (candidate.properties as SampleProperties | null)?.id === road.id,
    ) as Feature<LineString | MultiLineString, SampleProperties> | undefined;
    expect(feature, `sample feature ${road.id}`).toBeDefined();
    const properties = feature!.properties;

    await page.mouse.move(road.x, road.y);
    await expect.poll(() => highlightOf(page, road.index)).toBe('hover');

    await page.mouse.click(road.x, road.y);
    await expect.poll(() => details.count()).toBe(1);
    await settle(page);
    await expect.poll(() => highlightOf(page, road.index)).toBe('selected');
    await expect.poll(() => new URL(page.url()).searchParams.get('select')).toBe(road.id);

    const text = (await details.textContent()) ?? '';
    expect(text).toContain(properties.name ?? properties.route ?? properties.id);
    expect(text).toContain(properties.id);

    // Declared and measured lengths.
    const declared = details.locator('dt:text-is("Declared length") + dd');
    const measured = details.locator('dt:text-is("Measured length (ellipsoidal)") + dd');
    if (properties.length_km === undefined) {
      expect((await declared.textContent())?.trim()).toBe('—');
    } else {
      expect((await declared.textContent())?.trim()).toBe(`${properties.length_km.toFixed(2)} km`);
    }
    const measuredKm = kmIn(await measured.textContent());
    const expectedKm = geodesicKm(feature!.geometry);
    expect(Math.abs(measuredKm - expectedKm)).toBeLessThanOrEqual(0.005 + expectedKm * 1e-4);

    // A completion bar and a guard-coverage bar.
    const meters = details.getByRole('meter');
    expect(await meters.count()).toBe(2);
    const lengthKm = properties.length_km ?? expectedKm;
    const completedKm =
      properties.completed_km ??
      (properties.status === 'completed' || properties.status === 'open' ? lengthKm : 0);
    const completion = Math.min(1, Math.max(0, completedKm / lengthKm));
    expect(await meters.nth(0).getAttribute('aria-valuenow')).toBe(
      String(Math.round(completion * 100)),
    );
    const requiredKm = properties.guard_required_km ?? properties.guard_km;
    const guardMeter = meters.nth(1);
    if (requiredKm === undefined) {
      expect(await guardMeter.getAttribute('aria-valuetext')).toBe('Not assessed');
      expect(await guardMeter.getAttribute('aria-valuenow')).toBeNull();
    } else if (requiredKm === 0) {
      expect(await guardMeter.getAttribute('aria-valuetext')).toBe('Not required');
      expect(await guardMeter.getAttribute('aria-valuenow')).toBeNull();
    } else {
      const guarded = Math.min(1, (properties.guard_km ?? 0) / requiredKm);
      expect(await guardMeter.getAttribute('aria-valuenow')).toBe(
        String(Math.round(guarded * 100)),
      );
    }
  });

  test('closing the details clears the selection', async () => {
    const { page } = app();
    const details = page.getByRole('region', { name: 'Segment details', exact: true });
    await details.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => details.count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('select')).toBeNull();
  });

  test('no page error', () => {
    expect(app().errors).toEqual([]);
    expect(app().externalRequests).toEqual([]);
  });
});
