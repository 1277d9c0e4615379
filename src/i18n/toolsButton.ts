/**
 * The name of the button that opens the measuring and data-check tools, in both languages: the
 * only words of the tools in the first load (the rest are in `toolsText.ts`, loaded with them).
 */
import type { Locale } from './strings.ts';

const TOOLS_BUTTON: Record<Locale, string> = { zh: '测量与检查', en: 'Measure & check' };

/** The tools button's name in `locale`. */
export function toolsButtonLabel(locale: Locale): string {
  return TOOLS_BUTTON[locale];
}
