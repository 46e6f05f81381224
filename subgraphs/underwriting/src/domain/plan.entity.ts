import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { AccidentHistoryGrade } from './dictionaries.ts';

/** One 工程造价 tier: up to `upToFen` (inclusive; null = no bound) the premium is cost × `rate` (a decimal fraction). */
export interface RateTierRecord {
  upToFen: string | null;
  rate: string;
}

export interface FloatingRateRecord {
  accidentGrade: AccidentHistoryGrade;
  ratio: string;
}

// 方案: versioned, effective-dated data per province. A new version of (province, code) starts the day its
// predecessor ends; applications and policies point at the version they were made under, which never changes.
export const InsurancePlan = defineEntity({
  name: 'InsurancePlan',
  tableName: 'insurance_plan',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    provinceCode: p.string().length(6),
    code: p.string().length(8),
    name: p.string().length(50),
    version: p.integer(),
    effectiveFrom: p.date(),
    effectiveTo: p.date().nullable(),
    deathDisabilityLimitFen: p.bigint('bigint'),
    medicalLimitFen: p.bigint('bigint'),
    perAccidentLimitFen: p.bigint('bigint'),
    cumulativeLimitFen: p.bigint('bigint'),
    /** Ascending by upToFen; the last has no bound. Rates as decimal strings (exact). */
    rateTiers: p.json<RateTierRecord[]>(),
    minimumPremiumFen: p.bigint('bigint'),
    plausibleMaximumPremiumFen: p.bigint('bigint'),
    floatingRates: p.json<FloatingRateRecord[]>(),
    floatingFloor: p.string().length(12),
    floatingCap: p.string().length(12),
    description: p.string().length(2000).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    createdBy: p.string().length(80).nullable(),
  },
  uniques: [{ properties: ['provinceCode', 'code', 'version'] }],
});
export type IInsurancePlan = InferEntity<typeof InsurancePlan>;
