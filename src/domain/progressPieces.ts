/**
 * A network with its progress rows joined: every segment a row covers is cut into pieces that
 * are each wholly built or wholly unbuilt at every date of the history, and each piece becomes
 * a measured segment of its own. The pieces as of the latest date replace the segments they
 * were cut from; their states at the history's dates are kept beside them (`ProgressHistory`),
 * so that the app can show any date without cutting again.
 *
 * A stretch's name, project, year, towns and work are those of its latest row at every date;
 * its status, completed length and guard figures change with the date.
 */
import type { LineString, MultiLineString } from 'geojson';
import type { BuildStatus, RoadSegmentProperties, WorkType } from '../contract/roadNetwork.ts';
import { completionBucket, guardBucket, guardRatio } from './buckets.ts';
import { formatChainage } from './chainage.ts';
import { cutLine } from './chainageCut.ts';
import {
  stretchAsOf,
  winnerAsOf,
  type ProgressJoin,
  type ProgressPiece,
  type ProgressRow,
  type Stretch,
} from './progressAsOf.ts';
import type { CompletionBucket, GuardBucket, MeasuredSegment, StretchSource } from './types.ts';

/** A progress row as a sheet gives it: the figures, what else it names, and where it is. */
export interface SheetProgressRow extends ProgressRow {
  project?: string;
  year?: number;
  towns?: string[];
  investmentWan?: number;
  work?: WorkType;
  note?: string;
  source: { file: string; sheet: string; row: number };
}

/** The pieces' states at each date of the history. */
export interface ProgressHistory {
  /** The dates, rising (ISO dates). */
  dates: string[];
  /** The segments (new indices) whose state changes with the date: the pieces. */
  indices: Uint32Array;
  /** `states[k * indices.length + j]`: piece `indices[j]` as of `dates[k]`. */
  states: PieceState[];
}

/** The network with the rows joined. */
export interface ProgressNetwork {
  /** Segments and pieces as of the latest date, numbered anew (`index`). */
  segments: MeasuredSegment[];
  /** The line of each, by new index. */
  lines: (LineString | MultiLineString)[];
  /** For each new index, the index of the segment it is or was cut from. */
  origin: Uint32Array;
  history: ProgressHistory;
}

/** A length in km to the millimetre. */
function toMillimetre(km: number): number {
  return Math.round(km * 1e6) / 1e6;
}

/** Fractions closer than this are one cut. */
const SAME_CUT = 1e-9;

/** Where the built part of a stretch lies, as fractions of its segment's line. */
function builtFractions(stretch: Stretch, piece: ProgressPiece): [number, number] {
  const width = stretch.toFraction - stretch.fromFraction;
  const share = piece.lengthKm > 0 ? Math.min(1, piece.completedKm / piece.lengthKm) : 0;
  // A row's completed km run from the stretch's start chainage; where the chainage runs against
  // the line, that start is the line's far end of the stretch.
  if (piece.row !== null && stretch.reversed) {
    return [stretch.toFraction - share * width, stretch.toFraction];
  }
  return [stretch.fromFraction, stretch.fromFraction + share * width];
}

/**
 * The stretch's ends and the fractions within it where some state's built part ends, rising:
 * the pieces lie between consecutive ones (at least one piece, however short the stretch).
 */
function atomCuts(stretch: Stretch, states: readonly ProgressPiece[]): number[] {
  const inner: number[] = [];
  for (const state of states) {
    for (const cut of builtFractions(stretch, state)) {
      if (cut > stretch.fromFraction + SAME_CUT && cut < stretch.toFraction - SAME_CUT) {
        inner.push(cut);
      }
    }
  }
  inner.sort((a, b) => a - b);
  const kept = [stretch.fromFraction];
  for (const cut of inner) if (cut - kept.at(-1)! > SAME_CUT) kept.push(cut);
  kept.push(stretch.toFraction);
  return kept;
}

/** The chainage at a fraction of a stretch's line. */
function chainageAt(stretch: Stretch, fraction: number): number {
  const width = stretch.toFraction - stretch.fromFraction;
  const share = width > 0 ? (fraction - stretch.fromFraction) / width : 0;
  const along = stretch.reversed ? 1 - share : share;
  return stretch.fromKm + along * (stretch.toKm - stretch.fromKm);
}

