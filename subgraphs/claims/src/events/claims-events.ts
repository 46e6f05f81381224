// Events claims publishes, through the outbox in the transaction of the change: each fact of the domain
// (domain/context.ts) becomes its catalogue event (catalogue.ts types every payload), on the subject of the project's
// county. No personal data.
import { createEvent, recordEvent } from '@anze/events';
import { actorOf } from '@anze/auth';
import type { AccidentCategoryStandard } from '@anze/dictionaries';
import type { IClaim } from '../domain/claim.entity.ts';
import type { ClaimFact, PublishFact } from '../domain/context.ts';
import type { ClaimEventData, ClaimsEventType } from './catalogue.ts';

const fen = (v: bigint | null) => (v === null ? null : v.toString());

function claimPayload(c: IClaim): ClaimEventData {
  return {
    claimId: c.id,
    claimNumber: c.claimNumber,
    policyId: c.policyId,
    policyNumber: c.policyNumber,
    projectId: c.projectId,
    projectCode: c.projectCode,
    divisionCode: c.divisionCode,
    organisationId: c.organisationId,
    insurerId: c.insurerId,
    brokerId: c.brokerId ?? null,
    status: c.status,
    accidentDate: c.accidentDate,
    categoryStandard: c.categoryStandard as AccidentCategoryStandard,
    categoryCode: c.categoryCode,
    injuredCount: c.injuredCount,
    deathCount: c.deathCount,
    estimatedLossFen: c.estimatedLossFen.toString(),
    directLossFen: fen(c.directLossFen ?? null),
    settledAmountFen: fen(c.settledAmountFen ?? null),
    settledDate: c.settledDate ?? null,
    reportedDate: c.reportedDate,
    grade: c.grade,
    lateReported: c.lateReported,
    likelyDuplicate: c.likelyDuplicate,
    reportedBy: c.reportedBy,
  };
}

function dataOf(fact: ClaimFact): unknown {
  const base = claimPayload(fact.claim);
  switch (fact.type) {
    case 'claim.accepted':
    case 'claim.reopened':
    case 'claim.decision_overdue':
      return { ...base, decisionDueAt: fact.claim.decisionDueAt!.toISOString() };
    case 'claim.corrected':
      return { ...base, correctedFields: fact.fields };
    default:
      return base;
  }
}

export const publishClaimFact: PublishFact = (em, fact, viewer) => {
  recordEvent(
    em,
    createEvent({
      type: `claims.${fact.type}` satisfies ClaimsEventType,
      version: 1,
      divisionCode: fact.claim.divisionCode,
      actor: actorOf(viewer),
      aggregate: { type: 'claim', id: fact.claim.id },
      data: dataOf(fact),
    }),
  );
};
