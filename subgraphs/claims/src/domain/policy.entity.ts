import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

// The issued policies as claims knows them, kept from underwriting.policy.* (no call per claim): 项目名称, 项目代码,
// parties, period and the limits of the plan version the policy was issued under.
export const ClaimPolicy = defineEntity({
  name: 'ClaimPolicy',
  tableName: 'claim_policy',
  properties: {
    id: p.uuid().primary(),
    policyNumber: p.string().length(64),
    projectId: p.uuid().index(),
    projectName: p.string().length(200),
    projectCode: p.string().length(64),
    divisionCode: p.string().length(6),
    organisationId: p.uuid().index(),
    insurerId: p.uuid(),
    brokerId: p.uuid().nullable(),
    effectiveDate: p.date(),
    expiryDate: p.date(),
    deathDisabilityLimitFen: p.bigint('bigint'),
    medicalLimitFen: p.bigint('bigint'),
    perAccidentLimitFen: p.bigint('bigint'),
    cumulativeLimitFen: p.bigint('bigint'),
    /** The newest event applied: an older redelivery never undoes a newer state. */
    lastEventAt: p.datetime(),
  },
});
export type IClaimPolicy = InferEntity<typeof ClaimPolicy>;
