/**
 * The mapping step's short way for a file in the contract's names: when every field is a
 * contract property and enough of them are Roadboard's markers, schema recognition can only
 * say `roadboard` (no other schema has a contract name among its markers), so the file passes
 * unchanged without loading the other schemas.
 */
import { CONTRACT_PROPERTIES } from '../validate/featureProperties.ts';
import { MARKERS_NEEDED, ROADBOARD_MARKERS } from '../mapping/roadboardMarkers.ts';

const MARKERS: ReadonlySet<string> = new Set(ROADBOARD_MARKERS);

/**
 * Whether the rows' fields are all contract properties, as written, with at least
 * `MARKERS_NEEDED` of Roadboard's markers among them.
 *
 * @example
 * inContractNames([{ id: 'a', route: 'X085', status: 'open' }]); // true
 * inContractNames([{ id: 'a', RN: 'G247', NAME: '…' }]); // false
 */
export function inContractNames(rows: readonly Readonly<Record<string, unknown>>[]): boolean {
  const names = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row)) names.add(name);
  let markers = 0;
  for (const name of names) {
    if (!CONTRACT_PROPERTIES.has(name)) return false;
    if (MARKERS.has(name)) markers++;
  }
  return markers >= MARKERS_NEEDED;
}
