// What analytics consumes: one durable consumer per source (NATS 2.9 takes one filter subject per consumer).
// The durable name is also the inbox's `consumer` column and the projection_state's `source`.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CatalogueEvent, EventCatalogueEntry, EventEnvelope } from '@anze/events';
import { ORGANISATION_EVENTS } from '@anze/identity/domain/event-catalogue';
import { PROJECT_EVENTS } from '@anze/projects/events/catalogue';
import { POLICY_EVENTS } from '@anze/underwriting/events/catalogue';
import { CLAIM_EVENTS } from '@anze/claims/events/catalogue';
import { UnusableEvent } from '../domain/facts.ts';
import { applyClaimEvents, applyOrganisationEvent, applyProjectEvents } from '../domain/projection.ts';
import type { ReadModelBuilder } from '../domain/rebuild.ts';
import { CLAIM_SOURCE, ORGANISATION_SOURCE, POLICY_SOURCE, PROJECT_SOURCE } from '../manifest.ts';

export interface Source {
  durable: string;
  /** Event types, as a `filterSubject` type pattern. */
  types: string;
  /** The producer's catalogue entries of those types: the consumer validates every event against them. */
  accepts: readonly EventCatalogueEntry[];
  /**
   * Several events (stream order) in the caller's transaction, with the same effect as applying each in turn;
   * unusable events are reported and skipped.
   */
  applyBatch: (
    em: EntityManager,
    events: readonly EventEnvelope[],
    onUnusable: (event: EventEnvelope, error: UnusableEvent) => void,
  ) => Promise<void>;
  /** The same event folded into an in-memory rebuild. */
  fold: (builder: ReadModelBuilder, event: EventEnvelope) => void;
}

/**
 * A source whose handlers take the events of `accepts`, typed from the producer's catalogue. The consumer and the
 * replay hand over only messages that fit one of those entries (the others are parked or skipped), so this is where
 * an envelope becomes that entry's event.
 */
function source<E extends EventCatalogueEntry>(s: {
  durable: string;
  types: string;
  accepts: readonly E[];
  applyBatch: (
    em: EntityManager,
    events: ReadonlyArray<CatalogueEvent<E>>,
    onUnusable: (event: CatalogueEvent<E>, error: UnusableEvent) => void,
  ) => Promise<void>;
  fold: (builder: ReadModelBuilder, event: CatalogueEvent<E>) => void;
}): Source {
  return {
    ...s,
    applyBatch: (em, events, onUnusable) =>
      s.applyBatch(em, events as ReadonlyArray<CatalogueEvent<E>>, onUnusable),
    fold: (builder, event) => s.fold(builder, event as CatalogueEvent<E>),
  };
}

/** A source whose events fold into the project facts (set-based, a batch at a time: applyProjectEvents). */
function projectFactSource<E extends (typeof PROJECT_EVENTS)[number] | (typeof POLICY_EVENTS)[number]>(s: {
  durable: string;
  types: string;
  accepts: readonly E[];
}): Source {
  return source<E>({
    ...s,
    applyBatch: async (em, events, onUnusable) => {
      await applyProjectEvents(em, events, onUnusable);
    },
    fold: (b, e) => b.foldProject(e),
  });
}

export const SOURCES: readonly Source[] = [
  source({
    // identity.organisation.{registered,approved,rejected,updated,resubmitted} v1
    ...ORGANISATION_SOURCE,
    accepts: ORGANISATION_EVENTS,
    // Rare compared with project events: one at a time inside the batch's transaction is fast enough.
    applyBatch: async (em, events, onUnusable) => {
      for (const event of events) {
        try {
          await applyOrganisationEvent(em, event);
        } catch (err) {
          if (!(err instanceof UnusableEvent)) throw err;
          onUnusable(event, err);
        }
      }
    },
    fold: (b, e) => b.foldOrganisation(e),
  }),
  // projects.project.{registered,updated,status_changed} v1
  projectFactSource({ ...PROJECT_SOURCE, accepts: PROJECT_EVENTS }),
  // underwriting.policy.{issued,extended} v1: the project is insured. Folded into the same project facts (and under
  // the same lock) as projects' events, so whichever durable runs ahead, the facts end the same.
  projectFactSource({ ...POLICY_SOURCE, accepts: POLICY_EVENTS }),
  source({
    // claims.claim.* v1, each carrying the whole claim: 出险笔数 and 赔款金额 (facts.ts claimContribution).
    ...CLAIM_SOURCE,
    accepts: CLAIM_EVENTS,
    applyBatch: async (em, events, onUnusable) => {
      await applyClaimEvents(em, events, onUnusable);
    },
    fold: (b, e) => b.foldClaim(e),
  }),
];
