/**
 * A road style expression as of a date of the loaded progress history: every read of a dated
 * property (`['get', 'status']` …) becomes a read of that date's letter in the property's
 * dated text (`datedDrawCodes.ts`), falling back to the property itself for roads without a
 * history. Applied to the road line's colour and filter, so a change of date lays the roads out
 * again as a colour-mode switch does, with the same data.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { DATED_PROPERTIES, datedLetter } from '../domain/datedDrawCodes.ts';

type Json = unknown;

function datedRead(property: string, dateIndex: number): Json | null {
  const dated = DATED_PROPERTIES.find((entry) => entry.property === property);
  if (!dated) return null;
  const letter = ['slice', ['string', ['get', dated.datedKey], ''], dateIndex, dateIndex + 1];
  const branches = dated.values.flatMap((value, position) => [datedLetter(position), value]);
  return ['match', letter, ...branches, ['get', property]];
}

function rewrite(node: Json, dateIndex: number): Json {
  if (!Array.isArray(node)) return node;
  if (node[0] === 'literal') return node;
  if (node[0] === 'get' && node.length === 2 && typeof node[1] === 'string') {
    return datedRead(node[1], dateIndex) ?? node;
  }
  return node.map((child) => rewrite(child, dateIndex));
}

/**
 * The expression as of the date at `dateIndex` of the history; unchanged when null (the
 * latest, which the roads' own properties hold).
 *
 * @example
 * datedExpression(['match', ['get', 'status'], 'open', '#0a0', '#888'], 3);
 * // ['match', ['match', ['slice', ['string', ['get', 'datedStatus'], ''], 3, 4], 'a', 'existing', …, ['get', 'status']], 'open', '#0a0', '#888']
 */
export function datedExpression<Expression extends ExpressionSpecification | FilterSpecification>(
  expression: Expression,
  dateIndex: number | null,
): Expression {
  return dateIndex === null ? expression : (rewrite(expression, dateIndex) as Expression);
}
