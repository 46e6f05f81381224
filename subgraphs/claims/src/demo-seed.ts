// Writes the demo world's claims (demo.ts) as the service would have: the policy read model rows the policies' events
// will bring, the claims with their history, and each claim's latest event through the outbox. Idempotent: claims
// already there are skipped.
import type { EntityManager } from '@mikro-orm/postgresql';
import { systemViewer } from '@anze/auth';
import { Claim, ClaimChange } from './domain/claim.entity.ts';
import { ClaimPolicy } from './domain/policy.entity.ts';
import type { ClaimFact } from './domain/context.ts';
import { publishClaimFact } from './events/claims-events.ts';
import type { DemoClaim } from './demo.ts';

const SEED_VIEWER = systemViewer('demo-seed');
const BATCH = 500;

const FACT_OF = {
  REPORTED: 'claim.reported',
  ACCEPTED: 'claim.accepted',
  SETTLED: 'claim.settled',
  DECLINED: 'claim.declined',
} as const satisfies Record<string, ClaimFact['type']>;

/** Returns how many claims were added. */
export async function seedDemoClaims(em: EntityManager, claims: Iterable<DemoClaim>): Promise<number> {
  let added = 0;
  let batch: DemoClaim[] = [];
  const flush = async () => {
    const current = batch;
    batch = [];
    await em.fork().transactional(async (tx) => {
      const ids = (rows: Array<{ id: string }>) => new Set(rows.map((x) => x.id));
      const policyIds = [...new Set(current.map((d) => d.policy.id))];
      const knownPolicies = ids(await tx.find(ClaimPolicy, { id: { $in: policyIds } }, { fields: ['id'] }));
      const knownClaims = ids(
        await tx.find(Claim, { id: { $in: current.map((d) => d.claim.id) } }, { fields: ['id'] }),
      );
      for (const d of current) {
        if (!knownPolicies.has(d.policy.id)) {
          tx.create(ClaimPolicy, d.policy);
          knownPolicies.add(d.policy.id);
        }
        if (knownClaims.has(d.claim.id)) continue;
        const claim = tx.create(Claim, { ...d.claim, updatedAt: d.claim.createdAt });
        for (const h of d.history) tx.create(ClaimChange, h);
        publishClaimFact(tx, { type: FACT_OF[claim.status], claim }, SEED_VIEWER);
        added++;
      }
    });
  };
  for (const d of claims) {
    batch.push(d);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length) await flush();
  return added;
}
