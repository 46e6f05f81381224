import { after, before, describe, test } from 'node:test';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { startConsumer } from '../src/consumer.ts';
import type { ConsumerHandle } from '../src/consumer.ts';
import { DeadLetter, InboxMessage } from '../src/outbox.ts';
import type { EventEnvelope } from '../src/envelope.ts';
import { replay } from '../src/replay.ts';
import { filterSubject } from '../src/subjects.ts';
import { uuidv7 } from '../src/uuid.ts';
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

async function appliedCount(organisationId: string): Promise<number> {
  const row = await db.em.fork().findOne(Registrations, { organisationId });
  return row?.applied ?? 0;
}

async function totalApplied(ids: string[]): Promise<number> {
  const rows = await db.em.fork().find(Registrations, { organisationId: { $in: ids } });
  return rows.reduce((sum, r) => sum + r.applied, 0);
}

// CONTEXT: JetStream delivers at least once (lost acks, redeliveries, and copies published after the dedupe
// window); the inbox row must make the effect happen once per event id regardless.
test('consumer applies an event once even when it is delivered twice', async () => {
  await withStream(async (nats) => {
    const e = registered();
    await publish(nats, e);
    await publish(nats, e, `${e.id}-copy`); // a second copy in the stream, as if re-published after the window
    const durable = `reg_${randomId()}`;
    const consumer = await startConsumer({
      js: nats.js,
      stream: nats.stream,
      durable,
      accepts: ACCEPTS,
      filterSubject: filterSubject({ prefix: nats.prefix, type: 'identity.organisation.registered' }),
      em: db.em,
      handler: (em, envelope) => countRegistration(em, envelope.aggregate.id),
    });
    try {
      await waitFor(
        async () => (await consumer.stats()).lastStreamSequence === 2,
        5000,
        'both copies handled',
      );
      const stats = await consumer.stats();
      assert.equal(stats.applied, 1);
      assert.equal(stats.duplicates, 1);
      assert.equal(await appliedCount(e.aggregate.id), 1);
      assert.equal(await db.em.fork().count(InboxMessage, { consumer: durable }), 1);
      assert.equal(stats.pending, 0);
    } finally {
      await consumer.stop();
    }
  });
});

// CONTEXT: a failed handler rolls back its inbox row too; otherwise the redelivery would be taken for a
// duplicate and the effect silently lost.
test('a failing handler is retried via nak and applied once when it succeeds', async () => {
  await withStream(async (nats) => {
    const e = registered();
    await publish(nats, e);
    let calls = 0;
    const consumer = await startConsumer({
      js: nats.js,
      stream: nats.stream,
      durable: `retry_${randomId()}`,
      accepts: ACCEPTS,
      filterSubject: filterSubject({ prefix: nats.prefix }),
      em: db.em,
      nakBaseMs: 50,
      handler: async (em, envelope, meta) => {
        calls++;
        await countRegistration(em, envelope.aggregate.id);
        if (meta.deliveryCount < 3) throw new Error('transient failure');
      },
    });
    try {
      await waitFor(async () => (await consumer.stats()).applied === 1, 10_000, 'applied after retries');
      assert.equal(calls, 3);
      assert.equal(await appliedCount(e.aggregate.id), 1);
      assert.equal((await consumer.stats()).failures, 2);
    } finally {
      await consumer.stop();
    }
  });
});

test('a poison message is dead-lettered and terminated after max deliveries; later events still flow', async () => {
  await withStream(async (nats) => {
    const poison = registered();
    const good = registered();
    await publish(nats, poison);
    await publish(nats, good);
    await nats.js.publish(`${nats.prefix}.23.2301.230103.identity.organisation.registered`, 'not json', {
      msgID: uuidv7(),
    });
    const durable = `poison_${randomId()}`;
    const consumer = await startConsumer({
      js: nats.js,
      stream: nats.stream,
      durable,
      accepts: ACCEPTS,
      filterSubject: filterSubject({ prefix: nats.prefix }),
      em: db.em,
      maxDeliver: 3,
      nakBaseMs: 20,
      handler: async (em, envelope) => {
        if (envelope.id === poison.id) throw new Error('cannot apply');
        await countRegistration(em, envelope.aggregate.id);
      },
    });
    try {
      await waitFor(async () => (await consumer.stats()).deadLettered === 2, 10_000, 'two dead letters');
      const letters = await db.em
        .fork()
        .find(DeadLetter, { consumer: durable }, { orderBy: { streamSequence: 'asc' } });
      assert.equal(letters.length, 2);
      assert.equal(letters[0]!.eventId, poison.id);
      assert.equal(letters[0]!.deliveries, 3);
      assert.match(letters[0]!.error, /cannot apply/);
      assert.equal(letters[1]!.eventId, null);
      assert.equal(letters[1]!.payload, 'not json');
      assert.equal(await appliedCount(good.aggregate.id), 1);
      assert.equal(await appliedCount(poison.aggregate.id), 0);
      await waitFor(async () => (await consumer.stats()).ackPending === 0, 5000, 'nothing left unacked');
    } finally {
      await consumer.stop();
    }
  });
});

