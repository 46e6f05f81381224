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
      'createUser',
      'resetPassword',
      'createApiClient',
    ],
    // One-time secrets: stored without them; a repeat of a request that succeeded is told so (ALREADY_PROCESSED)
    // instead of receiving the secret again, or a misleading 该登录名已被使用 for the account it had just created.
    secrets: {
      createUser: {
        fields: ['initialPassword'],
        replayed: '该请求已处理：用户已创建，初始密码只显示一次；如未记下，请在用户管理中重置密码',
      },
      resetPassword: {
        fields: ['initialPassword'],
        replayed: '该请求已处理：密码已重置，新密码只显示一次；如未记下，请再次重置密码',
      },
      createApiClient: {
        fields: ['clientSecret'],
        replayed: '该请求已处理：API 客户端已创建，客户端密钥只显示一次；如未记下，请吊销该客户端后重新创建',
      },
    },
    // Sessions: their answers carry tokens, which are not stored anywhere.
    exempt: {
      loginWithPassword: 'a session: a repeated login opens another one, nothing is duplicated',
      requestCertificateChallenge: 'a fresh challenge each time, nothing is duplicated',
      loginWithCertificate: 'a session: a repeated login opens another one, nothing is duplicated',
      refreshSession: 'its answer is a token pair (a secret); a repeated refresh is reuse detection',
      logout: 'ending a session twice ends it once',
      changePassword: 'its answer is a token pair (a secret); a repeat is refused by the current password',
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
