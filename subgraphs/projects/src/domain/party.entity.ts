import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const PARTY_TYPES = ['INSURER', 'BROKER'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

/**
 * Insurers and brokers by name (保险机构 of the list and the export), fed by identity.organisation.* events like the
 * enterprise read model (events/enterprise-consumer.ts); `id` is identity's organisation id.
 */
export const Party = defineEntity({
  name: 'Party',
  tableName: 'party',
  properties: {
    id: p.uuid().primary(),
    organisationType: p.enum(PARTY_TYPES),
    name: p.string().length(200),
    /** occurredAt of the last applied event: an older event arriving late must not overwrite a newer name. */
    lastEventAt: p.datetime(),
  },
});
export type IParty = InferEntity<typeof Party>;
