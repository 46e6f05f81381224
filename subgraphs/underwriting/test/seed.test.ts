// CONTEXT: issue 12 §8 — the demo seed writes in bulk (one insert per table and batch, batches in flight). What
// `npm start` loads must stay what the generator describes: every row, premiums as the service quotes them, one
// outbox event per announced state in the rows' transaction, and a second run adds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase } from '@anze/testing';
import { applyMigrations } from '@anze/orm';
import { preventionFeeFen, type DemoInsurance } from '@anze/demo';
import { underwritingOrm } from '../src/orm.ts';
import { demoUnderwriting, seedDemoInsurance, seedDemoMarket } from '../src/demo-volume.ts';
import { preventionBudget, quotePremium } from '../src/domain/premium.ts';
import { LEDGER_NUMBER } from '../src/domain/ledger-number.ts';

const NOW = new Date('2026-11-01T04:00:00Z');
let db: { url: string; drop(): Promise<void> };
let orm: MikroORM;
let states: DemoInsurance[];

const generate = () => demoUnderwriting('small', NOW);

async function count(table: string, where = 'true'): Promise<number> {
  const [row] = await orm.em.execute<Array<{ n: string }>>(
    `select count(*) as n from ${table} where ${where}`,
  );
  return Number(row!.n);
}

before(async () => {
  db = await createTestDatabase('underwriting_seed');
  orm = await underwritingOrm(db.url);
  await applyMigrations(orm);
  states = [...generate()];
});
after(async () => {
  await orm?.close();
  await db?.drop();
});

test('the seed writes every row the demo world describes, with its events, and a second run adds nothing', async () => {
  const plans = await seedDemoMarket(orm.em.fork());
  const added = await seedDemoInsurance(orm.em.fork(), generate(), plans, '0.15');
  const apps = states.filter((d) => d.application);
  const policies = states.filter((d) => d.policy);
  assert.equal(added, apps.length);
  assert.ok(policies.length > 0.4 * states.length, 'about 60 % insured');
  assert.equal(await count('insured_project'), states.length);
  assert.equal(await count('insurance_application'), apps.length);
  assert.equal(
    await count('application_change'),
    apps.reduce((n, d) => n + d.application!.history.length, 0),
  );
  assert.equal(await count('policy'), policies.length);
  assert.equal(await count('ledger_entry'), policies.length);
  assert.equal(
    await count('policy_extension'),
    policies.reduce((n, d) => n + d.policy!.extensions.length, 0),
  );
  assert.equal(
    await count('prevention_fee_entry'),
    policies.reduce((n, d) => n + d.policy!.preventionFees.length, 0),
  );
  // One event per application that is more than a draft, typed by its state; drafts announce nothing.
  const announced = apps.filter((d) => d.application!.status !== 'DRAFT');
  assert.equal(await count('outbox'), announced.length);
  const byType = await orm.em.execute<Array<{ type: string; n: string }>>(
    `select payload->>'type' as type, count(*) as n from outbox group by 1`,
  );
  const expected = new Map<string, number>();
  for (const d of announced) {
    const type =
      d.application!.status === 'ISSUED'
        ? 'underwriting.policy.issued'
        : `underwriting.application.${d.application!.status.toLowerCase()}`;
    expected.set(type, (expected.get(type) ?? 0) + 1);
  }
  assert.deepEqual(new Map(byType.map((r) => [r.type, Number(r.n)])), expected);

  // Values as the service computes them: the quote, the budget and the fees of one issued policy, exact.
  const d = policies.find((x) => x.policy!.preventionFees.length > 0)!;
  const plan = plans.get(d.application!.planId)!;
  const quote = quotePremium(plan, d.application!.costFen, d.application!.floatingRatio);
  const [row] = await orm.em.execute<Array<Record<string, string>>>(
    `select p.premium_fen, p.prevention_budget_fen, p.prevention_spent_fen, p.ledger_number, l.premium_fen as ledger_premium,
            a.quote_fen, a.status, a.version, o.payload->'data'->>'premiumFen' as event_premium
       from policy p join ledger_entry l on l.policy_id = p.id join insurance_application a on a.id = p.application_id
       join outbox o on o.payload->'aggregate'->>'id' = p.id::text
      where p.id = ?`,
    [d.policy!.id],
  );
  assert.equal(BigInt(row!.premium_fen!), quote.premiumFen);
  assert.equal(BigInt(row!.ledger_premium!), quote.premiumFen);
  assert.equal(BigInt(row!.quote_fen!), quote.premiumFen);
  assert.equal(row!.event_premium, quote.premiumFen.toString());
  assert.equal(BigInt(row!.prevention_budget_fen!), preventionBudget(quote.premiumFen, '0.15'));
  assert.equal(
    BigInt(row!.prevention_spent_fen!),
    d.policy!.preventionFees.reduce((s, f) => s + preventionFeeFen(quote.premiumFen, f.share), 0n),
  );
  assert.equal(row!.status, 'ISSUED');
  assert.equal(Number(row!.version), 1);
  assert.match(row!.ledger_number!, LEDGER_NUMBER);
  assert.equal(row!.ledger_number, d.policy!.ledgerNumber);

  // Idempotent: a second run (as after an interrupted seed) adds no row and no event.
  const outbox = await count('outbox');
  assert.equal(await seedDemoInsurance(orm.em.fork(), generate(), plans, '0.15'), 0);
  assert.equal(await count('insurance_application'), apps.length);
  assert.equal(await count('outbox'), outbox);
});
