// CONTEXT: issue 11 — with PostgreSQL frozen for 10 s, the gateway gave up on createProject calls that the subgraph
// then committed: the caller was told "failed" for a project that was saved. Work under a deadline cannot commit
// after it, and its statements cannot outlast it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { defineEntity, p } from '@mikro-orm/core';
import {
  DeadlineExceeded,
  dropDatabase,
  ensureDatabase,
  ormConfig,
  serverUrl,
  withDatabase,
  withDeadline,
} from '../src/index.ts';

const Note = defineEntity({
  name: 'Note',
  tableName: 'note',
  properties: { id: p.uuid().primary(), text: p.string() },
});

const url = withDatabase(serverUrl(), `anze_test_deadline_${randomBytes(4).toString('hex')}`);
let orm: MikroORM;

before(async () => {
  await ensureDatabase(url);
  orm = await MikroORM.init({
    ...ormConfig({ subgraph: 'deadline', clientUrl: url, entities: [Note], migrationsPath: '/nonexistent' }),
  });
  await orm.schema.create();
});
after(async () => {
  await orm?.close(true);
  await dropDatabase(url);
});

const count = async (id: string) => orm.em.fork().count(Note, { id });

test('a transaction still open at the deadline is rolled back, not committed', async () => {
  const id = randomUUID();
  await assert.rejects(
    withDeadline(Date.now() + 200, () =>
      orm.em.fork().transactional(async (em) => {
        em.create(Note, { id, text: 'saved too late' });
        await em.flush();
        // The caller gave up meanwhile (the gateway's timeout).
        await new Promise((r) => setTimeout(r, 300));
      }),
    ),
    DeadlineExceeded,
  );
  assert.equal(await count(id), 0);
});

test('a statement is bounded by the time left', async () => {
  const started = Date.now();
  await assert.rejects(
    withDeadline(Date.now() + 300, () =>
      orm.em
        .fork()
        .transactional((em) =>
          em.getConnection().execute('select pg_sleep(5)', [], 'run', em.getTransactionContext()),
        ),
    ),
    /statement timeout/,
  );
  assert.ok(Date.now() - started < 2_000, `ended after ${Date.now() - started} ms`);
});

test('work done in time commits; without a deadline nothing changes', async () => {
  const a = randomUUID();
  const b = randomUUID();
  await withDeadline(Date.now() + 5_000, () =>
    orm.em.fork().transactional(async (em) => {
      em.create(Note, { id: a, text: 'in time' });
    }),
  );
  const em = orm.em.fork();
  em.create(Note, { id: b, text: 'no deadline' });
  await em.flush();
  assert.equal(await count(a), 1);
  assert.equal(await count(b), 1);
});
