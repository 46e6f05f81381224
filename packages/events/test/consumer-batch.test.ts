// Batched application (batchSize > 1) and stop(): several buffered messages in one transaction, each with its own
// inbox row, acked after the commit; a failing batch falls back to one message per transaction.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startConsumer } from '../src/consumer.ts';
import type { ConsumerHandle } from '../src/consumer.ts';
import type { EventEnvelope } from '../src/envelope.ts';
import { DeadLetter, InboxMessage } from '../src/outbox.ts';
import { filterSubject } from '../src/subjects.ts';
import {
  ACCEPTS,
  countRegistration,
  createTestDatabase,
  publish,
  randomId,
  registered,
  Registrations,
  waitFor,
  withStream,
} from './support.ts';
import type { TestDatabase } from './support.ts';

let db: TestDatabase;
before(async () => {
  db = await createTestDatabase();
});
after(async () => {
  await db.close();
});

async function appliedCounts(ids: string[]): Promise<Map<string, number>> {
  const rows = await db.em.fork().find(Registrations, { organisationId: { $in: ids } });
  return new Map(rows.map((r) => [r.organisationId, r.applied]));
}

const isIncreasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);

// CONTEXT: catching up after an outage needs thousands of events per second, which one transaction per event
// cannot do. Batching must not change what is applied: duplicates skipped one by one, stream order kept.
test('buffered messages are applied in one transaction each batch, in order, duplicates skipped individually', async () => {
  await withStream(async (nats) => {
    const events = Array.from({ length: 60 }, () => registered());
    const durable = `batch_${randomId()}`;
    // One event was applied before (its inbox row exists): its delivery is a duplicate inside a batch.
    const earlier = events[7]!;
    await db.em.fork().insert(InboxMessage, {
      consumer: durable,
      eventId: earlier.id,
      streamSequence: 0,
      processedAt: new Date(),
    });
    for (const [i, e] of events.entries()) {
      await publish(nats, e);
      // A second copy right behind the first, as if re-published after the dedupe window: same batch, same id.
      if (i === 20) await publish(nats, e, `${e.id}-copy`);
    }
    const order: number[] = [];
    const transactions = new Set<unknown>();
    const consumer = await startConsumer({
      js: nats.js,
      stream: nats.stream,
      durable,
      accepts: ACCEPTS,
      filterSubject: filterSubject({ prefix: nats.prefix }),
      em: db.em,
      batchSize: 25,
      handler: async (em, envelope, meta) => {
        transactions.add(em);
        order.push(meta.streamSequence);
        await countRegistration(em, envelope.aggregate.id);
      },
    });
    try {
      await waitFor(async () => (await consumer.stats()).lastStreamSequence === 61, 10_000, 'all handled');
      const stats = await consumer.stats();
      assert.equal(stats.applied, 59);
      assert.equal(stats.duplicates, 2);
      assert.equal(stats.failures, 0);
      assert.ok(isIncreasing(order), 'applied in stream order');
      assert.equal(order.length, 59, 'the handler never saw a duplicate');
      assert.ok(transactions.size < 59, `batched: ${transactions.size} transactions for 59 events`);
      const counts = await appliedCounts(events.map((e) => e.aggregate.id));
      assert.equal(
        counts.get(earlier.aggregate.id),
        undefined,
        'the event applied earlier is not applied again',
      );
      assert.ok(
        events.filter((e) => e !== earlier).every((e) => counts.get(e.aggregate.id) === 1),
        'every other event exactly once',
      );
      assert.equal(await db.em.fork().count(InboxMessage, { consumer: durable }), 60);
      await waitFor(async () => (await consumer.stats()).ackPending === 0, 5000, 'all acked');
      assert.equal((await consumer.stats()).pending, 0);
    } finally {
      await consumer.stop();
    }
  });
});

test('one failing message in a batch: the others are applied, only it is retried and dead-lettered', async () => {
  await withStream(async (nats) => {
    const events = Array.from({ length: 40 }, () => registered());
    const poison = events[13]!;
    for (const e of events) await publish(nats, e);
    const durable = `batchpoison_${randomId()}`;
    const order: number[] = [];
    let poisonCalls = 0;
    const consumer = await startConsumer({
      js: nats.js,
      stream: nats.stream,
      durable,
      accepts: ACCEPTS,
      filterSubject: filterSubject({ prefix: nats.prefix }),
      em: db.em,
      batchSize: 16,
      maxDeliver: 3,
      nakBaseMs: 20,
      handler: async (em, envelope, meta) => {
        if (envelope.id === poison.id) {
          poisonCalls++;
          throw new Error('cannot apply');
        }
        await countRegistration(em, envelope.aggregate.id);
        order.push(meta.streamSequence);
      },
    });
    try {
      await waitFor(
        async () => (await consumer.stats()).deadLettered === 1,
        10_000,
        'the poison dead-lettered',
      );
      await waitFor(async () => (await consumer.stats()).applied === 39, 5000, 'the others applied');
      const stats = await consumer.stats();
      assert.equal(stats.failures, 3, 'only the poison message counts failures, once per delivery');
      assert.ok(poisonCalls >= 3);
      const counts = await appliedCounts(events.map((e) => e.aggregate.id));
      assert.equal(counts.get(poison.aggregate.id), undefined);
      assert.ok(events.filter((e) => e !== poison).every((e) => counts.get(e.aggregate.id) === 1));
      // Order of the successful applications (including the one-by-one fallback) follows the stream.
      const committed = await db.em
        .fork()
        .find(InboxMessage, { consumer: durable }, { orderBy: { streamSequence: 'asc' } });
      assert.equal(committed.length, 39);
      const letters = await db.em.fork().find(DeadLetter, { consumer: durable });
      assert.equal(letters.length, 1);
      assert.equal(letters[0]!.eventId, poison.id);
      assert.equal(letters[0]!.deliveries, 3);
      await waitFor(async () => (await consumer.stats()).ackPending === 0, 5000, 'nothing left unacked');
    } finally {
      await consumer.stop();
    }
  });
});

