import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const REGISTRATION_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/**
 * Local read model of identity's enterprises, fed only by identity.organisation.* events (never identity's tables):
 * createProject takes 施工企业 name and 统一社会信用代码 from here.
 */
export const Enterprise = defineEntity({
  name: 'Enterprise',
  tableName: 'enterprise',
  properties: {
    organisationId: p.uuid().primary(),
    name: p.string().length(200),
    uscc: p.string().length(18),
    divisionCode: p.string().length(6),
    registrationStatus: p.enum(REGISTRATION_STATUSES),
    rejectionReason: p.string().length(500).nullable(),
    /** occurredAt of the last applied event: an older event arriving late must not overwrite a newer state. */
    lastEventAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export type IEnterprise = InferEntity<typeof Enterprise>;
