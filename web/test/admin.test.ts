// 系统管理 without a browser: the login names the form accepts are identity's, the searches the API cannot do run over
// every page in the browser, and a user's state reads as the screen says. (The roles the forms offer per organisation
// type are generated from identity's rule: web/test/permissions.test.ts.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AdminUserFieldsFragment as User } from '../src/gql/graphql.ts';
import { filtersInBrowser, matchesUser, USERNAME, userState } from '../src/features/admin/accounts.ts';
import { matchesName, nameInBrowser, organisationFilterOf } from '../src/features/admin/organisations.ts';
import { clientPage, contains } from '../src/shared/list/client-pages.ts';
import { alreadyProcessedMessage } from '../src/shared/graphql/errors.ts';
import type { CombinedError } from 'urql';

// A path tsc does not follow: identity's module is type-checked in its own workspace.
const IDENTITY_RULES = new URL('../../subgraphs/identity/src/domain/account-rules.ts', import.meta.url).href;

// CONTEXT: the form checks the login name before the round trip; it must accept exactly what identity accepts.
test("the username rule is identity's", async () => {
  const identity = (await import(IDENTITY_RULES)) as { assertUsername: (name: string) => void };
  for (const name of ['hrb-zjj', 'e2e.user@x', 'ab', 'a b', '张三', 'x'.repeat(64), 'x'.repeat(65)]) {
    let accepted = true;
    try {
      identity.assertUsername(name);
    } catch {
      accepted = false;
    }
    assert.equal(USERNAME.test(name), accepted, name);
  }
});

const now = new Date('2026-05-06T08:00:00Z');
const user = (over: Partial<User>): User => ({
  id: 'u1',
  username: 'hrb-zjj',
  displayName: '市住建局监管员',
  mobile: '13900000000',
  roles: ['REGULATOR'],
  jurisdiction: '230100',
  enabled: true,
  lockedUntil: null,
  mustChangePassword: false,
  lastLoginAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  organisation: { id: 'o1', name: '哈尔滨市住房和城乡建设局', type: 'REGULATOR' },
  ...over,
});

test('a user is 正常, 已锁定 until the lock runs out, or 已停用 whatever the lock', () => {
  assert.equal(userState(user({}), now), 'ACTIVE');
  assert.equal(userState(user({ lockedUntil: '2026-05-06T08:10:00Z' }), now), 'LOCKED');
  assert.equal(userState(user({ lockedUntil: '2026-05-06T07:50:00Z' }), now), 'ACTIVE');
  assert.equal(userState(user({ enabled: false, lockedUntil: '2026-05-06T08:10:00Z' }), now), 'DISABLED');
});

// CONTEXT: users() filters by organisation only; 用户名, 姓名, 角色 and 状态 are matched in the browser over every page.
test('the user search: organisation by the API, the rest in the browser', () => {
  assert.equal(filtersInBrowser({ organisationId: 'o1' }), false);
  assert.equal(filtersInBrowser({ username: ' ' }), false);
  assert.equal(filtersInBrowser({ username: 'hrb' }), true);
  assert.equal(filtersInBrowser({ state: 'DISABLED' }), true);
  const u = user({});
  assert.equal(matchesUser(u, { username: 'HRB', displayName: '监管' }, now), true);
  assert.equal(matchesUser(u, { role: 'REGULATOR', state: 'ACTIVE' }, now), true);
  assert.equal(matchesUser(u, { role: 'ENTERPRISE' }, now), false);
  assert.equal(matchesUser(u, { state: 'LOCKED' }, now), false);
});

test('the organisation search: one search box in the API, the name checked here when both are given', () => {
  assert.deepEqual(organisationFilterOf({}), {});
  assert.deepEqual(
    organisationFilterOf({ type: 'BROKER', status: 'APPROVED', divisionCode: '230100', name: ' 北疆 ' }),
    { type: 'BROKER', status: 'APPROVED', divisionCode: '230100', search: '北疆' },
  );
  assert.deepEqual(organisationFilterOf({ name: '北疆', uscc: '91230104ma' }), { search: '91230104MA' });
  assert.equal(nameInBrowser({ name: '北疆', uscc: '91230104MA' }), true);
  assert.equal(nameInBrowser({ name: '北疆' }), false);
  assert.equal(matchesName({ name: '北疆保险经纪有限公司' }, { name: '北疆' }), true);
  assert.equal(matchesName({ name: '北疆保险经纪有限公司' }, { name: '龙江' }), false);
});

test('a page of rows filtered in the browser counts what the filter found', () => {
  const rows = Array.from({ length: 23 }, (_, i) => i + 1);
  assert.deepEqual(clientPage(rows, { page: 3, pageSize: 10 }), {
    items: [21, 22, 23],
    total: 23,
    page: 3,
    pageSize: 10,
  });
  assert.deepEqual(clientPage([], { page: 1, pageSize: 10 }).items, []);
  assert.equal(contains('Anze', ' an '), true);
  assert.equal(contains(null, ''), true);
  assert.equal(contains(null, 'x'), false);
});

// CONTEXT: issue 11 — createUser, resetPassword and createApiClient are retried with their Idempotency-Key when the
// answer is lost; a repeat of one that had succeeded answers ALREADY_PROCESSED (the secret is not kept), which the
// dialogs show as what happened, not as a failure.
test('a repeat of a request carried out already is recognised by its code, with the server message', () => {
  const message = '该请求已处理：用户已创建，初始密码只显示一次；如未记下，请在用户管理中重置密码';
  const error = (code: string) =>
    ({ graphQLErrors: [{ message, extensions: { code } }] }) as unknown as CombinedError;
  assert.equal(alreadyProcessedMessage(error('ALREADY_PROCESSED')), message);
  assert.equal(alreadyProcessedMessage(error('CONFLICT')), null);
  assert.equal(alreadyProcessedMessage(undefined), null);
});
