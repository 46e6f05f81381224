// Test plumbing for this package: a fresh PostgreSQL database per test file and a private stream/subject prefix
// per test on the shared NATS, so parallel work by others on the same servers never collides with ours.
import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { defineEntity, p } from '@mikro-orm/core';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import pg from 'pg';
import { createEvent, type EventEnvelope } from '../src/envelope.ts';
import { defineEvent, field } from '../src/catalogue.ts';
import { eventEntities } from '../src/outbox.ts';
import { ensureStream, subjectFor } from '../src/subjects.ts';
import { uuidv7 } from '../src/uuid.ts';

export const ADMIN_URL = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const NATS_URL = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';

export function randomId(): string {
  return randomBytes(5).toString('hex');
}

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A stand-in for a subgraph's own state: the thing an event describes. */
export const Organisation = defineEntity({
  name: 'Organisation',
  tableName: 'organisation',
  properties: { id: p.uuid().primary(), name: p.string() },
});

/** A stand-in for a read model a consumer maintains: counts effects, so double application is visible. */
export const Registrations = defineEntity({
  name: 'Registrations',
  tableName: 'registrations',
  properties: { organisationId: p.uuid().primary(), applied: p.integer() },
});

export interface TestDatabase {
  url: string;
  orm: MikroORM;
  em: EntityManager;
  close(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `anze_test_events_${randomId()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = databaseUrl(name);
  const orm = await MikroORM.init({
    entities: [...eventEntities, Organisation, Registrations],
    clientUrl: url,
    pool: { max: 10 },
  });
  await orm.schema.create();
  return {
    url,
    orm,
    em: orm.em,
    async close() {
      await orm.close(true);
      const a = new pg.Client({ connectionString: ADMIN_URL });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** Increments the read model for the event's aggregate; the effect a consumer must apply exactly once. */
export async function countRegistration(em: EntityManager, organisationId: string): Promise<void> {
  await em.execute(
    'insert into registrations (organisation_id, applied) values (?, 1) on conflict (organisation_id) do update set applied = registrations.applied + 1',
    [organisationId],
    'run',
  );
}

export interface TestNats {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  stream: string;
  prefix: string;
  close(): Promise<void>;
}

/** A private stream on its own subject prefix: streams may not overlap, and others use `anze.>` on this server. */
export async function createTestStream(servers = NATS_URL): Promise<TestNats> {
  const id = randomId();
  const prefix = `anzet${id}`;
  const stream = `ANZET_${id.toUpperCase()}`;
  const nc = await connect({ servers });
  const jsm = await jetstreamManager(nc);
  await ensureStream(jsm, { name: stream, prefix, maxAgeMs: 24 * 3600 * 1000 });
  return {
    nc,
    js: jetstream(nc),
    jsm,
    stream,
    prefix,
    async close() {
      await jsm.streams.delete(stream).catch(() => {});
      await nc.close();
    },
  };
}

export { PrivateNatsServer } from '@anze/testing/nats-server';

/** Runs `fn` with a private stream on the shared NATS, deleted afterwards. */
export async function withStream(fn: (nats: TestNats) => Promise<void>): Promise<void> {
  const nats = await createTestStream();
  try {
    await fn(nats);
  } finally {
    await nats.close();
  }
}

/** The catalogue entry of what `registered()` writes: what the test consumers accept (ConsumerOptions.accepts). */
export const REGISTERED = defineEvent({
  type: 'identity.organisation.registered',
  version: 1,
  aggregate: 'organisation',
  title: '测试单位已登记',
  summary: 'The test events: an organisation with a name.',
  data: field.object({ name: field.string('名称 / name') }),
  identifiers: [],
});
export const ACCEPTS = [REGISTERED];

/** A fresh identity.organisation.registered event: the event type the test handlers count. */
export function registered(divisionCode = '230103'): EventEnvelope<{ name: string }> {
  const id = uuidv7();
  return createEvent({
    type: 'identity.organisation.registered',
    divisionCode,
    aggregate: { type: 'organisation', id },
    data: { name: `org ${id}` },
  });
}

/** Publishes straight to the stream (as the relay would), returning the stream sequence. */
export async function publish(nats: TestNats, e: EventEnvelope, msgID = e.id): Promise<number> {
  return (await nats.js.publish(subjectFor(e, nats.prefix), JSON.stringify(e), { msgID })).seq;
}

export async function waitFor(
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
