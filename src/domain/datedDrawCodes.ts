/**
 * How a drawn piece carries its state at each date of a progress history: for each property
 * the style reads (status, the completion and guard buckets, built or not), a text with one
 * letter per date, the letter naming the value (`a` the first value of its list, `b` the
 * second …). The style picks the letter of the date shown (`slice`), so that showing another
 * date changes an expression, as a colour-mode switch does, and not the data.
 */
import { BUILD_STATUSES } from '../contract/roadNetwork.ts';
import type { RoadPiece } from '../contract/roadPiece.ts';
import { COMPLETION_BUCKETS, GUARD_BUCKETS } from './types.ts';
import type { PieceState } from './progressPieces.ts';

/** A drawn property that changes with the date, the property holding its letters, and its values. */
export interface DatedProperty {
  property: string;
  datedKey: string;
  values: readonly string[];
}

const DATED_PIECES: readonly RoadPiece[] = ['built', 'unbuilt'];

export const DATED_PROPERTIES: readonly DatedProperty[] = [
  { property: 'status', datedKey: 'datedStatus', values: BUILD_STATUSES },
  { property: 'completionBucket', datedKey: 'datedCompletion', values: COMPLETION_BUCKETS },
  { property: 'guardBucket', datedKey: 'datedGuard', values: GUARD_BUCKETS },
  { property: 'piece', datedKey: 'datedPiece', values: DATED_PIECES },
];

/** The letter of the value at `position` in its list. */
export function datedLetter(position: number): string {
  return String.fromCharCode(97 + position);
}

/** The drawn piece of a piece cut by progress rows: built or not, as a whole. */
export function piecePart(state: { completedKm: number }): RoadPiece {
  return state.completedKm > 0 ? 'built' : 'unbuilt';
}

/** The value of a dated property of a piece in one state. */
function valueOf(state: PieceState, property: string): string {
  if (property === 'status') return state.status;
  if (property === 'completionBucket') return state.completionBucket;
  if (property === 'guardBucket') return state.guardBucket;
  return piecePart(state);
}

/**
 * The dated letters of a piece, from its states at each date (in date order).
 *
 * @example
 * datedLetters([january, june]); // { datedStatus: 'bd', datedCompletion: 'ac', … }
 */
export function datedLetters(states: readonly PieceState[]): Record<string, string> {
  const letters: Record<string, string> = {};
  for (const { property, datedKey, values } of DATED_PROPERTIES) {
    let text = '';
    for (const state of states) text += datedLetter(values.indexOf(valueOf(state, property)));
    letters[datedKey] = text;
  }
  return letters;
}
