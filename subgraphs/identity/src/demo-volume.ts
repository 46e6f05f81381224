// The registered enterprises of the demo world (@anze/demo) at volume: organisations already 已通过, each announced by
// an identity.organisation.approved event so projects and analytics learn of them as they would in production.
// Each comes with its 企业信息 (contacts, addresses, 经营范围) from the demo world. Idempotent: enterprises that exist
// are skipped, except that one seeded before enterprises had profiles gets its profile. No users: these enterprises
// exist to make lists and statistics realistic; the hand-made demo enterprise (demo.ts) is the one to sign in with.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoEnterprise } from '@anze/demo';
import { Organisation } from './domain/organisation.entity.ts';
import { publishIdentityFact } from './events/identity-events.ts';
import { SEED_VIEWER } from './demo.ts';

const BATCH = 500;

/** Returns how many enterprises were added. */
export async function seedDemoEnterprises(em: EntityManager, enterprises: DemoEnterprise[]): Promise<number> {
  const registered = enterprises.filter((e) => e.registered);
  let added = 0;
  for (let i = 0; i < registered.length; i += BATCH) {
    const batch = registered.slice(i, i + BATCH);
    await em.fork().transactional(async (tx) => {
      const found = await tx.find(
        Organisation,
        { id: { $in: batch.map((e) => e.id) } },
        { fields: ['id', 'contactName'] },
      );
      const existing = new Set(found.map((o) => o.id));
      const withoutProfile = new Set(found.filter((o) => o.contactName === null).map((o) => o.id));
      for (const e of batch.filter((x) => withoutProfile.has(x.id))) {
        await tx.nativeUpdate(Organisation, { id: e.id, contactName: null }, { ...e.profile });
      }
      for (const e of batch.filter((x) => !existing.has(x.id))) {
        const org = tx.create(Organisation, {
          id: e.id,
          type: 'ENTERPRISE',
          name: e.name,
          divisionCode: e.divisionCode,
          uscc: e.uscc,
          ...e.profile,
          registrationStatus: 'APPROVED',
          reviewedAt: new Date(),
        });
        publishIdentityFact(tx, { type: 'organisation.approved', organisation: org }, SEED_VIEWER);
        added++;
      }
    });
  }
  return added;
}
