import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InsurancePlan, type IInsurancePlan } from './plan.entity.ts';

export function findPlan(em: EntityManager, id: string): Promise<IInsurancePlan | null> {
  return em.findOne(InsurancePlan, { id });
}

/** Versions of a province's plans, by code then version. */
export function planVersions(em: EntityManager, provinceCode: string): Promise<IInsurancePlan[]> {
  return em.find(InsurancePlan, { provinceCode }, { orderBy: { code: 'asc', version: 'asc' } });
}

/** The version of each plan code in force on `day`. */
export async function plansInForce(
  em: EntityManager,
  provinceCode: string,
  day: string,
): Promise<IInsurancePlan[]> {
  return em.find(
    InsurancePlan,
    {
      provinceCode,
      effectiveFrom: { $lte: day },
      $or: [{ effectiveTo: null }, { effectiveTo: { $gte: day } }],
    },
    { orderBy: { code: 'asc', version: 'desc' } },
  );
}

/** The newest version of (province, code), locked: publishing a version takes the next number. */
export function latestVersion(
  em: EntityManager,
  provinceCode: string,
  code: string,
): Promise<IInsurancePlan | null> {
  return em.findOne(
    InsurancePlan,
    { provinceCode, code },
    { orderBy: { version: 'desc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
  );
}

export function addPlan(em: EntityManager, data: Omit<IInsurancePlan, 'id' | 'createdAt'>): IInsurancePlan {
  return em.create(InsurancePlan, data);
}
