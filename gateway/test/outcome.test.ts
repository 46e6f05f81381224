// CONTEXT: issue 11 — under faults (PostgreSQL frozen, the projects process killed mid-request) clients got
// 服务器内部错误 for createProject calls whose project had been saved; told "failed", a user submits again and gets a
// duplicate. A mutation that fails for a reason other than its input now says that its outcome is unknown.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { createLogger } from '@anze/server-kit';
import { graphql, TEST_GATEWAY_SECRET } from '@anze/testing';
import { OUTCOME_UNKNOWN, startGateway, type RunningGateway } from '../src/server.ts';
import { SUBGRAPHS } from '../src/subgraphs.ts';

/** What the stub subgraph does with the next request. */
let behaviour: 'hang' | 'drop' | 'refuse-input' = 'hang';
let stub: Server;
let gateway: RunningGateway;

before(async () => {
  stub = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (behaviour === 'drop') return req.socket.destroy(); // the process died mid-request
      if (behaviour === 'refuse-input') {
        res.writeHead(200, { 'content-type': 'application/json' });
        const error = { message: '名称不能为空', extensions: { code: 'BAD_USER_INPUT', field: 'name' } };
        return res.end(JSON.stringify({ data: null, errors: [{ ...error, path: ['approveRegistration'] }] }));
      }
      // 'hang': PostgreSQL frozen; the gateway's upstream timeout ends the wait.
    });
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/graphql`;
  gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    production: true,
    gatewaySecret: TEST_GATEWAY_SECRET,
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, url])),
    upstreamTimeoutMs: 300,
    logger: createLogger({ service: 'gateway' }, 'error'),
  });
});
after(async () => {
  await gateway?.stop();
  stub?.closeAllConnections();
  stub?.close();
});

const APPROVE =
  'mutation { approveRegistration(organisationId: "0b52b053-0000-4000-8000-000000000000") { id } }';
const call = (query: string) => graphql(gateway.url, query, { gatewaySecret: false });

test('a mutation whose subgraph timed out: outcome unknown, in Chinese', async () => {
  behaviour = 'hang';
  const r = await call(APPROVE);
  assert.equal(r.errors?.[0]?.extensions?.code, OUTCOME_UNKNOWN.code);
  assert.equal(r.errors?.[0]?.message, OUTCOME_UNKNOWN.message);
  assert.equal(r.errors?.length, 1);
});

test('a mutation whose subgraph dropped the connection: outcome unknown', async () => {
  behaviour = 'drop';
  const r = await call(APPROVE);
  assert.equal(r.errors?.[0]?.extensions?.code, OUTCOME_UNKNOWN.code);
});

test('a query that failed the same way is an internal error: nothing was written', async () => {
  behaviour = 'hang';
  const r = await call('{ viewer { roles } }');
  assert.equal(r.errors?.[0]?.extensions?.code, 'INTERNAL_SERVER_ERROR');
});

test('a mutation refused for its input keeps its message and field', async () => {
  behaviour = 'refuse-input';
  const r = await call(APPROVE);
  assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  assert.equal(r.errors?.[0]?.extensions?.field, 'name');
});
