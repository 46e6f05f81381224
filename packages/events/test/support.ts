// Test plumbing for this package: a fresh PostgreSQL database per test file and a private stream/subject prefix
// per test on the shared NATS, so parallel work by others on the same servers never collides with ours.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { defineEntity, p } from '@mikro-orm/core';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import pg from 'pg';
import { eventEntities } from '../src/outbox.ts';
import { ensureStream } from '../src/subjects.ts';

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

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** A nats-server of our own, so a test can take NATS away and bring it back without touching the shared one. */
export class PrivateNatsServer {
  port = 0;
  readonly storeDir = mkdtempSync(join(tmpdir(), 'anze-events-nats-'));
  #child: ChildProcess | null = null;

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.port === 0) this.port = await freePort();
    const child = spawn(
      '/usr/sbin/nats-server',
      ['-js', '-a', '127.0.0.1', '-p', String(this.port), '-sd', this.storeDir],
      {
        stdio: 'ignore',
      },
    );
    this.#child = child;
    // Ready when JetStream answers, not merely when the port accepts.
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        const nc = await connect({ servers: this.url, reconnect: false, timeout: 500 });
        await jetstreamManager(nc);
        await nc.close();
        return;
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  async stop(): Promise<void> {
    const child = this.#child;
    this.#child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.storeDir, { recursive: true, force: true });
  }
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
