// Starts the real identity subgraph on a fresh database with the demo data, on the real NATS.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { applyMigrations } from '@anze/orm';
import {
  createTestDatabase,
  ok,
  graphql,
  TEST_GATEWAY_SECRET,
  NATS_URL,
  type CallOptions,
} from '@anze/testing';
import { loadConfig, type IdentityConfig } from '../src/config.ts';
import { identityOrm } from '../src/orm.ts';
import { seedDemo, DEMO_PASSWORD, type DemoAccount } from '../src/demo.ts';
import { startIdentity, type IdentityService } from '../src/app.ts';

export interface Harness {
  url: string;
  service: IdentityService;
  config: IdentityConfig;
  accounts: DemoAccount[];
  dataDir: string;
  databaseUrl: string;
  /** A second ORM on the same database, for assertions on rows. */
  em: () => EntityManager;
  login(username: string, password?: string): Promise<string>;
  call<T = Record<string, unknown>>(query: string, o?: CallOptions): ReturnType<typeof graphql<T>>;
  ok<T = Record<string, unknown>>(query: string, o?: CallOptions): Promise<T>;
  close(): Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const db = await createTestDatabase('identity');
  const dataDir = mkdtempSync(join(tmpdir(), 'anze-identity-'));
  const orm = await identityOrm(db.url);
  await applyMigrations(orm);
  const config = loadConfig({
    IDENTITY_DATABASE_URL: db.url,
    NATS_URL,
    GATEWAY_SECRET: TEST_GATEWAY_SECRET,
    ANZE_DATA_DIR: dataDir,
    PORT: '0',
    ...env,
  });
  const accounts = await seedDemo(orm.em.fork() as EntityManager, config.caTrustDir);
  const service = await startIdentity(config);
  const h: Harness = {
    url: service.url,
    service,
    config,
    accounts,
    dataDir,
    databaseUrl: db.url,
    em: () => orm.em.fork() as EntityManager,
    login: async (username, password = DEMO_PASSWORD) => {
      const data = await ok<{ loginWithPassword: { accessToken: string } }>(
        service.url,
        'mutation($u: String!, $p: String!) { loginWithPassword(username: $u, password: $p) { accessToken } }',
        { variables: { u: username, p: password } },
      );
      return data.loginWithPassword.accessToken;
    },
    call: (query, o) => graphql(service.url, query, o),
    ok: (query, o) => ok(service.url, query, o),
    close: async () => {
      await service.stop();
      await orm.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return h;
}

export function account(h: Harness, username: string): DemoAccount {
  const a = h.accounts.find(
    (x) => x.username === username || (username === 'enterprise' && x.role === 'ENTERPRISE'),
  );
  if (!a) throw new Error(`no demo account ${username}`);
  return a;
}

/** A valid registration input; override fields to make it invalid. */
export function registration(uscc: string, overrides: Record<string, unknown> = {}) {
  return {
    profile: {
      name: '哈尔滨测试建筑工程有限公司',
      divisionCode: '230103',
      uscc,
      registeredAddress: '哈尔滨市南岗区南通大街258号',
      businessAddress: '哈尔滨市南岗区南通大街258号',
      contactName: '陈术研',
      contactMobile: '13936313636',
      contactEmail: '26640973@qq.com',
      legalRepresentative: '陈术研',
      legalRepresentativeMobile: '13936313636',
      businessScope: '房屋建筑工程施工',
      ...overrides,
    },
    password: 'Str0ng!Passw0rd',
  };
}
