// CONTEXT: issue 11 — the demo accounts table of `npm start` gave passwords and certificates but not which one each
// account signs in with; a password login of a certificate role is refused. The 登录方式 column follows SIGN_IN_POLICY.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accountsTable } from '../src/accounts.ts';
import type { DemoAccount } from '../src/platform.ts';

const accounts: DemoAccount[] = [
  {
    role: 'PLATFORM_ADMIN',
    username: 'admin',
    password: 'Anze@2026',
    certificate: 'ca/platform-admin.p12',
    organisation: '平台',
  },
  { role: 'REGULATOR', username: 'hlj-zjt', password: 'Anze@2026', organisation: '黑龙江省住房和城乡建设厅' },
  {
    role: 'ENTERPRISE',
    username: '91230100MA1B2C3D4E',
    password: 'Anze@2026',
    certificate: 'ca/enterprise-1.p12',
    organisation: { name: '哈尔滨建工' },
  },
  {
    role: 'EXPERT',
    username: 'expert',
    password: 'Anze@2026',
    certificate: 'ca/prevention-expert.p12',
    organisation: '预防机构',
  },
];

const column = (text: string) => {
  const [header, rule, ...rows] = text.split('\n');
  const start = header!.indexOf('登录方式');
  assert.ok(start > 0, header);
  assert.match(rule!, /^─+/);
  return rows.map((r) => r.slice(start).split(/\s{2,}/)[0]);
};

test('each demo account says how it signs in, by the default policy or SIGN_IN_POLICY', () => {
  assert.deepEqual(column(accountsTable(accounts, '/data', {})), [
    '密码登录 + 证书验证',
    '密码登录',
    '证书登录',
    '证书登录',
  ]);
  assert.deepEqual(
    column(accountsTable(accounts, '/data', { SIGN_IN_POLICY: 'REGULATOR:certificate' }))[1],
    '证书登录',
  );
  // identity refuses an invalid policy at start; the table falls back to the default instead of failing as well.
  assert.deepEqual(column(accountsTable(accounts, '/data', { SIGN_IN_POLICY: 'NOPE:x' }))[1], '密码登录');
});
