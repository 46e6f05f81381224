import { changeProjectStatus, createProject, updateProject } from '../domain/projects.ts';
import {
  registerMajorHazard,
  removeMajorHazard,
  updateMajorHazard,
  type MajorHazardInput,
} from '../domain/major-hazards.ts';
import type { ProjectInput } from '../domain/project-rules.ts';
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
  createProject: (_, a, ctx) => createProject(actor(ctx), a.input as ProjectInput),
  updateProject: (_, a, ctx) => updateProject(actor(ctx), a.id, a.version, a.input as ProjectInput),
  changeProjectStatus: (_, a, ctx) => changeProjectStatus(actor(ctx), a.id, a.status, a.reason),
  registerMajorHazard: (_, a, ctx) =>
    registerMajorHazard(actor(ctx), a.projectId, a.input as MajorHazardInput),
  updateMajorHazard: (_, a, ctx) =>
    updateMajorHazard(actor(ctx), a.id, a.version, a.input as MajorHazardInput),
  removeMajorHazard: (_, a, ctx) => removeMajorHazard(actor(ctx), a.id),
};
