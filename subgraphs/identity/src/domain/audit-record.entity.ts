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
  // The append-only guard, created with its function by the audit_append_only migration and declared here so the
  // schema diff knows it. The migration also refuses TRUNCATE (a statement trigger): PostgreSQL's
  // information_schema.triggers, which the diff reads, does not list TRUNCATE triggers, so declaring that one here
  // would make every diff propose to create it again.
  triggers: [
    {
      name: 'audit_record_no_update',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'row',
      expression: `create trigger audit_record_no_update before update or delete on "audit_record"
  for each row execute function audit_record_append_only();`,
    },
  ],
});
export type IAuditRecord = InferEntity<typeof AuditRecord>;
