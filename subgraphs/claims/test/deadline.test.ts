// CONTEXT: issue 13 — the decision deadline (30 days after 受理, CLAIM_DECISION_DAYS) is a durable pg-boss job
// scheduled in the accepting transaction: it survives a restart, marks the claim overdue and announces it once,
// whatever the number of runs; a claim decided in time is left alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { OutboxMessage } from '@anze/events';
import { Claim, ClaimChange } from '../src/domain/claim.entity.ts';
import { accepted, startHarness, waitFor, world, type Harness, type World } from './fixtures.ts';

let h: Harness;
let w: World;

before(async () => {
  h = await startHarness('deadline', { CLAIM_DECISION_DAYS: '20' });
  w = await world(h);
});
after(() => h?.close());

const jobsOf = (claimId: string) =>
  h
    .em()
    .getConnection()
    .execute(
      `select id, start_after from pgboss.job where name = 'claims.decision-deadline' and data->>'claimId' = ?`,
      [claimId],
    );

test('a claim still 已受理 at its deadline is marked overdue once, also across a restart', async () => {
  const policyId = await w.policy();
  const c = await accepted(w, policyId);
  const jobs = await jobsOf(c.id);
  assert.equal(jobs.length, 1, 'one deadline job, created with the acceptance');
  const due = new Date(jobs[0]!.start_after).getTime();
  assert.ok(Math.abs(due - (Date.now() + 20 * 86_400_000)) < 60_000, 'due the configured 20 days ahead');
  assert.equal(new Date(String(c['decisionDueAt'])).getTime(), due);

  // The service goes down; while it is down the deadline passes (we move it, and its job, into the past).
  await h.stop();
  const sql = h.em().getConnection();
  await sql.execute(`update claim set decision_due_at = now() - interval '1 minute' where id = ?`, [c.id]);
  await sql.execute(`update pgboss.job set start_after = now() where id = ?`, [jobs[0]!.id]);
  await h.start();

  await waitFor(
    async () => (await h.em().findOneOrFail(Claim, { id: c.id })).overdue,
    15_000,
    'the overdue mark',
  );
  const LIST = `query { claims(filter: { overdue: true }) { items { id overdue } } }`;
  const listed = await w.insurer.caller.ok<{ claims: { items: Array<{ id: string }> } }>(LIST);
  assert.deepEqual(
    listed.claims.items.map((x) => x.id),
    [c.id],
  );

  // A second run (another replica, a retry) changes nothing and publishes nothing.
  await sql.execute(
    `insert into pgboss.job (id, name, data, start_after) select gen_random_uuid(), name, data, now() from pgboss.job where id = ?`,
    [jobs[0]!.id],
  );
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await h.em().count(ClaimChange, { claimId: c.id, action: 'DECISION_OVERDUE' }), 1);
  const overdue = (await h.em().find(OutboxMessage, {})).filter((m) =>
    m.subject.endsWith('claims.claim.decision_overdue'),
  );
  assert.equal(overdue.length, 1);
});

test('a claim settled before its deadline is not marked when the job runs', async () => {
  const policyId = await w.policy();
  const c = await accepted(w, policyId);
  await w.insurer.caller.ok(
    `mutation($id: ID!, $v: Int!) { settleClaim(id: $id, version: $v, input: { amountYuan: "1000.00", settledDate: "2026-11-25" }) { id } }`,
    { variables: { id: c.id, v: c.version } },
  );
  const [job] = await jobsOf(c.id);
  const sql = h.em().getConnection();
  await sql.execute(`update claim set decision_due_at = now() - interval '1 minute' where id = ?`, [c.id]);
  await sql.execute(`update pgboss.job set start_after = now() where id = ?`, [job!.id]);
  await waitFor(
    async () =>
      (await sql.execute(`select state from pgboss.job where id = ?`, [job!.id]))[0]?.state === 'completed',
    15_000,
    'the job to run',
  );
  const row = await h.em().findOneOrFail(Claim, { id: c.id });
  assert.equal(row.overdue, false);
  assert.equal(row.status, 'SETTLED');
});
