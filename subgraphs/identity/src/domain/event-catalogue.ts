// The events identity publishes, as outside subscribers see them (docs/events/, `npm run events:catalogue`).
// events.ts writes exactly these payloads: its data is typed from the schemas below. Organisation payloads carry the
// public registration data only (name, 统一社会信用代码, division); never contacts, phones, e-mails or addresses.
import { ROLES } from '@anze/auth';
import { SESSION_REVOKED } from '@anze/server-kit/revocation-feed';
import { defineEvent, field, type EventData, type Schema } from '@anze/events';
import { ORGANISATION_TYPES, REGISTRATION_STATUSES } from './organisation.entity.ts';

const organisation = {
  organisationId: field.uuid('单位 id / organisation id'),
  organisationType: field.enumOf(ORGANISATION_TYPES, '单位类型 / organisation type'),
  name: field.string('单位名称（登记的法人名称）/ registered name of the organisation'),
  uscc: field.uscc('统一社会信用代码 / unified social credit code'),
  divisionCode: field.divisionCode('单位所在行政区划代码 / division of the organisation'),
  registrationStatus: field.enumOf(REGISTRATION_STATUSES, '注册审核状态 / registration review status'),
};
const organisationIds = ['organisationId', 'uscc', 'divisionCode'] as const;
const organisationData = field.object(organisation);

export const ORGANISATION_REGISTERED = defineEvent({
  type: 'identity.organisation.registered',
  version: 1,
  aggregate: 'organisation',
  title: '单位已登记',
  summary:
    'An organisation was registered: an enterprise registered itself (PENDING) or an operator created one (APPROVED).',
  data: organisationData,
  identifiers: organisationIds,
});

export const ORGANISATION_APPROVED = defineEvent({
  type: 'identity.organisation.approved',
  version: 1,
  aggregate: 'organisation',
  title: '注册审核通过',
  summary: "An organisation's registration was approved; it may now act on the platform.",
  data: organisationData,
  identifiers: organisationIds,
});

export const ORGANISATION_REJECTED = defineEvent({
  type: 'identity.organisation.rejected',
  version: 1,
  aggregate: 'organisation',
  title: '注册审核驳回',
  summary: "An organisation's registration was rejected with a reason; it may correct and resubmit.",
  data: field.object({
    ...organisation,
    reason: field.nullable(field.string('驳回原因 / reason for the rejection')),
  }),
  identifiers: organisationIds,
});

export const ORGANISATION_UPDATED = defineEvent({
  type: 'identity.organisation.updated',
  version: 1,
  aggregate: 'organisation',
  title: '单位信息已修改',
  summary: "An organisation's registration data changed (the payload is the new state).",
  data: organisationData,
  identifiers: organisationIds,
});

export const ORGANISATION_RESUBMITTED = defineEvent({
  type: 'identity.organisation.resubmitted',
  version: 1,
  aggregate: 'organisation',
  title: '注册已重新提交',
  summary: 'A rejected organisation corrected its data and resubmitted it for review (PENDING again).',
  data: organisationData,
  identifiers: organisationIds,
});

const userData = field.object({
  userId: field.uuid('用户 id / user id'),
  organisationId: field.uuid('所属单位 id / organisation of the user'),
  roles: field.arrayOf(field.enumOf(ROLES), '角色 / roles'),
  jurisdiction: field.nullable(field.divisionCode('监管辖区行政区划代码 / jurisdiction of a regulator')),
});
const userIds = ['userId', 'organisationId', 'jurisdiction'] as const;

export const USER_CREATED = defineEvent({
  type: 'identity.user.created',
  version: 1,
  aggregate: 'user',
  title: '用户已创建',
  summary:
    'A platform operator created a user account for an organisation (no name, login or phone travels).',
  data: userData,
  identifiers: userIds,
});

export const USER_ROLES_CHANGED = defineEvent({
  type: 'identity.user.roles_changed',
  version: 1,
  aggregate: 'user',
  title: '用户角色已变更',
  summary: "A user's roles changed; the payload carries the new roles.",
  data: userData,
  identifiers: userIds,
});

export const USER_DISABLED = defineEvent({
  type: 'identity.user.disabled',
  version: 1,
  aggregate: 'user',
  title: '用户已停用',
  summary: 'A user account was disabled; its sessions were revoked.',
  data: userData,
  identifiers: userIds,
});

export const USER_ENABLED = defineEvent({
  type: 'identity.user.enabled',
  version: 1,
  aggregate: 'user',
  title: '用户已启用',
  summary: 'A disabled user account was enabled again.',
  data: userData,
  identifiers: userIds,
});

export const PARTNERSHIP_CHANGED = defineEvent({
  type: 'identity.partnership.changed',
  version: 1,
  aggregate: 'partnership',
  title: '经纪合作关系已变更',
  summary:
    'A broker–insurer partnership (经纪公司 — 合作保险公司) was added or ended: a broker sees the applications of its partner insurers.',
  data: field.object({
    brokerId: field.uuid('经纪公司 id / broker'),
    insurerId: field.uuid('保险机构 id / insurer'),
    active: {
      type: 'boolean',
      description: '合作中 / whether the partnership is in force',
    } as Schema<boolean>,
  }),
  identifiers: ['brokerId', 'insurerId'],
});
/** identity.partnership.*: what consumers of partnerships accept. */
export const PARTNERSHIP_EVENTS = [PARTNERSHIP_CHANGED] as const;
export type PartnershipChangedData = EventData<typeof PARTNERSHIP_CHANGED>;

/** Every event identity may publish. A type missing here fails the services' event tests. */
/** identity.organisation.*: what consumers of organisations accept (ConsumerOptions.accepts). */
export const ORGANISATION_EVENTS = [
  ORGANISATION_REGISTERED,
  ORGANISATION_APPROVED,
  ORGANISATION_REJECTED,
  ORGANISATION_UPDATED,
  ORGANISATION_RESUBMITTED,
] as const;
export type OrganisationEventsData = EventData<(typeof ORGANISATION_EVENTS)[number]>;

export const IDENTITY_EVENT_CATALOGUE = [
  ...ORGANISATION_EVENTS,
  USER_CREATED,
  USER_ROLES_CHANGED,
  USER_DISABLED,
  USER_ENABLED,
  PARTNERSHIP_CHANGED,
  // Defined by the server kit, whose revocation feed applies it in every service.
  SESSION_REVOKED,
] as const;

export type IdentityEventType = (typeof IDENTITY_EVENT_CATALOGUE)[number]['type'];
export type OrganisationEventData = EventData<typeof ORGANISATION_REGISTERED>;
export type OrganisationRejectedData = EventData<typeof ORGANISATION_REJECTED>;
export type UserEventData = EventData<typeof USER_CREATED>;
