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

// CONTEXT: issue 12 — projects and underwriting both declared `/exports`; the gateway sent every export to the first,
// so 投保信息 导出 and 保单台帐 批量导出 answered 404. Each path has one owner now, and compose refuses overlaps.
test('every export path reaches the subgraph that serves it', () => {
  const owner = (path: string) =>
    SUBGRAPHS.find((s) => s.httpRoutes.some((p) => path === p || path.startsWith(`${p}/`)))?.name;
  assert.equal(owner('/exports/projects'), 'projects');
  assert.equal(owner('/exports/applications'), 'underwriting');
  assert.equal(owner('/exports/ledger'), 'underwriting');
  assert.equal(owner('/files/archive'), 'documents');
});
