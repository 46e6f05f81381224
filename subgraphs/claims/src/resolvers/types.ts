// Field resolvers of claims' types: amounts in 元 from 分, labels, the history and corrections of a claim, the claims
// and 累计金额 of a policy.
import { fenToYuan } from '@anze/domain';
import { accidentCategoryLabel } from '@anze/dictionaries';
import type {
  ClaimCorrectionResolvers as ClaimCorrectionMap,
  ClaimEventResolvers as ClaimEventMap,
  ClaimPolicyResolvers as ClaimPolicyMap,
  ClaimResolvers as ClaimMap,
} from '../generated/graphql.ts';
import {
  ACCIDENT_GRADES,
  CLAIM_ACTIONS,
  CLAIM_STATUSES,
  CORRECTABLE_FIELDS,
  type ClaimAction,
  type CorrectableField,
} from '../domain/dictionaries.ts';
import {
  claimsOfPolicy,
  correctionsOf,
  findClaim,
  historyOf,
  settledTotalOf,
} from '../domain/claim.repository.ts';
import { inClaimScope } from '../domain/access.ts';
import { scope } from './actor.ts';

const yuan = (fen: bigint | null | undefined) => (fen === null || fen === undefined ? null : fenToYuan(fen));

export const ClaimResolvers: ClaimMap = {
  __resolveReference: async (ref, ctx) => {
    const claim = await findClaim(ctx.em, ref.id);
    return claim && inClaimScope(await scope(ctx), claim) ? claim : null;
  },
  statusLabel: (c) => CLAIM_STATUSES[c.status],
  categoryLabel: (c) => accidentCategoryLabel(c.categoryStandard, c.categoryCode) ?? c.categoryCode,
  estimatedLossYuan: (c) => fenToYuan(c.estimatedLossFen),
  directLossYuan: (c) => yuan(c.directLossFen),
  settledAmountYuan: (c) => yuan(c.settledAmountFen),
  gradeLabel: (c) => ACCIDENT_GRADES[c.grade],
  history: (c, _, ctx) => historyOf(ctx.em, c.id),
  corrections: (c, _, ctx) => correctionsOf(ctx.em, c.id),
};

export const ClaimEventResolvers: ClaimEventMap = {
  actionLabel: (e) => CLAIM_ACTIONS[e.action as ClaimAction] ?? e.action,
  fromStatus: (e) => (e.fromStatus as keyof typeof CLAIM_STATUSES | null) ?? null,
  toStatus: (e) => (e.toStatus as keyof typeof CLAIM_STATUSES | null) ?? null,
};

export const ClaimCorrectionResolvers: ClaimCorrectionMap = {
  label: (c) => CORRECTABLE_FIELDS[c.field as CorrectableField] ?? c.field,
  from: (c) => c.fromValue ?? null,
  to: (c) => c.toValue ?? null,
};

export const ClaimPolicyResolvers: ClaimPolicyMap = {
  policyId: (p) => p.id,
  deathDisabilityLimitYuan: (p) => fenToYuan(p.deathDisabilityLimitFen),
  medicalLimitYuan: (p) => fenToYuan(p.medicalLimitFen),
  perAccidentLimitYuan: (p) => fenToYuan(p.perAccidentLimitFen),
  cumulativeLimitYuan: (p) => fenToYuan(p.cumulativeLimitFen),
  settledTotalYuan: async (p, _, ctx) => fenToYuan(await settledTotalOf(ctx.em, p.id)),
  claims: (p, _, ctx) => claimsOfPolicy(ctx.em, p.id),
};
