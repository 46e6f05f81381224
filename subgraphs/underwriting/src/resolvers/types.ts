// Field resolvers of underwriting's types: amounts in 元 from 分, labels, masked phones, and the references the
// gateway completes (documents, projects).
import { fenToWan, fenToYuan, notFound } from '@anze/domain';
import { maskPhone } from '@anze/auth';
import type {
  ApplicationDocumentsResolvers as ApplicationDocumentsMap,
  ApplicationEventResolvers as ApplicationEventMap,
  InsuranceApplicationResolvers as InsuranceApplicationMap,
  InsurancePlanResolvers as InsurancePlanMap,
  LedgerEntryResolvers as LedgerEntryMap,
  PolicyResolvers as PolicyMap,
  PreventionFeeEntryResolvers as PreventionFeeEntryMap,
  PreventionFeeLedgerResolvers as PreventionFeeLedgerMap,
  RateTierResolvers as RateTierMap,
} from '../generated/graphql.ts';
import { InsurancePlan } from '../domain/plan.entity.ts';
import { InsuranceApplication } from '../domain/application.entity.ts';
import { Policy } from '../domain/policy.entity.ts';
import { Party } from '../domain/party.entity.ts';
import {
  ACCIDENT_HISTORY_GRADES,
  APPLICATION_DOCUMENT_SLOTS,
  APPLICATION_STATUSES,
  HISTORY_ACTIONS,
  POLICY_STATUSES,
  SERVICE_ITEMS,
  type HistoryAction,
  type ServiceItemCode,
} from '../domain/dictionaries.ts';
import { planLabel } from '../domain/plan-rules.ts';
import { rateLabel } from '../domain/premium.ts';
import { historyOf } from '../domain/application.repository.ts';
import { extensionsOf } from '../domain/policy.repository.ts';
import { policyStatus } from '../domain/policy-status.ts';
import { inUnderwritingScope } from '../domain/access.ts';
import { scope } from './actor.ts';
import { insuredProject } from './loaders.ts';
import { applicationAccidentResolvers } from './accidents.ts';
import type { UnderwritingContext } from '../context.ts';

const yuan = (fen: bigint) => fenToYuan(fen);
const doc = (id: string | null | undefined) => (id ? { __typename: 'Document' as const, id } : null);

async function partyName(ctx: UnderwritingContext, id: string | null | undefined): Promise<string | null> {
  if (!id) return null;
  return (await ctx.loaders.load(Party, id))?.name ?? null;
}

async function planOf(ctx: UnderwritingContext, id: string) {
  const plan = await ctx.loaders.load(InsurancePlan, id);
  if (!plan) throw notFound('方案不存在');
  return plan;
}

export const InsurancePlanResolvers: InsurancePlanMap = {
  label: (p) => planLabel(p),
  deathDisabilityLimitYuan: (p) => yuan(p.deathDisabilityLimitFen),
  medicalLimitYuan: (p) => yuan(p.medicalLimitFen),
  perAccidentLimitYuan: (p) => yuan(p.perAccidentLimitFen),
  cumulativeLimitYuan: (p) => yuan(p.cumulativeLimitFen),
  minimumPremiumYuan: (p) => yuan(p.minimumPremiumFen),
  plausibleMaximumPremiumYuan: (p) => yuan(p.plausibleMaximumPremiumFen),
  rateTiers: (p) => p.rateTiers,
  floatingRates: (p) =>
    p.floatingRates.map((r) => ({ ...r, label: ACCIDENT_HISTORY_GRADES[r.accidentGrade] })),
};

export const RateTierResolvers: RateTierMap = {
  upToYuan: (t) => (t.upToFen === null ? null : yuan(BigInt(t.upToFen))),
  rateLabel: (t) => rateLabel(t.rate),
};

