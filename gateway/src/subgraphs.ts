// Every subgraph the gateway routes to. Adding a subgraph = one line here, then `npm run compose`.
// The URL written into the committed supergraph is the default; at run time the gateway takes the URL from the
// environment variable when it is set (see server.ts, `subgraphUrls`).
import { fileURLToPath } from 'node:url';

export interface SubgraphEntry {
  /** Subgraph name in the supergraph (lowercase, unique). */
  name: string;
  /** Absolute path of the subgraph's schema.graphql (the shared auth SDL is prepended by the server kit). */
  schemaFile: string;
  /** Environment variable that overrides the URL at run time. */
  urlEnv: string;
  defaultUrl: string;
}

/** The committed supergraph, written by `npm run compose` and loaded by the gateway at start. */
export const SUPERGRAPH_FILE = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const SUBGRAPHS: readonly SubgraphEntry[] = [
  {
    name: 'identity',
    schemaFile: repo('subgraphs/identity/schema.graphql'),
    urlEnv: 'IDENTITY_URL',
    defaultUrl: 'http://127.0.0.1:4001/graphql',
  },
];

/** name → URL: the environment variable when set, else the default. */
export function subgraphUrls(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(SUBGRAPHS.map((s) => [s.name, env[s.urlEnv] || s.defaultUrl]));
}
