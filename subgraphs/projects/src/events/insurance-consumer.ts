// Consumes underwriting.application.{submitted,approved,rejected,withdrawn,review_overdue} v1 and
// underwriting.policy.{issued,extended} v1 (typed and validated from underwriting's catalogue) into each project's
// insurance columns (domain/insurance.ts). One durable per source; the inbox row and the update commit together, so
// a redelivered event is a no-op, and the fold ignores an event older than what the project holds, whichever
// durable or replica brings it.
import {
  READ_MODEL_BATCH_SIZE,
  startSourceConsumers,
  type BatchItem,
  type SourceConsumersSetup,
} from '@anze/events';
import { APPLICATION_EVENTS, POLICY_EVENTS } from '@anze/underwriting/events/catalogue';
import { APPLICATION_SOURCE, POLICY_SOURCE } from '../manifest.ts';
import { applyInsuranceEvent, type InsuranceEvent } from '../domain/insurance.ts';

/**
 * A batch's events in the order of their counties (then projects): every update of a project bumps its county's
 * project_division_count row (the count cache's revision), held until COMMIT, so batches of the two durables locking
 * counties in stream order deadlocked each other. The fold ends in the same state whatever the order.
 */
const byCounty = (a: BatchItem, b: BatchItem) => {
  const x = (a.envelope as InsuranceEvent).data;
  const y = (b.envelope as InsuranceEvent).data;
  return x.divisionCode.localeCompare(y.divisionCode) || x.projectId.localeCompare(y.projectId);
};

export const startInsuranceConsumers = (o: SourceConsumersSetup) =>
  startSourceConsumers(
    [
      { ...APPLICATION_SOURCE, accepts: APPLICATION_EVENTS },
      { ...POLICY_SOURCE, accepts: POLICY_EVENTS },
    ],
    o,
    () => ({
      handler: async (em, event) => void (await applyInsuranceEvent(em, event as InsuranceEvent)),
      batchSize: READ_MODEL_BATCH_SIZE,
      batchHandler: async (em, items) => {
        for (const item of [...items].sort(byCounty)) {
          await applyInsuranceEvent(em, item.envelope as InsuranceEvent);
          await em.flush();
        }
      },
    }),
  );
