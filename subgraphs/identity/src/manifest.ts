// identity as a unit: see @anze/server-kit/manifest. identity issues the access tokens; its public key set is served
// at /.well-known/jwks.json, against which every other subgraph verifies them.
import { defineSubgraph } from '@anze/server-kit/manifest';

export const JWKS_PATH = '/.well-known/jwks.json';

export default defineSubgraph({
  name: 'identity',
  port: 4001,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  loadResolvers: async () => (await import('./resolvers/index.ts')).resolvers,
  loadEntities: async () => (await import('./domain/entities.ts')).entities,
  migrations: new URL('./migrations/', import.meta.url),
  events: {
    catalogue: {
      file: new URL('./domain/event-catalogue.ts', import.meta.url),
      load: async () => (await import('./domain/event-catalogue.ts')).IDENTITY_EVENT_CATALOGUE,
    },
    consumers: [],
  },
  routes: { gateway: [], public: [JWKS_PATH] },
  env: ['ANZE_DATA_DIR'],
  seed: true,
  idempotency: {
    keyed: [
      'registerEnterprise',
      'updateEnterpriseProfile',
      'approveRegistration',
      'rejectRegistration',
      'createOrganisation',
      'setUserRoles',
      'setUserEnabled',
      'unlockUser',
      'setPartnership',
      'revokeApiClient',
    ],
    // Sessions and secrets: their answers carry tokens or one-time passwords, which are not stored anywhere.
    exempt: {
      loginWithPassword: 'a session: a repeated login opens another one, nothing is duplicated',
      requestCertificateChallenge: 'a fresh challenge each time, nothing is duplicated',
      loginWithCertificate: 'a session: a repeated login opens another one, nothing is duplicated',
      refreshSession: 'its answer is a token pair (a secret); a repeated refresh is reuse detection',
      logout: 'ending a session twice ends it once',
      changePassword: 'its answer is a token pair (a secret); a repeat is refused by the current password',
      createUser:
        'its answer carries the initial password (a secret); a repeat is refused by the unique username',
      resetPassword:
        'its answer carries the new password (a secret); a repeat resets it again, creating nothing',
      createApiClient:
        'its answer carries the client secret; a duplicate client is visible and can be revoked',
      issueClientToken: 'its answer is an access token (a secret), nothing is created',
      revealContact:
        'its answer is personal data, which must not be stored; a repeat only writes another audit record',
      revealUserContact:
        'its answer is personal data, which must not be stored; a repeat only writes another audit record',
    },
  },
  codegen: {
    context: '../context.ts#IdentityContext',
    mappers: {
      Organisation: '../domain/organisation.entity.ts#IOrganisation',
      User: '../domain/user.entity.ts#IUser',
      AuditRecord: '../domain/audit-record.entity.ts#IAuditRecord',
      ApiClient: '../domain/session.entity.ts#IApiClient',
      Viewer: '../resolvers/Viewer.ts#ViewerView',
      Division: '@anze/dictionaries#Division as DivisionModel',
    },
  },
  loadRuntime: async () => {
    const [{ loadConfig }, { startIdentity }] = await Promise.all([
      import('./config.ts'),
      import('./app.ts'),
    ]);
    return { loadConfig, start: (config) => startIdentity(config) };
  },
});
