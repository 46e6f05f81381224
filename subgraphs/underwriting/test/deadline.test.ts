// CONTEXT: issue 12 — the 复审期限 is a durable pg-boss job scheduled in the submit transaction: it survives a restart
// and marks the application overdue, announced once, whatever the number of runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { OutboxMessage } from '@anze/events';
import { startHarness, world, submitted, waitFor, type Harness, type World } from './fixtures.ts';
import { ApplicationChange, InsuranceApplication } from '../src/domain/application.entity.ts';
import { addWorkingDays } from '../src/domain/calendar.ts';

let h: Harness;
let w: World;

before(async () => {
  h = await startHarness('deadline', { REVIEW_WORKING_DAYS: '3' });
  w = await world(h);
});
after(() => h?.close());

test('3 working days from a Friday afternoon is the next Wednesday, holidays skipped', () => {
  const friday = new Date('2026-10-09T07:00:00Z'); // 15:00 in Asia/Shanghai
  assert.equal(addWorkingDays(friday, 3, 'Asia/Shanghai', []).toISOString(), '2026-10-14T07:00:00.000Z');
  assert.equal(
    addWorkingDays(friday, 3, 'Asia/Shanghai', ['2026-10-12']).toISOString(),
    '2026-10-15T07:00:00.000Z',
  );
});

test('an application still 待复审 at its deadline is marked overdue once, also across a restart', async () => {
  const app = await submitted(w, await w.newProject());
  const em = h.em();
  const jobs = await em
    .getConnection()
    .execute(
      `select id, start_after from pgboss.job where name = 'underwriting.review-deadline' and data->>'applicationId' = ?`,
      [app.id],
    );
  assert.equal(jobs.length, 1, 'one deadline job, created with the submission');
  assert.ok(new Date(jobs[0]!.start_after).getTime() > Date.now() + 24 * 3600_000, 'due days ahead, not now');

  // The service goes down; while it is down the deadline passes (we move it, and its job, into the past).
  await h.stop();
  await em
    .getConnection()
    .execute(`update insurance_application set review_due_at = now() - interval '1 minute' where id = ?`, [
      app.id,
    ]);
  await em.getConnection().execute(`update pgboss.job set start_after = now() where id = ?`, [jobs[0]!.id]);
  await h.start();

  await waitFor(
    async () => (await h.em().findOneOrFail(InsuranceApplication, { id: app.id })).overdue,
    15_000,
    'the overdue mark',
  );
  const LIST = `query { insuranceApplications(filter: { overdue: true }) { items { id overdue } } }`;
  const listed = await w.insurer.caller.ok<{ insuranceApplications: { items: Array<{ id: string }> } }>(LIST);
  assert.ok(listed.insuranceApplications.items.some((a) => a.id === app.id));

  // A second run (another replica, a retry) changes nothing and publishes nothing.
  await em
    .getConnection()
    .execute(
      `insert into pgboss.job (id, name, data, start_after) select gen_random_uuid(), name, data, now() from pgboss.job where id = ?`,
      [jobs[0]!.id],
    )
    .catch(() => undefined);
  await new Promise((r) => setTimeout(r, 1500));
  const fresh = h.em();
  assert.equal(await fresh.count(ApplicationChange, { applicationId: app.id, action: 'REVIEW_OVERDUE' }), 1);
  const overdueEvents = (await fresh.find(OutboxMessage, {})).filter((m) =>
    m.subject.endsWith('underwriting.application.review_overdue'),
  );
  assert.equal(overdueEvents.length, 1);
});
