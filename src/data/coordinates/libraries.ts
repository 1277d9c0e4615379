/**
 * proj4 and gcoord, loaded only when a file needs them (projected metres, a Chinese web-map
 * datum): a plain lon/lat file, the common case, opens without downloading them. The
 * conversion itself stays synchronous and asks for the loaded libraries here.
 */
import type proj4Type from 'proj4';
import type gcoordType from 'gcoord';

export interface ConversionLibraries {
  proj4: typeof proj4Type;
  gcoord: typeof gcoordType;
}

let loaded: ConversionLibraries | null = null;

/**
 * Loads both libraries (once; later calls resolve at once).
 *
 * @example
 * await loadConversionLibraries();
 * toLonLat(input, detection); // may now convert projected metres
 */
export async function loadConversionLibraries(): Promise<ConversionLibraries> {
  if (!loaded) {
    const [proj4Module, gcoordModule] = await Promise.all([import('proj4'), import('gcoord')]);
    loaded = { proj4: proj4Module.default, gcoord: gcoordModule.default };
  }
  return loaded;
}

/** The loaded libraries; throws when `loadConversionLibraries` has not finished. */
export function conversionLibraries(): ConversionLibraries {
  if (!loaded) throw new Error('the coordinate libraries are not loaded yet');
  return loaded;
}
