// Role matrix: for every identity operation, a caller who may and one who may not. "May" means the call gets past
// authorization (it may still fail validation on the dummy arguments); "may not" means FORBIDDEN/UNAUTHENTICATED.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, registration, type Harness } from './fixtures.ts';
import { demoUscc } from '../src/demo.ts';

const ID = '00000000-0000-4000-8000-000000000000';
const DENIED = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

type Caller =
  | 'anonymous'
  | 'admin'
  | 'auditor'
  | 'hlj-zjt'
  | 'enterprise'
  | 'insurer'
  | 'broker'
  | 'prevention'
  | 'expert';
const MATRIX: Array<{
  op: string;
  query: string;
  variables?: Record<string, unknown>;
  allowed: Caller;
  denied: Caller[];
}> = [
  { op: 'viewer', query: '{ viewer { roles } }', allowed: 'anonymous', denied: [] },
  { op: 'divisions', query: '{ divisions { code } }', allowed: 'anonymous', denied: [] },
  { op: 'passwordPolicy', query: '{ passwordPolicy { minLength } }', allowed: 'anonymous', denied: [] },
  {
    op: 'myOrganisation',
    query: '{ myOrganisation { name } }',
    allowed: 'enterprise',
    denied: ['anonymous'],
  },
  {
    op: 'organisation',
    query: `{ organisation(id: "${ID}") { name } }`,
    allowed: 'hlj-zjt',
    denied: ['enterprise', 'insurer', 'anonymous'],
  },
  {
    op: 'organisations',
    query: '{ organisations { total } }',
    allowed: 'hlj-zjt',
    denied: ['enterprise', 'broker', 'expert', 'anonymous'],
  },
  { op: 'insurers', query: '{ insurers { name } }', allowed: 'enterprise', denied: ['expert', 'anonymous'] },
  {
    op: 'users',
    query: '{ users { total } }',
    allowed: 'admin',
    denied: ['hlj-zjt', 'enterprise', 'auditor'],
  },
  { op: 'apiClients', query: '{ apiClients { name } }', allowed: 'admin', denied: ['hlj-zjt', 'auditor'] },
  {
    op: 'auditRecords',
    query: '{ auditRecords { total } }',
    allowed: 'auditor',
    denied: ['hlj-zjt', 'enterprise', 'insurer'],
  },
  {
    op: 'revealContact',
    query: `mutation { revealContact(organisationId: "${ID}") { contactMobile } }`,
    allowed: 'admin',
    denied: ['hlj-zjt', 'auditor', 'anonymous'],
  },
  {
    op: 'revealUserContact',
    query: `mutation { revealUserContact(userId: "${ID}") { mobile } }`,
    allowed: 'admin',
    denied: ['hlj-zjt', 'insurer', 'anonymous'],
  },
  {
    op: 'auditTypes',
    query: '{ auditTypes }',
    allowed: 'auditor',
    denied: ['hlj-zjt', 'enterprise', 'anonymous'],
  },
  {
    op: 'auditChainVerification',
    query: '{ auditChainVerification { intact } }',
    allowed: 'admin',
    denied: ['hlj-zjt', 'prevention'],
  },
  {
    op: 'registerEnterprise',
    query: 'mutation($i: EnterpriseRegistrationInput!) { registerEnterprise(input: $i) { organisationId } }',
    variables: { i: registration(demoUscc('230103', 301)) },
    allowed: 'anonymous',
    denied: [],
  },
  {
    op: 'updateEnterpriseProfile',
    query: 'mutation($i: EnterpriseProfileInput!) { updateEnterpriseProfile(input: $i) { id } }',
    variables: { i: registration('x').profile },
    allowed: 'enterprise',
    denied: ['insurer', 'admin', 'anonymous'],
  },
  {
    op: 'approveRegistration',
    query: `mutation { approveRegistration(organisationId: "${ID}") { id } }`,
    allowed: 'hlj-zjt',
    denied: ['enterprise', 'insurer', 'auditor'],
  },
  {
    op: 'rejectRegistration',
    query: `mutation { rejectRegistration(organisationId: "${ID}", reason: "x") { id } }`,
    allowed: 'admin',
    denied: ['broker', 'expert'],
  },
  {
    op: 'changePassword',
    query: 'mutation { changePassword(currentPassword: "a", newPassword: "b") { accessToken } }',
    allowed: 'insurer',
    denied: ['anonymous'],
  },
  {
    op: 'createOrganisation',
    query:
      'mutation { createOrganisation(input: { type: INSURER, name: "", divisionCode: "230000", uscc: "x" }) { id } }',
    allowed: 'admin',
    denied: ['hlj-zjt', 'enterprise'],
  },
  {
    op: 'createUser',
    query: `mutation { createUser(input: { organisationId: "${ID}", username: "abc", displayName: "x", roles: [INSURER] }) { initialPassword } }`,
    allowed: 'admin',
    denied: ['hlj-zjt', 'insurer'],
  },
  {
    op: 'setUserRoles',
    query: `mutation { setUserRoles(userId: "${ID}", roles: [INSURER]) { id } }`,
    allowed: 'admin',
    denied: ['auditor', 'hlj-zjt'],
  },
  {
    op: 'setUserEnabled',
    query: `mutation { setUserEnabled(userId: "${ID}", enabled: false) { id } }`,
    allowed: 'admin',
    denied: ['hlj-zjt'],
  },
  {
    op: 'unlockUser',
    query: `mutation { unlockUser(userId: "${ID}") { id } }`,
    allowed: 'admin',
    denied: ['hlj-zjt'],
  },
  {
    op: 'resetPassword',
    query: `mutation { resetPassword(userId: "${ID}") { initialPassword } }`,
    allowed: 'admin',
    denied: ['enterprise'],
  },
  {
    op: 'setPartnership',
    query: `mutation { setPartnership(brokerId: "${ID}", insurerId: "${ID}", active: true) { id } }`,
    allowed: 'admin',
    denied: ['broker', 'insurer'],
  },
  {
    op: 'createApiClient',
    query: 'mutation { createApiClient(input: { name: "", scopes: [] }) { clientSecret } }',
    allowed: 'admin',
    denied: ['hlj-zjt'],
  },
  {
    op: 'revokeApiClient',
    query: `mutation { revokeApiClient(id: "${ID}") { id } }`,
    allowed: 'admin',
    denied: ['auditor'],
  },
];

