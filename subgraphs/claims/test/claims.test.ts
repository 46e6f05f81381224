// CONTEXT: issue 13 §1 — a claim on an issued policy: 报案 by the enterprise or 新增理赔 by the insurer, 受理, 补充材料,
// 已决 within the plan's limits, 拒赔, 重新受理 and 更正, each guarded, audited and evented; late and duplicate flags;
// who sees what; a keyed repeat answers the first claim.
import { randomUUID } from 'node:crypto';
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { OutboxMessage, createEventValidator } from '@anze/events';
import { Claim, ClaimChange, ClaimCorrection } from '../src/domain/claim.entity.ts';
import { CLAIMS_EVENT_CATALOGUE } from '../src/events/catalogue.ts';
import {
  ACCEPT,
  CORRECT,
  DECLINE,
  PROVIDE_SUPPLEMENT,
  REOPEN,
  REPORT,
  REQUEST_SUPPLEMENT,
  SETTLE,
  accepted,
  claimInput,
  refusal,
  reported,
  startHarness,
  world,
  type ClaimRow,
  type Harness,
  type World,
} from './fixtures.ts';

let h: Harness;
let w: World;
let policyId: string;

before(async () => {
  h = await startHarness('claims');
  w = await world(h);
  policyId = await w.policy({
    projectName: '哈尔滨市南岗区某住宅小区1#楼工程',
    projectCode: '2408-230103-04-01-996708',
  });
});
after(() => h?.close());

const settle = (c: ClaimRow, amountYuan: string, settledDate = '2026-11-28') =>
  w.insurer.caller.ok<{ settleClaim: ClaimRow }>(SETTLE, {
    variables: { id: c.id, v: c.version, i: { amountYuan, settledDate } },
  });

async function outboxOf(claimId: string) {
  const rows = await h.em().find(OutboxMessage, {}, { orderBy: { createdAt: 'asc' } });
  return rows
    .map((m) => ({ subject: m.subject, event: m.payload as { type: string; data: Record<string, unknown> } }))
    .filter((m) => m.event.data['claimId'] === claimId);
}

