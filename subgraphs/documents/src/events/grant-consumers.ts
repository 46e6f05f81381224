// Consumes underwriting.application.* and underwriting.policy.* v1 (typed and validated from underwriting's
// catalogue) into document grants (domain/grants.ts). One durable per source (NATS 2.9: one filter subject per
// consumer); the inbox row and the grants commit together, and grants are a de-duplicated set, so a redelivered or
// late event is a no-op.
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
import { applyGrantEvent, type GrantEvent } from '../domain/grants.ts';

const SOURCES: ReadonlyArray<{ durable: string; types: string; accepts: readonly EventCatalogueEntry[] }> = [
  { ...APPLICATION_SOURCE, accepts: APPLICATION_EVENTS },
  { ...POLICY_SOURCE, accepts: POLICY_EVENTS },
];

export async function startGrantConsumers(o: {
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
        await startConsumer<GrantEvent['data']>({
          js: o.js,
          stream: o.stream,
          durable: source.durable,
          accepts: source.accepts,
          filterSubject: filterSubject({ type: source.types, prefix: o.prefix }),
          em: o.em,
          logger: o.logger,
          handler: async (em, event) => {
            await applyGrantEvent(em, event as GrantEvent);
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
