import { forbidden, notFound } from '@anze/auth';
import { Project } from '../domain/project.entity.ts';
import { assertCanRead, readScope, type ProjectScope } from '../domain/access.ts';
import {
  countByDivision,
  divisionAndStatus,
  pageOf,
  projectOrder,
  projectWhere,
  type ProjectFilter,
  type ProjectSort,
} from '../domain/project-query.ts';
import { MAJOR_HAZARD_TYPES, PROJECT_CATEGORIES, options } from '../domain/dictionaries.ts';
import { projectPageAndTotal } from '../domain/project-rows.ts';
import type { ProjectsContext } from '../context.ts';
import type { QueryResolvers } from '../generated/graphql.ts';

interface ListArgs {
  filter?: ProjectFilter | null;
  sort?: ProjectSort | null;
  page?: { page?: number | null; pageSize?: number | null } | null;
}

async function list(ctx: ProjectsContext, scope: ProjectScope, a: ListArgs) {
  const { page, pageSize, limit, offset } = pageOf(a.page);
  const where = projectWhere(scope, a.filter);
  const byDivision = countByDivision(scope, a.filter);
  const revisionOf = byDivision ? null : divisionAndStatus(scope, a.filter);
  const { items, total } = await projectPageAndTotal(
    ctx.em,
    ctx.counts,
    where,
    { byDivision, revisionOf },
    projectOrder(a.sort),
    limit,
    offset,
  );
  return { items, total, page, pageSize };
}

export const Query: QueryResolvers = {
  projects: (_, a, ctx) => list(ctx, readScope(ctx.viewer), a as ListArgs),
  myProjects: (_, a, ctx) => {
    if (ctx.viewer.kind !== 'user') throw forbidden();
    return list(ctx, { kind: 'organisation', id: ctx.viewer.organisationId }, a as ListArgs);
  },
  project: async (_, a, ctx) => {
    const project = await ctx.loaders.load(Project, a.id);
    if (!project) throw notFound('项目不存在');
    assertCanRead(ctx.viewer, project);
    return project;
  },
  projectCategories: () => options(PROJECT_CATEGORIES),
  majorHazardTypes: () => options(MAJOR_HAZARD_TYPES),
};
