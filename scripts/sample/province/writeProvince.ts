/**
 * Writes the sample province as two GeoJSON files, streamed county by county: `roads.geojson`
 * (every segment, then every point, one feature per line, as `npm run sample` writes the sample
 * county) and `counties.geojson` (each county's boundary with its name and code).
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { contextFeatures } from '../context.ts';
import { pointFeature, segmentFeature } from '../geojson.ts';
import type { SampleCountySource } from '../source.ts';
import { provinceCounties, type ProvinceOptions } from './province.ts';

/** The `roadboard` foreign member both files carry: the province is synthetic and says so. */
export const PROVINCE_LABEL = {
  name: '合成示例省路网 / Synthetic sample province',
  synthetic: true,
  note: 'synthetic sample data: counties generated like the sample county / 合成示例数据：各县按示例县生成',
};

/** What was written. */
export interface ProvinceSummary {
  roadsPath: string;
  countiesPath: string;
  counties: number;
  segments: number;
  points: number;
}

/** A FeatureCollection written feature by feature. */
class CollectionWriter {
  private readonly descriptor: number;
  private first = true;

  constructor(path: string) {
    this.descriptor = openSync(path, 'w');
    writeSync(
      this.descriptor,
      `{"type":"FeatureCollection","roadboard":${JSON.stringify(PROVINCE_LABEL)},"features":[\n`,
    );
  }

  /** Appends features, one per line. */
  write(features: readonly object[]): void {
    if (features.length === 0) return;
    const lines = features.map((feature) => JSON.stringify(feature)).join(',\n');
    writeSync(this.descriptor, this.first ? lines : `,\n${lines}`);
    this.first = false;
  }

  close(): void {
    writeSync(this.descriptor, '\n]}\n');
    closeSync(this.descriptor);
  }
}

/**
 * Generates the province into `folder`, reporting each county as it is done.
 *
 * @example
 * writeProvince(readSampleSource(), 'sample-province', { segmentCount: 20_000, countyCount: 4 });
 */
export function writeProvince(
  base: SampleCountySource,
  folder: string,
  options: ProvinceOptions,
  onCounty: (summary: ProvinceSummary) => void = () => {},
): ProvinceSummary {
  mkdirSync(folder, { recursive: true });
  const summary: ProvinceSummary = {
    roadsPath: join(folder, 'roads.geojson'),
    countiesPath: join(folder, 'counties.geojson'),
    counties: 0,
    segments: 0,
    points: 0,
  };
  const roads = new CollectionWriter(summary.roadsPath);
  const boundaries = new CollectionWriter(summary.countiesPath);
  const points: object[] = [];
  for (const { code, county } of provinceCounties(base, options)) {
    const origin = county.county.origin;
    roads.write(county.segments.map((draft) => segmentFeature(draft, origin)));
    points.push(...county.points.map((draft) => pointFeature(draft, origin)));
    const [boundary] = contextFeatures(county.county);
    if (boundary) {
      boundary.properties = { layer: 'boundary', name: county.county.name, code };
      boundaries.write([boundary]);
    }
    summary.counties++;
    summary.segments += county.segments.length;
    summary.points += county.points.length;
    onCounty(summary);
  }
  roads.write(points);
  roads.close();
  boundaries.close();
  return summary;
}
