/**
 * Property checks of the validator: each reader takes a feature's raw properties, reports what
 * is wrong, and returns the value in the contract's type (or undefined when there is none).
 * `null` and blank text count as absent, as spreadsheet and GIS exports write empty cells.
 */
import type { BuildStatus, PointKind, RoadClass, WorkType } from '../../contract/roadNetwork.ts';
import { parseChainageKm } from '../../domain/chainage.ts';
import { isIsoDate } from './isoDate.ts';
import { valueText, type ProblemLog } from './problemLog.ts';
import { classFromRoute } from './routeClass.ts';
import {
  CLASS_VOCABULARY,
  KIND_VOCABULARY,
  STATUS_VOCABULARY,
  WORK_VOCABULARY,
  lookUp,
  type Vocabulary,
} from './vocabulary.ts';

/** A feature's properties as read from the input. */
export type RawProperties = Record<string, unknown>;

/** A decimal number written as text: `12.5`, `-3`, `.5`, `1e3`. */
const NUMBER_TEXT = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const BLANK_TEXT = /^\s*$/;
const YEAR_TEXT = /^\s*\d{4}\s*$/;
/** The years a `year` may name. */
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;

/** Whether a value counts as absent: undefined, null or blank text. */
export function isAbsent(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && BLANK_TEXT.test(value))
  );
}

/**
 * A text property: strings as they are; numbers and booleans turned into text with a warning;
 * anything else left out with a warning.
 */
export function readText(
  properties: RawProperties,
  key: string,
  log: ProblemLog,
): string | undefined {
  const value = properties[key];
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    const text = String(value);
    log.warning('coerced-to-string', key, { value: text });
    return text;
  }
  log.warning('invalid-text', key, { value: valueText(value) });
  return undefined;
}

/**
 * A length or amount: a finite number ≥ 0. Numbers written as text are read with a warning;
 * anything else, or a negative number, is an error.
 */
export function readNonNegativeNumber(
  properties: RawProperties,
  key: string,
  log: ProblemLog,
): number | undefined {
  const value = properties[key];
  if (isAbsent(value)) return undefined;
  let number: number;
  if (typeof value === 'number') {
    number = value;
  } else if (typeof value === 'string' && NUMBER_TEXT.test(value)) {
    number = Number(value);
  } else {
    log.error('not-a-number', key, { value: valueText(value) });
    return undefined;
  }
  if (!Number.isFinite(number)) {
    log.error('not-a-number', key, { value: valueText(value) });
    return undefined;
  }
  if (number < 0) {
    log.error('negative-number', key, { value: number });
    return undefined;
  }
  if (typeof value === 'string') log.warning('number-as-string', key, { value, number });
  return number;
}

/** The project year: a whole number from 1900 to 2100; anything else is left out with a warning. */
export function readYear(properties: RawProperties, log: ProblemLog): number | undefined {
  const value = properties.year;
  if (isAbsent(value)) return undefined;
  const year = typeof value === 'string' && YEAR_TEXT.test(value) ? Number(value) : value;
  if (
    typeof year !== 'number' ||
    !Number.isInteger(year) ||
    year < EARLIEST_YEAR ||
    year > LATEST_YEAR
  ) {
    log.warning('invalid-year', 'year', { value: valueText(value) });
    return undefined;
  }
  if (typeof value === 'string') log.warning('number-as-string', 'year', { value, number: year });
  return year;
}

/** Towns served: an array of names, or one name. Entries that are not text are left out. */
export function readTowns(properties: RawProperties, log: ProblemLog): string[] {
  const value = properties.towns;
  if (isAbsent(value)) return [];
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) {
    log.warning('invalid-towns', 'towns', { value: valueText(value) });
    return [];
  }
  const towns: string[] = [];
  let firstBad: unknown = undefined;
  let badCount = 0;
  for (const town of value as unknown[]) {
    if (typeof town === 'string') {
      if (!BLANK_TEXT.test(town)) towns.push(town);
    } else if (town !== null) {
      if (badCount === 0) firstBad = town;
      badCount++;
    }
  }
  if (badCount > 0) {
    log.warning('invalid-towns', 'towns', { value: valueText(firstBad), count: badCount });
  }
  return towns;
}

