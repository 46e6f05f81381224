// The fixed shape's floor, for the list benchmarks (a control measurement, never deployed): a subgraph's own schema
// (projects', underwriting's, documents') on @apollo/subgraph + @apollo/server behind the server kit's node:http
// integration, with the same plugin set as every subgraph, answering a list (and, where the gateway asks it for
// fields of other subgraphs' entities, those) with what the real subgraph answered, held in memory. No database, no token check, no @auth
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

/**
 * What a floor answers: `root` — the root field's value (the subgraph's own answer to the list query, captured from
 * the real service: the floor returns exactly the bytes' worth of data the real one does) — and, for a subgraph
 * the gateway asks for fields of another's entities, `entities`: per type name, the captured fields by id
 * (`_entities` answers from them). Scalars are left to graphql-js' identity serialisation (the captured values are
 * already serialised).
 */
export interface FloorAnswers {
  root?: { field: string; value: unknown };
  entities?: Record<string, Record<string, unknown>>;
}

/** `subgraph`'s own schema.graphql answering from memory (the projects bench: projects' `projects` page). */
export async function startShapeFloor(
  answers: FloorAnswers,
  subgraph = 'projects',
): Promise<{ url: string; stop(): Promise<void> }> {
  const schemaFile = fileURLToPath(new URL(`../../subgraphs/${subgraph}/schema.graphql`, import.meta.url));
  const resolvers: Record<string, Record<string, unknown>> = {};
  if (answers.root) resolvers.Query = { [answers.root.field]: () => answers.root!.value };
  for (const [type, byId] of Object.entries(answers.entities ?? {}))
    resolvers[type] = { __resolveReference: (ref: { id: string }) => byId[ref.id] ?? null };
  const schema = buildSubgraphSchema({
    typeDefs: parse(loadSchemaSdl(schemaFile)),
    resolvers: resolvers as never,
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
