// Consumes underwriting.application.* and underwriting.policy.* v1 (typed and validated from underwriting's
// catalogue) into document grants (domain/grants.ts). One durable per source; the inbox row and the grants commit
// together, and grants are a de-duplicated set, so a redelivered or late event is a no-op.
import { READ_MODEL_BATCH_SIZE, startSourceConsumers, type SourceConsumersSetup } from '@anze/events';
import { APPLICATION_EVENTS, POLICY_EVENTS } from '@anze/underwriting/events/catalogue';
import { APPLICATION_SOURCE, POLICY_SOURCE } from '../manifest.ts';
import { applyGrantEvent, type GrantEvent } from '../domain/grants.ts';

export const startGrantConsumers = (o: SourceConsumersSetup) =>
  startSourceConsumers(
    [
      { ...APPLICATION_SOURCE, accepts: APPLICATION_EVENTS },
      { ...POLICY_SOURCE, accepts: POLICY_EVENTS },
    ],
    o,
    () => ({
      handler: async (em, event) => void (await applyGrantEvent(em, event as GrantEvent)),
      batchSize: READ_MODEL_BATCH_SIZE,
    }),
  );
