// Any subgraph for an integration test, from its manifest alone: a fresh database with the committed migrations, a
// JetStream stream and subject prefix of its own, a throw-away token issuer, a data directory, the service started
// in-process on an ephemeral port — and one close() that undoes all of it, also when start-up fails half-way.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, JetStreamApiCodes, JetStreamApiError } from '@nats-io/jetstream';
import type { JetStreamManager } from '@nats-io/jetstream';
import { applyMigrations } from '@anze/orm';
import { ensureStream, subjectFor, type EventEnvelope } from '@anze/events';
import { subgraphOrm } from '@anze/server-kit/unit';
import type { ConsumerDeclaration, RunningService, SubgraphManifest } from '@anze/server-kit/manifest';
import type { SubgraphBaseConfig } from '@anze/server-kit/config';
import { createTestDatabase } from './database.ts';
import { testEventStream, type TestEventStream } from './events.ts';
import {
  callerAt,
  graphqlEndpoint,
  TEST_GATEWAY_SECRET,
  type Caller,
  type GraphQLEndpoint,
} from './graphql.ts';
import { NATS_URL } from './services.ts';
import { teardown } from './teardown.ts';
import { startTestIssuer, type TestCaller } from './tokens.ts';

/** A key set the service trusts, with a way to sign tokens when the test holds the key (a shared test issuer). */
export interface HarnessIssuer {
  jwksUrl: string;
  token?: (caller: TestCaller) => Promise<string>;
}

export interface SubgraphHarnessOptions<C extends SubgraphBaseConfig = SubgraphBaseConfig> {
  /** Names the test file's database, stream and data directory, after the subgraph's name. */
  label?: string;
  /** Over the harness's own settings (database, NATS, stream, issuer, gateway secret, data directory, PORT=0). */
  env?: Record<string, string>;
  /**
   * Who signs access tokens. By default a throw-away issuer of the harness's own; `false` for identity, which holds
   * its keys; or an issuer the caller runs (a platform's subgraphs trust identity's key set).
   */
  issuer?: HarnessIssuer | false;
  /** A stream shared with other harnesses (a platform's); by default one of its own, deleted on close. */
  stream?: TestEventStream;
  /** Runs on the migrated database before the service starts (identity's demo data). */
  prepare?: (em: EntityManager, config: C) => Promise<void>;
}

export interface SubgraphHarness<
  C extends SubgraphBaseConfig = SubgraphBaseConfig,
  S extends RunningService = RunningService,
> extends GraphQLEndpoint {
  readonly manifest: SubgraphManifest<C, S>;
  readonly config: C;
  /** The running service; throws while it is stopped. */
  readonly service: S;
  /** `http://127.0.0.1:<port>/graphql`; the port changes when the service restarts. */
  readonly url: string;
  /** `http://127.0.0.1:<port>`, for routes outside GraphQL. */
  readonly base: string;
  readonly databaseUrl: string;
  readonly dataDir: string;
  readonly stream: string;
  readonly prefix: string;
  /** The harness's own NATS connection (publishing, consumer info, subscriptions). */
  readonly nc: Awaited<ReturnType<typeof connect>>;
  readonly js: ReturnType<typeof jetstream>;
  readonly jsm: JetStreamManager;
  /** A fork of a second ORM on the service's database, for assertions on rows. */
  em(): EntityManager;
  /** An access token the service accepts, with exactly the claims identity issues. */
  token(caller: TestCaller): Promise<string>;
  /** Calls the service as that caller (through the gateway's door: with the gateway secret). */
  as(caller: TestCaller): Promise<Caller>;
  /** Publishes as an outbox relay does: msgID = event id, unless another is given (a copy JetStream cannot dedupe). */
  publish(event: EventEnvelope, msgID?: string): Promise<number>;
  /** Resolves once every durable consumer the manifest declares has nothing pending and nothing unacknowledged. */
  settle(timeoutMs?: number): Promise<void>;
  /** Publishes the events in order, then settles: they are applied. */
  deliver(...events: EventEnvelope[]): Promise<void>;
  /** Stops the service; the database, stream and issuer stay (a restart resumes where it stopped). */
  stop(): Promise<void>;
  /** Starts the service again with the same configuration. */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** Any subgraph's harness (a platform's list); the manifest's types make the config and service invariant. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySubgraphHarness = SubgraphHarness<any, any>;

