// 方案管理: plans are published as versions and retired; a policy keeps the version it was issued under.
import { badInput, forbidden, notFound } from '@anze/domain';
import { hasRole } from '@anze/auth';
import type { IInsurancePlan } from './plan.entity.ts';
import { addPlan, findPlan, latestVersion, planVersions, plansInForce } from './plan.repository.ts';
import { validatePlan, type PlanInput } from './plan-rules.ts';
import { dayIn } from './calendar.ts';
import { addDays } from 'date-fns';
import type { Actor } from './context.ts';

function dayBefore(day: string): string {
  return addDays(new Date(`${day}T00:00:00Z`), -1)
    .toISOString()
    .slice(0, 10);
}

export async function listPlans(
  a: Pick<Actor, 'em' | 'rules' | 'now'>,
  provinceCode: string,
  on: string | null | undefined,
  includeHistory: boolean,
): Promise<IInsurancePlan[]> {
  if (includeHistory) return planVersions(a.em, provinceCode);
  return dedupeByCode(await plansInForce(a.em, provinceCode, on ?? dayIn(a.now(), a.rules.timeZone)));
}

function dedupeByCode(plans: IInsurancePlan[]): IInsurancePlan[] {
  const seen = new Set<string>();
  return plans.filter((p) => !seen.has(p.code) && seen.add(p.code));
}

function assertAdmin(a: Actor): void {
  if (!hasRole(a.viewer, 'PLATFORM_ADMIN')) throw forbidden('只有平台管理员可以维护方案');
}

export async function publishPlan(a: Actor, input: PlanInput): Promise<IInsurancePlan> {
  assertAdmin(a);
  const terms = validatePlan(input);
  return a.em.transactional(async (em) => {
    const latest = await latestVersion(em, terms.provinceCode, terms.code);
    if (latest && terms.effectiveFrom <= latest.effectiveFrom)
      throw badInput(`新版本的生效日期应晚于当前版本（${latest.effectiveFrom}）`, 'input.effectiveFrom');
    if (latest && (latest.effectiveTo == null || latest.effectiveTo >= terms.effectiveFrom))
      latest.effectiveTo = dayBefore(terms.effectiveFrom);
    return addPlan(em, {
      ...terms,
      version: (latest?.version ?? 0) + 1,
      effectiveTo: null,
      createdBy: a.viewer.kind === 'user' ? a.viewer.userId : null,
    });
  });
}

export async function retirePlan(a: Actor, id: string, lastDay: string): Promise<IInsurancePlan> {
  assertAdmin(a);
  return a.em.transactional(async (em) => {
    const plan = await findPlan(em, id);
    if (!plan) throw notFound('方案不存在');
    if (lastDay < plan.effectiveFrom) throw badInput('停用日期不能早于方案生效日期', 'lastDay');
    if (plan.effectiveTo != null && plan.effectiveTo <= lastDay)
      throw badInput(`该方案版本已于 ${plan.effectiveTo} 停用`, 'lastDay');
    plan.effectiveTo = lastDay;
    return plan;
  });
}

/** A plan an application may name: in force today, in the project's province. */
export async function planForApplication(
  a: Pick<Actor, 'em' | 'rules' | 'now'>,
  planId: string,
  projectDivision: string,
): Promise<IInsurancePlan> {
  const plan = await findPlan(a.em, planId);
  if (!plan || plan.provinceCode.slice(0, 2) !== projectDivision.slice(0, 2))
    throw badInput('请选择项目所在省份的投保方案', 'input.planId');
  const today = dayIn(a.now(), a.rules.timeZone);
  if (plan.effectiveFrom > today || (plan.effectiveTo != null && plan.effectiveTo < today))
    throw badInput('该方案版本当前不在有效期内，请重新选择方案', 'input.planId');
  return plan;
}
