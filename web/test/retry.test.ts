// CONTEXT: issue 11 — a user told "failed" for a write that had happened submitted again and got a duplicate. The
// client keys every mutation, repeats it with the same key while the outcome is open, and only then says 提交结果未知.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  IDEMPOTENCY_KEY_HEADER,
  OUTCOME_UNKNOWN_MESSAGE,
  isMutationRequest,
  withIdempotentRetries,
} from '../src/shared/graphql/retry.ts';

const MUTATION = JSON.stringify({
  query: 'mutation Create($i: ProjectInput!) { createProject(input: $i) { project { id } } }',
});
const QUERY = JSON.stringify({ query: 'query { viewer { roles } }' });

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
const failure = (code: string) => json({ data: null, errors: [{ message: code, extensions: { code } }] });
const created = () => json({ data: { createProject: { project: { id: 'p1' } } } });

/** A fake network: answers (or throws) in turn and records the keys it saw. */
function network(...answers: Array<Response | Error>) {
  const keys: Array<string | null> = [];
  const send = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    keys.push(new Headers(init?.headers).get(IDEMPOTENCY_KEY_HEADER));
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  }) as typeof fetch;
  return { send, keys };
}

let n = 0;
const opts = { newKey: () => `key-${++n}`, sleep: async () => {} };

test('a mutation gets a fresh key; each operation its own', async () => {
  const net = network(created(), created());
  const f = withIdempotentRetries(net.send, opts);
  await f('/graphql', { method: 'POST', body: MUTATION });
  await f('/graphql', { method: 'POST', body: MUTATION });
  assert.equal(net.keys.length, 2);
  assert.ok(net.keys[0] && net.keys[1] && net.keys[0] !== net.keys[1]);
});

test('queries carry no key and are never repeated', async () => {
  const net = network(failure('OUTCOME_UNKNOWN'));
  const r = await withIdempotentRetries(net.send, opts)('/graphql', { method: 'POST', body: QUERY });
  assert.deepEqual(net.keys, [null]);
  assert.equal(((await r.json()) as { errors: unknown[] }).errors.length, 1);
});

test('network failure, OUTCOME_UNKNOWN, REQUEST_IN_PROGRESS: repeated with the same key until a definite answer', async () => {
  const net = network(
    new TypeError('fetch failed'),
    failure('OUTCOME_UNKNOWN'),
    failure('REQUEST_IN_PROGRESS'),
    created(),
  );
  const delays: number[] = [];
  const f = withIdempotentRetries(net.send, { ...opts, sleep: async (ms) => void delays.push(ms) });
  const r = await f('/graphql', { method: 'POST', body: MUTATION });
  assert.deepEqual(await r.json(), { data: { createProject: { project: { id: 'p1' } } } });
  assert.equal(net.keys.length, 4);
  assert.equal(new Set(net.keys).size, 1, 'one key for every attempt');
  assert.deepEqual(delays, [500, 1000, 2000], 'exponential backoff');
});

test('a definite refusal is not repeated', async () => {
  const net = network(failure('BAD_USER_INPUT'));
  const r = await withIdempotentRetries(net.send, opts)('/graphql', { method: 'POST', body: MUTATION });
  assert.equal(net.keys.length, 1);
  assert.equal(
    ((await r.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
    'BAD_USER_INPUT',
  );
});

test('bounded: when the outcome stays open the user is told, in Chinese, to look first', async () => {
  const net = network(
    new TypeError('x'),
    failure('OUTCOME_UNKNOWN'),
    new TypeError('x'),
    failure('OUTCOME_UNKNOWN'),
    created(),
  );
  const r = await withIdempotentRetries(net.send, { ...opts, attempts: 4 })('/graphql', {
    method: 'POST',
    body: MUTATION,
  });
  assert.equal(net.keys.length, 4);
  const body = (await r.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
  assert.equal(body.errors[0]!.extensions.code, 'OUTCOME_UNKNOWN');
  assert.equal(body.errors[0]!.message, OUTCOME_UNKNOWN_MESSAGE);
  assert.match(OUTCOME_UNKNOWN_MESSAGE, /^提交结果未知：请先刷新查看/);
});

test('REQUEST_TIMEOUT as the last answer is kept: the write was rolled back, submitting again is safe', async () => {
  const net = network(failure('REQUEST_TIMEOUT'), failure('REQUEST_TIMEOUT'));
  const r = await withIdempotentRetries(net.send, { ...opts, attempts: 2 })('/graphql', {
    method: 'POST',
    body: MUTATION,
  });
  const body = (await r.json()) as { errors: Array<{ extensions: { code: string } }> };
  assert.equal(body.errors[0]!.extensions.code, 'REQUEST_TIMEOUT');
});

test('a request the page cancelled is not repeated', async () => {
  const controller = new AbortController();
  controller.abort();
  const net = network(new DOMException('aborted', 'AbortError'));
  const f = withIdempotentRetries(net.send, opts);
  await assert.rejects(f('/graphql', { method: 'POST', body: MUTATION, signal: controller.signal }));
  assert.equal(net.keys.length, 1);
});

test('mutations are recognised after fragments and comments, queries mentioning the word are not', () => {
  assert.equal(isMutationRequest(MUTATION), true);
  assert.equal(
    isMutationRequest(JSON.stringify({ query: 'fragment F on P { id }\nmutation { x { ...F } }' })),
    true,
  );
  assert.equal(isMutationRequest(JSON.stringify({ query: '# note\nmutation { x }' })), true);
  assert.equal(isMutationRequest(JSON.stringify({ query: 'query { mutationLog }' })), false);
  assert.equal(isMutationRequest(undefined), false);
});
