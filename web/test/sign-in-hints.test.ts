// CONTEXT: issue 11 — the login page did not say which tab each role signs in with (another method is refused); it
// says so under 密码登录 and 证书登录, from identity's sign-in policy (generated: permissions.test.ts fails when stale).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { signInHints } from '../src/features/auth/sign-in-hints.ts';

test("each tab names the roles that sign in with it, by identity's policy", () => {
  assert.deepEqual(signInHints(), {
    password: '职能部门使用用户名和密码登录；平台管理员、审计员输入密码后，还须使用本人CA证书完成验证。',
    certificate:
      '建筑施工企业、保险机构、经纪公司、事故预防机构、事故预防专家使用本单位（专家为本人）的CA证书登录。',
  });
  const hints = signInHints({
    certificate: ['ENTERPRISE', 'REGULATOR'],
    password: ['AUDITOR'],
    'password+certificate': ['PLATFORM_ADMIN'],
  });
  assert.equal(
    hints.password,
    '审计员使用用户名和密码登录；平台管理员输入密码后，还须使用本人CA证书完成验证。',
  );
  assert.equal(hints.certificate, '建筑施工企业、职能部门使用本单位（专家为本人）的CA证书登录。');
});
