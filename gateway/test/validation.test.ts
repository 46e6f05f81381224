// CONTEXT: issue 11 — in production a query with 100 unknown directives on one field was answered with 101 errors
// (graphql-js stops at 100 and adds one for the limit). One error says as much and costs nothing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createLogger } from '@anze/server-kit';
import { graphql, TEST_GATEWAY_SECRET } from '@anze/testing';
import { startGateway, type RunningGateway } from '../src/server.ts';
import { SUBGRAPHS } from '../src/subgraphs.ts';

let gateway: RunningGateway;
before(async () => {
  gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    production: true,
    gatewaySecret: TEST_GATEWAY_SECRET,
    // Validation fails before any subgraph is asked: nothing listens there.
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, 'http://127.0.0.1:9/graphql'])),
    logger: createLogger({ service: 'gateway' }, 'error'),
  });
});
after(() => gateway?.stop());

test('a query with 100 unknown directives on one field gets one validation error', async () => {
  const directives = Array.from({ length: 100 }, (_, i) => `@unknown${i}`).join(' ');
  const r = await graphql(gateway.url, `{ viewer ${directives} { roles } }`, { gatewaySecret: false });
  assert.equal(r.status, 400);
  assert.equal(r.errors?.length, 1);
  assert.equal(r.errors[0]!.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
});

test('a query with one mistake still names it', async () => {
  const r = await graphql(gateway.url, '{ viewer { nosuchfield } }', { gatewaySecret: false });
  assert.equal(r.errors?.length, 1);
  assert.match(r.errors[0]!.message, /nosuchfield/);
});
