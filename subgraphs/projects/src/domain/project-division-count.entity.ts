import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { PROJECT_STATUS_VALUES } from './dictionaries.ts';

// How many projects each county holds in each status, kept exact by a trigger on `project` (created with its function
// by the project_division_count migration). 共 N 项 of a regulator list filtered by jurisdiction, 行政区划 and status
// only — the page as it opens — is a sum of at most a few hundred of these rows instead of a count over every project
// of the province (2.2 s p95 at 500,000 projects: bench/README.md, projects benchmark).
//
// `revision` counts every write to a project of the county in the status (created, changed in any field, moved,
// removed) and only ever grows, and rows are never deleted: while the sum of the revisions over a list's counties and
// status stays the same, nothing that list could show has changed, so a 共 N 项 counted earlier still holds
// (count-cache.ts).
export const ProjectDivisionCount = defineEntity({
  name: 'ProjectDivisionCount',
  tableName: 'project_division_count',
  properties: {
    divisionCode: p.string().length(6).primary(),
    status: p.enum(PROJECT_STATUS_VALUES).primary(),
    projects: p.integer(),
    revision: p.bigint('string').defaultRaw('0'),
  },
});
export type IProjectDivisionCount = InferEntity<typeof ProjectDivisionCount>;