export async function startSubgraphHarness<C extends SubgraphBaseConfig, S extends RunningService>(
  manifest: SubgraphManifest<C, S>,
  o: SubgraphHarnessOptions<C> = {},
): Promise<SubgraphHarness<C, S>> {
  const { name } = manifest;
  const label = o.label ? `${name}_${o.label}` : name;
  const runtime = await manifest.loadRuntime();
  const down = teardown();
  let service: S | null = null;
  try {
    const db = await createTestDatabase(label);
    down.add(() => db.drop());
    const dataDir = o.env?.ANZE_DATA_DIR ?? mkdtempSync(join(tmpdir(), `anze-${label}-`));
    if (!o.env?.ANZE_DATA_DIR) down.add(() => rmSync(dataDir, { recursive: true, force: true }));
    let issuer: HarnessIssuer | null = o.issuer || null;
    if (o.issuer === undefined) {
      const own = await startTestIssuer();
      down.add(() => own.close());
      issuer = own;
    }
    const natsUrl = o.env?.NATS_URL ?? NATS_URL;
    const stream = o.stream ?? testEventStream(label, natsUrl);
    if (!o.stream) down.add(() => stream.delete());
    const config = runtime.loadConfig({
      [`${name.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`]: db.url,
      NATS_URL: natsUrl,
      GATEWAY_SECRET: TEST_GATEWAY_SECRET,
      ANZE_DATA_DIR: dataDir,
      PORT: '0',
      ...(issuer ? { AUTH_JWKS_URL: issuer.jwksUrl } : {}),
      ...stream.env,
      ...o.env,
    });
    const orm = await subgraphOrm(manifest, db.url);
    down.add(() => orm.close());
    await applyMigrations(orm);
    const em = () => orm.em.fork() as EntityManager;
    await o.prepare?.(em(), config);
    // Reconnects like the services' own connections: a test may take NATS away and bring it back.
    const nc = await connect({
      servers: config.natsUrl,
      name: `${name}-harness`,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
    });
    down.add(() => (nc.isClosed() ? undefined : nc.drain()));
    const jsm = await jetstreamManager(nc);
    const js = jetstream(nc);
    // Before the service: a test may publish while it is stopped, and a shared stream exists once.
    await ensureStream(jsm, { name: config.eventsStream, prefix: config.eventsPrefix });
    const stop = async () => {
      const stopping = service;
      service = null;
      await stopping?.stop();
    };
    down.add(stop);
    service = await runtime.start(config);

    const running = (): S => {
      if (!service) throw new Error(`${name} is stopped`);
      return service;
    };
    const token = async (caller: TestCaller): Promise<string> => {
      if (!issuer?.token)
        throw new Error(
          `${name}: no test issuer here (${issuer ? `tokens come from ${issuer.jwksUrl}` : 'it signs its own tokens'})`,
        );
      return issuer.token(caller);
    };
    const h: SubgraphHarness<C, S> = {
      manifest,
      config,
      get service() {
        return running();
      },
      get url() {
        return running().url;
      },
      get base() {
        return running().url.replace(/\/graphql$/, '');
      },
      databaseUrl: db.url,
      dataDir,
      stream: config.eventsStream,
      prefix: config.eventsPrefix,
      nc,
      js,
      jsm,
      em,
      ...graphqlEndpoint(() => h.url),
      token,
      as: async (caller) => callerAt(() => h.url, await token(caller)),
      async publish(event, msgID = event.id) {
        const ack = await js.publish(subjectFor(event, config.eventsPrefix), JSON.stringify(event), {
          msgID,
        });
        return ack.seq;
      },
      settle: (timeoutMs) => settleConsumers(manifest, jsm, config.eventsStream, timeoutMs),
      async deliver(...events) {
        for (const event of events) await h.publish(event);
        await h.settle();
      },
      stop,
      async start() {
        service ??= await runtime.start(config);
      },
      close: () => down.run(),
    };
    return h;
  } catch (error) {
    // The start-up error is the one worth reporting; a failing clean-up step would only hide it.
    await down.run().catch(() => {});
    throw error;
  }
}

/** What waits in each consumer; `null` while the service has not created it yet. */
async function backlog(
  consumers: readonly ConsumerDeclaration[],
  jsm: JetStreamManager,
  stream: string,
): Promise<Array<{ durable: string; pending: number | null; ackPending: number | null }>> {
  return Promise.all(
    consumers.map(async ({ durable }) => {
      try {
        const info = await jsm.consumers.info(stream, durable);
        return { durable, pending: info.num_pending, ackPending: info.num_ack_pending };
      } catch (error) {
        if (error instanceof JetStreamApiError && error.code === JetStreamApiCodes.ConsumerNotFound)
          return { durable, pending: null, ackPending: null };
        throw error;
      }
    }),
  );
}

// A consumer acks only after its transaction committed, so nothing pending and nothing unacknowledged means every
// event published so far is in the database (or was dead-lettered) — whatever the consumer does with it.
async function settleConsumers(
  manifest: Pick<SubgraphManifest, 'name' | 'events'>,
  jsm: JetStreamManager,
  stream: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await backlog(manifest.events.consumers, jsm, stream);
    if (counts.every((c) => c.pending === 0 && c.ackPending === 0)) return;
    if (Date.now() > deadline) {
      const state = counts.map((c) =>
        c.pending === null
          ? `${c.durable} not created`
          : `${c.durable} ${c.pending} pending, ${c.ackPending} unacked`,
      );
      throw new Error(
        `${manifest.name}: consumers did not settle within ${timeoutMs} ms: ${state.join('; ')}`,
      );
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}
