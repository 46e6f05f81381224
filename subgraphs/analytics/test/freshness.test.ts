// 延迟 (lagSeconds): 0 while nothing waits, the age of the oldest unapplied event while events wait.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { lagSeconds } from '../src/domain/freshness.ts';
import { id, METRICS, projectEvent, startHarness, uscc, type Harness, type Metrics } from './fixtures.ts';

let h: Harness;
before(async () => {
  h = await startHarness('freshness');
});
after(async () => {
  await h?.close();
});

test('lag: 0 when nothing waits, the oldest waiting event when something does, the last applied when unknown', () => {
  const now = new Date('2026-11-21T10:00:00Z');
  const lastApplied = new Date('2026-11-21T09:00:00Z');
  const waiting = new Date('2026-11-21T09:59:30Z');
  assert.equal(lagSeconds({ pending: 0, ackPending: 0, oldestWaitingAt: null }, lastApplied, now), 0);
  assert.equal(lagSeconds({ pending: 3, ackPending: 1, oldestWaitingAt: waiting }, lastApplied, now), 30);
  assert.equal(lagSeconds({ pending: 0, ackPending: 2, oldestWaitingAt: waiting }, lastApplied, now), 30);
  // Waiting, but the oldest event could not be read: the last applied event bounds it.
  assert.equal(lagSeconds({ pending: 3, ackPending: 0, oldestWaitingAt: null }, lastApplied, now), 3600);
  assert.equal(lagSeconds(null, lastApplied, now), 3600, 'NATS cannot be asked');
  assert.equal(lagSeconds({ pending: null, ackPending: null, oldestWaitingAt: null }, null, now), null);
});

async function freshness(): Promise<Metrics['freshness']> {
  const token = await h.token({ roles: ['PLATFORM_ADMIN'] });
  return (await h.ok<{ regulatorMetrics: Metrics }>(METRICS, { token })).regulatorMetrics.freshness;
}

// CONTEXT: lag used to be now − last event, so an idle evening showed hours of "delay" on the dashboard.
test('an idle projection has no lag; an event held up shows its age until it is applied', async () => {
  const old = projectEvent('registered', {
    projectId: id(),
    divisionCode: '230103',
    constructorUscc: uscc(),
    status: 'UNDER_CONSTRUCTION',
  });
  await h.publish(old);
  await h.settle();
  const idle = await freshness();
  assert.equal(idle.lastEventOccurredAt, old.occurredAt);
  assert.equal(idle.lagSeconds, 0);
  assert.equal(idle.pending, 0);

  // Hold the projection's lock so the next event is delivered but cannot be applied.
  const blocker = new pg.Client({ connectionString: h.config.databaseUrl });
  await blocker.connect();
  try {
    await blocker.query('select pg_advisory_lock(40060001)');
    const occurredAt = new Date(Date.now() - 120_000);
    const held = {
      ...projectEvent('registered', {
        projectId: id(),
        divisionCode: '230103',
        constructorUscc: uscc(),
        status: 'UNDER_CONSTRUCTION',
      }),
      occurredAt: occurredAt.toISOString(),
    };
    await h.publish(held);
    let waiting = await freshness();
    const deadline = Date.now() + 10_000;
    while (waiting.lagSeconds === 0 && Date.now() < deadline) waiting = await freshness();
    // The held event is two minutes old: the lag is its age, not the age of the last applied event (months).
    assert.ok(waiting.lagSeconds! >= 120, `lag ${waiting.lagSeconds}`);
    assert.ok(waiting.lagSeconds! < 600, `lag ${waiting.lagSeconds}`);
    // CONTEXT: issue 11 — delivered to the consumer but not applied (not acknowledged): it still waits. Freshness
    // said `pending 0` for such events, e.g. those held by a replica that was killed.
    assert.equal(waiting.pending, 1, 'the held event counts as pending');
  } finally {
    await blocker.query('select pg_advisory_unlock(40060001)').catch(() => {});
    await blocker.end();
  }
  await h.settle();
  assert.equal((await freshness()).lagSeconds, 0);
});
