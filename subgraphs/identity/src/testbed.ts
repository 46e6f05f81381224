// The real identity subgraph on a fresh database with the demo data, on the real NATS: what the identity tests, the
// gateway tests and the benchmarks all start. Not used in production.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { applyMigrations } from '@anze/orm';
import { createTestDatabase, TEST_GATEWAY_SECRET, NATS_URL } from '@anze/testing';
import { loadCredential } from '@anze/ca/browser';
import { loadConfig, type IdentityConfig } from './config.ts';
import { identityOrm } from './orm.ts';
import { seedDemo, DEMO_CERTIFICATE_PASSWORD, type DemoAccount } from './demo.ts';
import type { CertificateLogin } from './domain/authentication.ts';
import { startIdentity, type IdentityService } from './app.ts';

export interface IdentityTestbed {
  service: IdentityService;
  config: IdentityConfig;
  accounts: DemoAccount[];
  dataDir: string;
  databaseUrl: string;
  /** A second ORM on the same database, for assertions on rows. */
  em: () => EntityManager;
  close(): Promise<void>;
}

/** `env` overrides the configuration (e.g. NODE_ENV, SESSION_IDLE_SECONDS); `label` names the database. */
export async function startIdentityTestbed(
  env: Record<string, string> = {},
  label = 'identity',
): Promise<IdentityTestbed> {
  const db = await createTestDatabase(label);
  const dataDir = mkdtempSync(join(tmpdir(), `anze-${label}-`));
  const orm = await identityOrm(db.url);
  let service: IdentityService | undefined;
  const close = async () => {
    await service?.stop();
    await orm.close();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await applyMigrations(orm);
    const config = loadConfig({
      IDENTITY_DATABASE_URL: db.url,
      NATS_URL,
      GATEWAY_SECRET: TEST_GATEWAY_SECRET,
      ANZE_DATA_DIR: dataDir,
      PORT: '0',
      ...env,
    });
    const accounts = await seedDemo(orm.em.fork(), config.caTrustDir);
    service = await startIdentity(config);
    return {
      service,
      config,
      accounts,
      dataDir,
      databaseUrl: db.url,
      em: () => orm.em.fork(),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
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
