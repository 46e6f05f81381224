// Every subgraph the gateway routes to, as `npm run compose` wrote it from the subgraphs' manifests (@anze/registry)
// into gateway/subgraphs.json, next to the supergraph it composed from the same manifests. The gateway reads these two
// committed files only: its image holds no subgraph code, and a test fails when either is stale.
// The URL written is the default; at run time the gateway takes it from the environment variable when that is set.
import { readFileSync } from 'node:fs';
import { SUBGRAPHS_FILE, SUPERGRAPH_FILE, type SubgraphEntry } from './artifacts.ts';

export { SUBGRAPHS_FILE, SUPERGRAPH_FILE, type SubgraphEntry };

export const SUBGRAPHS: readonly SubgraphEntry[] = JSON.parse(readFileSync(SUBGRAPHS_FILE, 'utf8'));

/** name → URL: the environment variable when set, else the default. */
export function subgraphUrls(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(SUBGRAPHS.map((s) => [s.name, env[s.urlEnv] || s.defaultUrl]));
}
