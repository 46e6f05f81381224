// The audit log is a hash chain: each record's hash covers its content and the previous hash, so changing, removing
// or reordering any record breaks every hash after it. Pure: audit.repository.ts appends and reads the records.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedRecord {
  seq: number;
  at: Date;
  type: string;
  subject: string;
  object: string | null;
  result: string;
  detail: unknown;
}

export function recordHash(prevHash: string, r: ChainedRecord): string {
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

/** Where a verification has got to: the hash and seq the next record must continue. */
export interface ChainPosition {
  prevHash: string;
  expectedSeq: number;
}

export const CHAIN_START: ChainPosition = { prevHash: GENESIS_HASH, expectedSeq: 1 };

/**
 * Checks the next stored records (in seq order) against the chain: the position after them, or the seq where the
 * chain breaks (a gap, a wrong previous hash, or a record whose content no longer matches its hash).
 */
export function continueChain(
  at: ChainPosition,
  rows: ReadonlyArray<ChainedRecord & { prevHash: string; hash: string }>,
): { ok: true; position: ChainPosition } | { ok: false; brokenSeq: number; checked: number } {
  let { prevHash, expectedSeq } = at;
  let checked = 0;
  for (const row of rows) {
    if (row.seq !== expectedSeq || row.prevHash !== prevHash || row.hash !== recordHash(prevHash, row))
      return { ok: false, brokenSeq: expectedSeq, checked };
    prevHash = row.hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { ok: true, position: { prevHash, expectedSeq } };
}

export interface ChainVerification {
  intact: boolean;
  recordsChecked: number;
  firstBrokenSeq: number | null;
  verifiedAt: Date;
}

/** Walks the whole chain, `read(fromSeq)` giving the next stored records in seq order (none at the end). */
export async function verifyChain(
  read: (fromSeq: number) => Promise<ReadonlyArray<ChainedRecord & { prevHash: string; hash: string }>>,
): Promise<ChainVerification> {
  let position = CHAIN_START;
  let checked = 0;
  for (;;) {
    const rows = await read(position.expectedSeq);
    if (!rows.length) break;
    const next = continueChain(position, rows);
    if (!next.ok) {
      return {
        intact: false,
        recordsChecked: checked + next.checked,
        firstBrokenSeq: next.brokenSeq,
        verifiedAt: new Date(),
      };
    }
    checked += rows.length;
    position = next.position;
  }
  return { intact: true, recordsChecked: checked, firstBrokenSeq: null, verifiedAt: new Date() };
}