describe('报案 and 新增理赔', () => {
  test('the enterprise reports on its own policy: 项目名称 and 项目代码 from the policy, grade and flags computed', async () => {
    const c = await reported(w.enterprise.caller, policyId, { deathCount: 3, injuredCount: 0 });
    assert.equal(c.status, 'REPORTED');
    assert.equal(c.statusLabel, '已报案');
    assert.equal(c['projectName'], '哈尔滨市南岗区某住宅小区1#楼工程');
    assert.equal(c['projectCode'], '2408-230103-04-01-996708');
    assert.equal(c['categoryLabel'], '高处坠落');
    assert.equal(c['categoryStandard'], 'GB/T 6441-1986');
    assert.equal(c['grade'], 'LARGER');
    assert.equal(c['gradeLabel'], '较大事故');
    assert.equal(c['reportedBy'], 'ENTERPRISE');
    assert.equal(c['lateReported'], false);
    assert.match(String(c['claimNumber']), /^LP-\d{8}-[0-9A-F]{6}$/);
    const events = await outboxOf(c.id);
    assert.deepEqual(
      events.map((e) => e.event.type),
      ['claims.claim.reported'],
    );
    assert.match(events[0]!.subject, /\.230103\.claims\.claim\.reported$/, 'on the county’s subject');
    const validate = createEventValidator(CLAIMS_EVENT_CATALOGUE);
    assert.deepEqual(validate(events[0]!.event).errors, []);
    // Nothing about the people or the place: only counts and codes.
    const text = JSON.stringify(events[0]!.event.data);
    assert.doesNotMatch(text, /脚手架|坠落|送医/);
  });

  test('the insurer enters one with an earlier 提交日期: more than 30 days after 出险日期 is flagged late', async () => {
    const inTime = await reported(w.insurer.caller, policyId, {
      accidentDate: '2026-04-01',
      reportedDate: '2026-05-01',
      categoryCode: '01',
    });
    assert.equal(inTime['lateReported'], false);
    assert.equal(inTime['reportedBy'], 'INSURER');
    const late = await reported(w.insurer.caller, policyId, {
      accidentDate: '2026-04-02',
      reportedDate: '2026-05-03',
      categoryCode: '01',
    });
    assert.equal(late['lateReported'], true);
    assert.equal(late.status, 'REPORTED');
  });

  test('same policy, 出险日期 and 事故类别 as an earlier claim: accepted, flagged as a likely duplicate', async () => {
    const first = await reported(w.enterprise.caller, policyId, {
      accidentDate: '2026-10-10',
      categoryCode: '04',
    });
    const again = await reported(w.insurer.caller, policyId, {
      accidentDate: '2026-10-10',
      categoryCode: '04',
    });
    const other = await reported(w.enterprise.caller, policyId, {
      accidentDate: '2026-10-10',
      categoryCode: '05',
    });
    assert.equal(first['likelyDuplicate'], false);
    assert.equal(again['likelyDuplicate'], true);
    assert.equal(other['likelyDuplicate'], false);
  });

  test('bad input is refused in Chinese with its field and changes nothing', async () => {
    const before = await h.em().count(Claim, {});
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ categoryCode: '99' }, 'input.categoryCode', /事故类别/],
      [{ remark: '字'.repeat(501) }, 'input.remark', /备注 不能超过 500 个字符/],
      [
        { accidentDate: '2026-02-01' },
        'input.accidentDate',
        /出险日期应在保险期间内（2026-03-06 至 2027-03-05）/,
      ],
      [{ accidentDate: '2026-02-30' }, 'input.accidentDate', /日期格式错误/],
      [{ accidentDate: '2099-01-01' }, 'input.accidentDate', /不能晚于今天/],
      [{ deathCount: -1 }, 'input.deathCount', /死亡人数应为0至10000之间的整数/],
      [{ estimatedLossYuan: '12.345' }, 'input.estimatedLossYuan', /估损金额应为金额/],
      [{ accidentPlace: '  ' }, 'input.accidentPlace', /请填写出险地点/],
      [{ reportedDate: '2026-11-01' }, 'input.reportedDate', /提交日期为报案当日/],
    ];
    for (const [over, field, message] of cases) {
      const r = await refusal(w.enterprise.caller, REPORT, { i: claimInput(policyId, over) });
      assert.equal(r.code, 'BAD_USER_INPUT', JSON.stringify(over));
      assert.ok(r.field?.endsWith(field.replace('input.', '')), `${r.field} names ${field}`);
      assert.match(r.message, message);
    }
    assert.equal(await h.em().count(Claim, {}), before);
  });

  test('cross-tenant: another enterprise or insurer cannot report on the policy; brokers and regulators do not report', async () => {
    for (const caller of [w.otherEnterprise.caller, w.otherInsurer.caller]) {
      const r = await refusal(caller, REPORT, { i: claimInput(policyId) });
      assert.equal(r.code, 'FORBIDDEN');
    }
    for (const caller of [w.broker.caller, w.regulator]) {
      const r = await refusal(caller, REPORT, { i: claimInput(policyId) });
      assert.equal(r.code, 'FORBIDDEN');
    }
  });
});

