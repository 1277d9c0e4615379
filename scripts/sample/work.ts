/**
 * The work type of the sample's features: each project declares its own in the source file, and
 * every feature of the project carries it unless the feature declares another (a bridge rebuilt
 * by a road project).
 */
import type { PointDraft, SegmentDraft } from './drafts.ts';
import type { ProjectSource } from './source.ts';

/**
 * Sets `work` on every draft of a project that has none yet; drafts outside projects keep none.
 *
 * @example
 * declareWork(segments, source.projects); // 村道生命安全防护工程's segments get 'guard'
 */
export function declareWork(
  drafts: readonly (SegmentDraft | PointDraft)[],
  projects: readonly ProjectSource[],
): void {
  const workByProject = new Map(projects.map((project) => [project.name, project.work]));
  for (const { properties } of drafts) {
    if (properties.project === undefined || properties.work !== undefined) continue;
    const work = workByProject.get(properties.project);
    if (work === undefined) throw new Error(`unknown project: ${properties.project}`);
    properties.work = work;
  }
}
