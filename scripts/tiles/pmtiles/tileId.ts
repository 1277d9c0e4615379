/**
 * PMTiles v3 tile ids: the tiles of all lower zooms counted first, then the position of the
 * tile along the Hilbert curve of its zoom, so that tiles near each other on the map lie near
 * each other in the archive.
 */

/** Tiles of the zooms below `zoom`: (4^zoom − 1) ÷ 3. */
function tilesBelow(zoom: number): number {
  return (4 ** zoom - 1) / 3;
}

/**
 * The tile id of z/x/y (zoom up to 26, whole tile numbers inside the zoom's grid).
 *
 * @example
 * tileIdOf(0, 0, 0); // 0
 * tileIdOf(1, 0, 0); // 1
 * tileIdOf(1, 1, 0); // 4
 */
export function tileIdOf(zoom: number, x: number, y: number): number {
  const size = 2 ** zoom;
  if (zoom < 0 || zoom > 26 || x < 0 || y < 0 || x >= size || y >= size)
    throw new RangeError(`no tile ${zoom}/${x}/${y}`);
  let column = x;
  let row = y;
  let position = 0;
  for (let half = size / 2; half >= 1; half /= 2) {
    const right = column & half ? 1 : 0;
    const lower = row & half ? 1 : 0;
    position += half * half * ((3 * right) ^ lower);
    // Turn the quadrant so that the curve inside it starts and ends where the whole one does.
    if (lower === 0) {
      if (right === 1) {
        column = half - 1 - (column & (half - 1));
        row = half - 1 - (row & (half - 1));
      }
      [column, row] = [row, column];
    }
  }
  return tilesBelow(zoom) + position;
}
