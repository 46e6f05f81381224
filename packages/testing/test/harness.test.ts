// The harness itself, on a subgraph of this test's own (one entity, no migrations, a plain HTTP service): what a
// test relies on without seeing it — nothing left behind after a failed start-up, restarts, publishing as a relay
// does, and a settle() that says which consumer is behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { connect } from '@nats-io/transport-node';
import { AckPolicy, jetstreamManager } from '@nats-io/jetstream';
import { defineEntity, p, serverUrl } from '@anze/orm';
import { createEvent } from '@anze/events';
import { defineSubgraph, type RunningService } from '@anze/server-kit/manifest';
import { loadBaseConfig, type SubgraphBaseConfig } from '@anze/server-kit/config';
import {
  NATS_URL,
  startSubgraphHarness,
  TEST_GATEWAY_SECRET,
  waitFor,
  type SubgraphHarness,
} from '../src/index.ts';

// MikroORM wants an entity; no migration creates its table, and no test needs it.
const Note = defineEntity({ name: 'Note', properties: { id: p.integer().primary(), text: p.string() } });
const migrations = mkdtempSync(join(tmpdir(), 'anze-harness-test-'));
process.once('exit', () => rmSync(migrations, { recursive: true, force: true }));

const CONSUMER = { durable: 'harnesstest_notes', types: 'harnesstest.note.*' } as const;

/** A service that answers every request with its port and the credentials it got; `fail` makes start() throw. */
function subgraph(o: { fail?: boolean } = {}) {
  return defineSubgraph({
    name: 'harnesstest',
    port: 0,
    schemaFile: pathToFileURL(join(migrations, 'schema.graphql')),
    loadResolvers: async () => ({}),
    loadEntities: async () => [Note],
    migrations: pathToFileURL(`${migrations}/`),
    events: { consumers: [CONSUMER] },
    routes: { gateway: [], public: [] },
    env: [],
    seed: false,
    codegen: { context: '', mappers: {} },
    loadRuntime: async () => ({
      loadConfig: (env?: NodeJS.ProcessEnv) => loadBaseConfig('harnesstest', 0, env),
      start: async (config: SubgraphBaseConfig): Promise<RunningService> => {
        if (o.fail) throw new Error('the service would not start');
        const server = createServer((req, res) => {
          const { port } = server.address() as AddressInfo;
          const { authorization = null, 'x-anze-gateway-secret': secret = null } = req.headers;
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ data: { port, authorization, secret } }));
        });
        await new Promise<void>((r) => server.listen(config.port, '127.0.0.1', r));
        const port = (server.address() as AddressInfo).port;
        return {
          url: `http://127.0.0.1:${port}/graphql`,
          port,
          stop: () =>
            new Promise<void>((r) => {
              server.close(() => r());
              server.closeAllConnections();
            }),
        };
      },
    }),
  });
}

const sockets = () => process.getActiveResourcesInfo().filter((r) => r.startsWith('TCP')).length;

async function databaseExists(url: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    const name = decodeURIComponent(new URL(url).pathname.slice(1));
    return Boolean((await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount);
  } finally {
    await admin.end();
  }
}

test('a start-up that fails leaves no database, stream, issuer, data directory or connection behind', async () => {
  const before = sockets();
  let config: SubgraphBaseConfig | undefined;
  await assert.rejects(
    startSubgraphHarness(subgraph({ fail: true }), {
      label: 'failing',
      prepare: async (_em, c) => {
        config = c;
      },
    }),
    /the service would not start/,
  );
  assert.ok(config, 'the harness got as far as the service');
  assert.equal(await databaseExists(config.databaseUrl), false, 'database dropped');
  assert.equal(existsSync(config.dataDir), false, 'data directory removed');
  await assert.rejects(fetch(config.jwksUrl), 'issuer closed');
  // The stream existed: the harness ensures it before the service starts.
  const nc = await connect({ servers: NATS_URL });
  try {
    await assert.rejects((await jetstreamManager(nc)).streams.info(config.eventsStream), /stream not found/);
  } finally {
    await nc.close();
  }
  await waitFor(async () => sockets() <= before, 5000, 'every socket to close');
});

