import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SUBGRAPHS as MANIFESTS } from '@anze/registry';
import { composeSupergraph, routingTableJson, SUBGRAPHS_FILE, SUPERGRAPH_FILE } from '../src/compose.ts';
import { SUBGRAPHS } from '../src/subgraphs.ts';

// CONTEXT: the gateway serves the committed supergraph.graphql, never one composed at start. A subgraph schema change
// without `npm run compose` would ship a gateway that does not know the new fields (or still routes removed ones).
test('the committed supergraph is what the subgraph schemas compose to', () => {
  const composed = composeSupergraph();
  const committed = readFileSync(SUPERGRAPH_FILE, 'utf8');
  assert.ok(
    composed === committed,
    'gateway/supergraph.graphql is stale: a subgraph schema changed. Run `npm run compose` and commit the result.',
  );
});

test('the supergraph carries every subgraph with its default URL', () => {
  const sdl = composeSupergraph();
  assert.match(sdl, /IDENTITY @join__graph\(name: "identity", url: "http:\/\/127\.0\.0\.1:4001\/graphql"\)/);
});

test('the committed routing table is what the manifests say (run `npm run compose` when this fails)', () => {
  assert.equal(readFileSync(SUBGRAPHS_FILE, 'utf8'), routingTableJson());
  assert.deepEqual(
    SUBGRAPHS.map((s) => s.name),
    MANIFESTS.map((m) => m.name),
  );
});