export const InsuranceApplicationResolvers: InsuranceApplicationMap = {
  __resolveReference: async (ref, ctx) => {
    const app = await ctx.loaders.load(InsuranceApplication, ref.id);
    return app && inUnderwritingScope(await scope(ctx), app) ? app : null;
  },
  project: (a) => ({ __typename: 'Project' as const, id: a.projectId }),
  investmentWan: (a) => fenToWan(a.costFen),
  costYuan: (a) => yuan(a.costFen),
  contactPhone: (a) => maskPhone(a.contactPhone) ?? '',
  insurerName: async (a, _, ctx) => (await partyName(ctx, a.insurerId)) ?? '',
  brokerName: (a, _, ctx) => partyName(ctx, a.brokerId),
  plan: (a, _, ctx) => planOf(ctx, a.planId),
  statusLabel: (a) => APPLICATION_STATUSES[a.status],
  documents: (a) => a.documents,
  quoteYuan: (a) => yuan(a.quoteFen),
  overdue: (a) => a.status === 'SUBMITTED' && a.overdue,
  policy: (a, _, ctx) => (a.policyId ? ctx.loaders.load(Policy, a.policyId) : null),
  history: (a, _, ctx) => historyOf(ctx.em, a.id),
  ...applicationAccidentResolvers,
};

export const ApplicationDocumentsResolvers: ApplicationDocumentsMap = Object.fromEntries(
  APPLICATION_DOCUMENT_SLOTS.map((slot) => [slot, (d: Partial<Record<string, string>>) => doc(d[slot])]),
);

export const ApplicationEventResolvers: ApplicationEventMap = {
  actionLabel: (e) => HISTORY_ACTIONS[e.action as HistoryAction] ?? e.action,
  fromStatus: (e) => (e.fromStatus as keyof typeof APPLICATION_STATUSES | null) ?? null,
  toStatus: (e) => (e.toStatus as keyof typeof APPLICATION_STATUSES | null) ?? null,
};

export const PolicyResolvers: PolicyMap = {
  __resolveReference: async (ref, ctx) => {
    const policy = await ctx.loaders.load(Policy, ref.id);
    return policy && inUnderwritingScope(await scope(ctx), policy) ? policy : null;
  },
  application: async (p, _, ctx) => {
    const app = await ctx.loaders.load(InsuranceApplication, p.applicationId);
    if (!app) throw notFound('投保单不存在');
    return app;
  },
  insurerName: async (p, _, ctx) => (await partyName(ctx, p.insurerId)) ?? '',
  brokerName: (p, _, ctx) => partyName(ctx, p.brokerId),
  plan: (p, _, ctx) => planOf(ctx, p.planId),
  premiumYuan: (p) => yuan(p.premiumFen),
  quoteYuan: (p) => yuan(p.quoteFen),
  status: (p, _, ctx) => policyStatus(p, ctx.now(), ctx.config),
  statusLabel: (p, _, ctx) => POLICY_STATUSES[policyStatus(p, ctx.now(), ctx.config)],
  renewalDue: async (p, _, ctx) => {
    if (policyStatus(p, ctx.now(), ctx.config) !== 'EXPIRING') return false;
    const project = await insuredProject(ctx, p.projectId);
    return project?.status !== 'COMPLETED';
  },
  coverageShort: async (p, _, ctx) => {
    const project = await insuredProject(ctx, p.projectId);
    return project !== null && p.expiryDate < project.plannedEnd;
  },
  policyDocument: (p) => doc(p.policyDocumentId),
  agreementDocument: (p) => doc(p.agreementDocumentId),
  preventionBudgetYuan: (p) => yuan(p.preventionBudgetFen),
  preventionSpentYuan: (p) => yuan(p.preventionSpentFen),
  preventionRemainingYuan: (p) => yuan(p.preventionBudgetFen - p.preventionSpentFen),
  extensions: (p, _, ctx) => extensionsOf(ctx.em, p.id),
};

export const LedgerEntryResolvers: LedgerEntryMap = {
  contactPhone: (e) => maskPhone(e.contactPhone) ?? '',
  premiumYuan: (e) => yuan(e.premiumFen),
};

export const PreventionFeeLedgerResolvers: PreventionFeeLedgerMap = {
  budgetYuan: (l) => yuan(l.policy.preventionBudgetFen),
  share: (l) => l.policy.preventionShare,
  spentYuan: (l) => yuan(l.policy.preventionSpentFen),
  remainingYuan: (l) => yuan(l.policy.preventionBudgetFen - l.policy.preventionSpentFen),
  entries: (l) => l.entries,
};

export const PreventionFeeEntryResolvers: PreventionFeeEntryMap = {
  serviceItemLabel: (e) => SERVICE_ITEMS[e.serviceItem as ServiceItemCode] ?? e.serviceItem,
  amountYuan: (e) => yuan(e.amountFen),
  evidence: (e) => doc(e.evidenceDocumentId),
};
