/**
 * Command-line options of `npm run bench`.
 */

export interface BenchOptions {
  /** Network sizes in segments. */
  sizes: number[];
  /** App/baseline pairs per size (A B A B …). */
  pairs: number;
  /** Skip `vite build` and reuse the last build in bench-results/. */
  skipBuild: boolean;
  /** Longest a page may take to reach its first idle, in ms. */
  loadTimeoutMs: number;
  /**
   * The tile set folder of the tile-set part (tileSet.ts); null: sample-province/tiles where it
   * has been built, else the part is skipped.
   */
  tiles: string | null;
  /** Skip the tile-set part. */
  noTiles: boolean;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  sizes: [1_000, 10_000, 100_000],
  pairs: 3,
  skipBuild: false,
  loadTimeoutMs: 300_000,
  tiles: null,
  noTiles: false,
};

export const USAGE = `npm run bench [-- options]
  --sizes 1000,10000     network sizes in segments (default 1000,10000,100000)
  --pairs N              app/baseline pairs per size, at least 1 (default 3; the issue asks 3+)
  --skip-build           reuse the builds already in bench-results/
  --load-timeout-s N     longest first load allowed per page (default 300)
  --tiles FOLDER         tile set (npm run tiles) of the tile-set part
                         (default sample-province/tiles, skipped where it is not built)
  --no-tiles             skip the tile-set part`;

function positiveInteger(text: string | undefined, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a positive integer`);
  return value;
}

/**
 * Reads `process.argv.slice(2)`.
 *
 * @example
 * parseOptions(['--sizes', '1000,10000', '--pairs', '5']).sizes; // [1000, 10000]
 */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...DEFAULT_OPTIONS, sizes: [...DEFAULT_OPTIONS.sizes] };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (flag === '--sizes') {
      options.sizes = (value ?? '').split(',').map((part) => positiveInteger(part, flag));
      index++;
    } else if (flag === '--pairs') {
      options.pairs = positiveInteger(value, flag);
      index++;
    } else if (flag === '--load-timeout-s') {
      options.loadTimeoutMs = positiveInteger(value, flag) * 1000;
      index++;
    } else if (flag === '--tiles') {
      if (!value) throw new Error('--tiles needs a tile set folder');
      options.tiles = value;
      index++;
    } else if (flag === '--no-tiles') {
      options.noTiles = true;
    } else if (flag === '--skip-build') {
      options.skipBuild = true;
    } else {
      throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
  }
  return options;
}
