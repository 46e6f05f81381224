// Persistence of the insurer and broker names (party.entity.ts), fed by identity's organisation events.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Party, type IParty } from './party.entity.ts';

export function findParty(em: EntityManager, id: string): Promise<IParty | null> {
  return em.findOne(Party, { id });
}

/** Writes the party's latest name (inserting it on its first event) and flushes. */
export async function saveParty(
  em: EntityManager,
  existing: IParty | null,
  state: Pick<IParty, 'id' | 'organisationType' | 'name' | 'lastEventAt'>,
): Promise<void> {
  if (existing) em.assign(existing, state);
  else em.create(Party, state);
  await em.flush();
}

/** Every insurer's and broker's name by id: a few hundred rows at most, read once per export. */
export async function partyNames(em: EntityManager): Promise<Map<string, string>> {
  const rows = await em.execute<Array<{ id: string; name: string }>>('select id, name from party');
  return new Map(rows.map((r) => [r.id, r.name]));
}
