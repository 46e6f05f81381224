// Persistence of the audit log, a hash chain (audit-chain.ts). Appends are serialised by a transaction-scoped
// advisory lock, so each record continues the one before it.
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditRecord, type IAuditRecord } from './audit-record.entity.ts';
import {
  GENESIS_HASH,
  recordHash,
  verifyChain,
  type ChainedRecord,
  type ChainVerification,
} from './audit-chain.ts';

export type { ChainVerification } from './audit-chain.ts';
const AUDIT_LOCK = 0x616e7a65; // 'anze'

export interface AuditEntry {
  type: string;
  subject: string;
  object?: string | null;
  result: 'SUCCESS' | 'FAILURE';
  detail?: Record<string, unknown> | null;
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

/** Verifies the stored chain, reading `batch` records at a time. */
export function verifyAuditChain(em: EntityManager, batch = 5000): Promise<ChainVerification> {
  return verifyChain(async (fromSeq) => {
    const rows = (await em
      .getConnection()
      .execute(
        'select seq, at, type, subject, object, result, detail, prev_hash, hash from audit_record where seq >= ? order by seq limit ?',
        [fromSeq, batch],
      )) as Array<Omit<ChainedRecord, 'seq'> & { seq: string | number; prev_hash: string; hash: string }>;
    return rows.map((row) => ({
      ...row,
      seq: Number(row.seq),
      at: new Date(row.at),
      prevHash: row.prev_hash,
    }));
  });
}

/** Every audit type recorded so far, sorted: the choices of 审计日志's 类型 filter. */
export async function auditTypes(em: EntityManager): Promise<string[]> {
  const rows = (await em
    .getConnection()
    .execute('select distinct type from audit_record order by type')) as Array<{ type: string }>;
  return rows.map((r) => r.type);
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
  if (q.subject) {
    // A 主体 is `name (user:<id>)` for accounts (userSubject): a login name or a `user:<id>` finds its records.
    const literal = q.subject.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
    where.$or = [
      { subject: q.subject.trim() },
      { subject: { $like: `${literal} (user:%)` } },
      { subject: { $like: `% (${literal})` } },
    ];
  }
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
