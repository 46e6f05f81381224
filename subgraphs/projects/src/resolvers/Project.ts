import { fullName } from '@anze/dictionaries';
import { hasRole, maskPhone, type Viewer } from '@anze/auth';
import { Project, type IProject } from '../domain/project.entity.ts';
import { ProjectChange, type IProjectChange } from '../domain/project-change.entity.ts';
import { MajorHazardSource, type IMajorHazardSource } from '../domain/major-hazard.entity.ts';
import { MAJOR_HAZARD_TYPES, PROJECT_CATEGORIES, PROJECT_STATUSES } from '../domain/dictionaries.ts';
import { canRead, isOwner } from '../domain/access.ts';
import { fenToWan, fenToYuan } from '../domain/money.ts';
import { FIELD_LABELS } from '../domain/history.ts';
import type { ProjectsContext } from '../context.ts';
import type {
  MajorHazardSourceResolvers as MajorHazardSourceResolverMap,
  ProjectChangeResolvers as ProjectChangeResolverMap,
  ProjectResolvers as ProjectResolverMap,
} from '../generated/graphql.ts';

export const ProjectResolvers: ProjectResolverMap = {
  // Other subgraphs reference projects by id; a reference outside the viewer's scope resolves to null.
  __resolveReference: async (ref, ctx) => {
    const project = await ctx.loaders.load(Project, ref.id);
    return project && canRead(ctx.viewer, project) ? project : null;
  },
  // 项目地址 without the spaces fullName puts between levels: 黑龙江省哈尔滨市南岗区.
  address: (p) => (fullName(p.divisionCode) ?? p.divisionCode).replace(/\s+/g, ''),
  costFen: (p) => p.costFen.toString(),
  costYuan: (p) => fenToYuan(p.costFen),
  investmentWan: (p) => fenToWan(p.costFen),
  categoryLabel: (p) => PROJECT_CATEGORIES[p.category],
  statusLabel: (p) => PROJECT_STATUSES[p.status],
  history: (p, _, ctx) =>
    ctx.em.find(ProjectChange, { projectId: p.id }, { orderBy: { at: 'desc', id: 'desc' } }),
  majorHazards: (p, _, ctx) =>
    ctx.em.find(
      MajorHazardSource,
      { projectId: p.id },
      { orderBy: { periodStart: 'asc', createdAt: 'asc' } },
    ),
};

/** The owning enterprise and platform administrators see the phone; everyone else (regulators, clients) masked. */
function seesPhone(viewer: Viewer, project: IProject | null): boolean {
  if (hasRole(viewer, 'PLATFORM_ADMIN')) return true;
  return project !== null && isOwner(viewer, project);
}

export const MajorHazardSourceResolvers: MajorHazardSourceResolverMap = {
  typeLabel: (h) => MAJOR_HAZARD_TYPES[h.type],
  responsiblePhone: async (h: IMajorHazardSource, _, ctx: ProjectsContext) => {
    const project = await ctx.loaders.load(Project, h.projectId);
    return seesPhone(ctx.viewer, project) ? h.responsiblePhone : (maskPhone(h.responsiblePhone) ?? '');
  },
};

export const ProjectChangeResolvers: ProjectChangeResolverMap = {
  changes: (c: IProjectChange) => c.changes.map((x) => ({ ...x, label: FIELD_LABELS[x.field] ?? x.field })),
};
