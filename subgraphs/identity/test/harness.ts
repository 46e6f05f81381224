// The identity testbed plus shortcuts for calling it as a given caller.
import type { EntityManager } from '@mikro-orm/postgresql';
import { ok, graphql, type CallOptions } from '@anze/testing';
import type { IdentityConfig } from '../src/config.ts';
import { DEMO_PASSWORD, type DemoAccount } from '../src/demo.ts';
import type { IdentityService } from '../src/app.ts';
import {
  startIdentityTestbed,
  demoSecondFactor,
  PASSWORD_LOGIN,
  CERTIFICATE_CHALLENGE,
} from '../src/testbed.ts';

export interface Harness {
  url: string;
  service: IdentityService;
  config: IdentityConfig;
  accounts: DemoAccount[];
  dataDir: string;
  databaseUrl: string;
  /** A second ORM on the same database, for assertions on rows. */
  em: () => EntityManager;
  /** Password login; operator accounts (SECOND_FACTOR_ROLES) add their demo certificate as second factor. */
  login(username: string, password?: string): Promise<string>;
  call<T = Record<string, unknown>>(query: string, o?: CallOptions): ReturnType<typeof graphql<T>>;
  ok<T = Record<string, unknown>>(query: string, o?: CallOptions): Promise<T>;
  close(): Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const t = await startIdentityTestbed(env);
  const url = t.service.url;
  return {
    url,
    service: t.service,
    config: t.config,
    accounts: t.accounts,
    dataDir: t.dataDir,
    databaseUrl: t.databaseUrl,
    em: t.em,
    login: async (username, password = DEMO_PASSWORD) => {
      const f = await demoSecondFactor(t, username, async () => {
        const c = await ok<{ requestCertificateChallenge: { id: string; challenge: string } }>(
          url,
          CERTIFICATE_CHALLENGE,
        );
        return c.requestCertificateChallenge;
      });
      const data = await ok<{ loginWithPassword: { accessToken: string } }>(url, PASSWORD_LOGIN, {
        variables: { u: username, p: password, f },
      });
      return data.loginWithPassword.accessToken;
    },
    call: (query, o) => graphql(url, query, o),
    ok: (query, o) => ok(url, query, o),
    close: t.close,
  };
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
