/** A kept field's value as the contract writes it back: text, a finite number, a flag or null. */
import type { KeptField } from '../../contract/otherFields.ts';

/**
 * A raw property value as a kept field's value: dates as ISO days, objects as JSON text.
 *
 * @example
 * keptValue(new Date('2023-09-30')); // '2023-09-30'
 */
export function keptValue(value: unknown): KeptField['value'] {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