// CONTEXT: deploys restart consumers all the time; the durable must resume after the last acked event and the
// events buffered but not handled at stop must come back, with no loss and no double effect.
// CONTEXT: issue 10 — a consumer takes its payload type from the producer's catalogue and must not apply, half-apply
// or silently drop an event that does not fit it; a field a later producer added is no reason to refuse one.
test('an event that does not fit the accepted catalogue is parked at once with the reason; an added field is tolerated', async () => {
  await withStream(async (nats) => {
    const mistyped = { ...registered(), data: { name: 42 } };
    const unknownVersion = { ...registered(), version: 2 };
    const extended = { ...registered(), data: { name: 'org with more', addedLater: { any: true } } };
    const good = registered();
    for (const e of [mistyped, unknownVersion, extended, good]) await publish(nats, e as EventEnvelope);
    const durable = `catalogue_${randomId()}`;
    const handled: string[] = [];
    const consumer = await startConsumer({
      js: nats.js,
      stream: nats.stream,
      durable,
      accepts: ACCEPTS,
      filterSubject: filterSubject({ prefix: nats.prefix }),
      em: db.em,
      handler: async (em, envelope) => {
        handled.push(envelope.id);
        await countRegistration(em, envelope.aggregate.id);
      },
    });
    try {
      await waitFor(async () => (await appliedCount(good.aggregate.id)) === 1, 10_000, 'the good event');
      assert.deepEqual(handled, [extended.id, good.id], 'only events that fit reach the handler, in order');
      const letters = await db.em
        .fork()
        .find(DeadLetter, { consumer: durable }, { orderBy: { streamSequence: 'asc' } });
      assert.deepEqual(
        letters.map((l) => [l.eventId, l.deliveries]),
        [
          [mistyped.id, 1],
          [unknownVersion.id, 1],
        ],
        'parked on the first delivery, not retried',
      );
      assert.match(letters[0]!.error, /does not fit the catalogue: .*data\.name/);
      assert.match(letters[1]!.error, /version 2 is not in the catalogue/);
      assert.equal((await consumer.stats()).deadLettered, 2);
    } finally {
      await consumer.stop();
    }
  });
});

test('a consumer restarted mid-stream resumes without loss or double effects', async () => {
  await withStream(async (nats) => {
    const events = Array.from({ length: 300 }, () => registered());
    for (const e of events) await publish(nats, e);
    const ids = events.map((e) => e.aggregate.id);
    const durable = `restart_${randomId()}`;
    const options = {
      js: nats.js,
      stream: nats.stream,
      durable,
      accepts: ACCEPTS,
      filterSubject: filterSubject({ prefix: nats.prefix, jurisdiction: '230000' }),
      em: db.em,
      ackWaitMs: 2000,
    };
    let first: ConsumerHandle | null = null;
    let stopping: Promise<void> | null = null;
    let handledByFirst = 0;
    first = await startConsumer({
      ...options,
      handler: async (em, envelope) => {
        await countRegistration(em, envelope.aggregate.id);
        // Stop from inside the stream, while later messages are already buffered client-side.
        if (++handledByFirst === 100) stopping = first!.stop();
      },
    });
    await waitFor(() => stopping !== null, 60_000, 'first consumer to reach 100');
    await stopping;
    const afterFirst = await totalApplied(ids);
    assert.ok(afterFirst >= 100 && afterFirst < 300, `first run applied ${afterFirst}`);

    const second = await startConsumer({
      ...options,
      handler: (em, envelope) => countRegistration(em, envelope.aggregate.id),
    });
    try {
      // Generous deadlines: under a loaded machine this takes seconds. A lost event never arrives (the wait fails),
      // a double effect shows in the row counts below.
      await waitFor(async () => (await totalApplied(ids)) >= 300, 60_000, 'all events applied');
      await waitFor(async () => (await second.stats()).pending === 0, 60_000, 'no lag');
      const rows = await db.em.fork().find(Registrations, { organisationId: { $in: ids } });
      assert.equal(rows.length, 300);
      assert.ok(rows.every((r) => r.applied === 1));
    } finally {
      await second.stop();
    }
  });
});