describe('受理 → 补充材料 → 已决 | 拒赔, 重新受理', () => {
  test('the whole way, each transition in the history and evented', async () => {
    const c = await accepted(w, policyId, { accidentDate: '2026-11-01', categoryCode: '03' });
    assert.equal(c.status, 'ACCEPTED');
    assert.ok(c['decisionDueAt']);
    const asked = (
      await w.insurer.caller.ok<{ requestClaimSupplement: ClaimRow }>(REQUEST_SUPPLEMENT, {
        variables: { id: c.id, v: c.version, n: '请补充医疗证明和事故认定书' },
      })
    ).requestClaimSupplement;
    assert.equal(asked['supplementRequested'], true);
    assert.equal(asked['supplementNote'], '请补充医疗证明和事故认定书');
    const answered = (
      await w.enterprise.caller.ok<{ provideClaimSupplement: ClaimRow }>(PROVIDE_SUPPLEMENT, {
        variables: { id: c.id, v: asked.version, n: '已补充医疗证明' },
      })
    ).provideClaimSupplement;
    assert.equal(answered['supplementRequested'], false);
    const done = (await settle(answered, '50000.00')).settleClaim;
    assert.equal(done.status, 'SETTLED');
    assert.equal(done['settledAmountYuan'], '50000.00');
    assert.equal(done['settledDate'], '2026-11-28');
    const reopened = (
      await w.insurer.caller.ok<{ reopenClaim: ClaimRow }>(REOPEN, {
        variables: { id: c.id, v: done.version, r: '伤者伤情加重，重新核定' },
      })
    ).reopenClaim;
    assert.equal(reopened.status, 'ACCEPTED');
    assert.equal(reopened['settledAmountYuan'], '50000.00', 'the amount paid stays until settled again');
    const declined = await refusal(w.insurer.caller, DECLINE, {
      id: c.id,
      v: reopened.version,
      r: '不属于保险责任',
    });
    assert.equal(declined.code, 'CONFLICT');
    const again = (await settle(reopened, '80000.00')).settleClaim;
    assert.equal(again['settledAmountYuan'], '80000.00');

    const history = await h.em().find(ClaimChange, { claimId: c.id }, { orderBy: { at: 'asc' } });
    assert.deepEqual(
      history.map((x) => x.action),
      [
        'REPORTED',
        'ACCEPTED',
        'SUPPLEMENT_REQUESTED',
        'SUPPLEMENT_PROVIDED',
        'SETTLED',
        'REOPENED',
        'SETTLED',
      ],
    );
    assert.match(history.at(-1)!.note!, /已决金额 80000\.00 元（原 50000\.00 元）/);
    assert.deepEqual(
      (await outboxOf(c.id)).map((e) => e.event.type.replace('claims.claim.', '')),
      [
        'reported',
        'accepted',
        'supplement_requested',
        'supplement_provided',
        'settled',
        'reopened',
        'settled',
      ],
    );
  });

  test('refused transitions say why and change nothing', async () => {
    const c = await reported(w.enterprise.caller, policyId, { accidentDate: '2026-09-01' });
    const early = await refusal(w.insurer.caller, SETTLE, {
      id: c.id,
      v: c.version,
      i: { amountYuan: '100.00', settledDate: '2026-11-01' },
    });
    assert.equal(early.code, 'CONFLICT');
    assert.match(early.message, /只有已受理的理赔可以结案（已决）（当前状态：已报案）/);
    assert.equal((await refusal(w.enterprise.caller, ACCEPT, { id: c.id, v: c.version })).code, 'FORBIDDEN');
    assert.equal(
      (await refusal(w.otherInsurer.caller, ACCEPT, { id: c.id, v: c.version })).code,
      'FORBIDDEN',
    );
    assert.equal((await refusal(w.broker.caller, ACCEPT, { id: c.id, v: c.version })).code, 'FORBIDDEN');
    const stale = await refusal(w.insurer.caller, ACCEPT, { id: c.id, v: c.version + 1 });
    assert.equal(stale.code, 'CONFLICT');
    assert.equal(stale.field, 'version');
    const unasked = await refusal(w.enterprise.caller, PROVIDE_SUPPLEMENT, {
      id: c.id,
      v: c.version,
      n: '材料',
    });
    assert.match(unasked.message, /保险机构未要求补充材料/);
    const reopen = await refusal(w.insurer.caller, REOPEN, { id: c.id, v: c.version, r: '原因' });
    assert.match(reopen.message, /只有已决的理赔可以重新受理/);
    const row = await h.em().findOneOrFail(Claim, { id: c.id });
    assert.equal(row.status, 'REPORTED');
    assert.equal(row.version, c.version);

    const declined = (
      await w.insurer.caller.ok<{ declineClaim: ClaimRow }>(DECLINE, {
        variables: { id: c.id, v: c.version, r: '出险时不在保险责任范围内' },
      })
    ).declineClaim;
    assert.equal(declined.status, 'DECLINED');
    assert.equal(declined['declineReason'], '出险时不在保险责任范围内');
    assert.equal(
      (await refusal(w.insurer.caller, ACCEPT, { id: c.id, v: declined.version })).code,
      'CONFLICT',
    );
    const corr = await refusal(w.insurer.caller, CORRECT, {
      id: c.id,
      v: declined.version,
      i: { deathCount: 1, reason: '核实' },
    });
    assert.match(corr.message, /拒赔的理赔不能更正/);
  });
});

