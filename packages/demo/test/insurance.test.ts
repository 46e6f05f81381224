import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMobile, SERVICE_ITEM_CODES } from '@anze/dictionaries';
import {
  DEMO_BROKERS,
  DEMO_INSURERS,
  DEMO_PARTNERSHIPS,
  DEMO_SIZES,
  demoEnterprises,
  demoInsurance,
  demoPlans,
  demoProjects,
  preventionFeeFen,
  type DemoInsurance,
  type DemoInsuranceState,
  type DemoPolicy,
} from '../src/index.ts';

const NOW = new Date('2026-12-01T04:00:00Z');
const DAY = 86_400_000;
const enterprises = demoEnterprises(DEMO_SIZES.demo.enterprises);
const plans = demoPlans();
const world = (count: number, now = NOW) => [
  ...demoInsurance(demoProjects(count, enterprises), DEMO_INSURERS, DEMO_BROKERS, plans, now),
];
const demo = world(DEMO_SIZES.demo.projects);
const applications = demo.flatMap((x) => (x.application ? [x.application] : []));
const policies = demo.flatMap((x) => (x.policy ? [x.policy] : []));
/** 未生效 / 有效 / 即将到期 (30 days) / 已过期 on now's day in Beijing, as underwriting's policyStatus reads them. */
function policyStatus(p: Pick<DemoPolicy, 'effectiveDate' | 'expiryDate'>, now: Date) {
  const today = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  if (today < p.effectiveDate) return 'PENDING';
  if (today > p.expiryDate) return 'EXPIRED';
  return (Date.parse(p.expiryDate) - Date.parse(today)) / DAY <= 30 ? 'EXPIRING' : 'ACTIVE';
}
const share = (list: DemoInsurance[], state: DemoInsuranceState) =>
  list.filter((x) => x.state === state).length / list.length;

test('the same projects, market, plans, now and seed give the same underwriting world', () => {
  const again = world(2000);
  assert.deepEqual(again, demo.slice(0, 2000));
  // Another seed, another world.
  const other = [
    ...demoInsurance(demoProjects(200, enterprises), DEMO_INSURERS, DEMO_BROKERS, plans, NOW, 7),
  ];
  assert.notDeepEqual(
    other.map((x) => x.state),
    demo.slice(0, 200).map((x) => x.state),
  );
});

// CONTEXT: the underwriting seed may run again on a later day (a second `npm start`): what it inserted must be found
// by id, and the states, insurers and policy numbers must not move.
test('ids, states, insurers and policy numbers do not depend on `now`', () => {
  const later = world(2000, new Date(NOW.getTime() + 45 * DAY));
  const key = (x: DemoInsurance) => [
    x.state,
    x.application?.id,
    x.application?.insurerId,
    x.application?.brokerId,
    x.application?.planId,
    x.policy?.id,
    x.policy?.policyNumber,
    x.policy?.ledgerNumber,
    x.policy?.effectiveDate,
  ];
  assert.deepEqual(later.map(key), demo.slice(0, 2000).map(key));
});

