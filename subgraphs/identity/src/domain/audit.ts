// The audit log is a hash chain: each record's hash covers its content and the previous hash, so changing, removing
// or reordering any record breaks every hash after it. Appends are serialised by a transaction-scoped advisory lock.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditRecord, type IAuditRecord } from './audit-record.entity.ts';

export const GENESIS_HASH = '0'.repeat(64);
const AUDIT_LOCK = 0x616e7a65; // 'anze'

export interface AuditEntry {
  type: string;
  subject: string;
  object?: string | null;
  result: 'SUCCESS' | 'FAILURE';
  detail?: Record<string, unknown> | null;
}

export function recordHash(
  prevHash: string,
  r: {
    seq: number;
    at: Date;
    type: string;
    subject: string;
    object: string | null;
    result: string;
    detail: unknown;
  },
): string {
  const canonical = JSON.stringify([
    r.seq,
    r.at.toISOString(),
    r.type,
    r.subject,
    r.object,
    r.result,
    sortKeys(r.detail ?? null),
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/** jsonb does not keep key order, so the hash covers the detail with its keys sorted. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Appends inside the caller's transaction: the record commits or rolls back with the change it describes. */
export async function appendAudit(em: EntityManager, entry: AuditEntry): Promise<void> {
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  await conn.execute('select pg_advisory_xact_lock(?)', [AUDIT_LOCK], 'all', tx);
  const last = (await conn.execute(
    'select seq, hash from audit_record order by seq desc limit 1',
    [],
    'all',
    tx,
  )) as Array<{
    seq: string | number;
    hash: string;
  }>;
  const seq = last.length ? Number(last[0]!.seq) + 1 : 1;
  const prevHash = last.length ? last[0]!.hash : GENESIS_HASH;
  // Millisecond precision: what PostgreSQL stores must be what was hashed.
  const at = new Date(Math.floor(Date.now()));
  const object = entry.object?.slice(0, 256) ?? null;
  const subject = entry.subject.slice(0, 128);
  const detail = entry.detail ?? null;
  const hash = recordHash(prevHash, {
    seq,
    at,
    type: entry.type,
    subject,
    object,
    result: entry.result,
    detail,
  });
  await conn.execute(
    'insert into audit_record (seq, at, type, subject, object, result, detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [
      seq,
      at,
      entry.type,
      subject,
      object,
      entry.result,
      detail === null ? null : JSON.stringify(detail),
      prevHash,
      hash,
    ],
    'run',
    tx,
  );
}

/** Appends in a transaction of its own (e.g. a refused login whose own work is not committed). */
export async function appendAuditNow(em: EntityManager, entry: AuditEntry): Promise<void> {
  await em.fork().transactional((tx) => appendAudit(tx, entry));
}

export interface ChainVerification {
  intact: boolean;
  recordsChecked: number;
  firstBrokenSeq: number | null;
  verifiedAt: Date;
}

export async function verifyAuditChain(em: EntityManager, batch = 5000): Promise<ChainVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = (await em
      .getConnection()
      .execute(
        'select seq, at, type, subject, object, result, detail, prev_hash, hash from audit_record where seq >= ? order by seq limit ?',
        [expectedSeq, batch],
      )) as Array<{
      seq: string | number;
      at: Date;
      type: string;
      subject: string;
      object: string | null;
      result: string;
      detail: unknown;
      prev_hash: string;
      hash: string;
    }>;
    if (!rows.length) break;
    for (const row of rows) {
      const seq = Number(row.seq);
      const expected = recordHash(prevHash, { ...row, seq, at: new Date(row.at) });
      if (seq !== expectedSeq || row.prev_hash !== prevHash || row.hash !== expected) {
        return {
          intact: false,
          recordsChecked: checked,
          firstBrokenSeq: expectedSeq,
          verifiedAt: new Date(),
        };
      }
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
  }
  return { intact: true, recordsChecked: checked, firstBrokenSeq: null, verifiedAt: new Date() };
}

export interface AuditQuery {
  type?: string | null;
  subject?: string | null;
  result?: 'SUCCESS' | 'FAILURE' | null;
  from?: Date | string | null;
  to?: Date | string | null;
}

export async function findAudit(em: EntityManager, q: AuditQuery, limit: number, offset: number) {
  const where: Record<string, unknown> = {};
  if (q.type) where.type = { $like: `${q.type}%` };
  if (q.subject) where.subject = q.subject;
  if (q.result) where.result = q.result;
  if (q.from || q.to)
    where.at = { ...(q.from ? { $gte: new Date(q.from) } : {}), ...(q.to ? { $lte: new Date(q.to) } : {}) };
  const [items, total] = await em.findAndCount(AuditRecord, where, {
    orderBy: { seq: 'desc' },
    limit,
    offset,
  });
  return { items: items as IAuditRecord[], total };
}
