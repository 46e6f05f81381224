// What waits for each projection consumer, for freshness: JetStream's counts and, when something waits, the oldest
// event not yet applied. Asked at most once per `cacheMs`, so dashboards polling every few seconds do not turn into
// NATS traffic.
import type { ConsumerHandle } from '@anze/events';
import type { BacklogLookup, SourceBacklog } from '../domain/freshness.ts';

async function backlogOf(consumer: ConsumerHandle): Promise<SourceBacklog> {
  const { pending, ackPending } = await consumer.stats();
  if (pending === null || ackPending === null) return { pending, ackPending, oldestWaitingAt: null };
  if (pending === 0 && ackPending === 0) return { pending, ackPending, oldestWaitingAt: null };
  const oldest = await consumer.oldestWaiting().catch(() => null);
  return { pending, ackPending, oldestWaitingAt: oldest?.occurredAt ?? null };
}

export function backlogLookup(consumers: () => readonly ConsumerHandle[], cacheMs: number): BacklogLookup {
  let cache: { at: number; value: Promise<Map<string, SourceBacklog>> } | null = null;
  return () => {
    if (!cache || Date.now() - cache.at > cacheMs) {
      cache = {
        at: Date.now(),
        value: Promise.all(consumers().map(async (c) => [c.durable, await backlogOf(c)] as const)).then(
          (entries) => new Map(entries),
        ),
      };
    }
    return cache.value;
  };
}
