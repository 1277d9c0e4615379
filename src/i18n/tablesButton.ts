/**
 * The name of the button that opens the Tables view, in both languages: the only words of the
 * view in the first load (the rest are in `tablesText.ts`, loaded with the view).
 */
import type { Locale } from './strings.ts';

const TABLES_BUTTON: Record<Locale, string> = { zh: '分组统计', en: 'Tables' };

/** The Tables button's name in `locale`. */
export function tablesButtonLabel(locale: Locale): string {
  return TABLES_BUTTON[locale];
}
