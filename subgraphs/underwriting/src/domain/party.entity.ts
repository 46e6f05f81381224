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