/** The latest row's own fields over the segment's, for the piece's latest properties. */
function latestProperties(
  base: RoadSegmentProperties,
  row: SheetProgressRow | null,
): RoadSegmentProperties {
  if (row === null) return { ...base };
  const properties = { ...base };
  if (row.project !== undefined) properties.project = row.project;
  if (row.year !== undefined) properties.year = row.year;
  if (row.towns !== undefined && row.towns.length > 0) properties.towns = row.towns;
  if (row.work !== undefined) properties.work = row.work;
  if (row.note !== undefined) properties.note = row.note;
  return properties;
}

/** What a piece needs of its place: fractions of its segment's line, and lengths. */
interface Atom {
  fromFraction: number;
  toFraction: number;
  /** Chainage length, km. */
  lengthKm: number;
  measuredKm: number;
}

/** A piece's figures in one state: what changes with the date. */
export interface PieceState {
  status: BuildStatus;
  /** The piece's length built: all of it or none. */
  completedKm: number;
  /** The share of the piece's stretch built, 0…1: the piece takes the stretch's colour. */
  completionRatio: number;
  completionBucket: CompletionBucket;
  guardRequiredKm: number | null;
  guardKm: number;
  guardRatio: number | null;
  guardBucket: GuardBucket;
}

/** A piece's figures under one of its stretch's states. */
function pieceStateOf(
  atom: Atom,
  stretch: Stretch,
  state: ProgressPiece<SheetProgressRow>,
  segment: MeasuredSegment,
): PieceState {
  const [builtFrom, builtTo] = builtFractions(stretch, state);
  const middle = (atom.fromFraction + atom.toFraction) / 2;
  const share = state.lengthKm > 0 ? atom.lengthKm / state.lengthKm : 0;
  const guardRequiredKm = state.guardRequiredKm === null ? null : state.guardRequiredKm * share;
  const guardKm = state.guardKm * share;
  const completionRatio = state.lengthKm > 0 ? state.completedKm / state.lengthKm : 0;
  // A row reports progress: its stretch is in a project; without one, the segment says.
  const inProject = state.row !== null || segment.completionBucket !== 'not-in-project';
  return {
    status: state.status,
    completedKm: middle > builtFrom && middle < builtTo ? atom.lengthKm : 0,
    completionRatio,
    completionBucket: inProject ? completionBucket(completionRatio) : 'not-in-project',
    guardRequiredKm,
    guardKm,
    guardRatio: guardRatio(guardRequiredKm, guardKm),
    guardBucket: guardBucket(guardRequiredKm, guardKm),
  };
}

/** A piece as of the latest date: a measured segment of its own. */
function latestPiece(
  index: number,
  properties: RoadSegmentProperties,
  atom: Atom,
  stretch: Stretch,
  latest: ProgressPiece<SheetProgressRow>,
  segment: MeasuredSegment,
  source: StretchSource,
): MeasuredSegment {
  const state = pieceStateOf(atom, stretch, latest, segment);
  const row = latest.row;
  const investmentWan =
    row?.investmentWan !== undefined && row.toKm > row.fromKm
      ? (row.investmentWan * atom.lengthKm) / (row.toKm - row.fromKm)
      : segment.properties.investment_wan !== undefined && segment.lengthKm > 0
        ? (segment.properties.investment_wan * atom.lengthKm) / segment.lengthKm
        : undefined;
  // The properties, shown in the details and written to files, to the millimetre (and to the
  // 万元's hundredth); the figures counted keep their full precision.
  const pieceProperties: RoadSegmentProperties = {
    ...properties,
    status: state.status,
    length_km: toMillimetre(atom.lengthKm),
    completed_km: toMillimetre(state.completedKm),
  };
  if (state.guardRequiredKm === null) {
    delete pieceProperties.guard_required_km;
    delete pieceProperties.guard_km;
  } else {
    pieceProperties.guard_required_km = toMillimetre(state.guardRequiredKm);
    pieceProperties.guard_km = toMillimetre(state.guardKm);
  }
  if (investmentWan === undefined) delete pieceProperties.investment_wan;
  else pieceProperties.investment_wan = Math.round(investmentWan * 100) / 100;
  if (row?.updated) pieceProperties.updated = row.updated;
  if (stretch.reversed) delete pieceProperties.start_chainage;
  else pieceProperties.start_chainage = formatChainage(source.fromKm);
  return {
    index,
    properties: pieceProperties,
    measuredKm: atom.measuredKm,
    lengthKm: atom.lengthKm,
    completedKm: state.completedKm,
    completionRatio: state.completionRatio,
    completionBucket: state.completionBucket,
    guardRequiredKm: state.guardRequiredKm,
    guardKm: state.guardKm,
    guardRatio: state.guardRatio,
    guardBucket: state.guardBucket,
    stretch: source,
  };
}

