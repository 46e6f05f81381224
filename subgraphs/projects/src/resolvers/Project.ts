import { fullName } from '@anze/dictionaries';
import { maskPhone } from '@anze/auth';
import { Project } from '../domain/project.entity.ts';
import { Party } from '../domain/party.entity.ts';
import {
  INSURANCE_STATUSES,
  MAJOR_HAZARD_TYPES,
  PROJECT_CATEGORIES,
  PROJECT_STATUSES,
  type InsuranceStatus,
} from '../domain/dictionaries.ts';
import { canRead, seesResponsiblePhone } from '../domain/access.ts';
import { fenToWan, fenToYuan } from '../domain/money.ts';
import { FIELD_LABELS } from '../domain/history.ts';
import { projectHistory } from '../domain/project-change.repository.ts';
import { majorHazardsOf } from '../domain/major-hazard.repository.ts';
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
  history: (p, _, ctx) => projectHistory(ctx.em, p.id),
  majorHazards: (p, _, ctx) => majorHazardsOf(ctx.em, p.id),
  insuranceStatusLabel: (p) => INSURANCE_STATUSES[p.insuranceStatus as InsuranceStatus],
  // Batched: a page of 50 projects names its insurers in one query.
  insurerName: async (p, _, ctx) =>
    p.insurerId ? ((await ctx.loaders.load(Party, p.insurerId))?.name ?? null) : null,
  insuredPremiumYuan: (p) => (p.insuredPremiumFen == null ? null : fenToYuan(p.insuredPremiumFen)),
};

export const MajorHazardSourceResolvers: MajorHazardSourceResolverMap = {
  typeLabel: (h) => MAJOR_HAZARD_TYPES[h.type],
  responsiblePhone: async (h, _, ctx) => {
    const project = await ctx.loaders.load(Project, h.projectId);
    return seesResponsiblePhone(ctx.viewer, project)
      ? h.responsiblePhone
      : (maskPhone(h.responsiblePhone) ?? '');
  },
};

export const ProjectChangeResolvers: ProjectChangeResolverMap = {
  changes: (c) => c.changes.map((x) => ({ ...x, label: FIELD_LABELS[x.field] ?? x.field })),
  // A reference the gateway completes from identity; an API client's change has no user behind it.
  operator: (c) =>
    c.actorUserId && !c.actorUserId.startsWith('client:')
      ? { __typename: 'User' as const, id: c.actorUserId }
      : null,
};
