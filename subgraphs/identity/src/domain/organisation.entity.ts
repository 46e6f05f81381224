import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const ORGANISATION_TYPES = [
  'ENTERPRISE',
  'INSURER',
  'BROKER',
  'PREVENTION_ORG',
  'REGULATOR',
  'PLATFORM',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** 审核中 → 已通过 / 已驳回(原因) → (resubmit) 审核中. */
export const REGISTRATION_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const Organisation = defineEntity({
  name: 'Organisation',
  tableName: 'organisation',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    type: p.enum(ORGANISATION_TYPES).index(),
    /** 企业名称 */
    name: p.string().length(200),
    /** 行政区划代码 */
    divisionCode: p.string().length(6).index(),
    /** 统一社会信用代码 — one organisation per code. */
    uscc: p.string().length(18).unique(),
    registeredAddress: p.string().length(300).nullable(),
    businessAddress: p.string().length(300).nullable(),
    contactName: p.string().length(50).nullable(),
    contactMobile: p.string().length(20).nullable(),
    contactEmail: p.string().length(254).nullable(),
    legalRepresentative: p.string().length(50).nullable(),
    legalRepresentativeMobile: p.string().length(20).nullable(),
    businessScope: p.text().nullable(),
    registrationStatus: p.enum(REGISTRATION_STATUSES).index(),
    rejectionReason: p.string().length(500).nullable(),
    reviewedAt: p.datetime().nullable(),
    reviewedBy: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});
export type IOrganisation = InferEntity<typeof Organisation>;

/** 经纪公司 — 合作保险公司. */
export const Partnership = defineEntity({
  name: 'Partnership',
  tableName: 'partnership',
  properties: {
    brokerId: p.uuid().primary(),
    insurerId: p.uuid().primary(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
