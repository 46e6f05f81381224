// The NATS side of a subgraph process: one connection, the stream ensured, the outbox relay running. Every subgraph
// that writes events starts this; consumers attach to `js` afterwards.
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_STREAM_NAME, DEFAULT_SUBJECT_PREFIX, ensureStream } from './subjects.ts';
import { OutboxRelay } from './relay.ts';
import type { EventsLogger } from './logger.ts';

export interface EventBusOptions {
  /** Client name shown by NATS monitoring: the subgraph's name. */
  name: string;
  /** The subgraph's configuration (loadBaseConfig): NATS, the database for the relay's LISTEN connection (wakes it
   * on commit instead of polling), stream and subject prefix (defaults `ANZE_EVENTS`, `anze`; tests use their own). */
  config: { natsUrl: string; databaseUrl: string; eventsStream?: string; eventsPrefix?: string };
  /** Root EntityManager of the subgraph; the relay forks it. */
  em: EntityManager;
  logger?: EventsLogger;
}

export interface EventBus {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  relay: OutboxRelay;
  stream: string;
  prefix: string;
  /** For /readyz: resolves while the server answers. */
  check: () => Promise<void>;
  /** Stops the relay, then drains the connection. */
  close: () => Promise<void>;
}

export async function startEventBus(o: EventBusOptions): Promise<EventBus> {
  // Reconnect forever: a NATS outage must not kill the service; the outbox keeps events until it is back.
  const { natsUrl, databaseUrl, eventsStream, eventsPrefix } = o.config;
  // Retry every 500 ms (the client's default is 2 s): after an outage the relay and the consumers resume, and the
  // backlog starts draining, within half a second of NATS being back.
  const nc = await connect({
    servers: natsUrl,
    name: o.name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    // The client otherwise builds an Error (a stack trace) up front for every request, in case it fails: with one
    // request per relayed event that was the relay's largest CPU cost while draining a backlog.
    noAsyncTraces: true,
  });
  const jsm = await jetstreamManager(nc);
  const stream = eventsStream ?? DEFAULT_STREAM_NAME;
  const prefix = eventsPrefix ?? DEFAULT_SUBJECT_PREFIX;
  await ensureStream(jsm, { name: stream, prefix });
  const js = jetstream(nc);
  const relay = new OutboxRelay({ em: o.em, js, connection: nc, databaseUrl, prefix, logger: o.logger });
  await relay.start();
  return {
    nc,
    js,
    jsm,
    relay,
    stream,
    prefix,
    check: () => nc.flush(),
    async close() {
      await relay.stop();
      await nc.drain();
    },
  };
}
