import { badInput, fenToYuan, notFound, readId } from '@anze/domain';
import { divisionFilterWithin, jurisdictionPrefix, forbidden } from '@anze/auth';
import type { QueryResolvers } from '../generated/graphql.ts';
import type { UnderwritingContext } from '../context.ts';
import { actor, scope } from './actor.ts';
import { listPlans } from '../domain/plans.ts';
import { findPlan } from '../domain/plan.repository.ts';
import { findApplication, listApplications, statusCounts } from '../domain/application.repository.ts';
import { findPolicy, feeTotals, listLedger, listPolicies } from '../domain/policy.repository.ts';
import { assertReadable, inUnderwritingScope, type UnderwritingScope } from '../domain/access.ts';
import { expiryWindow } from '../domain/policy-status.ts';
import { feeLedger } from '../domain/prevention-fee.ts';
import { findInsuredProject, insurersWithBrokers } from '../domain/read-models.repository.ts';
import { quotePremium, rateLabel, readFloatingRatio } from '../domain/premium.ts';
import { APPLICATION_STATUSES, SERVICE_ITEMS, type ApplicationStatus } from '../domain/dictionaries.ts';
import { applicationsOfProject } from './loaders.ts';

function pageOf(p: { page?: number | null; pageSize?: number | null } | null | undefined) {
  const page = p?.page ?? 1;
  const pageSize = p?.pageSize ?? 10;
  if (!Number.isInteger(page) || page < 1) throw badInput('页码应为正整数', 'page.page');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100)
    throw badInput('每页条数应在1至100之间', 'page.pageSize');
  return { page, pageSize };
}

/** The 行政区划 filter inside the viewer's scope (a regulator's wider filter is clamped to its jurisdiction). */
function divisionPrefixOf(s: UnderwritingScope, code: string | null | undefined): string | null {
  if (code && !/^\d{6}$/.test(code)) throw badInput('行政区划代码应为6位数字', 'filter.divisionCode');
  const wanted = code ? jurisdictionPrefix(code) : null;
  return s.kind === 'division' ? divisionFilterWithin(s, wanted) : wanted;
}

function provinceOf(ctx: UnderwritingContext, provinceCode: string | null | undefined): string {
  if (provinceCode) {
    if (!/^\d{2}0000$/.test(provinceCode)) throw badInput('请选择省级行政区划', 'provinceCode');
    return provinceCode;
  }
  const j = ctx.viewer.kind !== 'anonymous' ? ctx.viewer.jurisdiction : null;
  return j && /^\d{6}$/.test(j) ? `${j.slice(0, 2)}0000` : '230000';
}

