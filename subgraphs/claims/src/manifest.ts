// claims as a unit: see @anze/server-kit/manifest. 理赔: 报案 / 新增理赔 → 受理 → 已决 | 拒赔, 补充材料, 重新受理, 更正.
import { defineSubgraph } from '@anze/server-kit/manifest';

/** underwriting's issued policies → the policy read model (项目名称, 项目代码, parties, period, the plan's limits). */
export const POLICY_SOURCE = { durable: 'claims_policies', types: 'underwriting.policy.*' } as const;
/** identity's broker–insurer partnerships → what a broker sees. */
export const PARTNERSHIP_SOURCE = {
  durable: 'claims_partnerships',
  types: 'identity.partnership.*',
} as const;

export default defineSubgraph({
  name: 'claims',
  port: 4004,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  loadResolvers: async () => (await import('./resolvers/index.ts')).resolvers,
  loadEntities: async () => (await import('./domain/entities.ts')).entities,
  migrations: new URL('./migrations/', import.meta.url),
  events: {
    catalogue: {
      file: new URL('./events/catalogue.ts', import.meta.url),
      load: async () => (await import('./events/catalogue.ts')).CLAIMS_EVENT_CATALOGUE,
    },
    consumers: [POLICY_SOURCE, PARTNERSHIP_SOURCE],
  },
  routes: { gateway: [], public: [] },
  env: [],
  seed: true,
  idempotency: {
    keyed: [
      'reportClaim',
      'acceptClaim',
      'requestClaimSupplement',
      'provideClaimSupplement',
      'settleClaim',
      'declineClaim',
      'reopenClaim',
      'correctClaim',
    ],
    exempt: {},
  },
  codegen: {
    context: '../context.ts#ClaimsContext',
    mappers: {
      Claim: '../domain/claim.entity.ts#IClaim',
      ClaimEvent: '../domain/claim.entity.ts#IClaimChange',
      ClaimCorrection: '../domain/claim.entity.ts#IClaimCorrection',
      ClaimPolicy: '../domain/policy.entity.ts#IClaimPolicy',
    },
  },
  loadRuntime: async () => {
    const [{ loadConfig }, { startClaims }] = await Promise.all([import('./config.ts'), import('./app.ts')]);
    return { loadConfig, start: startClaims };
  },
});
