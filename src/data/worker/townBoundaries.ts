/**
 * Town boundaries (乡镇界) in the data worker: read by content (GeoJSON, a zipped Shapefile …),
 * their polygons taken with a name field, the lines cut at them, and the drawn roads' towns and
 * the segment columns taken from the cut, so that the map's town filter draws what the figures
 * count and every figure by town adds up to the county. Loaded only when a dataset comes with
 * boundaries.
 */
import type {
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { splitColumnsAtTowns } from '../../domain/townColumns.ts';
import { OUTSIDE, townArea, townLookup, type TownArea } from '../../domain/townAreas.ts';
import { townPieces, type TownPiece } from '../../domain/townPieces.ts';
import type { SegmentColumns } from '../../domain/segmentIndex.ts';
import type { UnfilteredFigures } from '../../domain/unfilteredFigures.ts';
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

/** Where each segment's line runs: its pieces in the towns named `names`. */
export interface TownSplit {
  pieces: TownPiece[][];
  names: string[];
}

/**
 * The lines cut at the town boundaries read from `source`; null where the boundaries cannot
 * be read or hold no named polygon.
 */
export async function townSplit(
  source: DatasetSource,
  lines: readonly (LineString | MultiLineString)[],
): Promise<TownSplit | null> {
  const reading = await readInput(source).catch(() => null);
  if (!reading?.ok) return null;
  const areas = townAreasOf(reading.value);
  if (areas.length === 0) return null;
  const lookup = townLookup(areas);
  return {
    pieces: lines.map((line) => townPieces(line, lookup)),
    names: areas.map((area) => area.name),
  };
}

/**
 * Gives each drawn road or route-code label (its id a segment index) the towns its segment's
 * line runs through as its `townsKey`, so that the map's town filter draws the roads the figures
 * count.
 */
export function drawTownsFromSplit(
  roads: FeatureCollection<Geometry, { townsKey: string }>,
  split: TownSplit,
): void {
  for (const road of roads.features) {
    const towns = new Set<string>();
    for (const piece of split.pieces[Number(road.id)] ?? []) {
      if (piece.town !== OUTSIDE) towns.add(split.names[piece.town]!);
    }
    road.properties.townsKey = towns.size > 0 ? `|${[...towns].join('|')}|` : '';
  }
}

/** The columns with each segment's towns taken from the split. */
export function splitColumns(columns: SegmentColumns, split: TownSplit): SegmentColumns {
  return splitColumnsAtTowns(columns, split.pieces, split.names);
}

const townCollator = new Intl.Collator('zh');

/** The figures with the town filter's choices taken from the boundaries the roads run through. */
export function withTownOptions(
  figures: UnfilteredFigures,
  columns: SegmentColumns,
): UnfilteredFigures {
  const towns = [...columns.towns].sort(townCollator.compare);
  return { ...figures, options: { ...figures.options, towns } };
}
