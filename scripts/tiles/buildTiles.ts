/**
 * `npm run tiles -- --in <network> --out <folder>`: a network in any format Roadboard opens
 * (repeat `--in` for a shapefile's loose parts) to a tile set the app opens at province scale:
 * `roads.pmtiles` (vector tiles of the roads, route codes and points, zoom 5–14, one PMTiles v3
 * archive), `columns.bin.gz` (the statistics' columns), `bounds.bin.gz` (each segment's bounds),
 * `points.geojson` and the manifest `roadboard-tiles.json`; with `--boundaries
 * <counties.geojson>` (polygons with a `name`, such as `npm run sample:province` writes) also
 * `counties.geojson`, each county with its figures; with `--progress <sheet.xlsx|csv>` (repeat
 * it for more sheets) the progress sheets are joined as the app joins them, the tiles and
 * columns are those of the pieces the rows cut (the roads with their state at each date), and
 * `history.bin.gz` holds the pieces' columns at each date for the as-of slider. Progress, and
 * each sheet's rows matched and unmatched, go to the console.
 */
import { parseArgs } from 'node:util';
import { buildTileSet } from './tileSet.ts';

const { values } = parseArgs({
  options: {
    in: { type: 'string', multiple: true },
    out: { type: 'string' },
    boundaries: { type: 'string' },
    progress: { type: 'string', multiple: true },
  },
});
if (!values.in?.length || !values.out) {
  console.error(
    'usage: npm run tiles -- --in <network> [--in <part> …] --out <folder> [--boundaries <counties.geojson>] [--progress <sheet.xlsx|csv> …]',
  );
  process.exit(2);
}
try {
  const outcome = await buildTileSet(values.in, values.out, (line) => console.log(line), {
    boundaries: values.boundaries,
    progress: values.progress,
  });
  if (!outcome.ok) process.exitCode = 1;
} catch (error) {
  // A file that cannot be read at all (missing, not JSON, cut short): its sentence, no stack.
  console.error(`the tile set cannot be built: ${(error as Error).message}`);
  process.exitCode = 1;
}
