// CONTEXT: issue 12 — issuing is one atomic step (the policy, its 台帐 row, the application's 已投保 and the event, or
// nothing), 台帐 numbers stay unique when many policies are issued at once, and the prevention-fee share cannot be set
// above 21 % of the premium (应急〔2025〕27号).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { graphql } from '@anze/testing';
import { OutboxMessage } from '@anze/events';
import {
  startHarness,
  world,
  submitted,
  issueInput,
  REVIEW,
  ISSUE,
  type Harness,
  type World,
  type AppRow,
} from './fixtures.ts';
import { InsuranceApplication } from '../src/domain/application.entity.ts';
import { LedgerEntry, Policy } from '../src/domain/policy.entity.ts';
import { LEDGER_NUMBER } from '../src/domain/ledger-number.ts';
import { loadConfig } from '../src/config.ts';

let h: Harness;
let w: World;

before(async () => {
  h = await startHarness('atomic');
  w = await world(h);
});
after(() => h?.close());

async function approved(): Promise<AppRow> {
  const app = await submitted(w, await w.newProject());
  return (
    await w.insurer.caller.ok<{ reviewInsuranceApplication: AppRow }>(REVIEW, {
      variables: { id: app.id, v: app.version, i: { decision: 'APPROVE' } },
    })
  ).reviewInsuranceApplication;
}

test('a failure while writing the 台帐 row leaves no policy, no 已投保 and no event', async () => {
  const app = await approved();
  const files = await w.policyFiles();
  const sql = h.em().getConnection();
  // The last write of the issue fails (as a full disk or a killed connection would).
  await sql.execute(
    `create or replace function refuse_ledger() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`,
  );
  await sql.execute(
    `create trigger refuse_ledger before insert on ledger_entry for each row execute function refuse_ledger()`,
  );
  try {
    const r = await graphql(h.url, ISSUE, {
      token: w.insurer.caller.token,
      variables: { id: app.id, v: app.version, i: issueInput(files, { premiumYuan: app.quoteYuan }) },
    });
    assert.ok(r.errors?.length);
  } finally {
    await sql.execute(`drop trigger refuse_ledger on ledger_entry`);
  }
  const em = h.em();
  assert.equal(await em.count(Policy, { applicationId: app.id }), 0);
  assert.equal((await em.findOneOrFail(InsuranceApplication, { id: app.id })).status, 'APPROVED');
  const issuedEvents = (await em.find(OutboxMessage, {})).filter((m) =>
    m.subject.endsWith('underwriting.policy.issued'),
  );
  assert.equal(issuedEvents.length, 0);
  // And the same request succeeds once the fault is gone.
  await w.insurer.caller.ok(ISSUE, {
    variables: { id: app.id, v: app.version, i: issueInput(files, { premiumYuan: app.quoteYuan }) },
  });
});

test('eight policies issued at once get eight distinct 台帐 numbers of the manual’s form', async () => {
  const apps = await Promise.all(Array.from({ length: 8 }, () => approved()));
  const files = await w.policyFiles();
  const results = await Promise.all(
    apps.map((a) =>
      w.insurer.caller.ok<{ issuePolicy: { id: string; ledgerNumber: string } }>(ISSUE, {
        variables: { id: a.id, v: a.version, i: issueInput(files, { premiumYuan: a.quoteYuan }) },
      }),
    ),
  );
  const numbers = results.map((r) => r.issuePolicy.ledgerNumber);
  for (const n of numbers) assert.match(n, LEDGER_NUMBER);
  assert.equal(new Set(numbers).size, 8);
  assert.equal(await h.em().count(LedgerEntry, { ledgerNumber: { $in: numbers } }), 8);
});

test('a prevention-fee share above 21 % of the premium is refused at start (应急〔2025〕27号)', () => {
  const env = (share: string) => ({ GATEWAY_SECRET: 's'.repeat(40), PREVENTION_SHARE: share });
  assert.throws(() => loadConfig(env('0.22')), /0\.21/);
  assert.throws(() => loadConfig(env('15%')), /PREVENTION_SHARE/);
  assert.equal(loadConfig(env('0.21')).preventionShare, '0.21');
});
