// CONTEXT: issue 11 §2 — a fuzz of every mutation found ids, characters, lengths, sets, amounts and periods that
// reached PostgreSQL as they were (internal errors) or were silently changed. These are the rules of the one input
// layer every subgraph reads its input with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DomainError,
  isBlank,
  isCalendarDate,
  labelOf,
  plainDecimal,
  readId,
  readOptionalText,
  readPeriod,
  readSet,
  readText,
  unsafeCharacterProblem,
} from '../src/index.ts';

const refusal = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof DomainError);
    return e;
  }
  assert.fail('expected a refusal');
};

test('an id that is not a UUID names no record: NOT_FOUND with the field', () => {
  for (const id of ['', 'x', '00000000-0000-0000-0000-00000000000', '\u0000', "1' or '1'='1"]) {
    const e = refusal(() => readId(id, 'organisationId', '单位不存在'));
    assert.equal(e.code, 'NOT_FOUND');
    assert.equal(e.field, 'organisationId');
    assert.equal(e.message, '单位不存在');
  }
  assert.equal(readId('0190A3C4-0000-7000-8000-000000000001', 'id'), '0190a3c4-0000-7000-8000-000000000001');
});

test('control characters, lone surrogates and bidi controls are refused; tab and line breaks are text', () => {
  for (const s of [
    'a\u0000',
    '\u0007',
    'x\u007f',
    '\u0085',
    '学府路2号\ud800',
    '\udc00x',
    '\u202Efdp.exe',
    'a\u2066b',
    'a\u202Ab',
  ]) {
    assert.equal(unsafeCharacterProblem(s), '含有不允许的字符', JSON.stringify(s));
  }
  for (const s of ['学府路 74 号', '第一行\n第二行\r\n\t缩进', '😀 emoji', 'Ω ä é'])
    assert.equal(unsafeCharacterProblem(s), null);
  const e = refusal(() => readText('张三\u0000', { field: 'contactName', label: '联系人', max: 50 }));
  assert.equal(e.message, '联系人 含有不允许的字符');
  assert.equal(e.field, 'contactName');
});

test('a value of only zero-width characters is blank, though trim() keeps it', () => {
  assert.equal('\u200B'.trim(), '\u200B');
  assert.ok(isBlank('\u200B'));
  assert.ok(isBlank(' \uFEFF\u2060 '));
  assert.ok(!isBlank('a\u200B'));
  assert.equal(
    refusal(() => readText('\u200B', { field: 'name', label: '名称', max: 100 })).message,
    '请填写名称',
  );
  assert.equal(readOptionalText('\u200B\u200C', { field: 'contactName', label: '联系人', max: 50 }), null);
});

test('lengths are bounded where the value is read, in characters, with the limit in the message', () => {
  const rule = { field: 'name', label: '名称', max: 100 };
  assert.equal(readText('名'.repeat(100), rule).length, 100);
  const e = refusal(() => readText('名'.repeat(101), rule));
  assert.equal(e.message, '名称 不能超过 100 个字符');
  assert.equal(e.field, 'name');
  // Characters, not UTF-16 units: 100 emoji fit.
  assert.equal([...readText('😀'.repeat(100), rule)].length, 100);
});

test('sets are deduplicated, bounded and checked element by element against their dictionary', () => {
  const roles = new Set(['INSURER', 'BROKER'] as const);
  const rule = { field: 'roles', label: '角色', max: 2, allowed: roles, required: true };
  assert.deepEqual(readSet(Array(8408).fill('INSURER'), rule), ['INSURER']);
  assert.equal(refusal(() => readSet(['INSURER', 'ADMIN'], rule)).message, '角色 含有无效的值');
  assert.equal(refusal(() => readSet([], rule)).field, 'roles');
  const many = refusal(() =>
    readSet(['a', 'b', 'c'], { ...rule, allowed: (_v: string): _v is string => true }),
  );
  assert.equal(many.message, '角色 不能超过 2 项');
});

test('amounts: thousands separators only every three digits', () => {
  assert.equal(plainDecimal('1,234,567.89'), '1234567.89');
  assert.equal(plainDecimal(' 1234567.89 '), '1234567.89');
  assert.equal(plainDecimal('999'), '999');
  for (const s of ['1,2,3,4', '1,', ',1', '1,23', '1234,567', '1.2.3', '', '-1', '1e5', '１２３']) {
    assert.equal(plainDecimal(s), null, s);
  }
});

test('dates are days that exist; periods lie inside their range', () => {
  for (const s of ['2025-02-30', '0000-00-00', '2025-1-5', '2025-13-01', '0000-01-01', '20250101'])
    assert.equal(isCalendarDate(s), false, s);
  assert.ok(isCalendarDate('2024-02-29'));
  assert.ok(isCalendarDate('0001-01-01'));
  assert.ok(isCalendarDate('9999-12-31'));
  const rule = {
    startField: 'periodStart',
    endField: 'periodEnd',
    label: '管控期间',
    earliest: '2026-03-01',
    latest: '2027-02-28',
  };
  assert.deepEqual(readPeriod('2026-04-01', '2026-05-01', rule), { start: '2026-04-01', end: '2026-05-01' });
  assert.equal(refusal(() => readPeriod('0001-01-01', '9999-12-31', rule)).field, 'periodStart');
  assert.equal(refusal(() => readPeriod('2026-04-01', '9999-12-31', rule)).field, 'periodEnd');
  assert.equal(refusal(() => readPeriod('2026-05-01', '2026-04-01', rule)).field, 'periodEnd');
});

test('fields are named in Chinese by their leaf name, unknown ones by their path', () => {
  assert.equal(labelOf('profile.contactName'), '联系人');
  assert.equal(labelOf('roles[3]'), '角色');
  assert.equal(labelOf('foo.bar'), '输入项 foo.bar');
});
