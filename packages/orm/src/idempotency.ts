// Idempotency keys: a client that was not told the outcome of a write (timeout, killed process, OUTCOME_UNKNOWN)
// sends it again with the same `Idempotency-Key`, and gets the first answer instead of a second effect. The record
// is written in the transaction of the effect, so it exists if and only if the effect committed: a crash between
// them cannot leave one without the other. The server kit runs a keyed mutation inside `claimKey` … `storeAnswer`;
// every ORM gets the entity (ormConfig), so every subgraph's migrations create the table.
import { defineEntity, p } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

export const IdempotencyRecord = defineEntity({
  name: 'IdempotencyRecord',
  tableName: 'idempotency_record',
  properties: {
    /** Who sent it (`user:<id>`, `client:<id>`, `anonymous`): one caller cannot read another's answer. */
    caller: p.string().length(160).primary(),
    idempotencyKey: p.string().length(128).primary(),
    /** sha256 of the operation and its variables: the same key with other input is refused. */
    fingerprint: p.string().length(64),
    /** The root fields, for whoever reads the table. */
    operation: p.string().length(255),
    /** The answer's HTTP status and body, set before commit (a committed record always has them). */
    status: p.integer().nullable(),
    response: p.text().nullable(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
  },
  primaryKeys: ['caller', 'idempotencyKey'],
  indexes: [{ name: 'idempotency_record_expires_idx', properties: ['expiresAt'] }],
});

export interface IdempotencyClaim {
  caller: string;
  key: string;
  fingerprint: string;
  operation: string;
  retentionSeconds: number;
  /** Longest wait for a concurrent request holding the same key (then `in-progress`). */
  waitMs: number;
}

export type ClaimResult =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; response: string }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' };

/** PostgreSQL's lock_not_available: the wait for the other request's transaction timed out. */
const LOCK_NOT_AVAILABLE = '55P03';

/**
 * Inside the effect's transaction (`em` is its EntityManager): inserts the key, or finds the committed record of an
 * earlier request. A concurrent request holding the key makes the insert wait for its transaction (PostgreSQL's
 * unique check), up to `waitMs`: committed → its answer is replayed; rolled back → this one claims the key.
 * An expired record is taken over as if absent.
 */
export async function claimKey(em: EntityManager, c: IdempotencyClaim): Promise<ClaimResult> {
  await em.execute(`set local lock_timeout = ${Math.max(1, Math.floor(c.waitMs))}`);
  let claimed: unknown[];
  try {
    claimed = await em.execute(
      `insert into idempotency_record
         (caller, idempotency_key, fingerprint, operation, status, response, created_at, expires_at)
       values (?, ?, ?, ?, null, null, now(), now() + make_interval(secs => ?))
       on conflict (caller, idempotency_key) do update
         set fingerprint = excluded.fingerprint, operation = excluded.operation, status = null, response = null,
             created_at = excluded.created_at, expires_at = excluded.expires_at
         where idempotency_record.expires_at <= now()
       returning caller`,
      [c.caller, c.key, c.fingerprint, c.operation, c.retentionSeconds],
    );
  } catch (error) {
    if (pgCode(error) === LOCK_NOT_AVAILABLE) return { kind: 'in-progress' };
    throw error;
  }
  await em.execute('set local lock_timeout to default');
  if (claimed.length) return { kind: 'claimed' };
  const [found] = await em.execute<
    Array<{ fingerprint: string; status: number | null; response: string | null }>
  >('select fingerprint, status, response from idempotency_record where caller = ? and idempotency_key = ?', [
    c.caller,
    c.key,
  ]);
  if (!found) return { kind: 'in-progress' };
  if (found.fingerprint !== c.fingerprint) return { kind: 'mismatch' };
  if (found.status === null || found.response === null) return { kind: 'in-progress' };
  return { kind: 'replay', status: found.status, response: found.response };
}

/** Expired records removed per write: more than one is added, so the table stays bounded without any timer. */
export const PRUNE_BATCH = 20;

/**
 * The answer of a claimed key, in the same transaction; also removes up to PRUNE_BATCH expired records (rows another
 * transaction holds are skipped, so writers never wait for each other here).
 */
export async function storeAnswer(
  em: EntityManager,
  c: Pick<IdempotencyClaim, 'caller' | 'key'>,
  status: number,
  response: string,
): Promise<void> {
  await em.execute(
    'update idempotency_record set status = ?, response = ? where caller = ? and idempotency_key = ?',
    [status, response, c.caller, c.key],
  );
  await em.execute(
    `delete from idempotency_record where (caller, idempotency_key) in (
       select caller, idempotency_key from idempotency_record where expires_at < now()
       order by expires_at limit ${PRUNE_BATCH} for update skip locked)`,
  );
}

function pgCode(error: unknown): unknown {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  return e?.code ?? e?.cause?.code;
}
