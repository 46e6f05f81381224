import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  applicationActions,
  applicationFilterOf,
  brokerOptions,
  DOCUMENT_SLOTS,
  insurerOptions,
  isEditable,
  ledgerExportPath,
  policyFilterOf,
  toApplicationInput,
} from '../src/features/underwriting/application-form.ts';
import {
  blankPlanValues,
  checkFloating,
  checkTiers,
  permilleToRate,
  planState,
  rateToPermille,
  toPlanInput,
} from '../src/features/underwriting/plan-form.ts';
import {
  checkPeriod,
  checkPhone,
  checkRatio,
  checkYuan,
  isImplausiblePremium,
  isNonZeroRatio,
  limitText,
  periodWarnings,
  premiumDiffers,
  ratioText,
  tierRanges,
  toFen,
  yuanText,
} from '../src/features/underwriting/premium.ts';

test('amounts in 元 are exact: 分 as bigint, two decimals shown', () => {
  assert.equal(toFen('43,074,500.00'), 4_307_450_000n);
  assert.equal(toFen('0.1'), 10n);
  assert.equal(toFen('1.234'), null);
  assert.equal(toFen('-1'), null);
  assert.equal(yuanText('43074500'), '43,074,500.00');
  assert.equal(yuanText('54761.5'), '54,761.50');
  assert.equal(checkYuan(''), '请填写保费');
  assert.equal(checkYuan('0'), '保费必须大于0');
  assert.match(checkYuan('12.345') ?? '', /最多两位小数/);
  assert.equal(checkYuan('12,345.60'), null);
});

test('a premium other than the quote needs its reason; 1000 and 1,000.00 are the same amount', () => {
  assert.equal(premiumDiffers('1,000.00', '1000'), false);
  assert.equal(premiumDiffers('1000.01', '1000.00'), true);
  // CONTEXT: while the field is being typed ("12." or empty) there is nothing to compare yet.
  assert.equal(premiumDiffers('', '1000.00'), false);
});

test('a premium above the plan’s plausible maximum needs the confirmation', () => {
  // The manual's 43,074,500.00 元 for a C plan.
  assert.equal(isImplausiblePremium('43074500.00', '2000000.00'), true);
  assert.equal(isImplausiblePremium('2000000.00', '2000000.00'), false);
  assert.equal(isImplausiblePremium('abc', '2000000.00'), false);
});

test('浮动比例 within the plan’s floor and cap, as signed percentages', () => {
  assert.equal(ratioText('-0.10'), '-10%');
  assert.equal(ratioText('0.3'), '+30%');
  assert.equal(ratioText('0'), '0%');
  assert.equal(ratioText('0.125'), '+12.5%');
  assert.equal(checkRatio('-0.10', '-0.30', '0.30'), null);
  assert.equal(checkRatio('', '-0.30', '0.30'), null);
  assert.match(checkRatio('0.35', '-0.30', '0.30') ?? '', /-30% 至 \+30%/);
  assert.match(checkRatio('10%', '-0.30', '0.30') ?? '', /小数/);
  assert.equal(isNonZeroRatio('0.00'), false);
  assert.equal(isNonZeroRatio('-0.1'), true);
});

test('the plans’ terms as the provincial tables print them', () => {
  assert.equal(limitText('400000.00'), '40万元');
  assert.equal(limitText('10000000'), '1,000万元');
  assert.equal(limitText('12345.6'), '12,345.60元');
  assert.deepEqual(tierRanges([{ upToYuan: '10000000' }, { upToYuan: '1000000000' }, { upToYuan: null }]), [
    '≤ 1,000万元',
    '1,000万元 – 10亿元',
    '> 10亿元',
  ]);
  assert.deepEqual(tierRanges([{ upToYuan: null }]), ['全部']);
});

test('提交 (出单) warns when the period does not reach the 计划竣工日期, and refuses an empty period', () => {
  assert.deepEqual(
    periodWarnings({ effectiveDate: '2026-03-01', expiryDate: '2027-03-01', plannedEnd: '2026-12-31' }),
    [],
  );
  const [short] = periodWarnings({
    effectiveDate: '2026-03-01',
    expiryDate: '2026-10-31',
    plannedEnd: '2026-12-31',
  });
  assert.match(short ?? '', /未覆盖项目计划竣工日期（2026-12-31）/);
  assert.equal(periodWarnings({ expiryDate: '2026-10-31' }).length, 0);
  assert.equal(checkPeriod('2026-03-01', '2026-03-01'), '终止日期应晚于生效日期');
  assert.equal(checkPeriod('2026-03-01', '2026-03-02'), null);
});

test('联系电话: a mobile or a landline with its area code', () => {
  assert.equal(checkPhone('13936313636'), null);
  assert.equal(checkPhone('0451-82554666'), null);
  assert.equal(checkPhone('0453-6123456'), null);
  assert.notEqual(checkPhone('139****3636'), null);
  assert.notEqual(checkPhone('12345'), null);
});

