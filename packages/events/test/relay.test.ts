import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventEnvelope } from '../src/envelope.ts';
import { OutboxMessage, recordEvent } from '../src/outbox.ts';
import { OutboxRelay } from '../src/relay.ts';
import { subjectFor } from '../src/subjects.ts';
import { createTestDatabase, createTestStream, Organisation, registered, waitFor } from './support.ts';
import type { TestDatabase, TestNats } from './support.ts';

let db: TestDatabase;
let nats: TestNats;
before(async () => {
  db = await createTestDatabase();
});
after(async () => {
  await db.close();
});

async function withStream(fn: () => Promise<void>): Promise<void> {
  nats = await createTestStream();
  try {
    await db.em.fork().nativeDelete(OutboxMessage, {});
    await fn();
  } finally {
    await nats.close();
  }
}

async function register(events: EventEnvelope[]): Promise<void> {
  await db.em.fork().transactional(async (em) => {
    for (const e of events) {
      em.create(Organisation, { id: e.aggregate.id, name: 'x' });
      recordEvent(em, e, { prefix: nats.prefix });
    }
  });
}

async function storedEventIds(): Promise<string[]> {
  const info = await nats.jsm.streams.info(nats.stream);
  const ids: string[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
    const m = await nats.jsm.streams.getMessage(nats.stream, { seq });
    if (m) ids.push(m.json<EventEnvelope>().id);
  }
  return ids;
}

test('relay publishes committed events exactly once, in order, and nothing from a rolled-back transaction', async () => {
  await withStream(async () => {
    const committed = [registered(), registered('230000'), registered('000000')];
    await register(committed);
    const rolledBack = registered();
    await db.em
      .fork()
      .transactional(async (em) => {
        recordEvent(em, rolledBack, { prefix: nats.prefix });
        await em.flush();
        throw new Error('rollback');
      })
      .catch(() => {});

    const relay = new OutboxRelay({ em: db.em, js: nats.js });
    assert.equal(await relay.drain(), 3);
    assert.equal(await relay.drain(), 0, 'a second pass finds nothing left to publish');

    assert.deepEqual(
      await storedEventIds(),
      committed.map((e) => e.id),
    );
    const first = await nats.jsm.streams.getMessage(nats.stream, { seq: 1 });
    assert.equal(first!.subject, subjectFor(committed[0]!, nats.prefix));
    const rows = await db.em.fork().find(OutboxMessage, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
    assert.equal(rows.length, 3);
    assert.ok(rows.every((r) => r.publishedAt instanceof Date && r.attempts === 1));
    assert.equal(await relay.pending(), 0);
    assert.equal(relay.stats().published, 3);
  });
});

// CONTEXT: the relay marks rows after the ack; if it crashes in between, it publishes the row again on restart.
// JetStream's msgID dedupe must turn that second publish into a no-op.
test('publishing the same event id twice is deduplicated by JetStream', async () => {
  await withStream(async () => {
    const e = registered();
    const subject = subjectFor(e, nats.prefix);
    const a = await nats.js.publish(subject, JSON.stringify(e), { msgID: e.id });
    const b = await nats.js.publish(subject, JSON.stringify(e), { msgID: e.id });
    assert.equal(a.duplicate, false);
    assert.equal(b.duplicate, true);
    assert.equal(b.seq, a.seq);
    assert.equal((await nats.jsm.streams.info(nats.stream)).state.messages, 1);

    // Same through the relay: the row looks unpublished again, as after a crash before the mark.
    await register([e]);
    const relay = new OutboxRelay({ em: db.em, js: nats.js });
    await relay.drain();
    assert.equal((await nats.jsm.streams.info(nats.stream)).state.messages, 1);
  });
});

// CONTEXT: several replicas of a subgraph each run a relay; SKIP LOCKED must split the rows between them
// without any row being published by both.
test('two relays on the same outbox publish every event exactly once', async () => {
  await withStream(async () => {
    const events = Array.from({ length: 600 }, () => registered());
    await register(events);
    const r1 = new OutboxRelay({ em: db.em, js: nats.js, batchSize: 50 });
    const r2 = new OutboxRelay({ em: db.em, js: nats.js, batchSize: 50 });
    await Promise.all([r1.drain(), r2.drain()]);
    const info = await nats.jsm.streams.info(nats.stream);
    assert.equal(info.state.messages, 600);
    assert.equal(
      r1.stats().published + r2.stats().published,
      600,
      'no row published twice (dedupe would hide it in the stream)',
    );
    assert.ok(r1.stats().published > 0 && r2.stats().published > 0, 'both relays took part');
  });
});

test('a started relay is woken by NOTIFY on commit, not by its poll', async () => {
  await withStream(async () => {
    // A one-minute poll: only the notification can explain a prompt publish.
    const relay = new OutboxRelay({ em: db.em, js: nats.js, databaseUrl: db.url, pollIntervalMs: 60_000 });
    await relay.start();
    try {
      await waitFor(() => relay.stats().listening, 5000, 'LISTEN');
      await new Promise((r) => setTimeout(r, 100));
      const started = Date.now();
      await register([registered()]);
      await waitFor(() => relay.stats().published === 1, 5000, 'publish');
      const latency = Date.now() - started;
      assert.ok(latency < 1000, `published ${latency} ms after commit`);
    } finally {
      await relay.stop();
    }
    assert.equal(relay.stats().running, false);
  });
});

test('relay throughput (measured, logged)', async () => {
  await withStream(async () => {
    const n = 5000;
    for (let i = 0; i < n; i += 1000) await register(Array.from({ length: 1000 }, () => registered()));
    const relay = new OutboxRelay({ em: db.em, js: nats.js, batchSize: 500 });
    const started = performance.now();
    assert.equal(await relay.drain(), n);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `# relay throughput: ${n} events in ${seconds.toFixed(2)} s = ${Math.round(n / seconds)} events/s`,
    );
    assert.equal((await nats.jsm.streams.info(nats.stream)).state.messages, n);
  });
});

test('cleanup deletes published rows older than the retention and keeps unpublished ones', async () => {
  await withStream(async () => {
    const events = [registered(), registered()];
    await register(events);
    const relay = new OutboxRelay({ em: db.em, js: nats.js });
    await relay.drain();
    await db.em
      .fork()
      .nativeUpdate(
        OutboxMessage,
        { id: events[0]!.id },
        { publishedAt: new Date(Date.now() - 40 * 86400_000) },
      );
    await register([registered()]);
    assert.equal(await relay.cleanup(30), 1);
    assert.equal(await db.em.fork().count(OutboxMessage, {}), 2);
  });
});
