// CONTEXT: issue 13 §3 — the demo world has claims on a few per cent of the policies, spread over states, grades and
// categories, with settlements; they must obey the same rules as claims entered through the API, and be the same on
// every run (the seed is idempotent by id).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoPolicies } from '@anze/demo';
import { demoClaims, type DemoClaim } from '../src/demo.ts';
import { checkSettlement, isLateReport } from '../src/domain/claim-rules.ts';
import { accidentGrade } from '../src/domain/grade.ts';

const now = new Date('2026-12-01T04:00:00Z');

function world(): { claims: DemoClaim[]; policies: number } {
  const issued = [...demoPolicies('demo', now)];
  return { claims: [...demoClaims(issued, now)], policies: issued.length };
}

test('a few per cent of the policies, every state, several categories, the same claims on every run', () => {
  const { claims, policies } = world();
  const claimed = new Set(claims.map((c) => c.policy.id)).size;
  assert.ok(claimed / policies > 0.02 && claimed / policies < 0.05, `${claimed} of ${policies} policies`);
  assert.deepEqual(
    new Set(claims.map((c) => c.claim.status)),
    new Set(['REPORTED', 'ACCEPTED', 'SETTLED', 'DECLINED']),
  );
  assert.ok(new Set(claims.map((c) => c.claim.categoryCode)).size >= 6);
  assert.ok(claims.some((c) => c.claim.grade !== 'GENERAL'));
  assert.deepEqual(
    world().claims.map((c) => c.claim.id),
    claims.map((c) => c.claim.id),
  );
});

test('each demo claim obeys the rules: period, grade, late flag, limits of its policy', () => {
  const settled = new Map<string, bigint>();
  for (const { policy, claim } of world().claims) {
    assert.ok(claim.accidentDate >= policy.effectiveDate && claim.accidentDate <= policy.expiryDate);
    assert.ok(claim.reportedDate >= claim.accidentDate && claim.reportedDate <= '2026-12-01');
    assert.equal(
      claim.grade,
      accidentGrade({
        deaths: claim.deathCount,
        seriousInjuries: claim.injuredCount,
        directLossFen: claim.estimatedLossFen,
      }),
    );
    assert.equal(claim.lateReported, isLateReport(claim.accidentDate, claim.reportedDate, 30));
    if (claim.settledAmountFen) {
      const elsewhere = settled.get(policy.id) ?? 0n;
      checkSettlement(policy, {
        ...claim,
        amountFen: claim.settledAmountFen,
        settledElsewhereFen: elsewhere,
        field: 'x',
      });
      settled.set(policy.id, elsewhere + claim.settledAmountFen);
    }
  }
});