test('a batch handler receives only new events, in stream order, in one call per transaction', async () => {
  await withStream(async (nats) => {
    const events = Array.from({ length: 30 }, () => registered());
    for (const e of events) await publish(nats, e);
    await publish(nats, events[3]!, `${events[3]!.id}-copy`);
    const calls: number[][] = [];
    const consumer = await startConsumer({
      js: nats.js,
      stream: nats.stream,
      durable: `batchhandler_${randomId()}`,
      accepts: ACCEPTS,
      filterSubject: filterSubject({ prefix: nats.prefix }),
      em: db.em,
      batchSize: 50,
      handler: () => Promise.reject(new Error('the batch handler is used instead')),
      batchHandler: async (em, items) => {
        calls.push(items.map((i) => i.meta.streamSequence));
        for (const i of items) await countRegistration(em, i.envelope.aggregate.id);
      },
    });
    try {
      await waitFor(async () => (await consumer.stats()).lastStreamSequence === 31, 10_000, 'all handled');
      const seen = calls.flat();
      assert.deepEqual(
        seen,
        Array.from({ length: 30 }, (_, i) => i + 1),
        'each new event once, in order',
      );
      assert.ok(calls.length < 30, `${calls.length} calls for 30 events`);
      assert.equal((await consumer.stats()).duplicates, 1);
    } finally {
      await consumer.stop();
    }
  });
});

// CONTEXT: a deploy stops consumers with messages pulled but not applied. Those must go back to JetStream at once
// (nak), not sit unacknowledged until ack_wait expires: with ack_wait at 30 s, another instance must get them
// long before.
for (const batchSize of [1, 10]) {
  test(`stop() hands buffered messages back: another consumer gets them before ack_wait (batchSize ${batchSize})`, async () => {
    await withStream(async (nats) => {
      const events = Array.from({ length: 200 }, () => registered());
      for (const e of events) await publish(nats, e);
      const ids = events.map((e) => e.aggregate.id);
      const options = {
        js: nats.js,
        stream: nats.stream,
        durable: `stop_${randomId()}`,
        accepts: ACCEPTS,
        filterSubject: filterSubject({ prefix: nats.prefix }),
        em: db.em,
        ackWaitMs: 30_000,
        batchSize,
        prefetch: 64,
      };
      let first: ConsumerHandle | null = null;
      let stopping: Promise<void> | null = null;
      let handled = 0;
      first = await startConsumer({
        ...options,
        handler: async (em, envelope) => {
          await countRegistration(em, envelope.aggregate.id);
          if (++handled === 15) stopping = first!.stop();
        },
      });
      await waitFor(() => stopping !== null, 10_000, 'first consumer to apply 15');
      await stopping;
      const stoppedAt = Date.now();
      const second = await startConsumer({
        ...options,
        handler: (em, envelope) => countRegistration(em, envelope.aggregate.id),
      });
      try {
        await waitFor(
          async () => [...(await appliedCounts(ids)).values()].length === 200,
          20_000,
          'all 200 applied before ack_wait',
        );
        assert.ok(Date.now() - stoppedAt < 30_000, 'delivered before the ack wait elapsed');
        const counts = await appliedCounts(ids);
        assert.ok(
          [...counts.values()].every((n) => n === 1),
          'each exactly once',
        );
        await waitFor(async () => (await second.stats()).ackPending === 0, 5000, 'all acked');
      } finally {
        await second.stop();
      }
    });
  });
}

// CONTEXT: every deploy and every test stops consumers. stop() used to wait for the idle pull request to run out
// (pullExpiresMs); it must end it at once, and ending it must not swallow an event published right after (a
// request JetStream still thought open would take it, and it would sit unacknowledged until ack_wait).
test('stop() ends an idle pull at once; an event published right after goes to the next consumer', async () => {
  await withStream(async (nats) => {
    const options = {
      js: nats.js,
      stream: nats.stream,
      durable: `idle_${randomId()}`,
      accepts: ACCEPTS,
      filterSubject: filterSubject({ prefix: nats.prefix }),
      em: db.em,
      ackWaitMs: 120_000,
      // Far longer than the waits below: only an ended request lets them pass.
      pullExpiresMs: 120_000,
      handler: (em: Parameters<typeof countRegistration>[0], e: EventEnvelope) =>
        countRegistration(em, e.aggregate.id),
    };
    const early = registered();
    const late = registered();
    const first = await startConsumer(options);
    await publish(nats, early);
    await waitFor(
      async () => (await appliedCounts([early.aggregate.id])).size === 1,
      60_000,
      'early applied',
    );

    // Idle now, with its pull request open for another two minutes.
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      first.stop().then(() => 'stopped'),
      new Promise((r) => (timer = setTimeout(() => r('still waiting for the pull to expire'), 60_000))),
    ]);
    clearTimeout(timer);
    assert.equal(outcome, 'stopped');

    await publish(nats, late);
    const second = await startConsumer(options);
    try {
      await waitFor(
        async () => (await appliedCounts([late.aggregate.id])).get(late.aggregate.id) === 1,
        60_000,
        'the late event applied by the next consumer, long before ack_wait',
      );
      assert.equal((await appliedCounts([early.aggregate.id])).get(early.aggregate.id), 1);
    } finally {
      await second.stop();
    }
  });
});
