// CONTEXT: issue 13 §2 — 事故 on 投保信息 lists the enterprise's accidents of the previous 12 months with their grades,
// from claims' events projected in underwriting, and proposes the floating ratio from the plan's table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { subDays, subMonths } from 'date-fns';
import { createEvent, type EventEnvelope } from '@anze/events';
import { graphql } from '@anze/testing';
import type { ClaimEventData } from '@anze/claims/events/catalogue';
import { startHarness, world, submitted, type Harness, type World } from './fixtures.ts';
import { accidentWindowStart, historyGradeOf } from '../src/domain/accidents.ts';

let h: Harness;
let w: World;

before(async () => {
  h = await startHarness('accidents');
  w = await world(h);
});
after(() => h?.close());

const ACCIDENTS = `query($id: ID!) { insuranceApplication(id: $id) { proposedAccidentGrade proposedFloatingRatio
  accidents { claimNumber accidentDate categoryLabel grade gradeLabel deathCount injuredCount statusLabel } } }`;

interface Accidents {
  proposedAccidentGrade: string;
  proposedFloatingRatio: string;
  accidents: Array<{
    claimNumber: string;
    accidentDate: string;
    grade: string;
    gradeLabel: string;
    statusLabel: string;
  }>;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** claims.claim.<kind> v1 of a claim of `organisationId`, the whole claim after the change as claims publishes it. */
function claimEvent(
  kind: 'reported' | 'settled' | 'declined',
  c: { claimId: string; organisationId: string; accidentDate: string; grade: ClaimEventData['grade'] },
  occurredAt: Date,
): EventEnvelope<ClaimEventData> {
  const status = ({ reported: 'REPORTED', settled: 'SETTLED', declined: 'DECLINED' } as const)[kind];
  const deaths = { GENERAL: 1, LARGER: 3, MAJOR: 10, EXTRAORDINARY: 30 }[c.grade];
  return createEvent({
    type: `claims.claim.${kind}`,
    version: 1,
    divisionCode: '230103',
    occurredAt,
    aggregate: { type: 'claim', id: c.claimId },
    data: {
      claimId: c.claimId,
      claimNumber: `LP-${c.accidentDate.replaceAll('-', '')}-${c.claimId.slice(0, 6).toUpperCase()}`,
      policyId: randomUUID(),
      policyNumber: 'PICC2025HLJ0001',
      projectId: randomUUID(),
      projectCode: '2408-230103-04-01-000001',
      divisionCode: '230103',
      organisationId: c.organisationId,
      insurerId: w.insurer.id,
      brokerId: null,
      status,
      accidentDate: c.accidentDate,
      categoryStandard: 'GB/T 6441-1986',
      categoryCode: '09',
      injuredCount: 0,
      deathCount: deaths,
      estimatedLossFen: '50000000',
      directLossFen: null,
      settledAmountFen: kind === 'settled' ? '40000000' : null,
      settledDate: kind === 'settled' ? c.accidentDate : null,
      reportedDate: c.accidentDate,
      grade: c.grade,
      lateReported: false,
      likelyDuplicate: false,
      reportedBy: 'ENTERPRISE',
    },
  });
}

async function accidentsOf(caller: World['insurer']['caller'], id: string): Promise<Accidents> {
  return (await caller.ok<{ insuranceApplication: Accidents }>(ACCIDENTS, { variables: { id } }))
    .insuranceApplication;
}

test('an enterprise without accidents: 上一年度无事故 and the plan’s ratio for it', async () => {
  const app = await submitted(w, await w.newProject());
  const a = await accidentsOf(w.insurer.caller, app.id);
  assert.deepEqual(a, { proposedAccidentGrade: 'NONE', proposedFloatingRatio: '-0.1', accidents: [] });
});

test('the accidents of the previous 12 months, a declined claim left out, the worst grade proposing the ratio', async () => {
  const app = await submitted(w, await w.newProject());
  const now = new Date();
  const recent = { claimId: randomUUID(), organisationId: w.enterprise.id, grade: 'GENERAL' as const };
  const declined = { claimId: randomUUID(), organisationId: w.enterprise.id, grade: 'LARGER' as const };
  const old = { claimId: randomUUID(), organisationId: w.enterprise.id, grade: 'MAJOR' as const };
  const elsewhere = { claimId: randomUUID(), organisationId: randomUUID(), grade: 'MAJOR' as const };
  await h.deliver(
    claimEvent('reported', { ...recent, accidentDate: day(subMonths(now, 3)) }, subDays(now, 80)),
    claimEvent('settled', { ...recent, accidentDate: day(subMonths(now, 3)) }, subDays(now, 60)),
    // CONTEXT: replicas share the durable: the 拒赔 can be applied before the 报案 it follows, which must not undo it.
    claimEvent('declined', { ...declined, accidentDate: day(subMonths(now, 2)) }, subDays(now, 30)),
    claimEvent('reported', { ...declined, accidentDate: day(subMonths(now, 2)) }, subDays(now, 50)),
    claimEvent('reported', { ...old, accidentDate: day(subMonths(now, 14)) }, subMonths(now, 14)),
    claimEvent('reported', { ...elsewhere, accidentDate: day(subMonths(now, 1)) }, subMonths(now, 1)),
  );
  const a = await accidentsOf(w.insurer.caller, app.id);
  assert.deepEqual(
    a.accidents.map((x) => [x.accidentDate, x.grade, x.gradeLabel, x.statusLabel]),
    [[day(subMonths(now, 3)), 'GENERAL', '一般事故', '已决']],
  );
  assert.deepEqual([a.proposedAccidentGrade, a.proposedFloatingRatio], ['GENERAL', '0.1']);

  // 特别重大 counts as 重大及以上 in the floating table; the newest accident comes first.
  const worst = { claimId: randomUUID(), organisationId: w.enterprise.id, grade: 'EXTRAORDINARY' as const };
  await h.deliver(claimEvent('reported', { ...worst, accidentDate: day(subDays(now, 5)) }, subDays(now, 4)));
  const b = await accidentsOf(w.insurer.caller, app.id);
  assert.deepEqual(
    b.accidents.map((x) => x.grade),
    ['EXTRAORDINARY', 'GENERAL'],
  );
  assert.deepEqual([b.proposedAccidentGrade, b.proposedFloatingRatio], ['MAJOR', '0.3']);
  // The partner broker sees them too; the enterprise itself does not query 事故.
  assert.equal((await accidentsOf(w.broker.caller, app.id)).accidents.length, 2);
  const own = await graphql(h.url, ACCIDENTS, {
    token: w.enterprise.caller.token,
    variables: { id: app.id },
  });
  assert.equal(own.errors?.[0]?.extensions?.code, 'FORBIDDEN');
});

test('the window is the 12 months up to today, both ends included', () => {
  assert.equal(accidentWindowStart('2026-12-01'), '2025-12-01');
  // (a 29 February goes to the 28th of the year before)
  assert.equal(accidentWindowStart('2028-02-29'), '2027-02-28');
  assert.equal(historyGradeOf([]), 'NONE');
  assert.equal(historyGradeOf([{ grade: 'LARGER' }, { grade: 'GENERAL' }]), 'LARGER');
});
