// CONTEXT: the platform rule — deadlines and reminders are durable jobs in PostgreSQL: they survive restarts and fire
// once however many replicas run; no timer only one process knows. And a replica told to stop (SIGTERM) stops
// within a bound without losing the job it was running.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startScheduler, type Handler, type Scheduler } from '../src/index.ts';
import { inMs, recorder, sleep, testDatabase, waitFor, type TestDatabase } from './fixtures.ts';

let db: TestDatabase;
const running = new Set<Scheduler<Record<string, Handler<{ n: string }>>>>();

before(async () => {
  db = await testDatabase('durability');
});
after(async () => {
  await Promise.all([...running].map((s) => s.stop({ timeoutMs: 1000 })));
  await db?.close();
});

async function replica(queues: Record<string, Handler<{ n: string }>>) {
  const s = await startScheduler({
    databaseUrl: db.url,
    queues,
    pollingIntervalSeconds: 0.5,
    retry: { limit: 3, delaySeconds: 1 },
  });
  running.add(s);
  return {
    scheduler: s,
    async stop(timeoutMs?: number) {
      running.delete(s);
      await s.stop({ timeoutMs });
    },
  };
}

const scheduleAll = (
  s: Scheduler<Record<string, Handler<{ n: string }>>>,
  queue: string,
  ns: string[],
  at: Date,
) =>
  db.orm.em.fork().transactional(async (em) => {
    for (const n of ns) await s.schedule(em, queue, { n }, { startAfter: at });
  });

test('two replicas polling the same database: 20 jobs, each handled exactly once', async () => {
  const counts = new Map<string, number>();
  const by = { a: 0, b: 0 };
  const handler =
    (who: 'a' | 'b'): Handler<{ n: string }> =>
    async ({ n }) => {
      counts.set(n, (counts.get(n) ?? 0) + 1);
      by[who]++;
      // Long enough that the other replica polls while this one is busy.
      await sleep(300);
    };
  // Started at once on a fresh database: both install pg-boss's schema and create the queue (advisory locks).
  const [a, b] = await Promise.all([replica({ fanout: handler('a') }), replica({ fanout: handler('b') })]);
  const ns = Array.from({ length: 20 }, (_, i) => `job-${i}`);
  await scheduleAll(a.scheduler, 'fanout', ns, inMs(1000));

  await waitFor(async () => counts.size === 20, 15_000, 'all 20 jobs');
  await sleep(1500); // three more polls each: a second delivery would show now
  assert.deepEqual([...counts.values()], Array(20).fill(1));
  assert.ok(by.a > 0 && by.b > 0, `both replicas worked: ${JSON.stringify(by)}`);
  assert.equal(by.a + by.b, 20);
  await Promise.all([a.stop(), b.stop()]);
});

test('a job survives a restart: scheduled, the only replica stopped before it is due, a new one fires it', async () => {
  const first = recorder<{ n: string }>();
  const n = randomUUID();
  const r1 = await replica({ restart: first.handler });
  const startAfter = inMs(1000);
  await scheduleAll(r1.scheduler, 'restart', [n], startAfter);
  await r1.stop();

  await sleep(1500); // due now, and no process is running it
  assert.equal(first.runs.length, 0);
  assert.equal((await db.jobs('restart'))[0]?.state, 'created');

  const second = recorder<{ n: string }>();
  await replica({ restart: second.handler });
  await waitFor(async () => second.runs.length, 5000, 'the run after the restart');
  assert.equal(second.runs[0]!.data.n, n);
  assert.ok(second.runs[0]!.at >= startAfter.getTime());
});

test('stop waits for running handlers within its bound; a job cut off by it is retried by another replica', async () => {
  const runs: Array<{ n: string; attempt: number; aborted?: boolean; finishedAt?: number }> = [];
  const handler: Handler<{ n: string }> = async ({ n }, job) => {
    const run: (typeof runs)[number] = { n, attempt: job.attempt };
    runs.push(run);
    if (n === 'slow') await sleep(400);
    if (n === 'stuck' && job.attempt === 1) {
      // Never ends by itself: only the abort at the end of stop()'s grace ends it.
      await new Promise<void>((_, reject) =>
        job.signal.addEventListener('abort', () => reject(job.signal.reason)),
      );
    }
    run.finishedAt = Date.now();
  };
  const r1 = await replica({ drain: handler });
  await scheduleAll(r1.scheduler, 'drain', ['slow', 'stuck'], inMs(0));
  await waitFor(async () => runs.length === 2, 5000, 'both handlers running');

  const stopping = Date.now();
  await r1.stop(1500);
  const stoppedAt = Date.now();
  const slow = runs.find((r) => r.n === 'slow')!;
  assert.ok(
    slow.finishedAt && slow.finishedAt <= stoppedAt,
    'stop waited for the handler that finishes in time',
  );
  assert.ok(stoppedAt - stopping >= 1400, 'and for the stuck one, up to the bound');
  assert.ok(stoppedAt - stopping < 4000, `stop took ${stoppedAt - stopping} ms for a 1.5 s bound`);

  const states = Object.fromEntries((await db.jobs('drain')).map((j) => [j.data.n, j.state]));
  assert.deepEqual(states, { slow: 'completed', stuck: 'retry' });

  await replica({ drain: handler });
  await waitFor(
    async () => runs.some((r) => r.n === 'stuck' && r.attempt === 2 && r.finishedAt),
    8000,
    'the retry',
  );
  assert.equal(runs.filter((r) => r.n === 'slow').length, 1, 'the completed job is not run again');
});