/** The key a present vocabulary value means, warning when it was an alias; undefined if none. */
function readWord<Key extends string>(
  words: Vocabulary<Key>,
  value: unknown,
  key: string,
  log: ProblemLog,
): Key | undefined {
  if (typeof value !== 'string') return undefined;
  const word = lookUp(words, value);
  if (word !== undefined && word !== value) {
    log.warning('value-alias', key, { value, key: word });
  }
  return word;
}

/**
 * The road class: `class` where it is a class (or a Chinese name of one); else the class the
 * route code implies; else `other`. Each fallback is reported as a warning.
 */
export function readClass(
  properties: RawProperties,
  route: string | undefined,
  log: ProblemLog,
): RoadClass {
  const value = properties.class;
  if (!isAbsent(value)) {
    const roadClass = readWord(CLASS_VOCABULARY, value, 'class', log);
    if (roadClass !== undefined) return roadClass;
  }
  const derived = route === undefined ? undefined : classFromRoute(route);
  if (!isAbsent(value)) {
    const fallback = derived ?? 'other';
    log.warning('unknown-class', 'class', { value: valueText(value), fallback });
    return fallback;
  }
  if (derived !== undefined) {
    log.warning('class-derived', 'class', { route: route as string, class: derived });
    return derived;
  }
  log.warning('class-missing', 'class', { fallback: 'other' });
  return 'other';
}

/** The build status: `existing` when absent; an unknown status is read as `existing`, warned. */
export function readStatus(properties: RawProperties, log: ProblemLog): BuildStatus {
  const value = properties.status;
  if (isAbsent(value)) return 'existing';
  const status = readWord(STATUS_VOCABULARY, value, 'status', log);
  if (status !== undefined) return status;
  log.warning('unknown-status', 'status', { value: valueText(value), fallback: 'existing' });
  return 'existing';
}

/** The kind of a point feature; `other` (warned) when absent or unknown. */
export function readKind(properties: RawProperties, log: ProblemLog): PointKind {
  const value = properties.kind;
  if (isAbsent(value)) {
    log.warning('kind-missing', 'kind', { fallback: 'other' });
    return 'other';
  }
  const kind = readWord(KIND_VOCABULARY, value, 'kind', log);
  if (kind !== undefined) return kind;
  log.warning('unknown-kind', 'kind', { value: valueText(value), fallback: 'other' });
  return 'other';
}

/**
 * The work type where `work` names one (or a Chinese name of one); undefined when absent, and
 * undefined with an `unknown-work` warning when it names none, so that the project's name
 * decides as for an absent one.
 */
export function readWork(properties: RawProperties, log: ProblemLog): WorkType | undefined {
  const value = properties.work;
  if (isAbsent(value)) return undefined;
  const work = readWord(WORK_VOCABULARY, value, 'work', log);
  if (work === undefined) log.warning('unknown-work', 'work', { value: valueText(value) });
  return work;
}

/** A chainage such as `K12+300`; other text is kept with a warning. */
export function readChainage(
  properties: RawProperties,
  key: string,
  log: ProblemLog,
): string | undefined {
  const text = readText(properties, key, log);
  if (text !== undefined && parseChainageKm(text) === undefined) {
    log.warning('invalid-chainage', key, { value: valueText(text) });
  }
  return text;
}

/** An ISO date such as `2023-09-30`; other text is kept with a warning. */
export function readDate(
  properties: RawProperties,
  key: string,
  log: ProblemLog,
): string | undefined {
  const text = readText(properties, key, log);
  if (text !== undefined && !isIsoDate(text.trim())) {
    log.warning('invalid-date', key, { value: valueText(text) });
  }
  return text;
}
