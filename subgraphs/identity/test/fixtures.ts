// identity's test fixtures on top of its testbed (src/testbed.ts: the common harness with the demo data).
import type { DemoAccount } from '../src/demo.ts';
import { startIdentityTestbed, type IdentityTestbed } from '../src/testbed.ts';

export type Harness = IdentityTestbed;

/** identity with its demo data; `env` overrides the configuration (SESSION_IDLE_SECONDS, SECOND_FACTOR_ROLES …). */
export const startHarness = (env: Record<string, string> = {}): Promise<Harness> =>
  startIdentityTestbed({ env });

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
