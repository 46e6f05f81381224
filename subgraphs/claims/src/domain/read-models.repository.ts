// Reads and upserts of the read models kept from other subgraphs' events (policies, partnerships). An upsert keeps
// the newest state: replicas share a durable, so an older redelivery never undoes a newer event.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { ClaimPolicy, Partnership, type IClaimPolicy } from './policy.entity.ts';

async function upsertNewest<T extends { lastEventAt: Date }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  row: T,
): Promise<void> {
  const existing = await em.findOne(entity, where);
  if (existing === null) em.create(entity, row as never);
  else if (existing.lastEventAt <= row.lastEventAt) em.assign(existing, row as never);
}

export function savePolicy(em: EntityManager, row: IClaimPolicy): Promise<void> {
  return upsertNewest(em, ClaimPolicy, { id: row.id }, row);
}

export function savePartnership(
  em: EntityManager,
  row: { brokerId: string; insurerId: string; active: boolean; lastEventAt: Date },
): Promise<void> {
  return upsertNewest(em, Partnership, { brokerId: row.brokerId, insurerId: row.insurerId }, row);
}

/** The policy; locked, it serialises the settlements of one policy (the cumulative limit). */
export function findPolicy(
  em: EntityManager,
  id: string,
  o: { lock?: boolean } = {},
): Promise<IClaimPolicy | null> {
  return em.findOne(ClaimPolicy, { id }, o.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
}

/** The insurers a broker partners with (active partnerships): it reads their claims. */
export async function partnerInsurersOf(em: EntityManager, brokerId: string): Promise<string[]> {
  const rows = await em.find(Partnership, { brokerId, active: true }, { fields: ['insurerId'] });
  return rows.map((r) => r.insurerId);
}
