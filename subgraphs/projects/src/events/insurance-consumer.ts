// Consumes underwriting.application.{submitted,approved,rejected,withdrawn,review_overdue} v1 and
// underwriting.policy.{issued,extended} v1 (typed and validated from underwriting's catalogue) into each project's
// insurance columns (domain/insurance.ts). One durable per source; the inbox row and the update commit together, so
// a redelivered event is a no-op, and the fold ignores an event older than what the project holds, whichever
// durable or replica brings it.
import { startSourceConsumers, type SourceConsumersSetup } from '@anze/events';
import { APPLICATION_EVENTS, POLICY_EVENTS } from '@anze/underwriting/events/catalogue';
import { APPLICATION_SOURCE, POLICY_SOURCE } from '../manifest.ts';
import { applyInsuranceEvent, type InsuranceEvent } from '../domain/insurance.ts';

export const startInsuranceConsumers = (o: SourceConsumersSetup) =>
  startSourceConsumers(
    [
      { ...APPLICATION_SOURCE, accepts: APPLICATION_EVENTS },
      { ...POLICY_SOURCE, accepts: POLICY_EVENTS },
    ],
    o,
    () => ({ handler: async (em, event) => void (await applyInsuranceEvent(em, event as InsuranceEvent)) }),
  );
