import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDemoPki, createUnknownCaCredential } from '@anze/ca';
import { loadCredential } from '@anze/ca/browser';
import { DEMO_CERTIFICATE_PASSWORD, demoUscc } from '../src/demo.ts';
import { AuditRecord } from '../src/domain/audit-record.entity.ts';
import { startHarness, account, type Harness } from './fixtures.ts';

const CHALLENGE = 'mutation { requestCertificateChallenge { id challenge expiresAt } }';
const LOGIN = `mutation($input: CertificateLoginInput!) {
  loginWithCertificate(input: $input) { accessToken refreshToken viewer { roles } }
}`;
const DAY = 86_400_000;

let h: Harness;
before(async () => {
  h = await startHarness();
  const enterpriseUscc = demoUscc('230103', 4);
  // Certificates that name a registered enterprise but must still be refused.
  await createDemoPki({
    dir: h.config.caTrustDir,
    password: DEMO_CERTIFICATE_PASSWORD,
    certificates: [
      {
        id: 'enterprise-expired',
        commonName: 'expired',
        organisationName: 'expired',
        uscc: enterpriseUscc,
        keyAlgorithm: 'ECDSA_P256',
        validFrom: new Date(Date.now() - 400 * DAY),
        validTo: new Date(Date.now() - DAY),
      },
      {
        id: 'enterprise-revoked',
        commonName: 'revoked',
        organisationName: 'revoked',
        uscc: enterpriseUscc,
        keyAlgorithm: 'ECDSA_P256',
        revoked: true,
      },
    ],
  });
});
after(() => h.close());

async function signedLogin(
  p12: Uint8Array,
  options: { tamper?: boolean; challenge?: { id: string; challenge: string } } = {},
) {
  const credential = await loadCredential({ data: p12, password: DEMO_CERTIFICATE_PASSWORD });
  const c =
    options.challenge ??
    (await h.ok<{ requestCertificateChallenge: { id: string; challenge: string } }>(CHALLENGE))
      .requestCertificateChallenge;
  const signed = options.tamper ? Buffer.from('not the challenge').toString('base64') : c.challenge;
  const signature = await credential.sign(signed);
  const input = {
    challengeId: c.id,
    certificate: credential.certificatePem,
    signature,
    algorithm: credential.algorithm,
  };
  return {
    result: await h.call<{ loginWithCertificate: { accessToken: string; viewer: { roles: string[] } } }>(
      LOGIN,
      { variables: { input } },
    ),
    input,
  };
}

const p12 = (id: string) => new Uint8Array(readFileSync(join(h.config.caTrustDir, `${id}.p12`)));

test('an enterprise signs in with its certificate (ECDSA P-256); an insurer with RSA', async () => {
  const enterprise = account(h, 'enterprise');
  const { result } = await signedLogin(new Uint8Array(readFileSync(enterprise.certificate!)));
  assert.deepEqual(result.errors, undefined);
  assert.deepEqual(result.data?.loginWithCertificate.viewer.roles, ['ENTERPRISE']);
  const insurer = account(h, 'insurer');
  const rsa = await signedLogin(new Uint8Array(readFileSync(insurer.certificate!)));
  assert.deepEqual(rsa.result.data?.loginWithCertificate.viewer.roles, ['INSURER']);
  // Experts carry personal certificates bound to their account.
  const expert = await signedLogin(new Uint8Array(readFileSync(account(h, 'expert').certificate!)));
  assert.deepEqual(expert.result.data?.loginWithCertificate.viewer.roles, ['EXPERT']);
});

test('refused: unknown CA, expired, revoked, bad signature', async () => {
  const { credential } = await createUnknownCaCredential({ uscc: demoUscc('230103', 4) });
  const cases: Array<[string, Uint8Array, boolean]> = [
    ['unknown CA', credential.p12, false],
    ['expired', p12('enterprise-expired'), false],
    ['revoked', p12('enterprise-revoked'), false],
    ['bad signature', new Uint8Array(readFileSync(account(h, 'enterprise').certificate!)), true],
  ];
  for (const [label, file, tamper] of cases) {
    const { result } = await signedLogin(file, { tamper });
    assert.equal(result.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', label);
    assert.ok(!result.data?.loginWithCertificate, label);
  }
  const failures = await h.em().count(AuditRecord, { type: 'auth.login.certificate', result: 'FAILURE' });
  assert.ok(failures >= 4, 'every refusal is audited');
});

test('a challenge is single use and expires', async () => {
  const file = new Uint8Array(readFileSync(account(h, 'enterprise').certificate!));
  const first = await signedLogin(file);
  assert.ok(first.result.data?.loginWithCertificate.accessToken);
  // CONTEXT: a captured (certificate, signature) pair must not sign anyone in a second time.
  const replay = await h.call(LOGIN, { variables: { input: first.input } });
  assert.equal(replay.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  assert.match(replay.errors![0]!.message, /挑战码/);

  const c = (await h.ok<{ requestCertificateChallenge: { id: string; challenge: string } }>(CHALLENGE))
    .requestCertificateChallenge;
  await h
    .em()
    .getConnection()
    .execute("update certificate_challenge set expires_at = now() - interval '1 second' where id = ?", [
      c.id,
    ]);
  const expired = await signedLogin(file, { challenge: c });
  assert.match(expired.result.errors![0]!.message, /过期/);
});
