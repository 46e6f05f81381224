import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { JetStreamManager } from '@nats-io/jetstream';
import { createEvent } from '../src/envelope.ts';
import type { EventEnvelope } from '../src/envelope.ts';
import { OutboxMessage, recordEvent } from '../src/outbox.ts';
import { OutboxRelay } from '../src/relay.ts';
import { ensureStream } from '../src/subjects.ts';
import { uuidv7 } from '../src/uuid.ts';
import { createTestDatabase, PrivateNatsServer, waitFor } from './support.ts';
import type { TestDatabase } from './support.ts';

// CONTEXT: PostgreSQL is the source of truth and NATS may go away (restart, network). Stopping and restarting a
// private nats-server (same port, same store) is the closest we get to that without touching the shared server.
let db: TestDatabase;
let server: PrivateNatsServer;
let nc: NatsConnection;
let jsm: JetStreamManager;
before(async () => {
  db = await createTestDatabase();
  server = new PrivateNatsServer();
  await server.start();
  // Keep reconnecting for as long as it takes; the default gives up after 10 attempts.
  nc = await connect({ servers: server.url, maxReconnectAttempts: -1, reconnectTimeWait: 100 });
  jsm = await jetstreamManager(nc);
  await ensureStream(jsm);
});
after(async () => {
  await nc?.close();
  await server?.destroy();
  await db?.close();
});

function registered(): EventEnvelope {
  const id = uuidv7();
  return createEvent({
    type: 'identity.organisation.registered',
    divisionCode: '230103',
    aggregate: { type: 'organisation', id },
    data: {},
  });
}

async function record(n: number): Promise<string[]> {
  const events = Array.from({ length: n }, registered);
  await db.em.fork().transactional(async (em) => {
    for (const e of events) recordEvent(em, e);
  });
  return events.map((e) => e.id);
}

async function streamIds(): Promise<string[]> {
  const { state } = await jsm.streams.info('ANZE_EVENTS');
  const ids: string[] = [];
  for (let seq = state.first_seq; state.messages > 0 && seq <= state.last_seq; seq++) {
    ids.push((await jsm.streams.getMessage('ANZE_EVENTS', { seq }))!.json<EventEnvelope>().id);
  }
  return ids;
}

test('while NATS is down the outbox keeps the events; the relay drains them when NATS is back', async () => {
  const relay = new OutboxRelay({
    em: db.em,
    js: jetstream(nc),
    databaseUrl: db.url,
    pollIntervalMs: 200,
    publishTimeoutMs: 500,
    retryBaseMs: 100,
    retryMaxMs: 500,
  });
  await relay.start();
  try {
    const before = await record(5);
    await waitFor(async () => (await relay.pending()) === 0, 5000, 'first events published');

    await server.stop();
    const during = [...(await record(10)), ...(await record(10))];
    await waitFor(
      async () =>
        (await db.em.fork().count(OutboxMessage, { publishedAt: null, attempts: { $gte: 1 } })) === 20,
      10_000,
      'a failed attempt recorded on every waiting row',
    );
    assert.equal(await relay.pending(), 20, 'nothing is lost or marked published while NATS is down');
    const failed = await db.em.fork().find(OutboxMessage, { publishedAt: null });
    assert.ok(failed.every((r) => r.attempts >= 1 && typeof r.lastError === 'string'));
    assert.ok(relay.stats().consecutiveFailures >= 1);
    assert.ok(relay.stats().failedAttempts >= 20);

    await server.start();
    await waitFor(async () => (await relay.pending()) === 0, 15_000, 'relay to drain after NATS is back');
    assert.equal(relay.stats().consecutiveFailures, 0);
    const ids = await streamIds();
    assert.deepEqual([...ids].sort(), [...before, ...during].sort(), 'every event exactly once');
  } finally {
    await relay.stop();
  }
});
