// CONTEXT: the dev stack, the e2e tests and the benchmarks bring up PostgreSQL and NATS through these functions;
// this checks the real binaries start, answer and stop (and that a second start reuses the cluster).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { findNatsServer, startNatsServer, waitForNats } from '../src/nats.ts';
import { freePort, isPortFree, probeTcp } from '../src/net.ts';
import {
  blockingAncestor,
  reachableBinaries,
  reachableDataDir,
  startEmbeddedPostgres,
} from '../src/postgres.ts';
import { loadOrCreateSecrets } from '../src/secrets.ts';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'anze-devstack-'));
  // the embedded server runs as the postgres user when we are root: it must be able to enter the directory
  chmodSync(dir, 0o755);
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function selectOne(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ v: string }>("select current_setting('server_version_num') as v");
    return r.rows[0]?.v ?? '';
  } finally {
    await c.end();
  }
}

describe('embedded PostgreSQL', () => {
  test('initialises, answers, stops, and a second start reuses the cluster', async () => {
    const port = await freePort();
    const { postgresPassword } = loadOrCreateSecrets(dir);
    const pgDir = join(dir, 'pg');

    let t = Date.now();
    const first = await startEmbeddedPostgres({
      dir: pgDir,
      port,
      password: postgresPassword,
      log: () => {},
    });
    const cold = Date.now() - t;
    try {
      assert.equal(first.initialised, true);
      assert.match(await selectOne(first.url), /^18/);
      const c = new pg.Client({ connectionString: first.url });
      await c.connect();
      await c.query('create database anze_devstack_probe');
      await c.end();
    } finally {
      await first.stop();
    }
    assert.equal(first.process.running, false);
    assert.equal(await isPortFree(port), true);
    assert.equal(existsSync(join(pgDir, 'postmaster.pid')), false);

    t = Date.now();
    const second = await startEmbeddedPostgres({
      dir: pgDir,
      port,
      password: postgresPassword,
      log: () => {},
    });
    const warm = Date.now() - t;
    try {
      assert.equal(second.initialised, false);
      const c = new pg.Client({
        connectionString: second.url.replace(/\/postgres$/, '/anze_devstack_probe'),
      });
      await c.connect(); // the database created before the restart is still there
      await c.end();
    } finally {
      await second.stop();
    }
    console.log(`embedded PostgreSQL: cold start ${cold} ms, warm start ${warm} ms`);
  });

  test('a wrong password is reported clearly', async () => {
    const port = await freePort();
    const pgDir = join(dir, 'pg'); // initialised by the previous test
    await assert.rejects(
      startEmbeddedPostgres({ dir: pgDir, port, password: 'not-the-password', log: () => {} }),
      /rejected the password/,
    );
    assert.equal(await isPortFree(port), true);
  });
});

// CONTEXT: `npm start` as root from a clone under /root (mode 700) failed with `initdb … EACCES`: PostgreSQL runs as
// the postgres user, which could enter neither the binaries in node_modules nor .anze/pg.
describe(
  'embedded PostgreSQL from a directory the postgres user cannot enter',
  {
    skip: process.getuid?.() === 0 ? false : 'only root hands PostgreSQL to another user',
  },
  () => {
    test('the binaries are used from a reachable copy and the cluster lives in a reachable stand-in', async () => {
      const closed = mkdtempSync(join(tmpdir(), 'anze-closed-'));
      chmodSync(closed, 0o700);
      const who = { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()) };
      try {
        const native = join(closed, 'native');
        mkdirSync(join(native, 'bin'), { recursive: true });
        writeFileSync(join(native, 'bin', 'postgres'), '#!/bin/sh\n', { mode: 0o755 });
        const version = `test-${process.pid}-${Date.now()}`;
        const copy = reachableBinaries(native, version, who);
        try {
          assert.notEqual(copy, native);
          assert.equal(blockingAncestor(join(copy, 'bin', 'postgres'), who), null);
          assert.equal(readFileSync(join(copy, 'bin', 'postgres'), 'utf8'), '#!/bin/sh\n');
          assert.equal(reachableBinaries(native, version, who), copy, 'one copy per version');
        } finally {
          rmSync(copy, { recursive: true, force: true });
        }
        const open = join(dir, 'pg');
        assert.equal(reachableDataDir(open, who), open, 'a reachable directory is used as it is');

        const wanted = join(closed, '.anze', 'pg');
        const port = await freePort();
        const notices: string[] = [];
        const pgServer = await startEmbeddedPostgres({
          dir: wanted,
          port,
          password: 'closed-dir-password',
          ephemeral: true,
          log: (line) => notices.push(line),
        });
        try {
          assert.notEqual(pgServer.dir, wanted);
          assert.equal(pgServer.dir, reachableDataDir(wanted, who), 'a second start finds the same cluster');
          assert.match(await selectOne(pgServer.url), /^18/);
          assert.ok(notices.some((l) => l.includes(wanted) && l.includes(pgServer.dir)));
        } finally {
          await pgServer.stop();
          rmSync(pgServer.dir, { recursive: true, force: true });
        }
      } finally {
        rmSync(closed, { recursive: true, force: true });
      }
    });
  },
);

describe('nats-server', { skip: findNatsServer() ? false : 'nats-server not installed' }, () => {
  test('starts with JetStream on a free port, accepts connections, stops', async () => {
    const port = await freePort();
    const t = Date.now();
    const nats = await startNatsServer({ storeDir: join(dir, 'nats'), port, log: () => {} });
    const took = Date.now() - t;
    try {
      assert.equal(nats.url, `nats://127.0.0.1:${port}`);
      const info = await probeTcp(port);
      assert.match(info, /^INFO /);
      assert.equal((JSON.parse(info.slice(5)) as { jetstream?: boolean }).jetstream, true);
      await waitForNats(port, { timeoutMs: 1_000 });
    } finally {
      await nats.stop();
    }
    assert.equal(await isPortFree(port), true);
    console.log(`nats-server: start ${took} ms`);
  });

  test('a port in use is reported instead of a hang', async () => {
    const port = await freePort();
    const nats = await startNatsServer({ storeDir: join(dir, 'nats2'), port, log: () => {} });
    try {
      await assert.rejects(
        startNatsServer({ storeDir: join(dir, 'nats3'), port, log: () => {} }),
        /already in use/,
      );
    } finally {
      await nats.stop();
    }
  });
});
