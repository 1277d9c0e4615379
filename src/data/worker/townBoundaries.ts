/**
 * Town boundaries (乡镇界) in the data worker: read by content (GeoJSON, a zipped Shapefile …),
 * their polygons taken with a name field, and the segment columns split at them so that every
 * figure by town adds up to the county. Loaded only when a dataset comes with boundaries.
 */
import type { LineString, MultiLineString, Polygon, MultiPolygon, Position } from 'geojson';
import { splitColumnsAtTowns } from '../../domain/townColumns.ts';
import { townArea, townLookup, type TownArea } from '../../domain/townAreas.ts';
import { townPieces } from '../../domain/townPieces.ts';
import type { SegmentColumns } from '../../domain/segmentIndex.ts';
import type { DatasetSource } from './workerProtocol.ts';
import { readInput } from './readInput.ts';

/** Fields that name a town, most likely first (compared without case). */
const NAME_FIELDS = [
  'name',
  'town',
  '乡镇',
  '乡镇名称',
  '乡镇名',
  'xzmc',
  'xzqmc',
  'xzqhmc',
  '名称',
];

function nameOf(properties: Record<string, unknown> | null): string | null {
  if (!properties) return null;
  const entries = Object.entries(properties);
  for (const field of NAME_FIELDS) {
    const found = entries.find(([key]) => key.toLowerCase() === field);
    if (found && typeof found[1] === 'string' && found[1].trim() !== '') return found[1].trim();
  }
  return null;
}

/**
 * The named town areas of a FeatureCollection: its Polygon and MultiPolygon features with a
 * name (several features of one name make one town).
 *
 * @example
 * townAreasOf(JSON.parse(text)).map((area) => area.name); // ['永明镇', '花园镇', …]
 */
export function townAreasOf(value: unknown): TownArea[] {
  const features = (value as { features?: unknown[] } | null)?.features;
  if (!Array.isArray(features)) return [];
  const ringsByName = new Map<string, Position[][]>();
  for (const feature of features as {
    geometry?: Polygon | MultiPolygon | null;
    properties?: Record<string, unknown> | null;
  }[]) {
    const geometry = feature?.geometry;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const name = nameOf(feature.properties ?? null);
    if (name === null) continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const rings = ringsByName.get(name) ?? [];
    for (const polygon of polygons) rings.push(...polygon);
    ringsByName.set(name, rings);
  }
  return [...ringsByName].map(([name, rings]) => townArea(name, rings));
}

/**
 * The columns split at the town boundaries read from `source`; the columns as they are where
 * the boundaries cannot be read or hold no named polygon.
 */
export async function splitAtTownBoundaries(
  columns: SegmentColumns,
  lines: readonly (LineString | MultiLineString)[],
  source: DatasetSource,
): Promise<SegmentColumns> {
  const reading = await readInput(source).catch(() => null);
  if (!reading?.ok) return columns;
  const areas = townAreasOf(reading.value);
  if (areas.length === 0) return columns;
  const lookup = townLookup(areas);
  const pieces = lines.map((line) => townPieces(line, lookup));
  return splitColumnsAtTowns(
    columns,
    pieces,
    areas.map((area) => area.name),
  );
}