test('about 60 % of the demo projects are insured; every state occurs', () => {
  const issued = share(demo, 'ISSUED');
  assert.ok(issued > 0.57 && issued < 0.63, String(issued));
  for (const state of ['UNINSURED', 'DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const)
    assert.ok(share(demo, state) >= 0.01, `${state}: ${share(demo, state)}`);
  for (const x of demo) {
    assert.equal(x.application === null, x.state === 'UNINSURED');
    assert.equal(x.policy !== null, x.state === 'ISSUED');
    if (x.application) assert.equal(x.application.status, x.state);
    // Only registered enterprises apply online; only projects under way apply, completed ones may hold a policy.
    if (!x.project.constructor.registered) assert.equal(x.state, 'UNINSURED');
    if (x.project.status === 'COMPLETED') assert.ok(['ISSUED', 'UNINSURED'].includes(x.state), x.state);
  }
});

test('insurers by market share (人保财险 largest), brokers on about 40 % and always a partner of the insurer', () => {
  const counts = new Map<string, number>();
  for (const a of applications) counts.set(a.insurerId, (counts.get(a.insurerId) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  assert.equal(ranked[0]![0], DEMO_INSURERS[0]!.id);
  assert.ok(ranked[0]![1] / applications.length > 0.25);
  assert.equal(counts.size, 21, 'every insurer has business');
  const brokered = applications.filter((a) => a.brokerId);
  assert.ok(brokered.length / applications.length > 0.35 && brokered.length / applications.length < 0.45);
  assert.equal(new Set(brokered.map((a) => a.brokerId)).size, 5);
  const pairs = new Set(DEMO_PARTNERSHIPS.map((p) => `${p.brokerId}/${p.insurerId}`));
  for (const a of brokered) assert.ok(pairs.has(`${a.brokerId}/${a.insurerId}`));
  assert.equal(new Set(applications.map((a) => a.planId)).size, 3);
});

test('applications: consistent history and dates, valid phones, the project copied, review deadlines', () => {
  for (const a of applications) {
    const x = demo.find((d) => d.application === a)!;
    assert.equal(checkMobile(a.contactPhone), null, a.contactPhone);
    assert.equal(a.projectId, x.project.id);
    assert.equal(a.organisationId, x.project.constructor.id);
    assert.equal(a.enterpriseUscc, x.project.constructor.uscc);
    assert.equal(a.costFen, x.project.costFen);
    assert.ok(
      a.createdAt >= x.project.createdAt,
      `${a.createdAt.toISOString()} < ${x.project.createdAt.toISOString()}`,
    );
    assert.deepEqual(a.createdAt, a.history[0]!.at);
    assert.equal(a.history[0]!.action, 'SAVED');
    assert.equal(a.history.at(-1)!.toStatus, a.status);
    assert.deepEqual(a.updatedAt, a.history.at(-1)!.at);
    for (let k = 1; k < a.history.length; k++) {
      assert.ok(a.history[k]!.at >= a.history[k - 1]!.at, `${a.id} history out of order`);
      assert.equal(a.history[k]!.fromStatus, a.history[k - 1]!.toStatus);
    }
    assert.ok(a.updatedAt <= NOW);
    if (a.submittedAt) {
      const due = a.reviewDueAt!.getTime() - a.submittedAt.getTime();
      assert.ok(due >= 3 * DAY && due <= 5 * DAY, 'three working days');
    }
    if (a.status === 'REJECTED') assert.ok(a.reviewOpinion && a.reviewOpinion.length > 5);
    if (a.status === 'APPROVED' || a.status === 'ISSUED') {
      assert.ok(a.reviewedAt && a.floatingReason);
      assert.equal(
        a.floatingRatio,
        plans[0]!.floatingRates.find((f) => f.accidentGrade === a.accidentGrade)!.ratio,
      );
    } else assert.equal(a.floatingRatio, '0');
    assert.equal(a.planCode, plans.find((p) => p.id === a.planId)!.code);
    if (a.status === 'SUBMITTED') {
      assert.equal(a.reviewedAt, null);
      assert.equal(a.overdue, a.reviewDueAt! < NOW);
      assert.equal(
        a.overdue,
        a.history.some((h) => h.action === 'REVIEW_OVERDUE'),
      );
    } else assert.equal(a.overdue, false, 'a review or 撤回 clears the mark');
    // underwriting's state machine: 撤回 only from 待复审; a decision only on a 待复审 application.
    for (const h of a.history) {
      if (h.action === 'WITHDRAWN' || h.action === 'APPROVED' || h.action === 'REJECTED')
        assert.equal(h.fromStatus, 'SUBMITTED', `${h.action} from ${h.fromStatus}`);
      if (h.action === 'SUBMITTED') assert.ok(['DRAFT', 'REJECTED'].includes(h.fromStatus!));
      if (h.action === 'ISSUED') assert.equal(h.fromStatus, 'APPROVED');
    }
  }
  const submitted = applications.filter((a) => a.status === 'SUBMITTED');
  assert.ok(submitted.some((a) => a.overdue) && submitted.some((a) => !a.overdue));
  assert.ok(applications.some((a) => a.reviewOpinion === '项目合同扫描件不清晰，请重新上传'));
  assert.ok(
    applications.some(
      (a) => a.status !== 'SUBMITTED' && a.history.some((h) => h.action === 'REVIEW_OVERDUE'),
    ),
    'some reviews came after the deadline',
  );
  assert.ok(
    applications.some((a) => a.status === 'ISSUED' && a.history.some((h) => h.action === 'REJECTED')),
    'some policies passed only after a 复审不通过',
  );
});

test('policies: effective ≤ expiry around the project dates, some 即将到期 and 已过期 on `now`', () => {
  const statuses = new Map<string, number>();
  for (const p of policies) {
    const x = demo.find((d) => d.policy === p)!;
    assert.ok(p.effectiveDate <= p.expiryDate, `${p.effectiveDate} > ${p.expiryDate}`);
    assert.ok(p.issuedAt <= NOW);
    assert.ok(p.issuedAt >= x.application!.reviewedAt!);
    assert.ok(p.effectiveDate >= x.project.plannedStart);
    assert.ok(
      Date.parse(p.effectiveDate) - Date.parse(x.project.plannedStart) <= 5 * DAY,
      'cover begins with the works',
    );
    if (p.extensions.length) {
      const [e] = p.extensions;
      assert.equal(e!.fromExpiryDate, x.project.plannedEnd);
      assert.equal(e!.toExpiryDate, p.expiryDate);
      assert.ok(e!.fromExpiryDate < e!.toExpiryDate && e!.at <= NOW && e!.at >= p.issuedAt);
    } else assert.ok(p.expiryDate >= x.project.plannedEnd);
    const status = policyStatus(p, NOW);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  for (const s of ['ACTIVE', 'EXPIRING', 'EXPIRED'])
    assert.ok((statuses.get(s) ?? 0) > 50, `${s}: ${statuses.get(s)}`);
  assert.ok(
    policies.some((p) => p.extensions.length),
    'some were 顺延',
  );
});

test('policy numbers are unique per insurer and look like them; 台帐 numbers are unique', () => {
  const prefix = new Map(DEMO_INSURERS.map((i) => [i.id, i.policyPrefix]));
  const seen = new Set<string>();
  for (const p of policies) {
    assert.match(p.policyNumber, /^[A-Z]{4}20\d{2}23\d{2}\d{10}$/);
    assert.ok(p.policyNumber.startsWith(prefix.get(p.insurerId)!));
    assert.equal(p.policyNumber.slice(8, 12), p.divisionCode.slice(0, 4));
    const key = `${p.insurerId}/${p.policyNumber}`;
    assert.ok(!seen.has(key), key);
    seen.add(key);
    assert.match(p.ledgerNumber, /^CB-20\d{6}-\d{6}-[0-9A-F]{7}$/);
  }
  assert.equal(new Set(policies.map((p) => p.ledgerNumber)).size, policies.length);
  assert.equal(new Set(policies.map((p) => p.id)).size, policies.length);
  assert.equal(new Set(applications.map((a) => a.id)).size, applications.length);
});

test('prevention fees: 0–3 per policy, service items 01–07, dated in cover and before now, within 15 % of the premium', () => {
  const counts = [0, 0, 0, 0];
  for (const p of policies) {
    assert.ok(p.preventionFees.length <= 3);
    counts[p.preventionFees.length]!++;
    let shares = 0;
    for (const f of p.preventionFees) {
      assert.ok(SERVICE_ITEM_CODES.includes(f.serviceItem));
      assert.ok(
        f.date >= p.effectiveDate && f.date <= p.expiryDate,
        `${f.date} outside ${p.effectiveDate}…${p.expiryDate}`,
      );
      assert.ok(
        Date.parse(f.date) < NOW.getTime() &&
          f.recordedAt <= NOW &&
          f.recordedAt.getTime() >= Date.parse(f.date),
      );
      assert.match(f.share, /^0\.0[1-5]\d\d$/);
      shares += Number(f.share);
    }
    assert.ok(shares <= 0.15 + 1e-9);
    // The seed books share × premium: never more than the 15 % budget, whatever the premium.
    for (const premium of [100_000n, 1_234_567n, 69_345_301n]) {
      const spent = p.preventionFees.reduce((s, f) => s + preventionFeeFen(premium, f.share), 0n);
      assert.ok(spent * 100n <= premium * 15n);
    }
  }
  assert.ok(
    counts.every((c) => c > 100),
    String(counts),
  );
  assert.equal(
    new Set(policies.flatMap((p) => p.preventionFees.map((f) => f.id))).size,
    counts[1]! + 2 * counts[2]! + 3 * counts[3]!,
  );
  assert.equal(preventionFeeFen(1_234_567n, '0.0150'), 18_518n);
  assert.equal(preventionFeeFen(100_000n, '0.05'), 5_000n);
});

// CONTEXT: ANZE_DEMO_SIZE=bench has 500,000 projects; the generator must stream them.
test('the bench world streams: its first policies come without generating the rest', () => {
  const started = Date.now();
  const bench = demoEnterprises(DEMO_SIZES.bench.enterprises);
  let n = 0;
  for (const x of demoInsurance(
    demoProjects(DEMO_SIZES.bench.projects, bench),
    DEMO_INSURERS,
    DEMO_BROKERS,
    plans,
    NOW,
  )) {
    if (x.policy && ++n === 1000) break;
  }
  assert.equal(n, 1000);
  assert.ok(Date.now() - started < 20_000);
});
