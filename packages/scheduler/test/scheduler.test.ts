// What a caller relies on: a job exists iff its transaction commits, runs after startAfter and not before, a key
// de-duplicates while the job is pending, cancel withdraws it, a failing handler is retried with backoff and logged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startScheduler, type Scheduler } from '../src/index.ts';
import {
  Note,
  capturingLogger,
  inMs,
  recorder,
  sleep,
  testDatabase,
  waitFor,
  type Run,
  type TestDatabase,
} from './fixtures.ts';

let db: TestDatabase;
const remind = recorder<{ n: string }>();
const keyed = recorder<{ n: string }>();
// Fails twice, then succeeds; `doomed` always fails.
const flaky = recorder<{ n: string }>(async (_data, job) => {
  if (job.attempt < 3) throw new Error(`attempt ${job.attempt} failed`);
});
const doomed = recorder<{ n: string }>(async () => {
  throw new Error('never works');
});
const log = capturingLogger();
let scheduler: Scheduler<{
  remind: typeof remind.handler;
  keyed: typeof keyed.handler;
  flaky: typeof flaky.handler;
  doomed: typeof doomed.handler;
}>;

before(async () => {
  db = await testDatabase('api');
  scheduler = await startScheduler({
    databaseUrl: db.url,
    queues: { remind: remind.handler, keyed: keyed.handler, flaky: flaky.handler, doomed: doomed.handler },
    pollingIntervalSeconds: 0.5,
    retry: { limit: 2, delaySeconds: 1 },
    logger: log.logger,
  });
});
after(async () => {
  await scheduler?.stop();
  await db?.close();
});

const ran = (r: { runs: Run<{ n: string }>[] }, n: string) => r.runs.filter((x) => x.data.n === n);

test('a job scheduled in a transaction that rolls back never runs; a committed one runs after startAfter, not before', async () => {
  const rolledBack = randomUUID();
  const committed = randomUUID();
  await assert.rejects(
    db.orm.em.fork().transactional(async (em) => {
      em.create(Note, { id: rolledBack, text: 'the caller’s own write' });
      await em.flush();
      await scheduler.schedule(em, 'remind', { n: rolledBack }, { startAfter: inMs(500) });
      throw new Error('the caller gives up');
    }),
    /the caller gives up/,
  );
  const startAfter = inMs(1500);
  await db.orm.em.fork().transactional(async (em) => {
    em.create(Note, { id: committed, text: 'the caller’s own write' });
    await em.flush();
    await scheduler.schedule(em, 'remind', { n: committed }, { startAfter });
  });

  await sleep(1000);
  assert.equal(ran(remind, committed).length, 0, 'not before startAfter');
  const [run] = await waitFor(
    async () => ran(remind, committed).length > 0 && ran(remind, committed),
    5000,
    'the run',
  );
  assert.ok(run!.at >= startAfter.getTime(), `ran ${startAfter.getTime() - run!.at} ms early`);
  assert.equal(run!.job.attempt, 1);

  // Due a second before the committed one: it would have run by now had it existed.
  assert.equal(ran(remind, rolledBack).length, 0);
  const rows = await db.jobs('remind');
  assert.deepEqual(
    rows.map((r) => r.data.n),
    [committed],
  );
  assert.equal(await db.orm.em.fork().count(Note, { id: rolledBack }), 0);
});

test('inside a savepoint (a service’s em.transactional under the request’s transaction) the job follows it', async () => {
  const kept = randomUUID();
  const undone = randomUUID();
  await db.orm.em.fork().transactional(async (outer) => {
    await outer.transactional((inner) =>
      scheduler.schedule(inner, 'remind', { n: kept }, { startAfter: inMs(0) }),
    );
    await assert.rejects(
      outer.transactional(async (inner) => {
        await scheduler.schedule(inner, 'remind', { n: undone }, { startAfter: inMs(0) });
        throw new Error('savepoint rolled back');
      }),
    );
  });
  await waitFor(async () => ran(remind, kept).length, 5000, 'the kept job');
  await sleep(1000);
  assert.equal(ran(remind, undone).length, 0);
});

test('schedule refuses an EntityManager outside a transaction: the job would commit on its own', async () => {
  await assert.rejects(
    scheduler.schedule(db.orm.em.fork(), 'remind', { n: 'x' }, { startAfter: inMs(0) }),
    /inside a transaction/,
  );
});

test('the same key scheduled twice while the first is pending gives one job', async () => {
  const key = `review:${randomUUID()}:1`;
  const startAfter = inMs(1000);
  const first = await db.orm.em.fork().transactional(async (em) => {
    const id = await scheduler.schedule(em, 'keyed', { n: 'first' }, { startAfter, key });
    // Same transaction, same key.
    assert.equal(await scheduler.schedule(em, 'keyed', { n: 'same transaction' }, { startAfter, key }), null);
    return id;
  });
  assert.ok(first);
  const again = await db.orm.em
    .fork()
    .transactional((em) => scheduler.schedule(em, 'keyed', { n: 'later transaction' }, { startAfter, key }));
  assert.equal(again, null);

  await waitFor(async () => keyed.runs.length, 5000, 'the keyed job');
  await sleep(1000);
  assert.deepEqual(
    keyed.runs.map((r) => r.data.n),
    ['first'],
  );

  // Once it has run, the key is free: a key names one occurrence (hence the round in it), not the subject forever.
  const next = await db.orm.em
    .fork()
    .transactional((em) =>
      scheduler.schedule(em, 'keyed', { n: 'next occurrence' }, { startAfter: inMs(0), key }),
    );
  assert.ok(next);
});

