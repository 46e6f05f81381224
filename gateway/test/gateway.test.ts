// The gateway in production mode in front of the real identity subgraph (fresh database, demo data, real NATS).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { graphql, TEST_GATEWAY_SECRET } from '@anze/testing';
import { DEFAULT_LIMITS } from '../src/server.ts';
import { startPlatformTestbed, type PlatformTestbed } from '../src/testbed.ts';
import { SUBGRAPHS } from '@anze/registry';

let s: PlatformTestbed;
let adminToken: string;

/** A call from a browser: no gateway secret (the gateway adds it). */
const call = (
  query: string,
  o: { token?: string; variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
) => s.call(query, o);

/** Asserts a refusal that names no number (no limit is revealed) and no schema detail. */
function assertRefusedWithoutDetails(
  r: Awaited<ReturnType<typeof call>>,
  code = 'GRAPHQL_VALIDATION_FAILED',
) {
  assert.equal(r.status, 400);
  assert.equal(r.data, undefined);
  assert.ok(r.errors?.length);
  for (const e of r.errors) {
    assert.equal(e.extensions?.code, code);
    assert.doesNotMatch(e.message, /\d/, `limit revealed: ${e.message}`);
    assert.doesNotMatch(e.message, /Syntax Error/);
  }
}

before(async () => {
  s = await startPlatformTestbed({ env: { NODE_ENV: 'production' } });
  adminToken = await s.login('admin');
});
after(() => s?.close());

describe('through the gateway', () => {
  test("an authenticated query reaches identity with the caller's token (the subgraph sees the viewer)", async () => {
    const r = await call('{ viewer { roles user { username } } }', { token: adminToken });
    assert.equal(r.status, 200);
    assert.equal(r.errors, undefined);
    assert.deepEqual(r.data, { viewer: { roles: ['PLATFORM_ADMIN'], user: { username: 'admin' } } });
  });

  test('without a token the same query is anonymous', async () => {
    const r = await call('{ viewer { roles } }');
    assert.deepEqual(r.data, { viewer: null });
  });

  // CONTEXT: identity answers an invalid token with HTTP 401; the gateway's data source would turn that into
  // "401: Unauthorized" with the response body in extensions. The caller must get identity's own message instead.
  test("an invalid token gives identity's UNAUTHENTICATED message, nothing more", async () => {
    const r = await call('{ viewer { roles } }', { token: 'not.a.token' });
    assert.equal(r.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.equal(r.errors?.[0]?.message, '登录已过期，请重新登录');
    assert.deepEqual(Object.keys(r.errors![0]!.extensions!), ['code']);
  });

  test("a user error keeps its Chinese message and code, without the subgraph's name", async () => {
    const r = await call(
      'mutation { loginWithPassword(username: "admin", password: "wrong-password") { accessToken } }',
    );
    const e = r.errors?.[0];
    assert.ok(e, 'expected an error');
    assert.equal(e.extensions?.code, 'UNAUTHENTICATED');
    assert.match(e.message, /[\u4e00-\u9fff]/);
    assert.equal(e.extensions?.serviceName, undefined, 'subgraph names are internal');
  });

  // CONTEXT: operators (SECOND_FACTOR_ROLES) must add a CA certificate; the web app needs the code to ask for it.
  test("an operator's right password alone is answered with SECOND_FACTOR_REQUIRED, also in production", async () => {
    const r = await call(
      'mutation { loginWithPassword(username: "admin", password: "Anze@2026") { accessToken } }',
    );
    assert.equal(r.errors?.[0]?.extensions?.code, 'SECOND_FACTOR_REQUIRED');
    assert.equal(r.errors?.[0]?.extensions?.field, 'secondFactor');
    assert.match(r.errors![0]!.message, /CA证书/);
    assert.equal(r.data?.loginWithPassword ?? null, null);
  });

  test('the request id is echoed (and generated when absent)', async () => {
    const given = await call('{ passwordPolicy { minLength } }', { headers: { 'x-request-id': 'req-123' } });
    assert.equal(given.headers.get('x-request-id'), 'req-123');
    const generated = await call('{ passwordPolicy { minLength } }');
    assert.match(generated.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  });

  test('a direct call to the subgraph without the gateway secret is refused; through the gateway it works', async () => {
    const direct = await graphql(s.identity.url, '{ viewer { roles } }', {
      token: adminToken,
      gatewaySecret: false,
    });
    assert.equal(direct.status, 403);
    const wrong = await graphql(s.identity.url, '{ viewer { roles } }', {
      token: adminToken,
      gatewaySecret: 'x'.repeat(TEST_GATEWAY_SECRET.length),
    });
    assert.equal(wrong.status, 403);
    const via = await call('{ viewer { roles } }', { token: adminToken });
    assert.deepEqual(via.data, { viewer: { roles: ['PLATFORM_ADMIN'] } });
  });

  // CONTEXT: identity masks its own internal errors in production; this checks the gateway adds no detail of its own
  // (subgraph name, response body, SQL) when a resolver fails for real, here on a table that has gone away.
  test('an internal error in the subgraph reaches the caller as 服务器内部错误 only', async () => {
    const client = new pg.Client({ connectionString: s.identity.databaseUrl });
    await client.connect();
    try {
      await client.query('alter table app_user rename to app_user_gone');
      const r = await call('{ viewer { roles user { username } } }', { token: adminToken });
      assert.deepEqual(r.errors, [
        {
          message: '服务器内部错误',
          path: ['viewer', 'user'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
      assert.doesNotMatch(JSON.stringify(r), /app_user|relation|identity|stack/i);
    } finally {
      await client.query('alter table app_user_gone rename to app_user');
      await client.end();
    }
  });
});

describe('production hardening', () => {
  test('limits in force', () => {
    assert.deepEqual(DEFAULT_LIMITS, {
      maxDepth: 8,
      maxAliases: 15,
      maxCost: 2000,
      maxTokens: 2000,
      maxDirectives: 20,
    });
  });

  test('a query at the depth limit passes; one level deeper is refused without naming the limit', async () => {
    // viewer(1) organisation(2) partners(3..6) division(7) name(8)
    const atLimit =
      '{ viewer { organisation { partners { partners { partners { partners { division { name } } } } } } } }';
    const ok = await call(atLimit, { token: adminToken });
    assert.equal(ok.errors, undefined);
    const tooDeep =
      '{ viewer { organisation { partners { partners { partners { partners { partners { division { name } } } } } } } } }';
    assertRefusedWithoutDetails(await call(tooDeep, { token: adminToken }));
  });

  test('too many aliases are refused', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: passwordPolicy { minLength }`).join(' ')} }`;
    assert.equal((await call(aliases(DEFAULT_LIMITS.maxAliases))).errors, undefined);
    assertRefusedWithoutDetails(await call(aliases(DEFAULT_LIMITS.maxAliases + 1)));
  });

  // CONTEXT: within the depth and alias limits a query can still fan out: 15 aliases × a 7-level subtree cost ≈ 2250.
  test('an expensive query within depth and alias limits is refused by cost', async () => {
    const subtree =
      'items { partners { partners { partners { division { children { code name fullName level parentCode } } } } } }';
    const q = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: organisations { ${subtree} }`).join(' ')} }`;
    const r = await call(q, { token: adminToken });
    assertRefusedWithoutDetails(r);
    assert.equal(r.errors!.length, 1);
  });

  test('too many tokens are refused at parse time', async () => {
    const roles = 'ENTERPRISE '.repeat(DEFAULT_LIMITS.maxTokens);
    const r = await call(`mutation { setUserRoles(userId: "1", roles: [${roles}]) { id } }`, {
      token: adminToken,
    });
    assertRefusedWithoutDetails(r, 'GRAPHQL_PARSE_FAILED');
  });

  test('too many directives are refused', async () => {
    const q = `{ viewer { ${Array.from({ length: 11 }, (_, i) => `r${i}: roles @include(if: true) @skip(if: false)`).join(' ')} } }`;
    assertRefusedWithoutDetails(await call(q));
  });

  test('introspection is refused', async () => {
    const r = await call('{ __schema { types { name } } }');
    assert.equal(r.status, 400);
    assert.equal(r.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    const t = await call('{ __type(name: "User") { fields { name } } }');
    assert.equal(t.status, 400);
  });

  // CONTEXT: shows the refusal above comes from the production flag, not from a broken schema.
  test('in development introspection and suggestions are available', async () => {
    const dev = await s.extraGateway({ production: false });
    const r = await graphql(dev.url, '{ __schema { queryType { name } } }', { gatewaySecret: false });
    assert.deepEqual(r.data, { __schema: { queryType: { name: 'Query' } } });
    const typo = await graphql(dev.url, '{ viewr { roles } }', { gatewaySecret: false });
    assert.match(typo.errors?.[0]?.message ?? '', /Did you mean "viewer"/);
  });

  test('a misspelt field gets no "Did you mean" suggestion', async () => {
    const r = await call('{ viewr { roles } passwordPolicy { minLenght } }');
    assert.equal(r.status, 400);
    assert.ok(r.errors?.length);
    for (const e of r.errors) assert.doesNotMatch(e.message, /Did you mean|viewer|minLength/);
  });

  test('no stack traces in errors', async () => {
    const r = await call('{ viewr }');
    assert.doesNotMatch(JSON.stringify(r.errors), /stacktrace|\bat .*\.js/);
  });

  test('a mutation over GET is refused', async () => {
    const url = `${s.gateway.url}?query=${encodeURIComponent('mutation { logout(refreshToken: "x") }')}`;
    // apollo-require-preflight passes CSRF prevention: the refusal is for the method, not the missing header.
    const res = await fetch(url, { headers: { 'apollo-require-preflight': '1' } });
    assert.equal(res.status, 405);
    const ok = await fetch(
      `${s.gateway.url}?query=${encodeURIComponent('{ passwordPolicy { minLength } }')}`,
      {
        headers: { 'apollo-require-preflight': '1' },
      },
    );
    assert.equal(ok.status, 200);
  });

  test('a GET query without a preflight header is refused (CSRF prevention)', async () => {
    const res = await fetch(
      `${s.gateway.url}?query=${encodeURIComponent('{ passwordPolicy { minLength } }')}`,
    );
    assert.equal(res.status, 400);
  });

  test('a form-encoded POST is refused, with or without a preflight header', async () => {
    const body = `query=${encodeURIComponent('mutation { logout(refreshToken: "x") }')}`;
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const plain = await fetch(s.gateway.url, { method: 'POST', headers: form, body });
    assert.equal(plain.status, 400);
    const preflight = await fetch(s.gateway.url, {
      method: 'POST',
      headers: { ...form, 'apollo-require-preflight': '1' },
      body,
    });
    assert.equal(preflight.status, 400);
  });

  test('an oversize body is refused with 413', async () => {
    const padding = 'x'.repeat(1_100_000);
    const res = await fetch(s.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ passwordPolicy { minLength } }', variables: { padding } }),
    });
    assert.equal(res.status, 413);
  });

  test('no landing page, no other paths', async () => {
    const page = await fetch(s.gateway.url, { headers: { accept: 'text/html' } });
    assert.notEqual(page.headers.get('content-type')?.startsWith('text/html'), true);
    assert.equal((await fetch(s.gateway.url.replace('/graphql', '/'))).status, 404);
  });

  test('/healthz and /readyz', async () => {
    const base = s.gateway.url.replace('/graphql', '');
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
    const ready = await fetch(`${base}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), {
      status: 'ready',
      checks: { supergraph: 'ok', ...Object.fromEntries(SUBGRAPHS.map((sg) => [sg.name, 'ok'])) },
    });
  });
});
