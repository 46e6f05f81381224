import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

// Read models kept from identity's events (no call to identity per row): the organisations underwriting names in its
// lists (enterprises, insurers, brokers) and the broker–insurer partnerships that decide what a broker sees.
export const Party = defineEntity({
  name: 'Party',
  tableName: 'party',
  properties: {
    id: p.uuid().primary(),
    organisationType: p.string().length(30),
    name: p.string().length(200),
    uscc: p.string().length(18),
    divisionCode: p.string().length(6),
    registrationStatus: p.string().length(20),
    /** The newest event applied: an older redelivery never undoes a newer state. */
    lastEventAt: p.datetime(),
  },
  indexes: [{ properties: ['organisationType', 'registrationStatus'] }],
});
export type IParty = InferEntity<typeof Party>;

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

/** documents' files (from documents.document.* events): an application or policy names only files its author owns. */
export const KnownDocument = defineEntity({
  name: 'KnownDocument',
  tableName: 'known_document',
  properties: {
    id: p.uuid().primary(),
    kind: p.string().length(40),
    ownerOrganisationId: p.uuid(),
    contentType: p.string().length(100),
    deleted: p.boolean(),
    lastEventAt: p.datetime(),
  },
});
export type IKnownDocument = InferEntity<typeof KnownDocument>;