test('replay returns the same events, in the same order, as the live consumer saw', async () => {
  await withStream(async (nats) => {
    const heilongjiang = Array.from({ length: 40 }, (_, i) => registered(i % 2 ? '230103' : '230200'));
    const liaoning = Array.from({ length: 10 }, () => registered('210102'));
    for (let i = 0; i < 40; i++) {
      await publish(nats, heilongjiang[i]!);
      if (i % 4 === 0) await publish(nats, liaoning[i / 4]!);
    }
    const filter = filterSubject({ prefix: nats.prefix, jurisdiction: '230000', type: 'identity.>' });
    const live: string[] = [];
    const consumer = await startConsumer({
      js: nats.js,
      stream: nats.stream,
      durable: `live_${randomId()}`,
      accepts: ACCEPTS,
      filterSubject: filter,
      em: db.em,
      handler: async (_em, envelope, meta) => {
        live.push(`${meta.streamSequence}:${envelope.id}`);
      },
    });
    try {
      await waitFor(() => live.length === 40, 10_000, 'live consumer to catch up');
    } finally {
      await consumer.stop();
    }
    // An event published while the replay runs belongs to the live consumer: replay must stop before it.
    const replayed: string[] = [];
    const late = registered('230103');
    let lateEntry = '';
    const count = await replay({
      accepts: ACCEPTS,
      js: nats.js,
      stream: nats.stream,
      filterSubject: filter,
      handler: async (envelope, meta) => {
        if (replayed.length === 0) lateEntry = `${await publish(nats, late)}:${late.id}`;
        replayed.push(`${meta.streamSequence}:${envelope.id}`);
      },
    });
    assert.equal(count, 40);
    assert.deepEqual(replayed, live);

    const fromSeq = Number(live[10]!.split(':')[0]);
    const tail: string[] = [];
    assert.equal(
      await replay({
        accepts: ACCEPTS,
        js: nats.js,
        stream: nats.stream,
        filterSubject: filter,
        fromSequence: fromSeq,
        handler: (e, m) => void tail.push(`${m.streamSequence}:${e.id}`),
      }),
      31,
    );
    assert.deepEqual(tail, [...live.slice(10), lateEntry], 'a later replay sees the late event too');
    assert.equal(
      await replay({
        accepts: ACCEPTS,
        js: nats.js,
        stream: nats.stream,
        filterSubject: filterSubject({ prefix: nats.prefix, jurisdiction: '210000' }),
        handler: () => {},
      }),
      10,
    );
    assert.equal(
      await replay({
        accepts: ACCEPTS,
        js: nats.js,
        stream: nats.stream,
        filterSubject: filterSubject({ prefix: nats.prefix, jurisdiction: '110000' }),
        handler: () => {},
      }),
      0,
      'a filter that matches nothing ends instead of waiting',
    );
  });
});

// CONTEXT: issue 11 — when analytics was killed, the events it had received but not acknowledged were applied only
// after JetStream's 30 s ack wait. The ack wait is now short; a live consumer reports progress on what it holds, so
// a batch slower than the ack wait is still not handed to anyone else.
const HOLDER = fileURLToPath(new URL('./holding-consumer.ts', import.meta.url));

describe('ack wait and progress', () => {
  test('a handler slower than the ack wait is not redelivered while its consumer lives', async () => {
    await withStream(async (nats) => {
      const events = [registered(), registered(), registered()];
      for (const e of events) await publish(nats, e);
      const deliveries: number[] = [];
      const durable = `slow_${randomId()}`;
      const consumer = await startConsumer({
        js: nats.js,
        stream: nats.stream,
        durable,
        accepts: ACCEPTS,
        filterSubject: filterSubject({ prefix: nats.prefix }),
        em: db.em,
        ackWaitMs: 1_000,
        handler: async (em, envelope, meta) => {
          deliveries.push(meta.deliveryCount);
          await new Promise((r) => setTimeout(r, 1_200));
          await countRegistration(em, envelope.aggregate.id);
        },
      });
      try {
        for (const e of events)
          await waitFor(async () => (await appliedCount(e.aggregate.id)) === 1, 15_000, 'applied');
        assert.deepEqual(
          deliveries,
          [1, 1, 1],
          'each delivered once, though each took longer than the ack wait',
        );
        // A redelivery would reach the inbox as a duplicate: give one the time to come.
        await new Promise((r) => setTimeout(r, 1_500));
        assert.equal((await consumer.stats()).duplicates, 0, 'nothing was redelivered');
      } finally {
        await consumer.stop();
      }
    });
  });

  test('events held by a consumer that died are applied by another within the ack wait', async () => {
    await withStream(async (nats) => {
      const durable = `died_${randomId()}`;
      const subject = filterSubject({ prefix: nats.prefix });
      const events = [registered(), registered()];
      for (const e of events) await publish(nats, e);
      // The first consumer's process holds the events and is killed (SIGKILL: no stop(), no nak).
      const holder = spawn(process.execPath, [HOLDER, db.url, nats.stream, durable, subject, '1000'], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (d: Buffer) => d.toString().includes('held') && resolve());
        holder.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
      });
      const exited = new Promise((r) => holder.once('exit', r));
      holder.kill('SIGKILL');
      await exited;
      const died = Date.now();
      const second = await startConsumer({
        js: nats.js,
        stream: nats.stream,
        durable,
        accepts: ACCEPTS,
        filterSubject: subject,
        em: db.em,
        ackWaitMs: 1_000,
        handler: (em, envelope) => countRegistration(em, envelope.aggregate.id),
      });
      try {
        for (const e of events)
          await waitFor(
            async () => (await appliedCount(e.aggregate.id)) === 1,
            10_000,
            'applied by the second',
          );
        const took = Date.now() - died;
        assert.ok(took < 3_000, `applied ${took} ms after the first consumer died`);
      } finally {
        await second.stop();
      }
    });
  });
});
