import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

// claims' accidents, kept from claims.claim.* events (each carries the whole claim after the change): 事故 on 投保信息
// lists an enterprise's accidents of the previous 12 months with their grades and proposes the floating ratio. Only
// what that needs: no 出险地点, 事故经过 or anything about the persons beyond their numbers.
export const EnterpriseAccident = defineEntity({
  name: 'EnterpriseAccident',
  tableName: 'enterprise_accident',
  properties: {
    /** The claim's id. */
    id: p.uuid().primary(),
    claimNumber: p.string().length(32),
    /** 施工企业 (the insured enterprise) */
    organisationId: p.uuid(),
    policyNumber: p.string().length(64),
    projectCode: p.string().length(64),
    /** 出险日期 */
    accidentDate: p.date(),
    categoryStandard: p.string().length(40),
    categoryCode: p.string().length(16),
    /** 国务院493号令: GENERAL / LARGER / MAJOR / EXTRAORDINARY */
    grade: p.string().length(20),
    deathCount: p.integer(),
    injuredCount: p.integer(),
    /** The claim's state: a DECLINED claim is not counted as an accident of the policy. */
    status: p.string().length(30),
    /** The newest event applied: an older redelivery never undoes a newer state. */
    lastEventAt: p.datetime(),
  },
  indexes: [{ properties: ['organisationId', 'accidentDate'] }],
});
export type IEnterpriseAccident = InferEntity<typeof EnterpriseAccident>;
