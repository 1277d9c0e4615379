// The app loads proj4 and gcoord only for files that need them; the unit tests call the
// synchronous conversion directly, so they load both first.
import { loadConversionLibraries } from '../../src/data/coordinates/libraries.ts';

await loadConversionLibraries();
