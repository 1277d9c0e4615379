/**
 * Shares each project's investment (万元) among its road segments by length, in whole 万元,
 * so that the segments of a project add up to the project's figure exactly.
 */
import { allocateWhole } from './allocate.ts';
import type { SegmentDraft } from './drafts.ts';
import { pathLengthKm } from './plane.ts';
import type { ProjectSource } from './source.ts';

/** Sets `investment_wan` on the segments of every project that has an investment figure. */
export function shareInvestment(
  drafts: readonly SegmentDraft[],
  projects: readonly ProjectSource[],
): void {
  for (const project of projects) {
    if (project.investment_wan === undefined) continue;
    const members = drafts.filter((draft) => draft.properties.project === project.name);
    if (members.length === 0) continue;
    const weights = members.map((draft) => draft.properties.length_km ?? pathLengthKm(draft.path));
    allocateWhole(project.investment_wan, weights).forEach((share, index) => {
      (members[index] as SegmentDraft).properties.investment_wan = share;
    });
  }
}
