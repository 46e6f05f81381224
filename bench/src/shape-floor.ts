// The fixed shape's floor, for the list benchmark (a control measurement, never deployed): the projects subgraph's
// own schema on @apollo/subgraph + @apollo/server behind the server kit's node:http integration, with the same plugin
// set as every subgraph, answering `projects` with a page held in memory. No database, no token check, no @auth
// wrappers, no request-scoped EntityManager: what is left is the cost the frameworks charge for one request of this
// shape. The gateway in front of it is the real one (production mode, the committed supergraph), so the bench can
// show what Apollo Gateway + Apollo Server alone reach on the machine, next to the real subgraph.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { handleGraphQL, loadSchemaSdl } from '@anze/server-kit';

const PROJECTS_SCHEMA = fileURLToPath(new URL('../../subgraphs/projects/schema.graphql', import.meta.url));

/**
 * `page` is the subgraph's own answer to the list query (`data.projects`), captured from the real service: the
 * floor returns exactly the bytes' worth of data the real one does. Scalars are left to graphql-js' identity
 * serialisation (the captured values are already serialised).
 */
export async function startShapeFloor(page: unknown): Promise<{ url: string; stop(): Promise<void> }> {
  const schema = buildSubgraphSchema({
    typeDefs: parse(loadSchemaSdl(PROJECTS_SCHEMA)),
    resolvers: { Query: { projects: () => page } },
  });
  const apollo = new ApolloServer({
    schema,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
    csrfPrevention: true,
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const server: Server = createServer((req, res) => {
    handleGraphQL(apollo, req, res, async () => ({}), 1_000_000).catch(() => res.destroy());
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}