let h: Harness;
const tokens = new Map<Caller, string | null>();
before(async () => {
  h = await startHarness();
  tokens.set('anonymous', null);
  for (const c of ['admin', 'auditor', 'hlj-zjt', 'insurer', 'broker', 'prevention', 'expert'] as const)
    tokens.set(c, await h.login(c));
  tokens.set('enterprise', await h.login(h.accounts.find((a) => a.role === 'ENTERPRISE')!.username));
});
after(() => h.close());

for (const row of MATRIX) {
  test(`${row.op}: ${row.allowed} may; ${row.denied.join(', ') || 'nobody'} may not`, async () => {
    const ok = await h.call(row.query, { token: tokens.get(row.allowed), variables: row.variables });
    const code = ok.errors?.[0]?.extensions?.code;
    assert.ok(!code || !DENIED.has(code), `${row.allowed} was refused: ${JSON.stringify(ok.errors)}`);
    for (const caller of row.denied) {
      const r = await h.call(row.query, { token: tokens.get(caller), variables: row.variables });
      assert.ok(
        DENIED.has(r.errors?.[0]?.extensions?.code ?? ''),
        `${caller} got through: ${JSON.stringify(r)}`,
      );
    }
  });
}

test('the matrix covers every identity operation', async () => {
  const { buildSchema } = await import('@anze/server-kit');
  const { resolvers } = await import('../src/resolvers/index.ts');
  const schema = buildSchema(new URL('../schema.graphql', import.meta.url), resolvers);
  const ops = [schema.getQueryType()!, schema.getMutationType()!].flatMap((t) => Object.keys(t.getFields()));
  const covered = new Set(MATRIX.map((r) => r.op));
  const missing = ops.filter((o) => !o.startsWith('_') && !covered.has(o) && !OUTSIDE_MATRIX.has(o));
  assert.deepEqual(missing, []);
});

/** Public sign-in operations, exercised in sessions/certificate tests. */
const OUTSIDE_MATRIX = new Set([
  'division',
  'loginWithPassword',
  'requestCertificateChallenge',
  'loginWithCertificate',
  'refreshSession',
  'logout',
  'issueClientToken',
]);