test('two transactions racing with the same key: the second waits for the first and adds nothing', async () => {
  const key = `race:${randomUUID()}`;
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let scheduledA!: () => void;
  const aScheduled = new Promise<void>((r) => (scheduledA = r));
  const a = db.orm.em.fork().transactional(async (em) => {
    const id = await scheduler.schedule(em, 'keyed', { n: 'race A' }, { startAfter: inMs(60_000), key });
    scheduledA();
    await held;
    return id;
  });
  await aScheduled;
  let bSettled = false;
  const b = db.orm.em
    .fork()
    .transactional((em) =>
      scheduler.schedule(em, 'keyed', { n: 'race B' }, { startAfter: inMs(60_000), key }),
    )
    .finally(() => (bSettled = true));
  await sleep(300);
  assert.equal(bSettled, false, 'B waits on the unique index until A ends');
  release();
  const [idA, idB] = await Promise.all([a, b]);
  assert.ok(idA);
  assert.equal(idB, null);
  const pending = (await db.jobs('keyed')).filter((j) => String(j.data.n).startsWith('race'));
  assert.equal(pending.length, 1);
});

test('cancel withdraws the pending job in the caller’s transaction; a rolled-back cancel leaves it', async () => {
  const withdrawn = `deadline:${randomUUID()}`;
  const kept = `deadline:${randomUUID()}`;
  const startAfter = inMs(1000);
  await db.orm.em.fork().transactional(async (em) => {
    await scheduler.schedule(em, 'remind', { n: withdrawn }, { startAfter, key: withdrawn });
    await scheduler.schedule(em, 'remind', { n: kept }, { startAfter, key: kept });
  });
  assert.equal(await db.orm.em.fork().transactional((em) => scheduler.cancel(em, 'remind', withdrawn)), 1);
  await assert.rejects(
    db.orm.em.fork().transactional(async (em) => {
      assert.equal(await scheduler.cancel(em, 'remind', kept), 1);
      throw new Error('rolled back');
    }),
  );
  assert.equal(
    await db.orm.em.fork().transactional((em) => scheduler.cancel(em, 'remind', 'no-such-key')),
    0,
  );

  await waitFor(async () => ran(remind, kept).length, 5000, 'the kept job');
  await sleep(1000);
  assert.equal(ran(remind, withdrawn).length, 0);
  // A cancelled key is free again: cancel then schedule moves a deadline.
  const moved = await db.orm.em
    .fork()
    .transactional((em) =>
      scheduler.schedule(em, 'remind', { n: withdrawn }, { startAfter: inMs(0), key: withdrawn }),
    );
  assert.ok(moved);
  await waitFor(async () => ran(remind, withdrawn).length, 5000, 'the moved job');
});

test('a failing handler is retried with backoff, and each failure is logged', async () => {
  await db.orm.em.fork().transactional(async (em) => {
    await scheduler.schedule(em, 'flaky', { n: 'flaky' }, { startAfter: inMs(0) });
    await scheduler.schedule(em, 'doomed', { n: 'doomed' }, { startAfter: inMs(0) });
  });
  await waitFor(
    async () => flaky.runs.length === 3 && doomed.runs.length === 3,
    15_000,
    'three runs of each',
  );
  assert.deepEqual(
    flaky.runs.map((r) => r.job.attempt),
    [1, 2, 3],
  );
  // Backoff: retryDelay 1 s doubled per retry, with jitter (at least half of it).
  const gaps = flaky.runs.slice(1).map((r, i) => r.at - flaky.runs[i]!.at);
  assert.ok(gaps[0]! >= 900, `first retry after ${gaps[0]} ms`);
  assert.ok(gaps[1]! >= 1900, `second retry after ${gaps[1]} ms`);
  assert.equal(new Set(flaky.runs.map((r) => r.job.id)).size, 1, 'one job, run three times');

  await waitFor(
    async () => {
      const states = [...(await db.jobs('flaky')), ...(await db.jobs('doomed'))].map((j) => j.state);
      return states.join() === 'completed,failed';
    },
    5000,
    'flaky completed, doomed failed',
  );
  await sleep(2500);
  assert.equal(doomed.runs.length, 3, 'retryLimit 2: three runs, then it stays failed');

  const failures = log.lines.filter((l) => l.message.startsWith('scheduler: job failed'));
  const of = (queue: string) => failures.filter((l) => l.fields?.queue === queue).map((l) => l.level);
  assert.deepEqual(of('flaky'), ['warn', 'warn']);
  assert.deepEqual(of('doomed'), ['warn', 'warn', 'error']);
  assert.match(String(failures.find((l) => l.level === 'error')?.fields?.err), /never works/);
});