export const Query: QueryResolvers = {
  insurancePlans: (_, a, ctx) =>
    listPlans(actor(ctx), provinceOf(ctx, a.provinceCode), a.on, a.includeHistory ?? false),
  insurancePlan: (_, a, ctx) => findPlan(ctx.em, a.id),
  premiumQuote: async (_, a, ctx) => {
    const project = await findInsuredProject(ctx.em, readId(a.projectId, 'projectId', '项目不存在'));
    if (!project) throw notFound('项目不存在');
    const s = await scope(ctx);
    const own = s.kind === 'enterprise' && s.organisationId === project.organisationId;
    const reads =
      own ||
      s.kind === 'all' ||
      (await applicationsOfProject(ctx, project.id)).some((app) => inUnderwritingScope(s, app));
    if (!reads) throw forbidden('无权查看该项目');
    const plan = await findPlan(ctx.em, a.planId);
    if (!plan) throw notFound('方案不存在');
    const q = quotePremium(plan, project.costFen, readFloatingRatio(plan, a.floatingRatio));
    return {
      planId: plan.id,
      costYuan: fenToYuan(project.costFen),
      rate: q.rate,
      rateLabel: rateLabel(q.rate),
      floatingRatio: q.floatingRatio,
      computedYuan: fenToYuan(q.computedFen),
      premiumYuan: fenToYuan(q.premiumFen),
      minimumApplied: q.minimumApplied,
      implausible: q.implausible,
    };
  },
  insuranceApplications: async (_, a, ctx) => {
    const s = await scope(ctx);
    const f = a.filter ?? {};
    const filter = {
      enterpriseName: f.enterpriseName?.trim() || null,
      projectName: f.projectName?.trim() || null,
      status: (f.status as ApplicationStatus | null | undefined) ?? null,
      overdue: f.overdue ?? null,
      divisionPrefix: divisionPrefixOf(s, f.divisionCode),
      insurerId: f.insurerId ?? null,
      projectId: f.projectId ?? null,
    };
    const page = pageOf(a.page);
    const { items, total } = await listApplications(ctx.em, s, filter, page);
    const counts = await statusCounts(ctx.em, s, filter);
    return {
      items,
      total,
      ...page,
      statusCounts: [...counts].map(([status, count]) => ({
        status,
        label: APPLICATION_STATUSES[status],
        count,
      })),
    };
  },
  insuranceApplication: async (_, a, ctx) => {
    const app = await findApplication(ctx.em, a.id);
    if (!app) throw notFound('投保单不存在');
    assertReadable(await scope(ctx), app);
    return app;
  },
  policies: async (_, a, ctx) => {
    const s = await scope(ctx);
    const f = a.filter ?? {};
    const now = ctx.now();
    const window = f.renewalDue
      ? expiryWindow('EXPIRING', now, ctx.config)
      : f.status
        ? expiryWindow(f.status, now, ctx.config)
        : null;
    const page = pageOf(a.page);
    const { items, total } = await listPolicies(
      ctx.em,
      s,
      {
        enterpriseName: f.enterpriseName?.trim() || null,
        projectName: f.projectName?.trim() || null,
        policyNumber: f.policyNumber?.trim() || null,
        divisionPrefix: divisionPrefixOf(s, f.divisionCode),
        insurerId: f.insurerId ?? null,
        projectId: f.projectId ?? null,
        window,
      },
      page,
    );
    return { items, total, ...page };
  },
  policy: async (_, a, ctx) => {
    const policy = await findPolicy(ctx.em, a.id);
    if (!policy) throw notFound('保单不存在');
    assertReadable(await scope(ctx), policy, '保单');
    return policy;
  },
  policyLedger: async (_, a, ctx) => {
    const s = await scope(ctx);
    const f = a.filter ?? {};
    const page = pageOf(a.page);
    const { items, total } = await listLedger(
      ctx.em,
      s,
      {
        enterpriseName: f.enterpriseName?.trim() || null,
        projectName: f.projectName?.trim() || null,
        divisionPrefix: divisionPrefixOf(s, f.divisionCode),
      },
      page,
    );
    return { items, total, ...page };
  },
  preventionFeeLedger: async (_, a, ctx) => {
    const policy = await findPolicy(ctx.em, a.policyId);
    if (!policy) throw notFound('保单不存在');
    assertReadable(await scope(ctx), policy, '保单');
    return feeLedger(ctx.em, policy);
  },
  preventionFeeTotals: async (_, a, ctx) => {
    const s = await scope(ctx);
    const t = await feeTotals(ctx.em, s, divisionPrefixOf(s, a.divisionCode));
    return {
      policies: t.policies,
      premiumYuan: fenToYuan(t.premiumFen),
      budgetYuan: fenToYuan(t.budgetFen),
      spentYuan: fenToYuan(t.spentFen),
      remainingYuan: fenToYuan(t.budgetFen - t.spentFen),
    };
  },
  underwritingInsurers: (_, __, ctx) => insurersWithBrokers(ctx.em),
  underwritingSettings: (_, __, ctx) => ({
    reviewWorkingDays: ctx.config.reviewWorkingDays,
    expiringDays: ctx.config.expiringDays,
    preventionShare: ctx.config.preventionShare,
  }),
  preventionServiceItems: () => Object.entries(SERVICE_ITEMS).map(([code, label]) => ({ code, label })),
};
