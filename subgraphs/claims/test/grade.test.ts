// CONTEXT: issue 13 — 国务院493号令 第三条 counts "以上" with the number itself: 3 deaths is 较大, not 一般. Each measure
// (deaths, serious injuries, direct loss) is tested on both sides of each boundary; the highest measure wins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accidentGrade } from '../src/domain/grade.ts';
import { checkSettlement, isLateReport } from '../src/domain/claim-rules.ts';

const WAN = 1_000_000n; // 1 万元 in 分
const none = { deaths: 0, seriousInjuries: 0, directLossFen: 0n };

const cases: Array<[string, Partial<typeof none>, string]> = [
  ['2 deaths', { deaths: 2 }, 'GENERAL'],
  ['3 deaths', { deaths: 3 }, 'LARGER'],
  ['9 deaths', { deaths: 9 }, 'LARGER'],
  ['10 deaths', { deaths: 10 }, 'MAJOR'],
  ['29 deaths', { deaths: 29 }, 'MAJOR'],
  ['30 deaths', { deaths: 30 }, 'EXTRAORDINARY'],
  ['9 serious injuries', { seriousInjuries: 9 }, 'GENERAL'],
  ['10 serious injuries', { seriousInjuries: 10 }, 'LARGER'],
  ['49 serious injuries', { seriousInjuries: 49 }, 'LARGER'],
  ['50 serious injuries', { seriousInjuries: 50 }, 'MAJOR'],
  ['99 serious injuries', { seriousInjuries: 99 }, 'MAJOR'],
  ['100 serious injuries', { seriousInjuries: 100 }, 'EXTRAORDINARY'],
  ['1000万 less 1 分', { directLossFen: 1000n * WAN - 1n }, 'GENERAL'],
  ['1000万', { directLossFen: 1000n * WAN }, 'LARGER'],
  ['5000万 less 1 分', { directLossFen: 5000n * WAN - 1n }, 'LARGER'],
  ['5000万', { directLossFen: 5000n * WAN }, 'MAJOR'],
  ['1亿 less 1 分', { directLossFen: 10000n * WAN - 1n }, 'MAJOR'],
  ['1亿', { directLossFen: 10000n * WAN }, 'EXTRAORDINARY'],
  ['nothing', {}, 'GENERAL'],
  ['the highest measure wins', { deaths: 2, seriousInjuries: 50, directLossFen: 1000n * WAN }, 'MAJOR'],
];

for (const [name, over, grade] of cases)
  test(`grade: ${name} → ${grade}`, () => assert.equal(accidentGrade({ ...none, ...over }), grade));

test('late: 30 days after 出险日期 is in time, 31 is late (across a month end)', () => {
  assert.equal(isLateReport('2026-04-01', '2026-05-01', 30), false);
  assert.equal(isLateReport('2026-04-01', '2026-05-02', 30), true);
  assert.equal(isLateReport('2026-01-31', '2026-03-03', 30), true);
});

const limits = {
  deathDisabilityLimitFen: 60n * WAN,
  medicalLimitFen: 5n * WAN,
  perAccidentLimitFen: 300n * WAN,
  cumulativeLimitFen: 1000n * WAN,
};
const check =
  (amountFen: bigint, over: Record<string, unknown> = {}) =>
  () =>
    checkSettlement(limits, {
      amountFen,
      deathCount: 0,
      injuredCount: 2,
      settledElsewhereFen: 0n,
      field: 'input.amountYuan',
      ...over,
    });

test('limits: (每人死亡伤残 + 医疗) × persons, per accident, and what is left of the cumulative limit', () => {
  assert.doesNotThrow(check(130n * WAN));
  assert.throws(
    check(130n * WAN + 1n),
    /（每人死亡伤残限额 600000\.00 元 \+ 每人医疗费用限额 50000\.00 元）× 2 人 = 1300000\.00 元/,
  );
  assert.throws(check(300n * WAN + 1n, { deathCount: 10 }), /超过每次事故限额 3000000\.00 元/);
  assert.doesNotThrow(check(100n * WAN, { settledElsewhereFen: 900n * WAN }));
  assert.throws(
    check(100n * WAN + 1n, { settledElsewhereFen: 900n * WAN }),
    /累计已决金额 9000000\.00 元.*超过累计限额 10000000\.00 元（剩余可赔 1000000\.00 元）/,
  );
  assert.throws(check(1n, { injuredCount: 0 }), /× 0 人 = 0\.00 元/);
});
