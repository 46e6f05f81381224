// CONTEXT: 审计日志's 类型 was free text and its 详情 one line of raw JSON. 类型 is now picked from the types identity
// writes, each with a Chinese label — read from identity's source, so a new type without a label fails here — and
// 查看 shows the detail as labelled lines.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  AUDIT_TYPE_LABELS,
  auditDetailItems,
  auditPartyText,
  auditTypeLabel,
  auditTypeOptions,
} from '../src/features/audit/audit-labels.ts';
import { auditTypes } from './support/audit-types.ts';

test('every audit type identity writes has a Chinese label, and no label is for a type it does not write', () => {
  const { types, unresolved } = auditTypes();
  assert.deepEqual(unresolved, [], 'appendAudit calls whose type could not be read');
  assert.ok(types.length >= 20, `found only ${types.length} types`);
  assert.deepEqual(Object.keys(AUDIT_TYPE_LABELS).sort(), types);
  for (const type of types) assert.match(AUDIT_TYPE_LABELS[type]!, /\p{Script=Han}/u, type);
});

test('an unknown type is shown as it is, and offered under 其他 once the log holds it', () => {
  assert.equal(auditTypeLabel('account.created'), '新增用户');
  assert.equal(auditTypeLabel('something.new'), 'something.new');
  const groups = auditTypeOptions(['account.created', 'something.new']);
  assert.deepEqual(groups.at(-1), {
    label: '其他',
    title: '其他',
    options: [{ value: 'something.new', label: 'something.new' }],
  });
  assert.equal(auditTypeOptions(['account.created']).at(-1)?.label, '个人信息保护');
});

test('who and what: user, organisation and client ids shortened, anonymous, login names as typed', () => {
  assert.equal(auditPartyText('admin (user:0b52b053-1c2d-4e5f-8a9b-0c1d2e3f4a5b)'), 'admin');
  assert.equal(auditPartyText('user:0b52b053-1c2d-4e5f-8a9b-0c1d2e3f4a5b'), '用户 0b52b053');
  assert.equal(auditPartyText('organisation:edd573f6-1c2d-4e5f-8a9b-0c1d2e3f4a5b'), '机构 edd573f6');
  assert.equal(auditPartyText('client:anze_3f2a'), '客户端 anze_3f2a');
  assert.equal(auditPartyText('anonymous'), '匿名');
  assert.equal(auditPartyText('hrb-zjj'), 'hrb-zjj');
  assert.equal(auditPartyText(null), '—');
});

test('the detail as labelled lines: roles, organisation types, reasons and fields in Chinese', () => {
  assert.deepEqual(
    auditDetailItems(
      JSON.stringify({ username: 'e2e-user', roles: ['PREVENTION_ORG', 'EXPERT'], jurisdiction: null }),
    ),
    [
      ['用户名', 'e2e-user'],
      ['角色', '事故预防机构、事故预防专家'],
      ['管辖区域', '—'],
    ],
  );
  assert.deepEqual(auditDetailItems(JSON.stringify({ before: ['PREVENTION_ORG'], after: [] })), [
    ['变更前角色', '事故预防机构'],
    ['变更后角色', '（无）'],
  ]);
  assert.deepEqual(auditDetailItems(JSON.stringify({ type: 'INSURER', name: '龙江财险', demo: true })), [
    ['单位类型', '保险机构'],
    ['名称', '龙江财险'],
    ['演示数据', '是'],
  ]);
  assert.deepEqual(auditDetailItems(JSON.stringify({ reason: 'second_factor_EXPIRED', ip: '127.0.0.1' })), [
    ['原因', 'CA证书验证失败：证书已过期'],
    ['IP 地址', '127.0.0.1'],
  ]);
  assert.deepEqual(auditDetailItems(JSON.stringify({ changed: ['contactMobile', 'businessScope'] })), [
    ['修改的字段', '联系人手机、经营范围'],
  ]);
  assert.deepEqual(auditDetailItems(JSON.stringify({ fields: ['contactMobile', 'mobile'] })), [
    ['查看的字段', '联系人手机、手机'],
  ]);
  assert.deepEqual(auditDetailItems(JSON.stringify({ method: 'PASSWORD_CERTIFICATE', extra: { a: 1 } })), [
    ['登录方式', '密码 + CA证书'],
    ['extra', '{"a":1}'],
  ]);
  assert.deepEqual(auditDetailItems(null), []);
  assert.deepEqual(auditDetailItems('not json'), [['详情', 'not json']]);
});
