// projects as a unit: see @anze/server-kit/manifest.
import { defineSubgraph } from '@anze/server-kit/manifest';

/** identity's organisation events → the local enterprise read model (events/enterprise-consumer.ts). */
export const ENTERPRISE_SOURCE = {
  durable: 'projects_enterprises',
  types: 'identity.organisation.*',
} as const;

/** underwriting's application and policy events → each project's insurance (events/insurance-consumer.ts). */
export const APPLICATION_SOURCE = {
  durable: 'projects_underwriting_applications',
  types: 'underwriting.application.*',
} as const;
export const POLICY_SOURCE = {
  durable: 'projects_underwriting_policies',
  types: 'underwriting.policy.*',
} as const;

export default defineSubgraph({
  name: 'projects',
  port: 4002,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  loadResolvers: async () => (await import('./resolvers/index.ts')).resolvers,
  loadEntities: async () => (await import('./domain/entities.ts')).entities,
  migrations: new URL('./migrations/', import.meta.url),
  events: {
    catalogue: {
      file: new URL('./events/catalogue.ts', import.meta.url),
      load: async () => (await import('./events/catalogue.ts')).PROJECTS_EVENT_CATALOGUE,
    },
    consumers: [ENTERPRISE_SOURCE, APPLICATION_SOURCE, POLICY_SOURCE],
  },
  routes: { gateway: ['/exports/projects'], public: [] },
  env: [],
  seed: true,
  idempotency: {
    keyed: [
      'createProject',
      'updateProject',
      'changeProjectStatus',
      'registerMajorHazard',
      'updateMajorHazard',
      'removeMajorHazard',
    ],
    exempt: {},
  },
  codegen: {
    context: '../context.ts#ProjectsContext',
    mappers: {
      Project: '../domain/project.entity.ts#IProject',
      MajorHazardSource: '../domain/major-hazard.entity.ts#IMajorHazardSource',
      ProjectChange: '../domain/project-change.entity.ts#IProjectChange',
    },
  },
  loadRuntime: async () => {
    const [{ loadConfig }, { startProjects }] = await Promise.all([
      import('./config.ts'),
      import('./app.ts'),
    ]);
    return { loadConfig, start: startProjects };
  },
});
