// Reads and upserts of the policy read model; the broker–insurer partnerships are underwriting's read model and its
// repository (the same table here), so a broker sees claims exactly where it sees policies.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ClaimPolicy, type IClaimPolicy } from './policy.entity.ts';

export { partnerInsurersOf } from '@anze/underwriting/domain/read-models.repository';
export { Partnership } from '@anze/underwriting/domain/party.entity';

/** Keeps the newest state: replicas share a durable, so an older redelivery never undoes a newer event. */
export async function savePolicy(em: EntityManager, row: IClaimPolicy): Promise<void> {
  const existing = await em.findOne(ClaimPolicy, { id: row.id });
  if (existing === null) em.create(ClaimPolicy, row);
  else if (existing.lastEventAt <= row.lastEventAt) em.assign(existing, row);
}

/** The policy; locked, it serialises the settlements of one policy (the cumulative limit). */
export function findPolicy(
  em: EntityManager,
  id: string,
  o: { lock?: boolean } = {},
): Promise<IClaimPolicy | null> {
  return em.findOne(ClaimPolicy, { id }, o.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
}
