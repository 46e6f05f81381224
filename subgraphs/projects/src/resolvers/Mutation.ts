import { changeProjectStatus, createProject, updateProject } from '../domain/projects.ts';
import { registerMajorHazard, removeMajorHazard, updateMajorHazard } from '../domain/major-hazards.ts';
import { publishProjectFact } from '../events/project-events.ts';
import type { Actor } from '../domain/context.ts';
import type { ProjectsContext } from '../context.ts';
import type { MutationResolvers } from '../generated/graphql.ts';

const actor = (ctx: ProjectsContext): Actor => ({
  em: ctx.em,
  viewer: ctx.viewer,
  publish: publishProjectFact,
});

export const Mutation: MutationResolvers = {
  createProject: (_, a, ctx) => createProject(actor(ctx), a.input),
  updateProject: (_, a, ctx) => updateProject(actor(ctx), a.id, a.version, a.input),
  changeProjectStatus: (_, a, ctx) => changeProjectStatus(actor(ctx), a.id, a.status, a.reason),
  registerMajorHazard: (_, a, ctx) => registerMajorHazard(actor(ctx), a.projectId, a.input),
  updateMajorHazard: (_, a, ctx) => updateMajorHazard(actor(ctx), a.id, a.version, a.input),
  removeMajorHazard: (_, a, ctx) => removeMajorHazard(actor(ctx), a.id),
};
