// startSubgraph, the door every subgraph is reached through: the gateway credential, health and readiness, what
// errors reveal in production, the manifest's routes, the body limit and a draining stop().
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { RunningSubgraph } from '../src/subgraph.ts';
import { errorFormatter } from '../src/subgraph.ts';
import { createLogger } from '../src/logger.ts';
import { events, fakeOrm, holdSlow, manifest, query, SECRET, start } from './support.ts';

const running: RunningSubgraph[] = [];
after(() => Promise.all(running.map((s) => s.stop())));
async function started(...args: Parameters<typeof start>): Promise<RunningSubgraph> {
  const s = await start(...args);
  running.push(s);
  return s;
}
const base = (s: RunningSubgraph) => s.url.replace(/\/graphql$/, '');

/** A POST without a content-length, its body sent in chunks as a client streaming it would. */
function postChunked(url: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'x-anze-gateway-secret': SECRET },
    });
    req.once('response', async (res) => {
      let text = '';
      for await (const chunk of res) text += chunk;
      resolve({ status: res.statusCode ?? 0, text });
    });
    req.once('error', reject);
    req.write(body);
    req.end();
  });
}

test('only calls with the gateway secret are answered', async () => {
  const s = await started();
  const missing = await query(s.url, '{ hello }', { secret: null });
  assert.equal(missing.status, 403);
  assert.equal(missing.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  // Same length, other bytes: the comparison is of the whole secret.
  const wrong = await query(s.url, '{ hello }', { secret: 'x'.repeat(SECRET.length) });
  assert.equal(wrong.status, 403);
  const right = await query(s.url, '{ hello }');
  assert.equal(right.status, 200);
  assert.deepEqual(right.body.data, { hello: 'world' });
});

test('a secret shorter than 16 characters refuses to start', async () => {
  await assert.rejects(
    start({ config: { port: 0, production: true, gatewaySecret: 'short', jwksUrl: 'http://127.0.0.1:9/' } }),
    /GATEWAY_SECRET must be set/,
  );
});

test('the token decides the viewer: @auth refuses anonymous callers, an invalid token is UNAUTHENTICATED', async () => {
  const s = await started();
  assert.deepEqual((await query(s.url, '{ adminOnly }', { token: 'admin' })).body.data, {
    adminOnly: 'for administrators',
  });
  const anonymous = await query(s.url, '{ adminOnly }');
  assert.ok(['UNAUTHENTICATED', 'FORBIDDEN'].includes(String(anonymous.body.errors?.[0]?.extensions?.code)));
  const invalid = await query(s.url, '{ hello }', { token: 'forged' });
  assert.equal(invalid.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
});

test('/healthz and /readyz answer without the secret; a failing readiness check makes /readyz 503', async () => {
  let storage = true;
  const s = await started({
    readiness: [
      {
        name: 'storage',
        check: async () => {
          if (!storage) throw new Error('volume not mounted');
        },
      },
    ],
  });
  const health = await fetch(`${base(s)}/healthz`);
  assert.equal(health.status, 200);
  assert.deepEqual(await health.json(), { status: 'ok', service: 'kittest' });
  const ready = await fetch(`${base(s)}/readyz`);
  assert.equal(ready.status, 200);
  assert.deepEqual(await ready.json(), { status: 'ready', checks: { postgres: 'ok', storage: 'ok' } });

  storage = false;
  const notReady = await fetch(`${base(s)}/readyz`);
  assert.equal(notReady.status, 503);
  assert.deepEqual(await notReady.json(), {
    status: 'not ready',
    checks: { postgres: 'ok', storage: 'volume not mounted' },
  });
  assert.equal((await fetch(`${base(s)}/elsewhere`)).status, 404);
});

test('the database and the event bus are readiness checks of their own', async () => {
  const s = await started({
    orm: fakeOrm({ failing: true }),
    eventBus: { check: async () => {}, close: async () => {} },
  });
  const r = await fetch(`${base(s)}/readyz`);
  assert.equal(r.status, 503);
  assert.deepEqual(await r.json(), {
    status: 'not ready',
    checks: { postgres: 'connection refused', nats: 'ok' },
  });
});

// CONTEXT: a resolver's unexpected error carries SQL, table names or stack traces; a user error is written for the
// user and the web app shows it next to `extensions.field`.
test('in production an unexpected error is 服务器内部错误; a user error keeps its message, code and field only', async () => {
  const s = await started();
  const broken = await query(s.url, '{ broken }');
  assert.deepEqual(broken.body.errors, [
    { message: '服务器内部错误', path: ['broken'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
  ]);
  const invalid = await query(s.url, '{ invalid }');
  assert.deepEqual(invalid.body.errors, [
    {
      message: '名称不能为空',
      path: ['invalid'],
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'BAD_USER_INPUT', field: 'name' },
    },
  ]);
  // Schema details stay hidden too: no "Did you mean" suggestions in production.
  const typo = await query(s.url, '{ helo }');
  assert.doesNotMatch(JSON.stringify(typo.body.errors), /Did you mean/);
});

test('in development the unexpected error keeps its message for the developer', async () => {
  const s = await started({ production: false });
  const broken = await query(s.url, '{ broken }');
  assert.equal(broken.body.errors?.[0]?.message, 'relation "app_user" does not exist');
});

test('the error formatter keeps client codes as they are and logs what it replaces', () => {
  const logged: unknown[] = [];
  const log = {
    ...createLogger({}, 'silent'),
    error: (_msg: string, fields?: unknown) => void logged.push(fields),
  };
  const production = errorFormatter(true, log);
  const validation = { message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  const kept = production(validation, null);
  assert.deepEqual([kept.message, kept.extensions], [validation.message, validation.extensions]);
  const conflict = production(
    { message: '已被修改', extensions: { code: 'CONFLICT', field: 'version', x: 1 } },
    null,
  );
  assert.deepEqual(conflict.extensions, { code: 'CONFLICT', field: 'version' });
  const unknown = production({ message: 'boom', extensions: { code: 'SOMETHING_ELSE' } }, new Error('boom'));
  assert.equal(unknown.message, '服务器内部错误');
  assert.equal(logged.length, 1, 'the replaced error is logged');
});

test("the routes must be the manifest's: served but undeclared, or declared without a handler, refuses to start", async () => {
  const route = () => {};
  await assert.rejects(
    start({ gatewayRoutes: { '/exports': route } }),
    /kittest: routes differ from its manifest .*\/exports is not declared/,
  );
  await assert.rejects(
    start({ manifest: manifest({ gateway: ['/files'], public: [] }) }),
    /\/files has no handler/,
  );
  await assert.rejects(start({ routes: { '/.well-known/jwks.json': route } }), /public route \/\.well-known/);
  // Declared and served: a gateway route under a declared prefix is reached with the secret only.
  const s = await started({
    manifest: manifest({ gateway: ['/files'], public: [] }),
    gatewayRoutes: { '/files': (_req, res, ctx) => void res.end(ctx.viewer.kind) },
  });
  assert.equal((await fetch(`${base(s)}/files/123`)).status, 403);
  const r = await fetch(`${base(s)}/files/123`, {
    headers: { 'x-anze-gateway-secret': SECRET, authorization: 'Bearer admin' },
  });
  assert.equal(await r.text(), 'user');
});

test('a body over the limit is refused with 413 before it is parsed', async () => {
  const s = await started({ bodyLimitBytes: 1000 });
  const padding = 'x'.repeat(2000);
  const tooLarge = await query(s.url, '', {
    body: JSON.stringify({ query: '{ hello }', variables: { padding } }),
  });
  assert.equal(tooLarge.status, 413);
  assert.equal(tooLarge.body.errors?.[0]?.extensions?.code, 'PAYLOAD_TOO_LARGE');
  // Without a content-length the limit holds while reading.
  const streamed = await postChunked(s.url, JSON.stringify({ query: '{ hello }', variables: { padding } }));
  assert.equal(streamed.status, 413);
  assert.equal((await query(s.url, '{ hello }')).status, 200, 'a small body still passes');
});

test('stop() lets a request in flight finish, then runs onClose, the event bus and the ORM, in that order', async () => {
  events.length = 0;
  const s = await start({
    eventBus: { check: async () => {}, close: async () => void events.push('bus closed') },
    onClose: [
      async () => void events.push('consumer stopped'),
      async () => {
        events.push('failing step');
        throw new Error('a step that fails does not keep the others from running');
      },
    ],
  });
  const slow = holdSlow();
  // Over fetch's keep-alive connection, as the gateway's calls come: once answered it must not hold stop() open.
  const inFlight = query(s.url, '{ slow }');
  await slow.entered;
  const stopping = s.stop();
  assert.equal(s.stop(), stopping, 'a second stop() is the same shutdown');
  await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(events, [], 'nothing is closed while the request runs');
  slow.release();
  const released = Date.now();
  assert.deepEqual((await inFlight).body.data, { slow: 'done' });
  await stopping;
  assert.ok(Date.now() - released < 2000, `stopped ${Date.now() - released} ms after the answer`);
  assert.deepEqual(events, ['slow answered', 'consumer stopped', 'failing step', 'bus closed', 'orm closed']);
  await assert.rejects(fetch(s.url), 'no new connections after stop()');
});

// CONTEXT: issue 11 — a request the gateway gave up on must not commit afterwards: each GraphQL request runs under a
// deadline below the gateway's upstream timeout, which @anze/orm enforces at COMMIT (packages/orm/test/deadline.test.ts).
test('every GraphQL request runs under the configured deadline', async () => {
  const s = await started({
    config: {
      port: 0,
      production: true,
      gatewaySecret: SECRET,
      jwksUrl: 'http://127.0.0.1:9/unused',
      requestDeadlineMs: 1_234,
    },
  });
  const left = (await query(s.url, '{ deadlineLeft }')).body.data?.deadlineLeft as number;
  assert.ok(left > 1_000 && left <= 1_234, `${left} ms left`);
  // 0 turns it off (bench/README.md measures the write path with and without it).
  const off = await started({
    config: {
      port: 0,
      production: true,
      gatewaySecret: SECRET,
      jwksUrl: 'http://127.0.0.1:9/unused',
      requestDeadlineMs: 0,
    },
  });
  assert.equal((await query(off.url, '{ deadlineLeft }')).body.data?.deadlineLeft, null);
});
