/** The built-in sample county, prepared as the data worker prepares it (for unit tests). */
import { readFileSync } from 'node:fs';
import { prepareDataset, type PreparedDataset } from '../../src/data/worker/prepareDataset.ts';

export function preparedSample(): PreparedDataset {
  const text = readFileSync(new URL('../../public/sample/roads.geojson', import.meta.url), 'utf8');
  const outcome = prepareDataset(JSON.parse(text));
  if (!outcome.ok) throw new Error('the sample does not validate');
  return outcome.dataset;
}
