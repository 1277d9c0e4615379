/**
 * `npm run tiles -- --in <network> --out <folder>`: a network in any format Roadboard opens
 * (repeat `--in` for a shapefile's loose parts) to a tile set the app opens at province scale:
 * `roads.pmtiles` (vector tiles of the roads, route codes and points, zoom 5–14, one PMTiles v3
 * archive), `columns.bin.gz` (the statistics' columns), `points.geojson` and the manifest
 * `roadboard-tiles.json`; with `--boundaries <counties.geojson>` (polygons with a `name`, such as
 * `npm run sample:province` writes) also `counties.geojson`, each county with its figures.
 * Progress goes to the console.
 */
import { parseArgs } from 'node:util';
import { buildTileSet } from './tileSet.ts';

const { values } = parseArgs({
  options: {
    in: { type: 'string', multiple: true },
    out: { type: 'string' },
    boundaries: { type: 'string' },
  },
});
if (!values.in?.length || !values.out) {
  console.error(
    'usage: npm run tiles -- --in <network> [--in <part> …] --out <folder> [--boundaries <counties.geojson>]',
  );
  process.exit(2);
}
try {
  const outcome = await buildTileSet(values.in, values.out, (line) => console.log(line), {
    boundaries: values.boundaries,
  });
  if (!outcome.ok) process.exitCode = 1;
} catch (error) {
  // A file that cannot be read at all (missing, not JSON, cut short): its sentence, no stack.
  console.error(`the network cannot be read: ${(error as Error).message}`);
  process.exitCode = 1;
}
