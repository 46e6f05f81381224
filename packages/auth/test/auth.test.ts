import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, graphql } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { SignJWT, generateKeyPair, exportJWK } from 'jose';
import {
  AUTH_SDL,
  applyAuthDirectives,
  unguardedFields,
  createTokenVerifier,
  maskPhone,
  maskIdNumber,
  jurisdictionPrefix,
  isWithin,
  viewerDivisionPrefix,
  actorOf,
  divisionFilterWithin,
  inScope,
  jurisdictionScope,
  NO_DIVISION,
  type Viewer,
} from '../src/index.ts';

const SDL = `${AUTH_SDL}
type Query {
  open: String @public
  admins: String @auth(requires: [PLATFORM_ADMIN])
  report: Report @auth(requires: [REGULATOR, PLATFORM_ADMIN])
  forgotten: String
}
type Report @auth(requires: [REGULATOR]) {
  total: Int
  adminNote: String @auth(requires: [PLATFORM_ADMIN])
}`;

function schema() {
  return applyAuthDirectives(
    buildSubgraphSchema({
      typeDefs: parse(SDL),
      resolvers: {
        Query: {
          open: () => 'o',
          admins: () => 'a',
          report: () => ({ total: 3, adminNote: 'n' }),
          forgotten: () => 'f',
        },
      },
    }),
  );
}

const user = (roles: Viewer['roles'], extra: Partial<Viewer> = {}): Viewer =>
  ({
    kind: 'user',
    userId: 'u',
    organisationId: 'o',
    roles,
    jurisdiction: null,
    sessionId: 's',
    mustChangePassword: false,
    ...extra,
  }) as Viewer;

async function run(query: string, viewer: Viewer) {
  return graphql({ schema: schema(), source: query, contextValue: { viewer } });
}

test('deny by default: a field without @auth or @public is reported and refused', async () => {
  assert.deepEqual(unguardedFields(schema()), ['Query.forgotten']);
  const r = await run('{ forgotten }', user(['PLATFORM_ADMIN']));
  assert.equal(r.errors?.[0]?.extensions?.code, 'FORBIDDEN');
});

