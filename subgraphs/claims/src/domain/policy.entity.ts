import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

// Read models kept from other subgraphs' events (no call per claim): the issued policies (underwriting.policy.*) with
// the limits of their plan version, and the broker–insurer partnerships (identity) that decide what a broker sees.
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

export const Partnership = defineEntity({
  name: 'Partnership',
  tableName: 'partnership',
  properties: {
    brokerId: p.uuid().primary(),
    insurerId: p.uuid().primary(),
    active: p.boolean(),
    lastEventAt: p.datetime(),
  },
  indexes: [{ properties: ['insurerId'] }],
});
export type IPartnership = InferEntity<typeof Partnership>;
