// The gateway's side of the subgraph conversation, against a stand-in subgraph that records what it receives and
// answers what the test tells it to: headers forwarded, leaky or failing subgraphs masked, slow ones cut off.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import { graphql, TEST_GATEWAY_SECRET } from '@anze/testing';
import { createLogger } from '@anze/server-kit';
import { gatewayOptionsFromEnv, readyzUrlOf, startGateway, type RunningGateway } from '../src/server.ts';
import { SUBGRAPHS } from '../src/subgraphs.ts';

/** Every subgraph of the supergraph answered by the stand-in. */
const allAt = (url: string) => Object.fromEntries(SUBGRAPHS.map((s) => [s.name, url]));

interface Answer {
  status: number;
  body: string;
  contentType?: string;
  delayMs?: number;
}

const viewer = JSON.stringify({ data: { viewer: { roles: ['PLATFORM_ADMIN'] } } });
let answer: Answer;
let readyStatus = 200;
let received: IncomingHttpHeaders[] = [];
let stub: Server;
let stubUrl: string;
let gateway: RunningGateway;

before(async () => {
  stub = createServer((req, res) => {
    if (req.url === '/readyz') {
      res.writeHead(readyStatus).end();
      return;
    }
    received.push(req.headers);
    req.resume();
    req.on('end', () => {
      const send = () => {
        if (res.destroyed) return;
        res
          .writeHead(answer.status, { 'content-type': answer.contentType ?? 'application/json' })
          .end(answer.body);
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/graphql`;
  gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    production: true,
    gatewaySecret: TEST_GATEWAY_SECRET,
    subgraphUrls: allAt(stubUrl),
    upstreamTimeoutMs: 300,
    logger: createLogger({ service: 'gateway' }, 'silent'),
  });
});
after(async () => {
  await gateway?.stop();
  stub.closeAllConnections();
  await new Promise((resolve) => stub.close(resolve));
});
beforeEach(() => {
  answer = { status: 200, body: viewer };
  readyStatus = 200;
  received = [];
});

const call = (headers: Record<string, string> = {}) =>
  graphql(gateway.url, '{ viewer { roles } }', { gatewaySecret: false, headers });

describe('requests to a subgraph', () => {
  test("carry the gateway secret, the caller's Authorization, a request id and the client IP", async () => {
    const r = await call({ authorization: 'Bearer abc', 'x-request-id': 'trace-1' });
    assert.deepEqual(r.data, { viewer: { roles: ['PLATFORM_ADMIN'] } });
    const h = received[0]!;
    assert.equal(h['x-anze-gateway-secret'], TEST_GATEWAY_SECRET);
    assert.equal(h.authorization, 'Bearer abc');
    assert.equal(h['x-request-id'], 'trace-1');
    assert.equal(h['x-forwarded-for'], '127.0.0.1');
  });

  test('without Authorization none is sent; a request id is generated', async () => {
    await call();
    const h = received[0]!;
    assert.equal(h.authorization, undefined);
    assert.match(String(h['x-request-id']), /^[0-9a-f-]{36}$/);
  });

  // CONTEXT: x-forwarded-for from the client is not trusted (TRUST_PROXY unset): a caller could otherwise write
  // any address into identity's audit log. An unusable x-request-id (log injection) is replaced.
  test('a spoofed X-Forwarded-For and a malformed request id are not passed on', async () => {
    await call({ 'x-forwarded-for': '8.8.8.8', 'x-request-id': 'bad id\twith "quotes"' });
    const h = received[0]!;
    assert.equal(h['x-forwarded-for'], '127.0.0.1');
    assert.match(String(h['x-request-id']), /^[0-9a-f-]{36}$/);
  });

  test('behind a trusted proxy the client IP is the last X-Forwarded-For entry (the one the proxy added)', async () => {
    const proxied = await startGateway({
      port: 0,
      host: '127.0.0.1',
      production: true,
      gatewaySecret: TEST_GATEWAY_SECRET,
      subgraphUrls: allAt(stubUrl),
      trustProxy: true,
      logger: createLogger({ service: 'gateway' }, 'silent'),
    });
    try {
      await graphql(proxied.url, '{ viewer { roles } }', {
        gatewaySecret: false,
        headers: { 'x-forwarded-for': '8.8.8.8, 10.1.2.3' },
      });
      assert.equal(received[0]!['x-forwarded-for'], '10.1.2.3');
    } finally {
      await proxied.stop();
    }
  });
});

describe('subgraph failures are masked', () => {
  test('an internal error with details (a subgraph in development mode) becomes 服务器内部错误', async () => {
    answer.body = JSON.stringify({
      data: { viewer: null },
      errors: [
        {
          message: 'relation "app_user" does not exist',
          path: ['viewer'],
          extensions: {
            code: 'INTERNAL_SERVER_ERROR',
            stacktrace: ['error: relation "app_user" does not exist', '    at Parser.parseErrorMessage'],
          },
        },
      ],
    });
    const r = await call();
    assert.deepEqual(r.errors, [
      { message: '服务器内部错误', path: ['viewer'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
  });

  test('an error without a code, or with an unknown one, becomes 服务器内部错误', async () => {
    answer.body = JSON.stringify({
      data: { viewer: null },
      errors: [
        { message: 'TypeError: x is undefined', path: ['viewer'] },
        { message: 'boom', extensions: { code: 'ECONNRESET' } },
      ],
    });
    const r = await call();
    assert.equal(r.errors?.length, 2);
    for (const e of r.errors!)
      assert.deepEqual([e.message, e.extensions], ['服务器内部错误', { code: 'INTERNAL_SERVER_ERROR' }]);
  });

  test("a subgraph GRAPHQL_VALIDATION_FAILED (schema drift) is internal, not the caller's fault", async () => {
    answer.body = JSON.stringify({
      errors: [
        {
          message: 'Cannot query field "roles" on type "Viewer".',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
    const r = await call();
    assert.equal(r.errors?.[0]?.message, '服务器内部错误');
  });

  test('a user error keeps message, path, code and field, and nothing else', async () => {
    answer.body = JSON.stringify({
      data: { viewer: null },
      errors: [
        {
          message: '统一社会信用代码格式不正确',
          path: ['viewer'],
          extensions: { code: 'BAD_USER_INPUT', field: 'uscc', detail: 'internal' },
        },
      ],
    });
    const r = await call();
    assert.deepEqual(r.errors, [
      {
        message: '统一社会信用代码格式不正确',
        path: ['viewer'],
        extensions: { code: 'BAD_USER_INPUT', field: 'uscc' },
      },
    ]);
  });

  test('an HTTP error page is not shown (no status text, no body, no URL)', async () => {
    answer = {
      status: 502,
      body: '<html>nginx: upstream identity-7f9c down at 10.0.3.17</html>',
      contentType: 'text/html',
    };
    const r = await call();
    assert.deepEqual(
      r.errors?.map((e) => [e.message, e.extensions]),
      [['服务器内部错误', { code: 'INTERNAL_SERVER_ERROR' }]],
    );
  });

  // CONTEXT: a 403 from a subgraph means the gateway secret is wrong (a deployment fault): the caller must not be
  // told FORBIDDEN as if they lacked a permission.
  test('a 403 from the subgraph (wrong gateway secret) is internal', async () => {
    answer = {
      status: 403,
      body: JSON.stringify({
        errors: [{ message: '仅接受来自网关的请求', extensions: { code: 'FORBIDDEN' } }],
      }),
    };
    const r = await call();
    assert.deepEqual(
      r.errors?.map((e) => [e.message, e.extensions]),
      [['服务器内部错误', { code: 'INTERNAL_SERVER_ERROR' }]],
    );
  });

  test('a subgraph slower than the upstream timeout is cut off and masked', async () => {
    answer.delayMs = 2000;
    const started = performance.now();
    const r = await call();
    assert.ok(performance.now() - started < 1500, 'the timeout did not apply');
    assert.deepEqual(
      r.errors?.map((e) => [e.message, e.extensions]),
      [['服务器内部错误', { code: 'INTERNAL_SERVER_ERROR' }]],
    );
  });
});

describe('readiness', () => {
  test('/readyz is 503 while a subgraph is not ready, without details', async () => {
    readyStatus = 503;
    const res = await fetch(gateway.url.replace('/graphql', '/readyz'));
    assert.equal(res.status, 503);
    assert.deepEqual(await res.json(), {
      status: 'not ready',
      checks: { supergraph: 'ok', ...Object.fromEntries(SUBGRAPHS.map((s) => [s.name, 'failed'])) },
    });
  });

  test('the readiness URL is derived from the GraphQL URL', () => {
    assert.equal(readyzUrlOf('http://identity:4001/graphql'), 'http://identity:4001/readyz');
    assert.equal(readyzUrlOf('https://10.0.0.5/identity/graphql'), 'https://10.0.0.5/readyz');
  });
});

describe('configuration', () => {
  test('GATEWAY_SECRET is required; URLs and limits come from the environment', () => {
    assert.throws(() => gatewayOptionsFromEnv({}), /GATEWAY_SECRET/);
    const o = gatewayOptionsFromEnv({
      GATEWAY_SECRET: TEST_GATEWAY_SECRET,
      IDENTITY_URL: 'http://identity:4001/graphql',
      PORT: '4100',
      NODE_ENV: 'production',
    });
    assert.equal(o.port, 4100);
    assert.equal(o.production, true);
    assert.equal(o.subgraphUrls?.identity, 'http://identity:4001/graphql');
    assert.deepEqual(gatewayOptionsFromEnv({ GATEWAY_SECRET: 's' }).subgraphUrls, {
      identity: 'http://127.0.0.1:4001/graphql',
      projects: 'http://127.0.0.1:4002/graphql',
      underwriting: 'http://127.0.0.1:4003/graphql',
      claims: 'http://127.0.0.1:4004/graphql',
      analytics: 'http://127.0.0.1:4006/graphql',
      documents: 'http://127.0.0.1:4007/graphql',
    });
  });

  test('a short gateway secret is refused at start', async () => {
    await assert.rejects(
      startGateway({ port: 0, gatewaySecret: 'short', logger: createLogger({}, 'silent') }),
      /GATEWAY_SECRET/,
    );
  });

  test('telemetry to Apollo is disabled', () => {
    assert.equal(process.env.APOLLO_TELEMETRY_DISABLED, '1');
  });
});
