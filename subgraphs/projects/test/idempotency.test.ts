// CONTEXT: issue 11 — a client told "failed" (or "outcome unknown") for a createProject that had in fact been saved
// submitted again and got a duplicate. With an Idempotency-Key the repeat gets the first answer; the record commits
// in the transaction of the effect, so a rolled-back write leaves no record either.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { IdempotencyRecord, PRUNE_BATCH } from '@anze/orm';
import { OutboxMessage } from '@anze/events';
import { graphql } from '@anze/testing';
import { Project } from '../src/domain/project.entity.ts';
import { startHarness, projectInput, CREATE, STATUS, type Harness } from './fixtures.ts';

let h: Harness;
let ent: Awaited<ReturnType<Harness['enterprise']>>;
let code = 100;

before(async () => {
  h = await startHarness('idempotency');
  ent = await h.enterprise();
});
after(() => h?.close());

/** A project code not used yet in this file. */
const nextCode = () => `2408-230103-04-01-${String(++code).padStart(6, '0')}`;

const create = (key: string | null, overrides: Record<string, unknown> = {}, token = ent.token) =>
  graphql<{ createProject: { project: { id: string; code: string } } }>(h.url, CREATE, {
    token,
    variables: { i: projectInput(overrides) },
    headers: key ? { 'idempotency-key': key } : {},
  });

const projects = () => h.em().count(Project, {});

test('the same createProject sent twice with one key creates one project; both answers are equal', async () => {
  const before = await projects();
  const outbox = await h.em().count(OutboxMessage, {});
  const key = randomUUID();
  const input = { code: nextCode() };
  const first = await create(key, input);
  const second = await create(key, input);
  assert.equal(first.errors, undefined);
  assert.deepEqual(second.data, first.data);
  assert.equal(await projects(), before + 1);
  assert.equal(await h.em().count(OutboxMessage, {}), outbox + 1, 'one project.registered event');
});

test('the same key with different input is refused with CONFLICT, and nothing is written', async () => {
  const key = randomUUID();
  await create(key, { code: nextCode() });
  const before = await projects();
  const other = await create(key, { code: nextCode(), name: '另一个工程' });
  assert.equal(other.errors?.[0]?.extensions?.code, 'CONFLICT');
  assert.match(other.errors![0]!.message, /幂等键/);
  assert.equal(await projects(), before);
});

test('the key belongs to its caller: another enterprise with the same key gets its own project', async () => {
  const key = randomUUID();
  const other = await h.enterprise();
  const a = await create(key, { code: nextCode() });
  const b = await create(key, { code: nextCode() }, other.token);
  assert.equal(a.errors, undefined);
  assert.equal(b.errors, undefined);
  assert.notEqual(a.data!.createProject.project.id, b.data!.createProject.project.id);
});

test('concurrent requests with one key: one effect, every answer the same', async () => {
  const before = await projects();
  const key = randomUUID();
  const input = { code: nextCode() };
  const answers = await Promise.all(Array.from({ length: 5 }, () => create(key, input)));
  for (const a of answers) assert.deepEqual(a.data, answers[0]!.data, JSON.stringify(a.errors));
  assert.equal(await projects(), before + 1);
});

test('a refusal for the input is kept too; a state transition is keyed like a create', async () => {
  const key = randomUUID();
  const bad = await create(key, { code: nextCode(), name: '' });
  assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  const again = await create(key, { code: nextCode(), name: '' });
  assert.equal(again.errors?.[0]?.extensions?.code, 'CONFLICT', 'other input, same key');

  const made = await create(randomUUID(), { code: nextCode() });
  const id = made.data!.createProject.project.id;
  const stop = (k: string) =>
    graphql<{ changeProjectStatus: { version: number } }>(h.url, STATUS, {
      token: ent.token,
      variables: { id, s: 'SUSPENDED', r: '停工整改' },
      headers: { 'idempotency-key': k },
    });
  const k = randomUUID();
  const one = await stop(k);
  const two = await stop(k);
  assert.equal(one.errors, undefined);
  assert.deepEqual(two.data, one.data, 'the repeat is not refused as an invalid transition');
});

test('a malformed key is refused before anything runs', async () => {
  const r = await create('short', { code: nextCode() });
  assert.equal(r.status, 400);
  assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_REQUEST');
});

test('expired records are removed by later writes, a bounded number each', async () => {
  const em = h.em();
  const old = new Date(Date.now() - 3600_000);
  for (let i = 0; i < PRUNE_BATCH + 5; i++)
    em.create(IdempotencyRecord, {
      caller: 'user:expired',
      idempotencyKey: `expired-${i}`,
      fingerprint: '0'.repeat(64),
      operation: 'createProject',
      status: 200,
      response: '{}',
      createdAt: old,
      expiresAt: old,
    });
  await em.flush();
  await create(randomUUID(), { code: nextCode() });
  assert.equal(await h.em().count(IdempotencyRecord, { caller: 'user:expired' }), 5);
});

test('past its deadline a keyed write answers REQUEST_TIMEOUT and nothing is written, not even the key', async () => {
  // The project table locked against writes by another session for longer than the request's deadline (1 s here).
  await h.stop();
  const base = h.config;
  Object.assign(base, { requestDeadlineMs: 1000 });
  await h.start();
  const blocker = new pg.Client({ connectionString: h.databaseUrl });
  await blocker.connect();
  try {
    const before = await projects();
    const records = await h.em().count(IdempotencyRecord, {});
    await blocker.query('begin');
    await blocker.query('lock table project in exclusive mode');
    const key = randomUUID();
    const input = { code: nextCode() };
    const [keyed, plain] = await Promise.all([create(key, input), create(null, { code: nextCode() })]);
    await blocker.query('rollback');
    for (const r of [keyed, plain]) {
      assert.equal(r.errors?.[0]?.extensions?.code, 'REQUEST_TIMEOUT', JSON.stringify(r.errors));
      assert.equal(r.errors?.[0]?.message, '处理超时，本次提交没有保存，请稍后重试');
    }
    assert.equal(await projects(), before);
    assert.equal(await h.em().count(IdempotencyRecord, {}), records);
    // Safe to retry: the same key now creates the project.
    const retried = await create(key, input);
    assert.equal(retried.errors, undefined, JSON.stringify(retried.errors));
    assert.equal(await projects(), before + 1);
  } finally {
    await blocker.end();
  }
});

test('a key held by a request still running answers REQUEST_IN_PROGRESS to a second one, which may ask again', async () => {
  // Runs after the deadline test: requestDeadlineMs is 1 s, so the second request waits for the key ≈ 0.4 s.
  const blocker = new pg.Client({ connectionString: h.databaseUrl });
  await blocker.connect();
  try {
    await blocker.query('begin');
    await blocker.query('lock table project in exclusive mode');
    const key = randomUUID();
    const input = { code: nextCode() };
    const first = create(key, input);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = await create(key, input);
    assert.equal(second.errors?.[0]?.extensions?.code, 'REQUEST_IN_PROGRESS', JSON.stringify(second.errors));
    assert.match(second.errors![0]!.message, /正在处理/);
    assert.equal((await first).errors?.[0]?.extensions?.code, 'REQUEST_TIMEOUT');
    await blocker.query('rollback');
    const third = await create(key, input);
    assert.equal(third.errors, undefined, JSON.stringify(third.errors));
  } finally {
    await blocker.end();
  }
});
