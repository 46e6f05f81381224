import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { PROJECT_STATUS_VALUES } from './dictionaries.ts';

// How many projects each county holds in each status, kept exact by a trigger on `project` (created with its function
// by the project_division_count migration). 共 N 项 of a regulator list filtered by jurisdiction, 行政区划 and status
// only — the page as it opens — is a sum of at most a few hundred of these rows instead of a count over every project
// of the province (2.2 s p95 at 500,000 projects: bench/README.md, projects benchmark).
export const ProjectDivisionCount = defineEntity({
  name: 'ProjectDivisionCount',
  tableName: 'project_division_count',
  properties: {
    divisionCode: p.string().length(6).primary(),
    status: p.enum(PROJECT_STATUS_VALUES).primary(),
    projects: p.integer(),
  },
});
export type IProjectDivisionCount = InferEntity<typeof ProjectDivisionCount>;
