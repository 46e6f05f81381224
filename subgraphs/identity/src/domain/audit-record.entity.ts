import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Append-only, hash-chained (等保 2.0: time, type, subject, object, result; protected from change, kept ≥ 180 days). */
export const AuditRecord = defineEntity({
  name: 'AuditRecord',
  tableName: 'audit_record',
  properties: {
    seq: p.bigint('number').primary().autoincrement(false),
    at: p.datetime().index(),
    type: p.string().length(64).index(),
    subject: p.string().length(128).index(),
    object: p.string().length(256).nullable(),
    result: p.enum(['SUCCESS', 'FAILURE'] as const),
    detail: p.json<Record<string, unknown>>().nullable(),
    prevHash: p.string().length(64),
    hash: p.string().length(64),
  },
});
export type IAuditRecord = InferEntity<typeof AuditRecord>;
