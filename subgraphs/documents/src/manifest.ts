// documents as a unit: see @anze/server-kit/manifest. Files are uploaded and downloaded over /files (through the
// gateway) and live on a volume (DOCUMENTS_DIR under ANZE_DATA_DIR by default).
import { defineSubgraph } from '@anze/server-kit/manifest';

/** underwriting's application and policy events → who else reads their documents (events/grant-consumers.ts). */
export const APPLICATION_SOURCE = {
  durable: 'documents_underwriting_applications',
  types: 'underwriting.application.*',
} as const;
export const POLICY_SOURCE = {
  durable: 'documents_underwriting_policies',
  types: 'underwriting.policy.*',
} as const;

export default defineSubgraph({
  name: 'documents',
  port: 4007,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  loadResolvers: async () => (await import('./resolvers/index.ts')).resolvers,
  loadEntities: async () => (await import('./domain/entities.ts')).entities,
  migrations: new URL('./migrations/', import.meta.url),
  events: {
    catalogue: {
      file: new URL('./events/catalogue.ts', import.meta.url),
      load: async () => (await import('./events/catalogue.ts')).DOCUMENTS_EVENT_CATALOGUE,
    },
    consumers: [APPLICATION_SOURCE, POLICY_SOURCE],
  },
  routes: { gateway: ['/files'], public: [] },
  env: ['ANZE_DATA_DIR'],
  seed: false,
  idempotency: { keyed: ['deleteDocument'], exempt: {} },
  codegen: {
    context: '../context.ts#DocumentsContext',
    mappers: {
      Document: '../domain/document.entity.ts#IDocument',
      Organisation: '../resolvers/Organisation.ts#OrganisationRef',
    },
  },
  loadRuntime: async () => {
    const [{ loadConfig }, { startDocuments }] = await Promise.all([
      import('./config.ts'),
      import('./app.ts'),
    ]);
    return { loadConfig, start: startDocuments };
  },
});