test('stop() and start() keep the database, stream and configuration; the service comes back on a new port', async () => {
  const h = await startSubgraphHarness(subgraph(), { label: 'restart' });
  try {
    const first = await h.ok<{ port: number }>('{ port }');
    assert.equal(first.port, h.service.port);
    const { databaseUrl, stream } = h;
    await h.stop();
    assert.throws(() => h.url, /harnesstest is stopped/);
    await h.start();
    assert.equal(h.databaseUrl, databaseUrl);
    assert.equal(h.stream, stream);
    assert.equal((await h.ok<{ port: number }>('{ port }')).port, h.service.port);
    const [row] = await h.em().execute<Array<{ db: string }>>('select current_database() as db');
    assert.equal(row?.db, new URL(h.databaseUrl).pathname.slice(1), "em() is on the service's database");
    // A caller's calls carry the gateway secret and a token of the harness's issuer with the caller's claims.
    const regulator = await h.as({ roles: ['REGULATOR'], jurisdiction: '230100' });
    const seen = await regulator.ok<{ authorization: string; secret: string }>('{ port }');
    assert.equal(seen.authorization, `Bearer ${regulator.token}`);
    assert.equal(seen.secret, TEST_GATEWAY_SECRET);
    const claims = JSON.parse(Buffer.from(regulator.token.split('.')[1]!, 'base64url').toString());
    assert.deepEqual([claims.roles, claims.jur], [['REGULATOR'], '230100']);
  } finally {
    await h.close();
  }
});

test('publish is a relay’s: on the event’s subject, deduplicated by event id unless another msgID is given', async () => {
  const h = await startSubgraphHarness(subgraph(), { label: 'publish' });
  try {
    const event = createEvent({
      type: 'harnesstest.note.written',
      divisionCode: '230103',
      aggregate: { type: 'note', id: '1' },
      data: { text: 'hello' },
    });
    const seq = await h.publish(event);
    assert.equal(await h.publish(event), seq, 'the same event id is the same message');
    assert.notEqual(await h.publish(event, `${event.id}-copy`), seq, 'another msgID is another message');
    const m = await h.jsm.streams.getMessage(h.stream, { seq });
    assert.equal(m?.subject, `${h.prefix}.23.2301.230103.harnesstest.note.written`);
    assert.equal(m?.header?.get('Nats-Msg-Id'), event.id);
  } finally {
    await h.close();
  }
});

async function settled(h: SubgraphHarness, timeoutMs: number): Promise<string | null> {
  try {
    await h.settle(timeoutMs);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

test('settle() waits for every declared consumer and names the ones behind, with their counts', async () => {
  const h = await startSubgraphHarness(subgraph(), { label: 'settle' });
  try {
    assert.equal(
      await settled(h, 100),
      'harnesstest: consumers did not settle within 100 ms: harnesstest_notes not created',
    );
    // The consumer the service would create; this test acks by hand.
    await h.jsm.consumers.add(h.stream, {
      durable_name: CONSUMER.durable,
      ack_policy: AckPolicy.Explicit,
      filter_subject: `${h.prefix}.*.*.*.harnesstest.note.*`,
    });
    await h.settle(100);
    const note = (id: string) =>
      createEvent({ type: 'harnesstest.note.written', aggregate: { type: 'note', id }, data: {} });
    await h.publish(note('1'));
    await h.publish(note('2'));
    assert.match((await settled(h, 100))!, /harnesstest_notes 2 pending, 0 unacked$/);
    const consumer = await h.js.consumers.get(h.stream, CONSUMER.durable);
    const first = await consumer.next();
    assert.match((await settled(h, 100))!, /harnesstest_notes 1 pending, 1 unacked$/);
    first?.ack();
    (await consumer.next())?.ack();
    await h.settle(5000);
  } finally {
    await h.close();
  }
});