describe('limits', () => {
  test('above (每人死亡伤残 + 医疗) × persons is refused with the figures; nothing changes', async () => {
    const c = await accepted(w, policyId, { accidentDate: '2026-08-01', injuredCount: 1 });
    const r = await refusal(w.insurer.caller, SETTLE, {
      id: c.id,
      v: c.version,
      i: { amountYuan: '650000.01', settledDate: '2026-11-01' },
    });
    assert.equal(r.code, 'BAD_USER_INPUT');
    assert.equal(r.field, 'input.amountYuan');
    assert.equal(
      r.message,
      '已决金额 650000.01 元超过每人限额 × 伤亡人数：（每人死亡伤残限额 600000.00 元 + 每人医疗费用限额 50000.00 元）× 1 人 = 650000.00 元',
    );
    assert.equal((await h.em().findOneOrFail(Claim, { id: c.id })).status, 'ACCEPTED');
    assert.equal((await settle(c, '650000.00')).settleClaim.status, 'SETTLED');
  });

  test('the settled total of a policy stays within its cumulative limit; 累计金额 sums the settled claims', async () => {
    const small = await w.policy({ limitsFen: { cumulative: '100000000' } }); // 累计 100万
    const a = await accepted(w, small, { injuredCount: 2 });
    const b = await accepted(w, small, { injuredCount: 2, categoryCode: '01' });
    await settle(a, '600000.00');
    const r = await refusal(w.insurer.caller, SETTLE, {
      id: b.id,
      v: b.version,
      i: { amountYuan: '400000.01', settledDate: '2026-11-28' },
    });
    assert.equal(
      r.message,
      '该保单累计已决金额 600000.00 元，加上本次 400000.01 元共 1000000.01 元，超过累计限额 1000000.00 元（剩余可赔 400000.00 元）',
    );
    await settle(b, '400000.00');
    const p = await w.insurer.caller.ok<{
      claimPolicy: { settledTotalYuan: string; cumulativeLimitYuan: string; claims: unknown[] };
    }>(
      `query($id: ID!) { claimPolicy(policyId: $id) { settledTotalYuan cumulativeLimitYuan claims { id } } }`,
      { variables: { id: small } },
    );
    assert.equal(p.claimPolicy.settledTotalYuan, '1000000.00');
    assert.equal(p.claimPolicy.cumulativeLimitYuan, '1000000.00');
    assert.equal(p.claimPolicy.claims.length, 2);
  });

  test('更正: each change recorded with its reason, the grade follows, a correction beyond the limits is refused', async () => {
    const c = await accepted(w, policyId, {
      accidentDate: '2026-07-01',
      injuredCount: 1,
      categoryCode: '07',
    });
    const s = (await settle(c, '10000.00')).settleClaim;
    const beyond = await refusal(w.insurer.caller, CORRECT, {
      id: c.id,
      v: s.version,
      i: { settledAmountYuan: '700000.00', reason: '复核' },
    });
    assert.equal(beyond.field, 'input.settledAmountYuan');
    assert.equal(await h.em().count(ClaimCorrection, { claimId: c.id }), 0);
    const fixed = (
      await w.insurer.caller.ok<{
        correctClaim: ClaimRow & {
          corrections: Array<Record<string, string>>;
          history: Array<Record<string, string>>;
        };
      }>(CORRECT, {
        variables: {
          id: c.id,
          v: s.version,
          i: { deathCount: 3, settledAmountYuan: '700000.00', reason: '伤者经抢救无效死亡' },
        },
      })
    ).correctClaim;
    assert.equal(fixed['deathCount'], 3);
    assert.equal(fixed['grade'], 'LARGER');
    assert.equal(fixed['settledAmountYuan'], '700000.00');
    assert.deepEqual(fixed.corrections.map((x) => [x.field, x.label, x.from, x.to, x.reason]).sort(), [
      ['deathCount', '死亡人数', '0', '3', '伤者经抢救无效死亡'],
      ['settledAmountYuan', '已决金额', '10000.00', '700000.00', '伤者经抢救无效死亡'],
    ]);
    assert.equal(fixed.history[0]!.action, 'CORRECTED');
    const events = await outboxOf(c.id);
    assert.deepEqual(events.at(-1)!.event.data['correctedFields'], ['deathCount', 'settledAmountYuan']);
    const nothing = await refusal(w.insurer.caller, CORRECT, {
      id: c.id,
      v: fixed.version,
      i: { deathCount: 3, reason: '复核' },
    });
    assert.match(nothing.message, /没有需要更正的内容/);
  });
});

