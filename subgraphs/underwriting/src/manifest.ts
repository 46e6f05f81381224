// underwriting as a unit: see @anze/server-kit/manifest. 在线填报 → 复审 → 出单, 保单, 保单台帐, 方案 and 事故预防费.
import { defineSubgraph } from '@anze/server-kit/manifest';

/** identity's organisations → the party read model (names of enterprises, insurers, brokers). */
export const PARTY_SOURCE = { durable: 'underwriting_parties', types: 'identity.organisation.*' } as const;
/** identity's broker–insurer partnerships → what a broker sees. */
export const PARTNERSHIP_SOURCE = {
  durable: 'underwriting_partnerships',
  types: 'identity.partnership.*',
} as const;
/** projects' projects → the insured-project read model (name, code, cost, status, owner enterprise). */
export const PROJECT_SOURCE = { durable: 'underwriting_projects', types: 'projects.project.*' } as const;
/** documents' files → which files an enterprise or insurer owns, and of which kind. */
export const DOCUMENT_SOURCE = { durable: 'underwriting_documents', types: 'documents.document.*' } as const;
/** claims' claims → the enterprises' accidents (事故 on 投保信息, the floating ratio's proposal). */
export const CLAIM_SOURCE = { durable: 'underwriting_claims', types: 'claims.claim.*' } as const;

export default defineSubgraph({
  name: 'underwriting',
  port: 4003,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  loadResolvers: async () => (await import('./resolvers/index.ts')).resolvers,
  loadEntities: async () => (await import('./domain/entities.ts')).entities,
  migrations: new URL('./migrations/', import.meta.url),
  events: {
    catalogue: {
      file: new URL('./events/catalogue.ts', import.meta.url),
      load: async () => (await import('./events/catalogue.ts')).UNDERWRITING_EVENT_CATALOGUE,
    },
    consumers: [PARTY_SOURCE, PARTNERSHIP_SOURCE, PROJECT_SOURCE, DOCUMENT_SOURCE, CLAIM_SOURCE],
  },
  routes: { gateway: ['/exports/applications', '/exports/ledger'], public: [] },
  env: [],
  seed: true,
  idempotency: {
    keyed: [
      'saveInsuranceApplication',
      'submitInsuranceApplication',
      'withdrawInsuranceApplication',
      'reviewInsuranceApplication',
      'issuePolicy',
      'extendPolicy',
      'surrenderPolicy',
      'recordPreventionFee',
      'publishInsurancePlan',
      'retireInsurancePlan',
    ],
    exempt: {
      revealApplicationContact: 'a read that is audited each time; its answer is personal data, not stored',
    },
  },
  codegen: {
    context: '../context.ts#UnderwritingContext',
    mappers: {
      InsurancePlan: '../domain/plan.entity.ts#IInsurancePlan',
      RateTier: '../domain/plan.entity.ts#RateTierRecord',
      InsuranceApplication: '../domain/application.entity.ts#IInsuranceApplication',
      ApplicationEvent: '../domain/application.entity.ts#IApplicationChange',
      Policy: '../domain/policy.entity.ts#IPolicy',
      PolicyExtension: '../domain/policy.entity.ts#IPolicyExtension',
      LedgerEntry: '../domain/policy.entity.ts#ILedgerEntry',
      PreventionFeeEntry: '../domain/policy.entity.ts#IPreventionFeeEntry',
      PreventionFeeLedger: '../domain/prevention-fee.ts#PreventionFeeLedgerView',
      ApplicationDocuments: '../domain/dictionaries.ts#ApplicationDocumentIds',
      EnterpriseAccident: '../domain/accident.entity.ts#IEnterpriseAccident',
      Project: '../resolvers/Project.ts#ProjectRef',
      ProjectInsurance: '../domain/project-insurance.ts#ProjectInsuranceView',
    },
  },
  loadRuntime: async () => {
    const [{ loadConfig }, { startUnderwriting }] = await Promise.all([
      import('./config.ts'),
      import('./app.ts'),
    ]);
    return { loadConfig, start: startUnderwriting };
  },
});
