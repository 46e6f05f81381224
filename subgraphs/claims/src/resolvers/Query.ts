import { badInput, forbidden, notFound, readPage } from '@anze/domain';
import { divisionFilterWithin, jurisdictionPrefix } from '@anze/auth';
import {
  accidentCategories,
  isAccidentCategoryStandard,
  ACCIDENT_CATEGORY_STANDARD_VALUES,
} from '@anze/dictionaries';
import type { QueryResolvers } from '../generated/graphql.ts';
import { scope } from './actor.ts';
import { findClaim, listClaims } from '../domain/claim.repository.ts';
import { findPolicy } from '../domain/read-models.repository.ts';
import { inClaimScope, type ClaimScope } from '../domain/access.ts';
import { readDate } from '../domain/claim-rules.ts';
import { REMARK_MAX } from '../domain/dictionaries.ts';

/** The 行政区划 filter inside the viewer's scope (a regulator's wider filter is clamped to its jurisdiction). */
function divisionPrefixOf(s: ClaimScope, code: string | null | undefined): string | null {
  if (code && !/^\d{6}$/.test(code)) throw badInput('行政区划代码应为6位数字', 'filter.divisionCode');
  const wanted = code ? jurisdictionPrefix(code) : null;
  return s.kind === 'division' ? divisionFilterWithin(s, wanted) : wanted;
}

export const Query: QueryResolvers = {
  claims: async (_, a, ctx) => {
    const s = await scope(ctx);
    const f = a.filter ?? {};
    const { page, pageSize } = readPage(a.page);
    const { items, total } = await listClaims(
      ctx.em,
      s,
      {
        status: f.status ?? null,
        grade: f.grade ?? null,
        policyId: f.policyId ?? null,
        projectId: f.projectId ?? null,
        organisationId: f.organisationId ?? null,
        insurerId: f.insurerId ?? null,
        divisionPrefix: divisionPrefixOf(s, f.divisionCode),
        accidentFrom: f.accidentFrom ? readDate(f.accidentFrom, 'filter.accidentFrom') : null,
        accidentTo: f.accidentTo ? readDate(f.accidentTo, 'filter.accidentTo') : null,
        overdue: f.overdue ?? null,
      },
      { page, pageSize },
    );
    return { items, total, page, pageSize };
  },
  claim: async (_, a, ctx) => {
    const claim = await findClaim(ctx.em, a.id);
    if (!claim) throw notFound('理赔不存在');
    if (!inClaimScope(await scope(ctx), claim)) throw forbidden('无权查看该理赔');
    return claim;
  },
  claimPolicy: async (_, a, ctx) => {
    const policy = await findPolicy(ctx.em, a.policyId);
    if (!policy) throw notFound('保单不存在');
    if (!inClaimScope(await scope(ctx), policy)) throw forbidden('无权查看该保单');
    return policy;
  },
  accidentCategories: (_, a, ctx) => {
    const standard = a.standard ?? ctx.config.categoryStandard;
    if (!isAccidentCategoryStandard(standard))
      throw badInput(`事故类别标准应为 ${ACCIDENT_CATEGORY_STANDARD_VALUES.join('、')}`, 'standard');
    return accidentCategories(standard).map((c) => ({ standard, ...c }));
  },
  claimSettings: (_, __, ctx) => ({
    categoryStandard: ctx.config.categoryStandard,
    reportingDays: ctx.config.reportingDays,
    decisionDays: ctx.config.decisionDays,
    remarkMaxLength: REMARK_MAX,
  }),
};
