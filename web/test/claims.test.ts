import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  claimFilterOf,
  claimFlags,
  enterpriseActions,
  insurerActions,
  toReportInput,
} from '../src/features/claims/claims.ts';
import { money } from '../src/features/claims/money.ts';

test('the insurer is offered the transitions the state allows', () => {
  assert.deepEqual(insurerActions('REPORTED'), ['accept', 'supplement', 'decline', 'correct']);
  assert.deepEqual(insurerActions('ACCEPTED'), ['settle', 'supplement', 'decline', 'correct']);
  // reopened with money paid: no 拒赔
  assert.deepEqual(insurerActions('ACCEPTED', '500.00'), ['settle', 'supplement', 'correct']);
  assert.deepEqual(insurerActions('SETTLED', '500.00'), ['reopen', 'correct']);
  assert.deepEqual(insurerActions('DECLINED'), []);
  assert.deepEqual(enterpriseActions({ supplementRequested: true }), ['provide']);
  assert.deepEqual(enterpriseActions({ supplementRequested: false }), []);
});

test('the search keeps only what was chosen', () => {
  assert.deepEqual(claimFilterOf({}), {});
  assert.deepEqual(
    claimFilterOf({ status: 'SETTLED', divisionCode: '', accidentFrom: '2026-01-01', overdue: false }),
    { status: 'SETTLED', accidentFrom: '2026-01-01' },
  );
});

test('报案 sends the amounts as plain decimal strings and 提交日期 only for the insurer', () => {
  const values = {
    accidentDate: '2026-05-04',
    accidentPlace: ' 塔吊作业区 ',
    description: '吊索断裂',
    categoryCode: '04',
    injuredCount: 1,
    deathCount: 0,
    estimatedLossYuan: '1,234,567.89',
    reportedDate: '2026-05-06',
    remark: '  ',
  };
  assert.deepEqual(toReportInput('p1', values, false), {
    policyId: 'p1',
    accidentDate: '2026-05-04',
    accidentPlace: '塔吊作业区',
    description: '吊索断裂',
    categoryCode: '04',
    injuredCount: 1,
    deathCount: 0,
    estimatedLossYuan: '1234567.89',
    remark: null,
  });
  assert.equal(toReportInput('p1', values, true).reportedDate, '2026-05-06');
});

test('flags and money as the lists show them', () => {
  assert.deepEqual(
    claimFlags({ lateReported: true, likelyDuplicate: true, overdue: true, supplementRequested: false }).map(
      (f) => f.label,
    ),
    ['逾期报案', '疑似重复', '超期'],
  );
  assert.equal(money('12345678901.5'), '12,345,678,901.50');
  assert.equal(money(null), '—');
});