test('field rules win over type rules; anonymous callers are asked to sign in', async () => {
  const regulator = await run('{ open report { total adminNote } }', user(['REGULATOR']));
  assert.equal(regulator.data?.open, 'o');
  assert.deepEqual({ ...(regulator.data?.report as object) }, { total: 3, adminNote: null });
  assert.equal(regulator.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  const anonymous = await run('{ admins }', { kind: 'anonymous', roles: [] });
  assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  // An admin passes the field rule, not the type rule: the type's fields stay closed to it.
  const admin = await run('{ report { total } }', user(['PLATFORM_ADMIN']));
  assert.equal(admin.errors?.[0]?.extensions?.code, 'FORBIDDEN');
});

test('a viewer who must change the password is stopped everywhere else', async () => {
  const r = await run('{ admins }', user(['PLATFORM_ADMIN'], { mustChangePassword: true }));
  assert.equal(r.errors?.[0]?.extensions?.code, 'PASSWORD_CHANGE_REQUIRED');
});

test('tokens: verified once, remembered until expiry; wrong issuer or key refused', async () => {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' };
  const verify = createTokenVerifier({ jwks: { keys: [jwk] } });
  const sign = (claims: Record<string, unknown>, iss = 'anze-identity', exp = '2m') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setIssuer(iss)
      .setAudience('anze')
      .setSubject('u1')
      .setIssuedAt()
      .setExpirationTime(exp)
      .sign(privateKey);
  const token = await sign({
    typ: 'user',
    roles: ['REGULATOR', 'NOT_A_ROLE'],
    org: 'o1',
    jur: '230100',
    sid: 's1',
  });
  const viewer = await verify(token);
  assert.deepEqual(viewer.roles, ['REGULATOR']);
  assert.equal(viewer.kind === 'user' && viewer.jurisdiction, '230100');
  assert.equal(await verify(token), viewer, 'second verification is served from the cache');
  await assert.rejects(verify(await sign({ typ: 'user', roles: [], org: 'o', sid: 's' }, 'someone-else')));
  const expired = await sign({ typ: 'user', roles: [], org: 'o', sid: 's' }, 'anze-identity', '-1m');
  await assert.rejects(verify(expired));
});

test('masking and jurisdiction prefixes', () => {
  assert.equal(maskPhone('13812341234'), '138****1234');
  assert.equal(maskPhone('0451-55918888'), '0451-****8888');
  assert.equal(maskIdNumber('230103199001010015'), '230103********0015');
  assert.equal(jurisdictionPrefix('230000'), '23');
  assert.equal(jurisdictionPrefix('230100'), '2301');
  assert.equal(jurisdictionPrefix('230103'), '230103');
  assert.ok(isWithin('230103', '230100'));
  assert.ok(!isWithin('230202', '230100'));
  assert.equal(viewerDivisionPrefix(user(['PLATFORM_ADMIN'])), null);
  assert.equal(
    viewerDivisionPrefix(user(['REGULATOR'], { jurisdiction: '230100' } as Partial<Viewer>)),
    '2301',
  );
  assert.equal(
    viewerDivisionPrefix(user(['REGULATOR'])),
    'none',
    'a regulator without a jurisdiction sees nothing',
  );
});

test('actorOf: an event names a user by ids and roles, a client by its roles, an anonymous caller not at all', () => {
  assert.deepEqual(actorOf(user(['ENTERPRISE'])), {
    userId: 'u',
    organisationId: 'o',
    roles: ['ENTERPRISE'],
  });
  assert.deepEqual(
    actorOf({ kind: 'client', clientId: 'c', roles: ['API_CLIENT'], scopes: [], jurisdiction: null }),
    { roles: ['API_CLIENT'] },
  );
  assert.equal(actorOf({ kind: 'anonymous', roles: [] }), null);
});

test('row scopes: a division filter narrows the scope, a wider one is clamped to it, one outside finds nothing', () => {
  const harbin = jurisdictionScope(user(['REGULATOR'], { jurisdiction: '230100' } as Partial<Viewer>));
  assert.deepEqual(harbin, { kind: 'division', prefix: '2301' });
  assert.equal(divisionFilterWithin(harbin, null), '2301');
  assert.equal(divisionFilterWithin(harbin, '230103'), '230103');
  assert.equal(divisionFilterWithin(harbin, '23'), '2301');
  assert.equal(divisionFilterWithin(harbin, '2302'), NO_DIVISION);
  assert.equal(divisionFilterWithin({ kind: 'all' }, '23'), '23');
  assert.equal(divisionFilterWithin({ kind: 'organisation', id: 'o' }, null), null);
  assert.ok(inScope(harbin, { divisionCode: '230103' }));
  assert.ok(!inScope(harbin, { divisionCode: '230202' }));
  assert.ok(inScope({ kind: 'organisation', id: 'o' }, { divisionCode: '230202', organisationId: 'o' }));
  // An insurer or broker reads the rows that name it among their readers, and nothing else.
  const reader = { kind: 'reader', id: 'i' } as const;
  assert.ok(inScope(reader, { divisionCode: '230202', readerOrganisationIds: ['b', 'i'] }));
  assert.ok(!inScope(reader, { divisionCode: '230202', readerOrganisationIds: ['b'] }));
  assert.ok(!inScope(reader, { divisionCode: '230202', organisationId: 'i' }));
  assert.equal(divisionFilterWithin(reader, '2301'), '2301');
  // A jurisdiction that is not a division code is no jurisdiction: nothing, not an error.
  assert.equal(
    viewerDivisionPrefix(user(['REGULATOR'], { jurisdiction: '23' } as Partial<Viewer>)),
    NO_DIVISION,
  );
});
