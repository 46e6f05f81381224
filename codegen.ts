// graphql-codegen: resolver types for each subgraph of @anze/registry (federation-aware, context and mappers from its
// manifest) and typed documents for the web app.
// Output is committed; `npm test` fails when it is stale (test/repository.test.ts). Run `npm run codegen`.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS } from '@anze/registry';

const AUTH = 'packages/auth/src/auth.graphql';
const config: CodegenConfig = {
  overwrite: true,
  generates: {
    ...Object.fromEntries(
      SUBGRAPHS.map((m) => [
        `subgraphs/${m.name}/src/generated/graphql.ts`,
        {
          schema: [AUTH, fileURLToPath(m.schemaFile)],
          plugins: ['typescript', 'typescript-resolvers'],
          config: {
            federation: true,
            // Node runs TypeScript by stripping types: no enums, type-only imports.
            enumsAsTypes: true,
            useTypeImports: true,
            contextType: m.codegen.context,
            // Date: calendar days travel and are stored as YYYY-MM-DD text (projects' DateScalar).
            scalars: { DateTime: 'Date | string', Date: 'string' },
            // Resolvers receive domain entities, not GraphQL shapes.
            mappers: { ...m.codegen.mappers },
            avoidOptionals: false,
          },
        },
      ]),
    ),
    // Typed documents for the web app: every graphql(`...`) call in web/src becomes a TypedDocumentNode that urql's
    // useQuery / useMutation infer result and variable types from. The schema is the committed supergraph (what the
    // gateway serves); typescript-operations emits only the types the documents use, so the federation internals in
    // it (join__*, link__*) never reach the output.
    'web/src/gql/': {
      schema: 'gateway/supergraph.graphql',
      documents: ['web/src/**/*.{ts,tsx}'],
      preset: 'client',
      // Screens read the fields of the fragments they spread directly: no masking, no useFragment().
      presetConfig: { fragmentMasking: false },
      config: {
        // Pre-parsed DocumentNode objects: urql needs a DocumentNode to infer types (the `string` mode's
        // TypedDocumentString is not one), and `graphQLTag` would parse at run time with graphql-tag and graphql-js,
        // which the bundle does not otherwise contain (client-preset does not forward gqlImport).
        documentMode: 'documentNode',
        // Enums as string-literal unions: the client-preset 6 / typescript-operations 6 spelling of `enumsAsTypes`
        // (which only the typescript plugin reads). Node's type stripping forbids `enum`.
        enumType: 'string-literal',
        useTypeImports: true,
        // web/test runs src/auth/session.ts under Node, which resolves relative imports only with their extension.
        importExtension: '.ts',
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
  },
};
export default config;
