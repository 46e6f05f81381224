// Per-request batches: the applications and policies of many projects (a page of federated Project.insurance) in one
// query each.
import type { UnderwritingContext } from '../context.ts';
import type { IInsuranceApplication } from '../domain/application.entity.ts';
import type { IPolicy } from '../domain/policy.entity.ts';
import { applicationsOfProjects } from '../domain/application.repository.ts';
import { policiesOfProjects } from '../domain/policy.repository.ts';
import { InsuredProject, type IInsuredProject } from '../domain/insured-project.entity.ts';

function grouped<T extends { projectId: string }>(rows: T[], keys: readonly string[]): T[][] {
  const by = new Map<string, T[]>();
  for (const r of rows) by.set(r.projectId, [...(by.get(r.projectId) ?? []), r]);
  return keys.map((k) => by.get(k) ?? []);
}

export function applicationsOfProject(
  ctx: UnderwritingContext,
  projectId: string,
): Promise<IInsuranceApplication[]> {
  return ctx.loaders
    .batch('applicationsOfProject', async (ids) => grouped(await applicationsOfProjects(ctx.em, ids), ids))
    .load(projectId);
}

export function policiesOfProject(ctx: UnderwritingContext, projectId: string): Promise<IPolicy[]> {
  return ctx.loaders
    .batch('policiesOfProject', async (ids) => grouped(await policiesOfProjects(ctx.em, ids), ids))
    .load(projectId);
}

export function insuredProject(ctx: UnderwritingContext, projectId: string): Promise<IInsuredProject | null> {
  return ctx.loaders.load(InsuredProject, projectId);
}
