// How current the numbers are: per source, the last applied event (from projection_state, written with the
// projection, so it holds across replicas and after a rebuild) and what waits for the consumer in JetStream.
//
// Lag = how far the statistics trail the events: 0 when nothing waits (a quiet afternoon is not "lag"); while events
// wait, the age of the oldest one not yet applied (now − its occurredAt); when JetStream cannot be asked, now −
// occurredAt of the last applied event — everything up to that moment is counted, later events may be missing.
// Events still in a producer's outbox (NATS down) are invisible here: they show once the relay publishes them.
import type { EntityManager } from '@mikro-orm/postgresql';
import { findProjectionStates } from './read-model.repository.ts';

export interface SourceFreshness {
  source: string;
  lastEventOccurredAt: Date | null;
  lastAppliedAt: Date | null;
  /** See the module comment: 0 when nothing waits; null when nothing is known. */
  lagSeconds: number | null;
  lastStreamSequence: number | null;
  /** Events not applied yet: not yet delivered plus delivered and unacknowledged; null when not known. */
  pending: number | null;
}

export interface Freshness {
  lastEventOccurredAt: Date | null;
  lastAppliedAt: Date | null;
  /** The largest lag of the sources. */
  lagSeconds: number | null;
  pending: number | null;
  sources: SourceFreshness[];
}

/** What waits for one consumer; counts are null when JetStream cannot be asked. */
export interface SourceBacklog {
  pending: number | null;
  /** Delivered, not yet acknowledged (being applied, or handed back for a retry). */
  ackPending: number | null;
  /** occurredAt of the oldest event not applied yet; null when nothing waits or it could not be read. */
  oldestWaitingAt: Date | null;
}

/** Backlog per durable consumer name; a source missing from the map counts as unknown. */
export type BacklogLookup = () => Promise<Map<string, SourceBacklog | null>>;

const latest = (dates: Array<Date | null>): Date | null =>
  dates.reduce<Date | null>((a, d) => (d && (!a || d > a) ? d : a), null);

export function lagSeconds(
  backlog: SourceBacklog | null,
  lastEventOccurredAt: Date | null,
  now: Date,
): number | null {
  const age = (d: Date | null) => (d ? Math.max(0, (now.getTime() - d.getTime()) / 1000) : null);
  const known = backlog && backlog.pending !== null && backlog.ackPending !== null;
  if (known && backlog.pending === 0 && backlog.ackPending === 0) return 0;
  if (known && backlog.oldestWaitingAt) return age(backlog.oldestWaitingAt);
  return age(lastEventOccurredAt);
}

export async function readFreshness(
  em: EntityManager,
  sources: readonly string[],
  backlogOf: BacklogLookup,
  now = new Date(),
): Promise<Freshness> {
  const [bySource, backlogs] = await Promise.all([findProjectionStates(em), backlogOf()]);
  const list: SourceFreshness[] = sources.map((source) => {
    const r = bySource.get(source);
    const occurred = r?.lastEventOccurredAt ?? null;
    const backlog = backlogs.get(source) ?? null;
    return {
      source,
      lastEventOccurredAt: occurred,
      lastAppliedAt: r?.lastAppliedAt ?? null,
      lagSeconds: lagSeconds(backlog, occurred, now),
      lastStreamSequence: r?.lastStreamSequence ?? null,
      // An event delivered to a consumer that then died is not applied either, until it is redelivered.
      pending:
        backlog && backlog.pending !== null && backlog.ackPending !== null
          ? backlog.pending + backlog.ackPending
          : null,
    };
  });
  const lags = list.map((s) => s.lagSeconds).filter((l): l is number => l !== null);
  const known = list.map((s) => s.pending);
  return {
    lastEventOccurredAt: latest(list.map((s) => s.lastEventOccurredAt)),
    lastAppliedAt: latest(list.map((s) => s.lastAppliedAt)),
    lagSeconds: lags.length ? Math.max(...lags) : null,
    pending: known.some((p) => p === null) ? null : known.reduce<number>((a, p) => a + (p ?? 0), 0),
    sources: list,
  };
}
