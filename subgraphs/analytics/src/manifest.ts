// analytics as a unit: see @anze/server-kit/manifest. It publishes nothing; one durable consumer per source
// (NATS 2.9 takes one filter subject per consumer), applied by events/sources.ts.
import { defineSubgraph } from '@anze/server-kit/manifest';

export const ORGANISATION_SOURCE = {
  durable: 'analytics_identity_organisation',
  types: 'identity.organisation.*',
} as const;
export const PROJECT_SOURCE = { durable: 'analytics_projects_project', types: 'projects.project.*' } as const;
/** underwriting's policies: 投保笔数 and 投保比率. */
export const POLICY_SOURCE = {
  durable: 'analytics_underwriting_policy',
  types: 'underwriting.policy.*',
} as const;

/** claims' claims: 出险笔数 and 赔款金额. */
export const CLAIM_SOURCE = { durable: 'analytics_claims_claim', types: 'claims.claim.*' } as const;

export default defineSubgraph({
  name: 'analytics',
  port: 4006,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  loadResolvers: async () => (await import('./resolvers/index.ts')).resolvers,
  loadEntities: async () => (await import('./domain/entities.ts')).entities,
  migrations: new URL('./migrations/', import.meta.url),
  events: { consumers: [ORGANISATION_SOURCE, PROJECT_SOURCE, POLICY_SOURCE, CLAIM_SOURCE] },
  routes: { gateway: [], public: [] },
  env: [],
  seed: false,
  idempotency: { keyed: [], exempt: {} },
  codegen: { context: '../context.ts#AnalyticsContext', mappers: {} },
  loadRuntime: async () => {
    const [{ loadConfig }, { startAnalytics }] = await Promise.all([
      import('./config.ts'),
      import('./app.ts'),
    ]);
    return { loadConfig, start: (config) => startAnalytics(config) };
  },
});
