import { forbidden, notFound, viewerDivisionPrefix, NO_DIVISION } from '@anze/auth';
import {
  Organisation,
  type OrganisationType,
  type RegistrationStatus,
} from '../domain/organisation.entity.ts';
import { User } from '../domain/user.entity.ts';
import { ApiClient } from '../domain/session.entity.ts';
import { findAudit, verifyAuditChain, type AuditQuery } from '../domain/audit.ts';
import { describePolicy } from '../domain/password.ts';
import { passwordPolicy } from '../domain/authentication.ts';
import type { IdentityContext } from '../context.ts';
import { pageOf, type PageInput } from './page.ts';
import { division, divisions } from './Division.ts';
import { viewerView } from './Viewer.ts';

interface OrganisationFilter {
  type?: OrganisationType | null;
  status?: RegistrationStatus | null;
  divisionCode?: string | null;
  search?: string | null;
}

/** Division-code prefixes a query must stay inside: the viewer's jurisdiction narrowed by the filter. */
function divisionScope(ctx: IdentityContext, filterCode: string | null | undefined): string | null {
  const own = viewerDivisionPrefix(ctx.viewer);
  const wanted = filterCode?.replace(/0+$/, '') || null;
  if (own === null) return wanted;
  if (!wanted) return own;
  // A filter outside the jurisdiction finds nothing rather than widening the scope.
  return wanted.startsWith(own) ? wanted : NO_DIVISION;
}

export const Query = {
  viewer: (_: unknown, __: unknown, ctx: IdentityContext) => viewerView(ctx.viewer),
  passwordPolicy: (_: unknown, __: unknown, ctx: IdentityContext) => {
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
  divisions: (_: unknown, a: { parent?: string | null }) => divisions(a.parent),
  division: (_: unknown, a: { code: string }) => division(a.code),

  myOrganisation: (_: unknown, __: unknown, ctx: IdentityContext) =>
    ctx.viewer.kind === 'user' ? ctx.loaders.load(Organisation, ctx.viewer.organisationId) : null,

  organisation: async (_: unknown, a: { id: string }, ctx: IdentityContext) => {
    const org = await ctx.loaders.load(Organisation, a.id);
    if (!org) throw notFound('单位不存在');
    const prefix = viewerDivisionPrefix(ctx.viewer);
    if (prefix !== null && !org.divisionCode.startsWith(prefix)) throw forbidden('不在您的管辖范围内');
    return org;
  },

  organisations: async (
    _: unknown,
    a: { filter?: OrganisationFilter | null; page?: PageInput | null },
    ctx: IdentityContext,
  ) => {
    const { page, pageSize, limit, offset } = pageOf(a.page);
    const f = a.filter ?? {};
    const where: Record<string, unknown> = {};
    const prefix = divisionScope(ctx, f.divisionCode);
    if (prefix) where.divisionCode = { $like: `${prefix}%` };
    if (f.type) where.type = f.type;
    if (f.status) where.registrationStatus = f.status;
    if (f.search?.trim()) {
      const term = `%${f.search.trim().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      where.$or = [{ name: { $like: term } }, { uscc: { $like: term.toUpperCase() } }];
    }
    const [items, total] = await ctx.em.findAndCount(Organisation, where, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit,
      offset,
    });
    return { items, total, page, pageSize };
  },

  insurers: (_: unknown, __: unknown, ctx: IdentityContext) =>
    ctx.em.find(
      Organisation,
      { type: 'INSURER', registrationStatus: 'APPROVED' },
      { orderBy: { name: 'asc' } },
    ),

  users: async (
    _: unknown,
    a: { organisationId?: string | null; page?: PageInput | null },
    ctx: IdentityContext,
  ) => {
    const { page, pageSize, limit, offset } = pageOf(a.page);
    const [items, total] = await ctx.em.findAndCount(
      User,
      a.organisationId ? { organisationId: a.organisationId } : {},
      {
        orderBy: { createdAt: 'desc', id: 'asc' },
        limit,
        offset,
      },
    );
    return { items, total, page, pageSize };
  },

  apiClients: (_: unknown, __: unknown, ctx: IdentityContext) =>
    ctx.em.find(ApiClient, {}, { orderBy: { createdAt: 'desc' } }),

  auditRecords: async (
    _: unknown,
    a: { filter?: AuditQuery | null; page?: PageInput | null },
    ctx: IdentityContext,
  ) => {
    const { page, pageSize, limit, offset } = pageOf(a.page);
    const f = a.filter ?? {};
    const { items, total } = await findAudit(ctx.em, f, limit, offset);
    return { items, total, page, pageSize };
  },

  auditChainVerification: (_: unknown, __: unknown, ctx: IdentityContext) => verifyAuditChain(ctx.em),
};
