import { forbidden, notFound } from '@anze/auth';
import { Project } from '../domain/project.entity.ts';
import { assertCanRead, readScope } from '../domain/access.ts';
import { listProjects } from '../domain/project-list.ts';
import { MAJOR_HAZARD_TYPES, PROJECT_CATEGORIES, options } from '../domain/dictionaries.ts';
import type { QueryResolvers } from '../generated/graphql.ts';

export const Query: QueryResolvers = {
  projects: (_, a, ctx) => listProjects(ctx.em, ctx.counts, readScope(ctx.viewer), a),
  myProjects: (_, a, ctx) => {
    if (ctx.viewer.kind !== 'user') throw forbidden();
    return listProjects(ctx.em, ctx.counts, { kind: 'organisation', id: ctx.viewer.organisationId }, a);
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
