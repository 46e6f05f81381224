import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkAmount,
  checkDuration,
  convertAmount,
  inclusiveDays,
  listStateFromSearch,
  listStateToSearch,
  normaliseDecimal,
  shiftDecimal,
  statusActions,
  toProjectInput,
} from '../src/features/projects/project-form.ts';
import { groupThousands } from '../src/shared/format.ts';

test('项目工期 counts both days, and tolerates one day either way like the server', () => {
  assert.equal(inclusiveDays('2026-03-01', '2026-03-01'), 1);
  assert.equal(inclusiveDays('2026-03-01', '2026-12-31'), 306);
  // CONTEXT: day arithmetic in UTC, so a daylight-saving change in the browser's zone cannot shift the count.
  assert.equal(inclusiveDays('2024-02-28', '2024-03-01'), 3);
  assert.equal(inclusiveDays(undefined, '2026-03-01'), null);
  assert.equal(checkDuration(305, '2026-03-01', '2026-12-31'), null);
  assert.equal(checkDuration(307, '2026-03-01', '2026-12-31'), null);
  assert.match(checkDuration(308, '2026-03-01', '2026-12-31') ?? '', /按日期应为306天/);
  assert.equal(checkDuration(0), '项目工期应为正整数（天）');
});

test('amounts are exact decimal strings in 元 (2 decimals) or 万元 (6 decimals)', () => {
  assert.equal(checkAmount('1,234,567.89', 'YUAN'), null);
  assert.match(checkAmount('1.234', 'YUAN') ?? '', /两位小数/);
  assert.equal(checkAmount('419.123456', 'WAN'), null);
  assert.match(checkAmount('419.1234567', 'WAN') ?? '', /六位小数/);
  assert.equal(checkAmount('0.00', 'YUAN'), '工程造价必须大于0');
  assert.equal(checkAmount('', 'WAN'), '请填写投资规模');
  assert.notEqual(checkAmount('1e5', 'YUAN'), null);
  assert.equal(normaliseDecimal('0012.500'), '12.5');
  assert.equal(normaliseDecimal('1,000.00'), '1000');
});

test('switching 元 ⇄ 万元 moves the decimal point without floating-point error', () => {
  assert.equal(shiftDecimal('3318.08', 4), '33180800');
  assert.equal(convertAmount('3318.08', 'WAN', 'YUAN'), '33180800');
  assert.equal(convertAmount('33180800', 'YUAN', 'WAN'), '3318.08');
  assert.equal(convertAmount('0.07', 'YUAN', 'WAN'), '0.000007');
  // 0.1 + 0.2 style float error would show here.
  assert.equal(convertAmount('365.71', 'WAN', 'YUAN'), '3657100');
  assert.equal(convertAmount('abc', 'WAN', 'YUAN'), null);
  assert.equal(groupThousands('33180800.5'), '33,180,800.5');
  assert.equal(groupThousands('419'), '419');
});

test('toProjectInput sends one amount as a string, upper-case code, coordinates both or neither', () => {
  const base = {
    name: ' 讷河市管网建设项目 ',
    code: 'szsg0207g240918001001001',
    divisionCode: '230281',
    detailAddress: ' ',
    longitude: 124.88,
    latitude: null,
    amountUnit: 'WAN' as const,
    amount: '942.690',
    ownerUnit: '讷河市住建局',
    category: 'MUNICIPAL' as const,
    durationDays: 306,
    plannedStart: '2026-03-01',
    plannedEnd: '2026-12-31',
  };
  const input = toProjectInput(base);
  assert.equal(input.name, '讷河市管网建设项目');
  assert.equal(input.code, 'SZSG0207G240918001001001');
  assert.equal(input.investmentWan, '942.69');
  assert.equal('costYuan' in input, false);
  assert.equal(input.detailAddress, null);
  assert.equal(input.longitude, null);
  assert.equal(input.latitude, null);
  const yuan = toProjectInput({ ...base, amountUnit: 'YUAN', amount: '9426900', latitude: 48.48 });
  assert.equal(yuan.costYuan, '9426900');
  assert.equal('investmentWan' in yuan, false);
  assert.equal(yuan.longitude, 124.88);
});

test('the list filter round-trips through the URL and ignores junk', () => {
  const state = { name: '厂房', status: 'SUSPENDED' as const, page: 3, pageSize: 20 };
  assert.deepEqual(listStateFromSearch(listStateToSearch(state)), state);
  assert.equal(listStateToSearch({ name: ' ', status: null, page: 1, pageSize: 10 }).toString(), '');
  assert.deepEqual(listStateFromSearch(new URLSearchParams('status=X&page=-2&pageSize=30')), {
    name: '',
    status: null,
    page: 1,
    pageSize: 10,
  });
});

test('status actions follow the state machine; 竣工 is final', () => {
  assert.deepEqual(
    statusActions('UNDER_CONSTRUCTION').map((a) => a.label),
    ['停工', '竣工'],
  );
  assert.deepEqual(
    statusActions('SUSPENDED').map((a) => a.to),
    ['UNDER_CONSTRUCTION', 'COMPLETED'],
  );
  assert.deepEqual(statusActions('COMPLETED'), []);
});