test('在线填报: the seven uploads in the manual’s order, empty slots sent as null', () => {
  assert.deepEqual(
    DOCUMENT_SLOTS.map((s) => s.label),
    [
      '营业执照',
      '项目合同或中标通知',
      '法定代表人身份证国徽面',
      '法定代表人身份证人像面',
      '安全生产许可证',
      '施工企业资质',
      '用户协议',
    ],
  );
  assert.deepEqual(
    DOCUMENT_SLOTS.filter((s) => s.pdfOnly).map((s) => s.slot),
    ['agreement'],
  );
  const input = toApplicationInput('p1', {
    insurerId: 'i1',
    brokerId: '',
    planId: 'plan',
    contactPhone: ' 13936313636 ',
    businessLicense: 'd1',
    agreementAccepted: true,
  });
  assert.equal(input.brokerId, null);
  assert.equal(input.contactPhone, '13936313636');
  assert.equal(input.documents.businessLicense, 'd1');
  assert.equal(input.documents.agreement, null);
  assert.equal(input.agreementAccepted, true);
});

test('a chosen broker offers only its partner insurers', () => {
  const insurers = [
    { id: 'i1', name: '人保财险', brokers: [{ id: 'b1', name: '江泰保险经纪' }] },
    {
      id: 'i2',
      name: '平安财险',
      brokers: [
        { id: 'b1', name: '江泰保险经纪' },
        { id: 'b2', name: '昆仑保险经纪' },
      ],
    },
    { id: 'i3', name: '太平财险', brokers: [] },
  ];
  // Each broker once, by name (江泰 before 昆仑 in pinyin order).
  assert.deepEqual(
    brokerOptions(insurers).map((b) => b.id),
    ['b1', 'b2'],
  );
  assert.deepEqual(
    insurerOptions(insurers, null).map((i) => i.id),
    ['i1', 'i2', 'i3'],
  );
  assert.deepEqual(
    insurerOptions(insurers, 'b2').map((i) => i.id),
    ['i2'],
  );
});

test('what may be done in which status: the enterprise edits drafts and rejections; the insurer reviews and issues', () => {
  assert.equal(isEditable('DRAFT'), true);
  assert.equal(isEditable('REJECTED'), true);
  assert.equal(isEditable('SUBMITTED'), false);
  assert.deepEqual(applicationActions('SUBMITTED', true), ['审核']);
  assert.deepEqual(applicationActions('APPROVED', true), ['提交']);
  assert.deepEqual(applicationActions('REJECTED', true), []);
  // Brokers view and export only.
  assert.deepEqual(applicationActions('SUBMITTED', false), []);
});

test('the lists’ filters are trimmed, 续保提醒 is its own filter, exports carry the filter', () => {
  assert.deepEqual(
    applicationFilterOf({ enterpriseName: '  ', projectName: ' 松花江 ', status: 'SUBMITTED' }),
    {
      projectName: '松花江',
      status: 'SUBMITTED',
    },
  );
  assert.deepEqual(policyFilterOf({ status: 'RENEWAL_DUE' }), { renewalDue: true });
  assert.deepEqual(policyFilterOf({ status: 'EXPIRING', policyNumber: ' P-1 ' }), {
    status: 'EXPIRING',
    policyNumber: 'P-1',
  });
  assert.equal(
    ledgerExportPath('xlsx', { enterpriseName: '安泰' }),
    `/exports/ledger?format=xlsx&enterpriseName=${encodeURIComponent('安泰')}`,
  );
});

test('方案管理: versions by day, rates typed in ‰ and sent as exact fractions', () => {
  assert.equal(planState({ effectiveFrom: '2026-01-01', effectiveTo: null }, '2026-06-01').label, '生效中');
  assert.equal(planState({ effectiveFrom: '2026-07-01', effectiveTo: null }, '2026-06-01').label, '未生效');
  assert.equal(
    planState({ effectiveFrom: '2026-01-01', effectiveTo: '2026-05-31' }, '2026-06-01').label,
    '已停用',
  );
  assert.equal(permilleToRate('0.65'), '0.00065');
  assert.equal(rateToPermille('0.00065'), '0.65');
  assert.equal(
    checkTiers([
      { upToYuan: '10000000', ratePermille: '0.65' },
      { upToYuan: null, ratePermille: '0.4' },
    ]),
    null,
  );
  assert.match(
    checkTiers([
      { upToYuan: '100', ratePermille: '0.65' },
      { upToYuan: '50', ratePermille: '0.5' },
      { upToYuan: null, ratePermille: '0.4' },
    ]) ?? '',
    /递增/,
  );
  assert.match(checkTiers([{ upToYuan: '100', ratePermille: '0.65' }]) ?? '', /留空/);
  assert.match(checkTiers([{ upToYuan: null, ratePermille: '0' }]) ?? '', /费率/);
  const blank = blankPlanValues('230000');
  assert.equal(checkFloating(blank), null);
  assert.match(checkFloating({ ...blank, floatingCap: '0.2' }) ?? '', /之间/);
  const input = toPlanInput({
    ...blank,
    code: ' c ',
    name: '方案C',
    effectiveFrom: '2027-01-01',
    medicalLimitYuan: '50,000',
    perAccidentLimitYuan: '10000000',
    cumulativeLimitYuan: '10000000',
    rateTiers: [
      { upToYuan: '10,000,000', ratePermille: '0.65' },
      { upToYuan: '', ratePermille: '0.4' },
    ],
    minimumPremiumYuan: '1000',
    plausibleMaximumPremiumYuan: '2000000',
  });
  assert.equal(input.code, 'C');
  assert.equal(input.medicalLimitYuan, '50000');
  assert.deepEqual(input.rateTiers, [
    { upToYuan: '10000000', rate: '0.00065' },
    { upToYuan: null, rate: '0.0004' },
  ]);
  assert.equal(input.description, null);
});
