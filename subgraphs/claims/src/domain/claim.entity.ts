import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { ACCIDENT_GRADE_VALUES, CLAIM_STATUS_VALUES, REPORTER_KINDS } from './dictionaries.ts';

// 理赔: one accident on one policy. The policy's 项目名称, 项目代码, division and parties are copied from the policy
// read model when reported, so lists filter and scope on local columns. Amounts in 分 (bigint), never floats.
export const Claim = defineEntity({
  name: 'Claim',
  tableName: 'claim',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    claimNumber: p.string().length(32).unique(),
    policyId: p.uuid(),
    policyNumber: p.string().length(64),
    projectId: p.uuid(),
    projectName: p.string().length(200),
    projectCode: p.string().length(64),
    divisionCode: p.string().length(6),
    organisationId: p.uuid(),
    insurerId: p.uuid(),
    brokerId: p.uuid().nullable(),
    status: p.enum(CLAIM_STATUS_VALUES),
    accidentDate: p.date(),
    accidentPlace: p.string().length(200),
    description: p.string().length(2000),
    categoryStandard: p.string().length(20),
    categoryCode: p.string().length(4),
    injuredCount: p.integer(),
    deathCount: p.integer(),
    estimatedLossFen: p.bigint('bigint'),
    directLossFen: p.bigint('bigint').nullable(),
    reportedDate: p.date(),
    settledDate: p.date().nullable(),
    settledAmountFen: p.bigint('bigint').nullable(),
    declineReason: p.string().length(500).nullable(),
    remark: p.string().length(500).nullable(),
    grade: p.enum(ACCIDENT_GRADE_VALUES),
    lateReported: p.boolean(),
    likelyDuplicate: p.boolean(),
    supplementRequested: p.boolean().default(false),
    supplementNote: p.string().length(500).nullable(),
    acceptedAt: p.datetime().nullable(),
    decisionDueAt: p.datetime().nullable(),
    overdue: p.boolean().default(false),
    reportedBy: p.enum(REPORTER_KINDS),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version(),
  },
  indexes: [
    { properties: ['policyId', 'accidentDate'] },
    { properties: ['insurerId', 'createdAt'] },
    { properties: ['organisationId', 'createdAt'] },
    {
      name: 'claim_division_index',
      expression:
        'create index "claim_division_index" on "claim" ("division_code" text_pattern_ops, "created_at")',
    },
  ],
});
export type IClaim = InferEntity<typeof Claim>;

/** One entry of a claim's history: the audit of who did what and why. */
export const ClaimChange = defineEntity({
  name: 'ClaimChange',
  tableName: 'claim_change',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    claimId: p.uuid(),
    action: p.string().length(30),
    at: p.datetime().onCreate(() => new Date()),
    actorUserId: p.string().length(80).nullable(),
    actorOrganisationId: p.string().length(80).nullable(),
    fromStatus: p.string().length(20).nullable(),
    toStatus: p.string().length(20).nullable(),
    note: p.string().length(1000).nullable(),
  },
  indexes: [{ properties: ['claimId', 'at'] }],
});
export type IClaimChange = InferEntity<typeof ClaimChange>;

/** 更正: a field of a claim changed, its value before and after (as text: 元 or a count) and the reason. */
export const ClaimCorrection = defineEntity({
  name: 'ClaimCorrection',
  tableName: 'claim_correction',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    claimId: p.uuid(),
    field: p.string().length(40),
    fromValue: p.string().length(40).nullable(),
    toValue: p.string().length(40).nullable(),
    reason: p.string().length(500),
    at: p.datetime().onCreate(() => new Date()),
    actorUserId: p.string().length(80).nullable(),
  },
  indexes: [{ properties: ['claimId', 'at'] }],
});
export type IClaimCorrection = InferEntity<typeof ClaimCorrection>;
