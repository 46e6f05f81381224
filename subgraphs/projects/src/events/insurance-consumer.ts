// Consumes underwriting.application.{submitted,approved,rejected,withdrawn,review_overdue} v1 and
// underwriting.policy.{issued,extended} v1 (typed and validated from underwriting's catalogue) into each project's
// insurance columns (domain/insurance.ts). One durable per source (NATS 2.9: one filter subject per consumer); the
// inbox row and the update commit together, so a redelivered event is a no-op, and the fold ignores an event older
// than what the project holds, whichever durable or replica brings it.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JetStreamClient } from '@nats-io/jetstream';
import {
  filterSubject,
  startConsumer,
  type ConsumerHandle,
  type EventCatalogueEntry,
  type EventsLogger,
} from '@anze/events';
import { APPLICATION_EVENTS, POLICY_EVENTS } from '@anze/underwriting/events/catalogue';
import { APPLICATION_SOURCE, POLICY_SOURCE } from '../manifest.ts';
import { applyInsuranceEvent, type InsuranceEvent } from '../domain/insurance.ts';

const SOURCES: ReadonlyArray<{ durable: string; types: string; accepts: readonly EventCatalogueEntry[] }> = [
  { ...APPLICATION_SOURCE, accepts: APPLICATION_EVENTS },
  { ...POLICY_SOURCE, accepts: POLICY_EVENTS },
];

export async function startInsuranceConsumers(o: {
  js: JetStreamClient;
  stream: string;
  prefix: string;
  em: EntityManager;
  logger?: EventsLogger;
}): Promise<ConsumerHandle[]> {
  const handles: ConsumerHandle[] = [];
  try {
    for (const source of SOURCES) {
      handles.push(
        await startConsumer<InsuranceEvent['data']>({
          js: o.js,
          stream: o.stream,
          durable: source.durable,
          // Validated against underwriting's catalogue before they reach the handler; what does not fit is parked.
          accepts: source.accepts,
          filterSubject: filterSubject({ type: source.types, prefix: o.prefix }),
          em: o.em,
          logger: o.logger,
          handler: async (em, event) => {
            await applyInsuranceEvent(em, event as InsuranceEvent);
          },
        }),
      );
    }
  } catch (err) {
    await Promise.all(handles.map((h) => h.stop()));
    throw err;
  }
  return handles;
}
