// graphql-codegen: resolver types for each subgraph (federation-aware) and typed documents for the web app.
// Output is committed; `npm test` fails when it is stale (test/repository.test.ts). Run `npm run codegen`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const AUTH = 'packages/auth/src/auth.graphql';
const subgraphs = ['identity', 'projects', 'documents', 'analytics'];
const MAPPERS: Record<string, Record<string, string>> = {
  identity: {
    Organisation: '../domain/organisation.entity.ts#IOrganisation',
    User: '../domain/user.entity.ts#IUser',
    AuditRecord: '../domain/audit-record.entity.ts#IAuditRecord',
    ApiClient: '../domain/session.entity.ts#IApiClient',
    Viewer: '../resolvers/Viewer.ts#ViewerView',
    Division: '@anze/dictionaries#Division as DivisionModel',
  },
  projects: {
    Project: '../domain/project.entity.ts#IProject',
    MajorHazardSource: '../domain/major-hazard.entity.ts#IMajorHazardSource',
    ProjectChange: '../domain/project-change.entity.ts#IProjectChange',
  },
  documents: {
    Document: '../domain/document.entity.ts#IDocument',
    Organisation: '../resolvers/Organisation.ts#OrganisationRef',
  },
};

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    ...Object.fromEntries(
      subgraphs.map((name) => [
        `subgraphs/${name}/src/generated/graphql.ts`,
        {
          schema: [AUTH, `subgraphs/${name}/schema.graphql`],
          plugins: ['typescript', 'typescript-resolvers'],
          config: {
            federation: true,
            // Node runs TypeScript by stripping types: no enums, type-only imports.
            enumsAsTypes: true,
            useTypeImports: true,
            contextType: `../context.ts#${name[0]!.toUpperCase()}${name.slice(1)}Context`,
            scalars: { DateTime: 'Date | string' },
            // Resolvers receive domain entities, not GraphQL shapes.
            mappers: MAPPERS[name] ?? {},
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
