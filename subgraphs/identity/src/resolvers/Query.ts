import { notFound } from '@anze/auth';
import { Organisation } from '../domain/organisation.entity.ts';
import { auditTypes, findAudit, verifyAuditChain } from '../domain/audit.repository.ts';
import { describePolicy } from '../domain/password.ts';
import { passwordPolicy } from '../domain/authentication.ts';
import { assertCanReadOrganisation } from '../domain/access.ts';
import { listOrganisations } from '../domain/directory.ts';
import { approvedInsurers } from '../domain/organisation.repository.ts';
import { findUsers } from '../domain/user.repository.ts';
import { listApiClients } from '../domain/session.repository.ts';
import type { QueryResolvers } from '../generated/graphql.ts';
import { pageOf } from './page.ts';
import { division, divisions } from './Division.ts';
import { viewerView } from './Viewer.ts';

export const Query: QueryResolvers = {
  viewer: (_, __, ctx) => viewerView(ctx.viewer),
  passwordPolicy: (_, __, ctx) => {
    const policy = passwordPolicy(ctx.deps);
    const c = ctx.deps.config;
    return {
      ...policy,
      description: describePolicy(policy),
      lockoutThreshold: c.lockoutThreshold,
      lockoutSeconds: c.lockoutSeconds,
      idleTimeoutSeconds: c.idleTimeoutSeconds,
    };
  },
  divisions: (_, a) => divisions(a.parent),
  division: (_, a) => division(a.code),

  myOrganisation: (_, __, ctx) =>
    ctx.viewer.kind === 'user' ? ctx.loaders.load(Organisation, ctx.viewer.organisationId) : null,

  organisation: async (_, a, ctx) => {
    const org = await ctx.loaders.load(Organisation, a.id);
    if (!org) throw notFound('单位不存在');
    assertCanReadOrganisation(ctx.viewer, org);
    return org;
  },

  organisations: async (_, a, ctx) => {
    const { page, pageSize, limit, offset } = pageOf(a.page);
    const { items, total } = await listOrganisations(ctx.em, ctx.viewer, a.filter, limit, offset);
    return { items, total, page, pageSize };
  },

  insurers: (_, __, ctx) => approvedInsurers(ctx.em),

  users: async (_, a, ctx) => {
    const { page, pageSize, limit, offset } = pageOf(a.page);
    const { items, total } = await findUsers(ctx.em, a.organisationId, limit, offset);
    return { items, total, page, pageSize };
  },

  apiClients: (_, __, ctx) => listApiClients(ctx.em),

  auditRecords: async (_, a, ctx) => {
    const { page, pageSize, limit, offset } = pageOf(a.page);
    const { items, total } = await findAudit(ctx.em, a.filter ?? {}, limit, offset);
    return { items, total, page, pageSize };
  },

  auditChainVerification: (_, __, ctx) => verifyAuditChain(ctx.em),
  auditTypes: (_, __, ctx) => auditTypes(ctx.em),
};
