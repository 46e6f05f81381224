// The real identity subgraph on the common test harness, with the demo data and its own signing keys: what the
// identity tests, the platform testbed and the benchmarks start. Not used in production.
import { readFileSync } from 'node:fs';
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
import type { IdentityService } from './app.ts';

export interface IdentityTestbed extends SubgraphHarness<IdentityConfig, IdentityService> {
  accounts: DemoAccount[];
  /** Password login, straight to identity; operator accounts (SECOND_FACTOR_ROLES) add their demo certificate. */
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
 * A demo account's access token from password login through `api` (identity itself or the gateway), with the
 * account's certificate as second factor where its role needs one.
 */
export async function demoLogin(
  api: GraphQLEndpoint,
  t: Pick<IdentityTestbed, 'config' | 'accounts'>,
  username: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const f = await demoSecondFactor(t, username, async () => {
    const c = await api.ok<{ requestCertificateChallenge: { id: string; challenge: string } }>(
      CERTIFICATE_CHALLENGE,
    );
    return c.requestCertificateChallenge;
  });
  const data = await api.ok<{ loginWithPassword: { accessToken: string } }>(PASSWORD_LOGIN, {
    variables: { u: username, p: password, f },
  });
  return data.loginWithPassword.accessToken;
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
 * The secondFactor loginWithPassword needs for this demo account (SECOND_FACTOR_ROLES), or null when it needs none:
 * a fresh challenge from `requestChallenge` signed with the account's demo certificate.
 */
export async function demoSecondFactor(
  t: Pick<IdentityTestbed, 'config' | 'accounts'>,
  username: string,
  requestChallenge: () => Promise<{ id: string; challenge: string }>,
): Promise<CertificateLogin | null> {
  const account = t.accounts.find((a) => a.username === username);
  if (!account || !account.certificate) return null;
  if (!t.config.secondFactorRoles.includes(account.role)) return null;
  return signDemoChallenge(account, await requestChallenge());
}

/** GraphQL of password login with its optional second factor, and of the challenge it signs. */
export const PASSWORD_LOGIN = `mutation($u: String!, $p: String!, $f: CertificateLoginInput) {
  loginWithPassword(username: $u, password: $p, secondFactor: $f) { accessToken }
}`;
export const CERTIFICATE_CHALLENGE = 'mutation { requestCertificateChallenge { id challenge } }';
