import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { createEvent } from '../src/envelope.ts';
import { OUTBOX_CHANNEL, OutboxMessage, recordEvent } from '../src/outbox.ts';
import { createTestDatabase, Organisation, randomId } from './support.ts';
import type { TestDatabase } from './support.ts';
import { uuidv7 } from '../src/uuid.ts';

let db: TestDatabase;
before(async () => {
  db = await createTestDatabase();
});
after(async () => {
  await db.close();
});

function registered(id: string) {
  return createEvent({
    type: 'identity.organisation.registered',
    divisionCode: '230103',
    aggregate: { type: 'organisation', id },
    data: { name: `org ${id}` },
  });
}

// CONTEXT: subgraphs generate migrations from these entities; if the schema diff were not empty right after
// creating the tables (trigger, partial index), every `migration:create` would emit a spurious migration.
test('event tables produce no schema drift after creation', async () => {
  const sql = await db.orm.schema.getUpdateSchemaSQL({ wrap: false });
  assert.equal(sql.trim(), '');
});

test('event recorded in a transaction that commits is in the outbox with its subject', async () => {
  const orgId = uuidv7();
  const event = registered(orgId);
  await db.em.fork().transactional(async (em) => {
    em.create(Organisation, { id: orgId, name: 'committed' });
    recordEvent(em, event);
  });
  const row = await db.em.fork().findOneOrFail(OutboxMessage, event.id);
  assert.equal(row.subject, 'anze.23.2301.230103.identity.organisation.registered');
  assert.deepEqual(row.payload, event);
  assert.equal(row.publishedAt, null);
  assert.equal(row.attempts, 0);
});

test('event recorded in a transaction that rolls back leaves no outbox row', async () => {
  const orgId = uuidv7();
  const event = registered(orgId);
  await assert.rejects(
    db.em.fork().transactional(async (em) => {
      em.create(Organisation, { id: orgId, name: 'rolled back' });
      recordEvent(em, event);
      await em.flush();
      throw new Error('business rule failed after the flush');
    }),
    /business rule failed/,
  );
  assert.equal(await db.em.fork().count(OutboxMessage, { id: event.id }), 0);
  assert.equal(await db.em.fork().count(Organisation, { id: orgId }), 0);
});

// CONTEXT: the relay sleeps until NOTIFY; it must be woken by committed rows only (never by a rolled-back
// insert, which would make it claim nothing), and a commit must wake it without waiting for the poll.
test('NOTIFY anze_outbox arrives on commit only', async () => {
  const listener = new pg.Client({ connectionString: db.url });
  await listener.connect();
  const received: string[] = [];
  listener.on('notification', (n) => received.push(n.channel));
  await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
  try {
    await db.em
      .fork()
      .transactional(async (em) => {
        recordEvent(em, registered(uuidv7()));
        await em.flush();
        await new Promise((r) => setTimeout(r, 200));
        assert.equal(received.length, 0, 'no notification before commit');
        throw new Error('rollback ' + randomId());
      })
      .catch(() => {});
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(received.length, 0, 'no notification after rollback');

    await db.em.fork().transactional(async (em) => {
      recordEvent(em, registered(uuidv7()));
      recordEvent(em, registered(uuidv7()));
    });
    const deadline = Date.now() + 2000;
    while (received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(received, [OUTBOX_CHANNEL], 'one notification per commit');
  } finally {
    await listener.end();
  }
});
