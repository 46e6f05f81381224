// The two files `npm run compose` writes and the gateway reads (see subgraphs.ts).
import { fileURLToPath } from 'node:url';

export interface SubgraphEntry {
  /** Subgraph name in the supergraph (lowercase, unique). */
  name: string;
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
/** The committed routing table, written by `npm run compose` with the supergraph. */
export const SUBGRAPHS_FILE = fileURLToPath(new URL('../subgraphs.json', import.meta.url));
