// graphql-codegen: resolver types for each subgraph (federation-aware) and typed documents for the web app.
// Output is committed; `npm test` fails when it is stale (gateway/test/generated.test.ts). Run `npm run codegen`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const AUTH = 'packages/auth/src/auth.graphql';
const subgraphs = ['identity'];
const MAPPERS: Record<string, Record<string, string>> = {
  identity: {
    Organisation: '../domain/organisation.entity.ts#IOrganisation',
    User: '../domain/user.entity.ts#IUser',
    AuditRecord: '../domain/audit-record.entity.ts#IAuditRecord',
    ApiClient: '../domain/session.entity.ts#IApiClient',
    Viewer: '../resolvers/Viewer.ts#ViewerView',
    Division: '@anze/dictionaries#Division as DivisionModel',
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
  },
};
export default config;
