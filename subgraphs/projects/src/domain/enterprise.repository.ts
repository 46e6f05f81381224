// Persistence of the local enterprise read model (fed by identity's organisation events, events/enterprise-consumer.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Enterprise, type IEnterprise } from './enterprise.entity.ts';

/** The enterprise's row, or null while identity has not announced it. */
export function findEnterprise(em: EntityManager, organisationId: string): Promise<IEnterprise | null> {
  return em.findOne(Enterprise, { organisationId });
}

export type EnterpriseState = Omit<IEnterprise, 'organisationId'>;

/** Writes the state the latest event gives (inserting the enterprise on its first event) and flushes. */
export async function saveEnterprise(
  em: EntityManager,
  existing: IEnterprise | null,
  organisationId: string,
  state: EnterpriseState,
): Promise<void> {
  if (existing) em.assign(existing, state);
  else em.create(Enterprise, { organisationId, ...state });
  await em.flush();
}
