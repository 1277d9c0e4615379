/**
 * What the statistics say about a town filter, in both languages: with town boundaries, only
 * the km inside the chosen towns count; without, a road counts whole in each town it serves.
 */
import type { Locale } from './strings.ts';

const TOWN_NOTE: Record<Locale, { split: string; whole: string }> = {
  zh: {
    split: '按乡镇界计：只计所选乡镇界内的里程。',
    whole: '未加载乡镇界：途经所选乡镇的路段按全长计入。',
  },
  en: {
    split: 'By town boundaries: only the km inside the chosen towns count.',
    whole: 'No town boundaries loaded: a road serving a chosen town counts in full.',
  },
};

/** The statistics' note on a town filter, split at boundaries or not. */
export function townFilterNote(locale: Locale, split: boolean): string {
  return TOWN_NOTE[locale][split ? 'split' : 'whole'];
}