describe('who sees what', () => {
  const LIST = `query($f: ClaimFilter) { claims(filter: $f, page: { pageSize: 100 }) { total items { id } } }`;
  const ONE = `query($id: ID!) { claim(id: $id) { id } }`;
  let claimId: string;
  let elsewhere: string;

  before(async () => {
    claimId = (
      await reported(w.enterprise.caller, policyId, { accidentDate: '2026-06-01', categoryCode: '20' })
    ).id;
    // A policy of the other insurer in 齐齐哈尔, without a broker.
    const far = await w.policy({
      insurerId: w.otherInsurer.id,
      organisationId: randomUUID(),
      divisionCode: '230202',
    });
    elsewhere = (await reported(w.otherInsurer.caller, far, { accidentDate: '2026-06-01' })).id;
  });

  const ids = async (caller: World['insurer']['caller'], f: Record<string, unknown> = {}) =>
    (
      await caller.ok<{ claims: { items: Array<{ id: string }> } }>(LIST, { variables: { f } })
    ).claims.items.map((c) => c.id);

  test('the enterprise its own, the insurer its policies, a broker its partners’, a regulator its jurisdiction', async () => {
    for (const [who, caller, sees, seesElsewhere] of [
      ['enterprise', w.enterprise.caller, true, false],
      ['other enterprise', w.otherEnterprise.caller, false, false],
      ['insurer', w.insurer.caller, true, false],
      ['other insurer', w.otherInsurer.caller, false, true],
      ['partner broker', w.broker.caller, true, false],
      ['other broker', w.otherBroker.caller, false, false],
      ['哈尔滨 regulator', w.regulator, true, false],
      ['齐齐哈尔 regulator', w.otherRegulator, false, true],
    ] as const) {
      const list = await ids(caller);
      assert.equal(list.includes(claimId), sees, `${who} lists the claim`);
      assert.equal(list.includes(elsewhere), seesElsewhere, `${who} lists the other insurer's claim`);
      const one = await caller.call<{ claim: { id: string } | null }>(ONE, { variables: { id: claimId } });
      if (sees) assert.equal(one.data?.claim?.id, claimId, who);
      else assert.equal(one.errors?.[0]?.extensions?.code, 'FORBIDDEN', who);
    }
  });

  test('a third-party platform (API_CLIENT) of the jurisdiction reads figures and codes, not the free texts', async () => {
    const client = await h.as({ roles: ['API_CLIENT'], scopes: ['claims:read'], jurisdiction: '230100' });
    const ok = await client.call<{ claim: { claimNumber: string; grade: string } }>(
      `query($id: ID!) { claim(id: $id) { claimNumber grade deathCount estimatedLossYuan } }`,
      { variables: { id: claimId } },
    );
    assert.equal(ok.errors, undefined);
    assert.match(ok.data!.claim.claimNumber, /^LP-/);
    for (const field of ['description', 'accidentPlace', 'remark', 'history { note }']) {
      const r = await client.call(`query($id: ID!) { claim(id: $id) { id ${field} } }`, {
        variables: { id: claimId },
      });
      assert.equal(r.errors?.[0]?.extensions?.code, 'FORBIDDEN', field);
    }
  });

  test("a regulator's wider division filter stays inside its jurisdiction", async () => {
    const list = await ids(w.regulator, { divisionCode: '230000' });
    assert.ok(list.includes(claimId));
    assert.ok(!list.includes(elsewhere));
    // 理赔 list filters: enterprise, insurer, state, grade, 出险日期 range.
    assert.ok((await ids(w.regulator, { organisationId: w.enterprise.id })).includes(claimId));
    assert.ok(!(await ids(w.regulator, { organisationId: w.otherEnterprise.id })).includes(claimId));
    assert.ok(
      (await ids(w.regulator, { insurerId: w.insurer.id, status: 'REPORTED', grade: 'GENERAL' })).includes(
        claimId,
      ),
    );
    assert.ok(
      (await ids(w.regulator, { accidentFrom: '2026-06-01', accidentTo: '2026-06-01' })).includes(claimId),
    );
    assert.ok(!(await ids(w.regulator, { accidentFrom: '2026-06-02' })).includes(claimId));
  });
});

describe('retry-safe writes', () => {
  test('the same Idempotency-Key and input answers the first claim; other input with it is refused', async () => {
    const key = `claim-${Date.now()}`;
    const input = claimInput(policyId, { accidentDate: '2026-05-05', categoryCode: '12' });
    const call = (i: Record<string, unknown>) =>
      w.enterprise.caller.call<{ reportClaim: ClaimRow }>(REPORT, {
        variables: { i },
        headers: { 'idempotency-key': key },
      });
    const first = await call(input);
    const second = await call(input);
    assert.equal(second.data?.reportClaim.id, first.data?.reportClaim.id);
    assert.equal(await h.em().count(Claim, { accidentDate: '2026-05-05', categoryCode: '12' }), 1);
    const other = await call({ ...input, deathCount: 1 });
    assert.equal(other.errors?.[0]?.extensions?.code, 'CONFLICT');
    assert.equal(await h.em().count(Claim, { accidentDate: '2026-05-05', categoryCode: '12' }), 1);
  });
});
