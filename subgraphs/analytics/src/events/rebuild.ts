// `npm run replay`'s engine: rebuilds the read models from the event stream in one transaction (ordered ephemeral
// consumers, see @anze/events replay). Readers see the old numbers until it commits; live consumers wait for it and
// then skip, through the inbox rows it writes, whatever it already took into account.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JetStreamClient } from '@nats-io/jetstream';
import { filterSubject, replay, type EventsLogger } from '@anze/events';
import { ReadModelBuilder } from '../domain/rebuild.ts';
import { lockForRebuild, replaceReadModels } from '../domain/read-model.repository.ts';
import { SOURCES } from './sources.ts';

export interface RebuildOptions {
  js: JetStreamClient;
  stream: string;
  prefix: string;
  /** Root EntityManager; forked for the rebuild's transaction. */
  em: EntityManager;
  logger?: EventsLogger;
}

export interface RebuildResult {
  events: number;
  duplicates: number;
  skipped: number;
  projects: number;
  organisations: number;
  claims: number;
}

export async function rebuildReadModels(o: RebuildOptions): Promise<RebuildResult> {
  return o.em.fork().transactional(async (em) => {
    await lockForRebuild(em);
    const builder = new ReadModelBuilder();
    let events = 0;
    let duplicates = 0;
    // The counters depend only on the final facts, and the fold of each fact does not depend on the order of its
    // events (projects' and underwriting's events of one project included: facts.ts; a claim is its newest event), so replaying one source after
    // the other gives the same result as the interleaved live order.
    for (const source of SOURCES) {
      await replay({
        js: o.js,
        stream: o.stream,
        filterSubject: filterSubject({ type: source.types, prefix: o.prefix }),
        accepts: source.accepts,
        logger: o.logger,
        handler: (event, meta) => {
          if (builder.take(source.durable, event, meta.streamSequence, () => source.fold(builder, event)))
            events++;
          else duplicates++;
        },
      });
    }
    await replaceReadModels(em, builder.readModels());
    return {
      events,
      duplicates,
      skipped: builder.skipped,
      projects: builder.projects.size,
      organisations: builder.organisations.size,
      claims: builder.claims.size,
    };
  });
}
