// 事故 of an application: the enterprise's recent accidents and the floating ratio they point to. accidents,
// proposedAccidentGrade and proposedFloatingRatio of one application share one read per request.
import { accidentCategoryLabel } from '@anze/dictionaries';
import { ACCIDENT_GRADES, CLAIM_STATUSES } from '@anze/claims/domain/dictionaries';
import type {
  EnterpriseAccidentResolvers as EnterpriseAccidentMap,
  InsuranceApplicationResolvers as InsuranceApplicationMap,
} from '../generated/graphql.ts';
import type { IEnterpriseAccident } from '../domain/accident.entity.ts';
import type { IInsuranceApplication } from '../domain/application.entity.ts';
import { accidentWindow, historyGradeOf, proposedRatio } from '../domain/accidents.ts';
import { findAccidents } from '../domain/read-models.repository.ts';
import { InsurancePlan } from '../domain/plan.entity.ts';
import type { UnderwritingContext } from '../context.ts';

const read = new WeakMap<UnderwritingContext, Map<string, Promise<IEnterpriseAccident[]>>>();

function accidentsOf(ctx: UnderwritingContext, a: IInsuranceApplication): Promise<IEnterpriseAccident[]> {
  let byEnterprise = read.get(ctx);
  if (!byEnterprise) read.set(ctx, (byEnterprise = new Map()));
  let accidents = byEnterprise.get(a.organisationId);
  if (!accidents) {
    accidents = findAccidents(ctx.em, a.organisationId, accidentWindow(ctx.now(), ctx.config.timeZone));
    byEnterprise.set(a.organisationId, accidents);
  }
  return accidents;
}

export const applicationAccidentResolvers = {
  accidents: (a, _, ctx) => accidentsOf(ctx, a),
  proposedAccidentGrade: async (a, _, ctx) => historyGradeOf(await accidentsOf(ctx, a)),
  proposedFloatingRatio: async (a, _, ctx) => {
    const [accidents, plan] = await Promise.all([
      accidentsOf(ctx, a),
      ctx.loaders.load(InsurancePlan, a.planId),
    ]);
    return plan ? proposedRatio(plan, historyGradeOf(accidents)) : '0';
  },
} satisfies InsuranceApplicationMap;

export const EnterpriseAccidentResolvers: EnterpriseAccidentMap = {
  claimId: (x) => x.id,
  categoryLabel: (x) => accidentCategoryLabel(x.categoryStandard, x.categoryCode) ?? x.categoryCode,
  gradeLabel: (x) => ACCIDENT_GRADES[x.grade as keyof typeof ACCIDENT_GRADES] ?? x.grade,
  statusLabel: (x) => CLAIM_STATUSES[x.status as keyof typeof CLAIM_STATUSES] ?? x.status,
};
