import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMobile, checkUscc, getDivision } from '@anze/dictionaries';
import { DEMO_BROKERS, DEMO_INSURERS, DEMO_PARTNERSHIPS, demoPlans } from '../src/index.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ORGANISATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

// CONTEXT: the 统计报告 of the Heilongjiang manual lists them in this order (登录平台顺序); analytics and the regulator's
// report show the insurers in it.
test('the 21 insurers and 5 brokers of the manual, in its order, with registered branch names', () => {
  assert.deepEqual(
    DEMO_INSURERS.map((i) => i.shortName),
    [
      '人保财险',
      '国寿财险',
      '太平财险',
      '中意财险',
      '英大财险',
      '太平洋财险',
      '阳光财险',
      '申能财险',
      '都邦财险',
      '平安财险',
      '中银财险',
      '中原农业财险',
      '华泰保险',
      '安华农业财险',
      '中华财险',
      '大家财险',
      '安盟保险',
      '大地财险',
      '阳光农业财险',
      '永诚财险',
      '华安财险',
    ],
  );
  assert.deepEqual(
    DEMO_BROKERS.map((b) => b.shortName),
    ['昆仑保险经纪', '中汇保险经纪', '江泰保险经纪', '鲲鹏保险经纪', '合翔保险经纪'],
  );
  assert.equal(DEMO_INSURERS[0]!.name, '中国人民财产保险股份有限公司黑龙江省分公司');
  assert.equal(DEMO_BROKERS[0]!.name, '昆仑保险经纪股份有限公司黑龙江分公司');
  for (const o of [...DEMO_INSURERS, ...DEMO_BROKERS]) {
    assert.match(o.name, /黑龙江(省)?分公司$|^阳光农业相互保险公司$/, o.name);
    assert.ok(['230000', '230100'].includes(o.divisionCode), o.divisionCode);
    assert.match(o.id, UUID);
    assert.equal(checkMobile(o.profile.contactMobile), null);
    assert.ok(o.profile.registeredAddress.startsWith('黑龙江省哈尔滨市'), o.profile.registeredAddress);
  }
});

test('valid, distinct 统一社会信用代码 (GB 32100) whose 主体标识码 is a valid 组织机构代码 (GB 11714)', () => {
  const all = [...DEMO_INSURERS, ...DEMO_BROKERS];
  assert.equal(new Set(all.map((o) => o.uscc)).size, 26);
  assert.equal(new Set(all.map((o) => o.id)).size, 26);
  for (const o of all) {
    assert.equal(checkUscc(o.uscc), null, o.uscc);
    assert.match(o.uscc, /^91\d{6}\d{8}[\dX]/);
    assert.ok(getDivision(o.uscc.slice(2, 8)), o.uscc);
    const digits = [...o.uscc.slice(8, 16)].map(Number);
    const check = 11 - (digits.reduce((s, d, i) => s + d * ORGANISATION_CODE_WEIGHTS[i]!, 0) % 11);
    assert.equal(o.uscc[16], check === 10 ? 'X' : check === 11 ? '0' : String(check), o.uscc);
  }
});

test('market shares sum to 1 with 人保财险 the largest; policy prefixes are distinct', () => {
  const sum = DEMO_INSURERS.reduce((s, i) => s + i.marketShare, 0);
  assert.ok(Math.abs(sum - 1) < 1e-9, String(sum));
  const largest = [...DEMO_INSURERS].sort((a, b) => b.marketShare - a.marketShare)[0]!;
  assert.equal(largest.shortName, '人保财险');
  assert.equal(new Set(DEMO_INSURERS.map((i) => i.policyPrefix)).size, 21);
  assert.ok(Math.abs(DEMO_BROKERS.reduce((s, b) => s + b.brokerShare, 0) - 1) < 1e-9);
});

test('partnerships: every broker with 3–8 insurers, 人保财险 with several brokers', () => {
  const insurerIds = new Set(DEMO_INSURERS.map((i) => i.id));
  for (const b of DEMO_BROKERS) {
    assert.ok(b.partnerIds.length >= 3 && b.partnerIds.length <= 8, `${b.shortName}: ${b.partnerIds.length}`);
    assert.equal(new Set(b.partnerIds).size, b.partnerIds.length);
    for (const id of b.partnerIds) assert.ok(insurerIds.has(id));
  }
  const picc = DEMO_INSURERS[0]!.id;
  assert.ok(DEMO_PARTNERSHIPS.filter((p) => p.insurerId === picc).length >= 3);
  // The demo broker account's company partners with the demo insurer account's.
  assert.ok(DEMO_PARTNERSHIPS.some((p) => p.brokerId === DEMO_BROKERS[0]!.id && p.insurerId === picc));
  assert.equal(
    DEMO_PARTNERSHIPS.length,
    DEMO_BROKERS.reduce((s, b) => s + b.partnerIds.length, 0),
  );
});

test('plans A/B/C: the manual labels, limits of 应急〔2025〕27号, tiers by cost, floating within ±30 %', () => {
  const plans = demoPlans();
  assert.deepEqual(
    plans.map((p) => [p.code, p.name, p.description!.split('：')[0]]),
    [
      ['A', '方案A', 'A:2000,100'],
      ['B', '方案B', 'B:1500,80'],
      ['C', '方案C', 'C:1000,60'],
    ],
  );
  for (const p of plans) {
    assert.equal(p.provinceCode, '230000');
    assert.match(p.id, UUID);
    assert.ok(p.deathDisabilityLimitFen >= 40_000_000n, 'at least 40万 per person');
    assert.ok(p.medicalLimitFen < p.deathDisabilityLimitFen);
    assert.ok(
      p.deathDisabilityLimitFen <= p.perAccidentLimitFen && p.perAccidentLimitFen <= p.cumulativeLimitFen,
    );
    assert.equal(p.minimumPremiumFen, 100_000n);
    assert.equal(p.plausibleMaximumPremiumFen, 500_000_000n);
    assert.equal(p.rateTiers.at(-1)!.upToFen, null);
    const bounds = p.rateTiers.slice(0, -1).map((t) => BigInt(t.upToFen!));
    assert.deepEqual(
      bounds,
      [...bounds].sort((a, b) => (a < b ? -1 : 1)),
    );
    for (const t of p.rateTiers) assert.match(t.rate, /^0\.\d+$/);
    const rates = p.rateTiers.map((t) => Number(t.rate));
    assert.deepEqual(
      rates,
      [...rates].sort((a, b) => b - a),
      'the rate falls as the cost rises',
    );
    assert.deepEqual(
      p.floatingRates.map((f) => [f.accidentGrade, f.ratio]),
      [
        ['NONE', '-0.1'],
        ['GENERAL', '0.1'],
        ['LARGER', '0.2'],
        ['MAJOR', '0.3'],
      ],
    );
    assert.deepEqual([p.floatingFloor, p.floatingCap], ['-0.3', '0.3']);
  }
  const [a, b, c] = plans;
  a!.rateTiers.forEach((t, k) => {
    assert.ok(Number(t.rate) > Number(b!.rateTiers[k]!.rate));
    assert.ok(Number(b!.rateTiers[k]!.rate) > Number(c!.rateTiers[k]!.rate));
  });
  // Fresh objects each call, with the same ids.
  a!.rateTiers.pop();
  assert.equal(demoPlans()[0]!.rateTiers.length, 6);
  assert.deepEqual(
    demoPlans().map((p) => p.id),
    plans.map((p) => p.id),
  );
});
