import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

// 保单: written once by 出单 with its 台帐 row; afterwards only 顺延 (PolicyExtension) and the prevention-fee spending
// change it. No cancellation (退保 is not allowed, 应急〔2025〕27号).
export const Policy = defineEntity({
  name: 'Policy',
  tableName: 'policy',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    applicationId: p.uuid().unique(),
    projectId: p.uuid().index(),
    organisationId: p.uuid(),
    divisionCode: p.string().length(6),
    enterpriseName: p.string().length(200),
    insurerId: p.uuid(),
    brokerId: p.uuid().nullable(),
    planId: p.uuid(),
    policyNumber: p.string().length(64),
    ownerUnit: p.string().length(200),
    projectName: p.string().length(200),
    projectCode: p.string().length(64),
    premiumFen: p.bigint('bigint'),
    quoteFen: p.bigint('bigint'),
    premiumReason: p.string().length(500).nullable(),
    implausible: p.boolean().default(false),
    effectiveDate: p.date(),
    expiryDate: p.date(),
    policyDocumentId: p.uuid(),
    agreementDocumentId: p.uuid(),
    issuedAt: p.datetime(),
    issuedBy: p.string().length(80).nullable(),
    /** The province's share when issued (decimal string) and the budget it gave. */
    preventionShare: p.string().length(12),
    preventionBudgetFen: p.bigint('bigint'),
    preventionSpentFen: p.bigint('bigint').default(0),
    ledgerNumber: p.string().length(32).unique(),
    version: p.integer().version(),
  },
  uniques: [{ properties: ['insurerId', 'policyNumber'] }],
  indexes: [
    { properties: ['insurerId', 'issuedAt'] },
    { properties: ['organisationId', 'issuedAt'] },
    { properties: ['expiryDate'] },
    {
      name: 'policy_enterprise_name_trgm_index',
      expression:
        'create index "policy_enterprise_name_trgm_index" on "policy" using gin ("enterprise_name" gin_trgm_ops)',
    },
    {
      name: 'policy_project_name_trgm_index',
      expression:
        'create index "policy_project_name_trgm_index" on "policy" using gin ("project_name" gin_trgm_ops)',
    },
    {
      name: 'policy_division_index',
      expression:
        'create index "policy_division_index" on "policy" ("division_code" text_pattern_ops, "issued_at")',
    },
  ],
});
export type IPolicy = InferEntity<typeof Policy>;

/** 顺延: an endorsement moving the expiry date. */
export const PolicyExtension = defineEntity({
  name: 'PolicyExtension',
  tableName: 'policy_extension',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    policyId: p.uuid().index(),
    fromExpiryDate: p.date(),
    toExpiryDate: p.date(),
    reason: p.string().length(500),
    at: p.datetime().onCreate(() => new Date()),
    actorUserId: p.string().length(80).nullable(),
  },
});
export type IPolicyExtension = InferEntity<typeof PolicyExtension>;

/** 保单台帐 row: a snapshot of the policy as issued, searchable by 单位名称 and 项目名称. */
export const LedgerEntry = defineEntity({
  name: 'LedgerEntry',
  tableName: 'ledger_entry',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    ledgerNumber: p.string().length(32).unique(),
    policyId: p.uuid().unique(),
    createdAt: p.datetime(),
    organisationId: p.uuid(),
    divisionCode: p.string().length(6),
    insurerId: p.uuid(),
    brokerId: p.uuid().nullable(),
    enterpriseName: p.string().length(200),
    projectName: p.string().length(200),
    contactPhone: p.string().length(20),
    planLabel: p.string().length(40),
    policyNumber: p.string().length(64),
    premiumFen: p.bigint('bigint'),
    implausible: p.boolean(),
    insurerName: p.string().length(200),
    brokerName: p.string().length(200).nullable(),
  },
  indexes: [
    { properties: ['insurerId', 'createdAt'] },
    { properties: ['createdAt'] },
    {
      name: 'ledger_entry_enterprise_name_trgm_index',
      expression:
        'create index "ledger_entry_enterprise_name_trgm_index" on "ledger_entry" using gin ("enterprise_name" gin_trgm_ops)',
    },
    {
      name: 'ledger_entry_project_name_trgm_index',
      expression:
        'create index "ledger_entry_project_name_trgm_index" on "ledger_entry" using gin ("project_name" gin_trgm_ops)',
    },
    {
      name: 'ledger_entry_division_index',
      expression:
        'create index "ledger_entry_division_index" on "ledger_entry" ("division_code" text_pattern_ops, "created_at")',
    },
  ],
});
export type ILedgerEntry = InferEntity<typeof LedgerEntry>;

/** 事故预防费 spending entry against a policy's budget. */
export const PreventionFeeEntry = defineEntity({
  name: 'PreventionFeeEntry',
  tableName: 'prevention_fee_entry',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    policyId: p.uuid().index(),
    date: p.date(),
    serviceItem: p.string().length(2),
    amountFen: p.bigint('bigint'),
    evidenceDocumentId: p.uuid().nullable(),
    note: p.string().length(500).nullable(),
    recordedAt: p.datetime().onCreate(() => new Date()),
    actorUserId: p.string().length(80).nullable(),
  },
});
export type IPreventionFeeEntry = InferEntity<typeof PreventionFeeEntry>;
