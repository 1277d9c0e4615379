/**
 * The sentences of a load report in a language: every problem (the readers', the validator's,
 * the coordinate step's) and every mapping note. Loaded only for an opening that has any.
 */
import type { Locale } from '../i18n/strings.ts';
import { describeProblem } from '../i18n/problems.ts';
import { mappingNoteSentence } from '../i18n/mappingNotes.ts';
import type { ReportWording } from './loadReport.ts';

/** The wording of a load report in `locale`. */
export function reportWording(locale: Locale): ReportWording {
  return {
    problem: (problem) => describeProblem(problem, locale),
    note: (note) => mappingNoteSentence(note, locale),
  };
}
