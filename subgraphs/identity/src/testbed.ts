// The real identity subgraph on the common test harness, with the demo data and its own signing keys: what the
// identity tests, the platform testbed and the benchmarks start. Not used in production.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDemoPki } from '@anze/ca';
import { loadCredential } from '@anze/ca/browser';
import {
  startSubgraphHarness,
  type GraphQLEndpoint,
  type SubgraphHarness,
  type SubgraphHarnessOptions,
} from '@anze/testing';
import manifest from './manifest.ts';
import type { IdentityConfig } from './config.ts';
import { seedDemo, DEMO_CERTIFICATE_PASSWORD, DEMO_PASSWORD, type DemoAccount } from './demo.ts';
import type { CertificateLogin } from './domain/authentication.ts';
import { requiredSignInMethod, type SignInMethod } from './domain/sign-in-policy.ts';
import type { IdentityService } from './app.ts';

export interface IdentityTestbed extends SubgraphHarness<IdentityConfig, IdentityService> {
  accounts: DemoAccount[];
  /** A demo account's sign-in by the method its role needs (SIGN_IN_POLICY), straight to identity. */
  login(username: string, password?: string): Promise<string>;
}

/** `env` overrides the configuration (e.g. NODE_ENV, SESSION_IDLE_SECONDS); `label` names the database. */
export async function startIdentityTestbed(
  o: Omit<SubgraphHarnessOptions<IdentityConfig>, 'issuer' | 'prepare'> = {},
): Promise<IdentityTestbed> {
  let accounts: DemoAccount[] = [];
  const h = await startSubgraphHarness(manifest, {
    ...o,
    // identity signs the tokens, with keys of its own under the harness's data directory.
    issuer: false,
    prepare: async (em, config) => {
      accounts = await seedDemo(em, config.caTrustDir);
    },
  });
  return Object.assign(h, {
    accounts,
    login: (username: string, password?: string) =>
      demoLogin(h, { config: h.config, accounts }, username, password),
  });
}

/**
 * A demo account's access token through `api` (identity itself or the gateway), signed in by the method its role
 * needs (SIGN_IN_POLICY): CA login with its demo certificate, password login, or password + certificate.
 */
export async function demoLogin(
  api: GraphQLEndpoint,
  t: Pick<IdentityTestbed, 'config' | 'accounts'>,
  username: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  return (await demoSignIn(api, t, username, password)).accessToken;
}

/** demoLogin with the refresh token as well. */
export async function demoSignIn(
  api: GraphQLEndpoint,
  t: Pick<IdentityTestbed, 'config' | 'accounts'>,
  username: string,
  password = DEMO_PASSWORD,
): Promise<{ accessToken: string; refreshToken: string }> {
  const challenge = async () =>
    (await api.ok<{ requestCertificateChallenge: { id: string; challenge: string } }>(CERTIFICATE_CHALLENGE))
      .requestCertificateChallenge;
  const account = t.accounts.find((a) => a.username === username);
  if (account?.certificate && demoSignInMethod(t, account) === 'certificate') {
    const data = await api.ok<{ loginWithCertificate: { accessToken: string; refreshToken: string } }>(
      CERTIFICATE_LOGIN,
      { variables: { input: await signDemoChallenge(account, await challenge()) } },
    );
    return data.loginWithCertificate;
  }
  const f = await demoSecondFactor(t, username, challenge);
  const data = await api.ok<{ loginWithPassword: { accessToken: string; refreshToken: string } }>(
    PASSWORD_LOGIN,
    { variables: { u: username, p: password, f } },
  );
  return data.loginWithPassword;
}

/**
 * CA login as an enterprise registered by a test (no demo account): a certificate naming its 统一社会信用代码 is
 * issued by the demo CA in `caDir` (as the enterprise's CA would), then it signs a challenge from `api`.
 */
export async function enterpriseCertificateLogin(
  api: GraphQLEndpoint,
  caDir: string,
  uscc: string,
): Promise<{ accessToken: string; refreshToken: string }> {
  const id = `enterprise-${uscc}`;
  await createDemoPki({
    dir: caDir,
    password: DEMO_CERTIFICATE_PASSWORD,
    certificates: [{ id, commonName: uscc, organisationName: uscc, uscc, keyAlgorithm: 'ECDSA_P256' }],
  });
  const holder = {
    role: 'ENTERPRISE',
    username: uscc,
    password: '',
    organisation: uscc,
    mustChangePassword: false,
    certificate: join(caDir, `${id}.p12`),
  } satisfies DemoAccount;
  const c = await api.ok<{ requestCertificateChallenge: { id: string; challenge: string } }>(
    CERTIFICATE_CHALLENGE,
  );
  const data = await api.ok<{ loginWithCertificate: { accessToken: string; refreshToken: string } }>(
    CERTIFICATE_LOGIN,
    { variables: { input: await signDemoChallenge(holder, c.requestCertificateChallenge) } },
  );
  return data.loginWithCertificate;
}

/** The method a demo account signs in with under the testbed's SIGN_IN_POLICY. */
export function demoSignInMethod(t: Pick<IdentityTestbed, 'config'>, account: DemoAccount): SignInMethod {
  return requiredSignInMethod(t.config.signInPolicy, [account.role]);
}

/** Signs a CA login challenge with a demo account's certificate: loginWithCertificate's input or a secondFactor. */
export async function signDemoChallenge(
  account: DemoAccount,
  challenge: { id: string; challenge: string },
): Promise<CertificateLogin> {
  if (!account.certificate) throw new Error(`demo account ${account.username} has no certificate`);
  const credential = await loadCredential({
    data: new Uint8Array(readFileSync(account.certificate)),
    password: account.certificatePassword ?? DEMO_CERTIFICATE_PASSWORD,
  });
  return {
    challengeId: challenge.id,
    certificate: credential.certificatePem,
    signature: await credential.sign(challenge.challenge),
    algorithm: credential.algorithm,
  };
}

/**
 * The secondFactor loginWithPassword needs for this demo account (password + certificate), or null when it needs none:
 * a fresh challenge from `requestChallenge` signed with the account's demo certificate.
 */
export async function demoSecondFactor(
  t: Pick<IdentityTestbed, 'config' | 'accounts'>,
  username: string,
  requestChallenge: () => Promise<{ id: string; challenge: string }>,
): Promise<CertificateLogin | null> {
  const account = t.accounts.find((a) => a.username === username);
  if (!account || !account.certificate) return null;
  if (demoSignInMethod(t, account) !== 'password+certificate') return null;
  return signDemoChallenge(account, await requestChallenge());
}

/** GraphQL of password login with its optional second factor, and of the challenge it signs. */
export const PASSWORD_LOGIN = `mutation($u: String!, $p: String!, $f: CertificateLoginInput) {
  loginWithPassword(username: $u, password: $p, secondFactor: $f) { accessToken refreshToken }
}`;
export const CERTIFICATE_LOGIN = `mutation($input: CertificateLoginInput!) {
  loginWithCertificate(input: $input) { accessToken refreshToken }
}`;
export const CERTIFICATE_CHALLENGE = 'mutation { requestCertificateChallenge { id challenge } }';
