// CONTEXT: issue 12 — premium = 工程造价 × tier rate × (1 + 浮动比例), at least the minimum, half-up to 分, exact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { preventionBudget, quotePremium, rateLabel, readFloatingRatio } from '../src/domain/premium.ts';
import { planLabel, validatePlan } from '../src/domain/plan-rules.ts';
import { PLAN_C } from './fixtures.ts';

const plan = validatePlan(PLAN_C as Parameters<typeof validatePlan>[0]);
const fen = (yuan: string) => BigInt(yuan.replace('.', ''));

const CASES: Array<[string, string, string, string, boolean]> = [
  // cost 元, floating, premium 元, tier rate, minimum applied
  ['10000000.00', '0', '6500.00', '0.00065', false], // exactly the first bound: still the first tier
  ['10000000.01', '0', '5500.00', '0.00055', false], // one 分 above: the second tier's rate on the whole amount
  ['1000000.00', '0', '1000.00', '0.00065', true], // 650 元 computed, the minimum 1000 applies
  ['12345678.90', '-0.10', '6111.11', '0.00055', false], // 6111.1110705 → 6111.11
  ['12345678.90', '0.30', '8827.16', '0.00055', false], // 8827.160413… → 8827.16
  ['3333333.33', '0.2', '2600.00', '0.00065', false], // 2599.99999974 → 2600.00 (half-up, no float drift)
  ['500000000.00', '0', '200000.00', '0.0004', false], // the open-ended last tier
];

for (const [cost, ratio, premium, rate, minimum] of CASES)
  test(`工程造价 ${cost} 元, 浮动 ${ratio} → ${premium} 元`, () => {
    const q = quotePremium(plan, fen(cost), ratio);
    assert.equal(q.rate, rate);
    assert.equal(q.premiumFen, fen(premium));
    assert.equal(q.minimumApplied, minimum);
  });

test('the manual’s 43,074,500.00 元 lies above the plausible maximum', () => {
  // A 工程造价 typed in 元 where 万元 was meant: 1000 亿.
  const q = quotePremium(plan, fen('107686250000.00'), '0');
  assert.equal(q.implausible, true);
});

test('floating ratios outside the plan’s floor and cap, or malformed, are refused with the field', () => {
  assert.equal(readFloatingRatio(plan, '-0.1'), '-0.1');
  assert.throws(() => readFloatingRatio(plan, '-0.31'), { field: 'floatingRatio', message: /-30% 至 \+30%/ });
  assert.throws(() => readFloatingRatio(plan, '0.5'), { field: 'floatingRatio' });
  assert.throws(() => readFloatingRatio(plan, '10%'), { field: 'floatingRatio' });
});

test('labels: C:1000,60 and 0.65‰; the prevention budget is half-up to 分', () => {
  assert.equal(planLabel(plan), 'C:1000,60');
  assert.equal(rateLabel('0.00065'), '0.65‰');
  assert.equal(preventionBudget(611111n, '0.15'), 91667n);
  assert.equal(preventionBudget(100n, '0.21'), 21n);
});

test('a plan below 40万 per person (应急〔2025〕27号), with unordered tiers or a missing grade is refused', () => {
  assert.throws(() => validatePlan({ ...PLAN_C, deathDisabilityLimitYuan: '399999.99' } as never), {
    field: 'input.deathDisabilityLimitYuan',
    message: /不得低于40万元/,
  });
  assert.throws(
    () =>
      validatePlan({
        ...PLAN_C,
        rateTiers: [
          { upToYuan: '100', rate: '0.001' },
          { upToYuan: '50', rate: '0.001' },
          { upToYuan: null, rate: '0.001' },
        ],
      } as never),
    { field: 'input.rateTiers[1].upToYuan' },
  );
  assert.throws(() => validatePlan({ ...PLAN_C, floatingRates: PLAN_C.floatingRates.slice(1) } as never), {
    field: 'input.floatingRates',
  });
});