/** Where a row is, for a piece's source. */
function sourceOf(row: SheetProgressRow | null): StretchSource['source'] {
  return row === null ? null : { ...row.source };
}

/**
 * Cuts the segments the rows cover into pieces, as of the latest date and each date of the
 * history.
 *
 * @example
 * const join = joinProgress(buildRouteChainageIndex(features), rows);
 * const network = progressNetwork(measured, lines, join);
 * network.segments.length; // more than measured.length where rows cut segments
 */
export function progressNetwork(
  segments: readonly MeasuredSegment[],
  lines: readonly (LineString | MultiLineString)[],
  join: ProgressJoin<SheetProgressRow>,
): ProgressNetwork {
  const dates = join.dates.filter((date) => date !== '');
  const out: MeasuredSegment[] = [];
  const outLines: (LineString | MultiLineString)[] = [];
  const origin: number[] = [];
  const historyIndices: number[] = [];
  const historyStates: PieceState[][] = dates.map(() => []);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const stretches = join.stretches.get(i);
    if (!stretches) {
      out.push({ ...segment, index: out.length });
      outLines.push(lines[i]!);
      origin.push(i);
      continue;
    }
    // Each stretch's row in force at the latest date and at each date of the history, and its
    // figures once per row (most stretches have one or two rows for all the dates).
    const winnersOf = stretches.map((stretch) => [
      winnerAsOf(stretch, null),
      ...dates.map((date) => winnerAsOf(stretch, date)),
    ]);
    const statesOf = stretches.map((stretch, s) => {
      const states = new Map<number, ProgressPiece<SheetProgressRow>>();
      for (const winner of winnersOf[s]!) {
        if (!states.has(winner)) states.set(winner, stretchAsOf(join, segment, stretch, winner));
      }
      return states;
    });
    const cutsOf = stretches.map((stretch, s) => atomCuts(stretch, [...statesOf[s]!.values()]));
    // One pass along the line cuts it at every piece's end.
    const inner = cutsOf.flatMap((cuts) => cuts.slice(1, -1));
    const stretchEnds = stretches.slice(0, -1).map((stretch) => stretch.toFraction);
    const fractions = [...inner, ...stretchEnds].sort((a, b) => a - b);
    const pieceLines = cutLine(lines[i]!, fractions);
    let next = 0;
    stretches.forEach((stretch, s) => {
      const states = statesOf[s]!;
      const winners = winnersOf[s]!;
      const cuts = cutsOf[s]!;
      const latestState = states.get(winners[0]!)!;
      const properties = latestProperties(segment.properties, latestState.row);
      const stretchWidth = stretch.toFraction - stretch.fromFraction;
      for (let a = 0; a + 1 < cuts.length; a++) {
        const fromFraction = cuts[a]!;
        const toFraction = cuts[a + 1]!;
        const line = pieceLines[next++];
        if (!line) continue;
        const share = stretchWidth > 0 ? (toFraction - fromFraction) / stretchWidth : 0;
        const ends = [chainageAt(stretch, fromFraction), chainageAt(stretch, toFraction)];
        const atom = {
          fromFraction,
          toFraction,
          lengthKm: share * (stretch.toKm - stretch.fromKm),
          // The cuts fall at fractions of the ellipsoidal length: the piece measures its share.
          measuredKm: (toFraction - fromFraction) * segment.measuredKm,
        };
        const place = {
          fromKm: Math.min(ends[0]!, ends[1]!),
          toKm: Math.max(ends[0]!, ends[1]!),
          stretchFromKm: stretch.fromKm,
          stretchToKm: stretch.toKm,
          segmentIndex: i,
        };
        const index = out.length;
        out.push(
          latestPiece(index, properties, atom, stretch, latestState, segment, {
            ...place,
            source: sourceOf(latestState.row),
          }),
        );
        outLines.push(line);
        origin.push(i);
        historyIndices.push(index);
        // The piece's figures once per row in force, shared by the dates it holds.
        const pieceStates = new Map<number, PieceState>();
        for (let k = 0; k < dates.length; k++) {
          const winner = winners[k + 1]!;
          let state = pieceStates.get(winner);
          if (!state) {
            state = pieceStateOf(atom, stretch, states.get(winner)!, segment);
            pieceStates.set(winner, state);
          }
          historyStates[k]!.push(state);
        }
      }
    });
  }
  return {
    segments: out,
    lines: outLines,
    origin: Uint32Array.from(origin),
    history: {
      dates,
      indices: Uint32Array.from(historyIndices),
      states: historyStates.flat(),
    },
  };
}
