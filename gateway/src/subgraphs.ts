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
  /**
   * Path prefixes outside GraphQL (uploads, downloads, exports) that the gateway forwards to this subgraph over HTTP,
   * with the caller's Authorization and the gateway credential, like a GraphQL request.
   */
  httpRoutes: string[];
}

/** The committed supergraph, written by `npm run compose` and loaded by the gateway at start. */
export const SUPERGRAPH_FILE = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

function subgraph(name: string, port: number, httpRoutes: string[] = []): SubgraphEntry {
  return {
    name,
    schemaFile: repo(`subgraphs/${name}/schema.graphql`),
    urlEnv: `${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`,
    defaultUrl: `http://127.0.0.1:${port}/graphql`,
    httpRoutes,
  };
}

export const SUBGRAPHS: readonly SubgraphEntry[] = [
  subgraph('identity', 4001),
  subgraph('projects', 4002, ['/exports']),
  subgraph('analytics', 4006),
  subgraph('documents', 4007, ['/files']),
];

/** name → URL: the environment variable when set, else the default. */
export function subgraphUrls(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(SUBGRAPHS.map((s) => [s.name, env[s.urlEnv] || s.defaultUrl]));
}
