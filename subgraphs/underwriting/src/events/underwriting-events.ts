// Events underwriting publishes, through the outbox in the transaction of the change: each fact of the domain
// (domain/context.ts) becomes its catalogue event (catalogue.ts types every payload). No personal data.
import { createEvent, recordEvent, type EventAggregate, type EventEnvelope } from '@anze/events';
import { actorOf, type Viewer } from '@anze/auth';
import type { IInsuranceApplication } from '../domain/application.entity.ts';
import type { IPolicy } from '../domain/policy.entity.ts';
import type { PlanLimits } from '../domain/context.ts';
import type { PublishFact, UnderwritingFact } from '../domain/context.ts';
import type {
  ApplicationEventData,
  PolicyIssuedData,
  PreventionFeeRecordedData,
  UnderwritingEventType,
} from './catalogue.ts';

function applicationPayload(app: IInsuranceApplication, readers: string[]): ApplicationEventData {
  return {
    applicationId: app.id,
    projectId: app.projectId,
    projectCode: app.projectCode,
    divisionCode: app.divisionCode,
    organisationId: app.organisationId,
    enterpriseUscc: app.enterpriseUscc,
    insurerId: app.insurerId,
    brokerId: app.brokerId ?? null,
    planId: app.planId,
    planCode: app.planCode,
    status: app.status,
    quoteFen: app.quoteFen.toString(),
    readerOrganisationIds: readers,
    documentIds: Object.values(app.documents).filter((id): id is string => Boolean(id)),
  };
}

function policyPayload(
  app: IInsuranceApplication,
  p: IPolicy,
  plan: PlanLimits,
  readers: string[],
): PolicyIssuedData {
  return {
    ...applicationPayload(app, readers),
    policyId: p.id,
    policyNumber: p.policyNumber,
    projectName: p.projectName,
    ledgerNumber: p.ledgerNumber,
    premiumFen: p.premiumFen.toString(),
    premiumImplausible: p.implausible,
    preventionBudgetFen: p.preventionBudgetFen.toString(),
    effectiveDate: p.effectiveDate,
    expiryDate: p.expiryDate,
    issuedAt: p.issuedAt.toISOString(),
    policyDocumentId: p.policyDocumentId,
    agreementDocumentId: p.agreementDocumentId,
    deathDisabilityLimitFen: plan.deathDisabilityLimitFen.toString(),
    medicalLimitFen: plan.medicalLimitFen.toString(),
    perAccidentLimitFen: plan.perAccidentLimitFen.toString(),
    cumulativeLimitFen: plan.cumulativeLimitFen.toString(),
  };
}

function eventOf(fact: UnderwritingFact): { aggregate: EventAggregate; data: unknown; divisionCode: string } {
  switch (fact.type) {
    case 'application.submitted':
    case 'application.review_overdue':
      return {
        aggregate: { type: 'application', id: fact.application.id },
        divisionCode: fact.application.divisionCode,
        data: {
          ...applicationPayload(fact.application, fact.readers),
          reviewDueAt: fact.application.reviewDueAt!.toISOString(),
        },
      };
    case 'application.approved':
      return {
        aggregate: { type: 'application', id: fact.application.id },
        divisionCode: fact.application.divisionCode,
        data: {
          ...applicationPayload(fact.application, fact.readers),
          floatingRatio: fact.application.floatingRatio,
        },
      };
    case 'application.rejected':
    case 'application.withdrawn':
      return {
        aggregate: { type: 'application', id: fact.application.id },
        divisionCode: fact.application.divisionCode,
        data: applicationPayload(fact.application, fact.readers),
      };
    case 'policy.issued':
      return {
        aggregate: { type: 'policy', id: fact.policy.id },
        divisionCode: fact.policy.divisionCode,
        data: policyPayload(fact.application, fact.policy, fact.plan, fact.readers),
      };
    case 'policy.extended':
      return {
        aggregate: { type: 'policy', id: fact.policy.id },
        divisionCode: fact.policy.divisionCode,
        data: {
          ...policyPayload(fact.application, fact.policy, fact.plan, fact.readers),
          previousExpiryDate: fact.previousExpiryDate,
        },
      };
    case 'prevention_fee.recorded':
      return {
        aggregate: { type: 'policy', id: fact.policy.id },
        divisionCode: fact.policy.divisionCode,
        data: {
          policyId: fact.policy.id,
          projectId: fact.policy.projectId,
          divisionCode: fact.policy.divisionCode,
          insurerId: fact.policy.insurerId,
          entryId: fact.entry.id,
          date: fact.entry.date,
          serviceItem: fact.entry.serviceItem as PreventionFeeRecordedData['serviceItem'],
          amountFen: fact.entry.amountFen.toString(),
          budgetFen: fact.policy.preventionBudgetFen.toString(),
          spentFen: fact.policy.preventionSpentFen.toString(),
        } satisfies PreventionFeeRecordedData,
      };
  }
}

/** The catalogue event of a fact; the demo seed inserts these in bulk (its outbox rows, in the batch's transaction). */
export function underwritingEvent(fact: UnderwritingFact, viewer: Viewer): EventEnvelope {
  const { aggregate, data, divisionCode } = eventOf(fact);
  return createEvent({
    type: `underwriting.${fact.type}` satisfies UnderwritingEventType,
    version: 1,
    divisionCode,
    actor: actorOf(viewer),
    aggregate,
    data,
  });
}

export const publishUnderwritingFact: PublishFact = (em, fact, viewer) =>
  recordEvent(em, underwritingEvent(fact, viewer));
