// The whole platform behind one gateway, in-process, for tests and benchmarks: every subgraph of the registry on the
// common test harness (a fresh database each, identity with its demo data and its own keys, the others trusting
// identity's key set), all on one private JetStream stream and subject prefix (the machine's NATS is shared), the
// gateway in front. Not used in production.
import { SUBGRAPHS } from '@anze/registry';
import type { RunningService, SubgraphManifest } from '@anze/server-kit/manifest';
import type { SubgraphBaseConfig } from '@anze/server-kit/config';
import identityManifest from '@anze/identity/manifest';
import { demoLogin, startIdentityTestbed, type IdentityTestbed } from '@anze/identity/testbed';
import {
  callerAt,
  graphqlEndpoint,
  NATS_URL,
  startSubgraphHarness,
  teardown,
  testEventStream,
  TEST_GATEWAY_SECRET,
  type AnySubgraphHarness,
  type Caller,
  type GraphQLEndpoint,
  type SubgraphHarness,
} from '@anze/testing';
import { createLogger } from '@anze/server-kit';
import { startGateway, type GatewayOptions, type RunningGateway } from './server.ts';

export interface PlatformOptions {
  /** Over every subgraph's test configuration (e.g. NODE_ENV, NATS_URL of a private nats-server). */
  env?: Record<string, string>;
  gateway?: Partial<GatewayOptions>;
}

/** Calls go through the gateway as a browser or a third-party client makes them: without the gateway secret. */
export interface PlatformTestbed extends GraphQLEndpoint {
  identity: IdentityTestbed;
  /** Every subgraph's harness by name, identity's included. */
  subgraphs: Readonly<Record<string, AnySubgraphHarness>>;
  /** One subgraph's harness, typed by its manifest. */
  subgraph<C extends SubgraphBaseConfig, S extends RunningService>(
    manifest: SubgraphManifest<C, S>,
  ): SubgraphHarness<C, S>;
  gateway: RunningGateway;
  /** A demo account's access token, from password login through the gateway (with its certificate if needed). */
  login(username: string, password?: string): Promise<string>;
  /** Calls through the gateway as a demo account. */
  as(username: string): Promise<Caller>;
  /** Waits until every subgraph's consumers have applied what is in the stream. */
  settle(timeoutMs?: number): Promise<void>;
  /** Another gateway on the same subgraphs (different options); stopped with the testbed. */
  extraGateway(o: Partial<GatewayOptions>): Promise<RunningGateway>;
  close(): Promise<void>;
}

export async function startPlatformTestbed(o: PlatformOptions = {}): Promise<PlatformTestbed> {
  const env = o.env ?? {};
  const down = teardown();
  try {
    const stream = testEventStream('platform', env.NATS_URL ?? NATS_URL);
    down.add(() => stream.delete());
    // identity first: it serves the key set the others verify tokens with.
    const identity = await startIdentityTestbed({ label: 'platform', env, stream });
    down.add(() => identity.close());
    const issuer = { jwksUrl: identity.service.jwksUrl };
    const started = await Promise.allSettled(
      SUBGRAPHS.filter((m) => m.name !== identityManifest.name).map((m) =>
        startSubgraphHarness(m, { label: 'platform', env, stream, issuer }),
      ),
    );
    for (const s of started) if (s.status === 'fulfilled') down.add(() => s.value.close());
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    const subgraphs: Record<string, AnySubgraphHarness> = { identity };
    for (const s of started) if (s.status === 'fulfilled') subgraphs[s.value.manifest.name] = s.value;
    const subgraphUrls = Object.fromEntries(Object.entries(subgraphs).map(([name, h]) => [name, h.url]));

    const gatewayFor = async (options: Partial<GatewayOptions>) => {
      const g = await startGateway({
        port: 0,
        host: '127.0.0.1',
        production: env.NODE_ENV === 'production',
        gatewaySecret: TEST_GATEWAY_SECRET,
        subgraphUrls,
        logger: createLogger({ service: 'gateway' }, (process.env.ANZE_LOG_LEVEL as 'info') || 'silent'),
        ...options,
      });
      down.add(() => g.stop());
      return g;
    };
    const gateway = await gatewayFor(o.gateway ?? {});
    const api = graphqlEndpoint(gateway.url, { gatewaySecret: false });
    const login = (username: string, password?: string) => demoLogin(api, identity, username, password);
    return {
      ...api,
      identity,
      subgraphs,
      subgraph: <C extends SubgraphBaseConfig, S extends RunningService>(m: SubgraphManifest<C, S>) => {
        const h = subgraphs[m.name];
        if (!h) throw new Error(`${m.name} is not part of the platform`);
        return h as SubgraphHarness<C, S>;
      },
      gateway,
      login,
      as: async (username) => callerAt(gateway.url, await login(username), { gatewaySecret: false }),
      settle: async (timeoutMs) => {
        await Promise.all(Object.values(subgraphs).map((h) => h.settle(timeoutMs)));
      },
      extraGateway: gatewayFor,
      close: () => down.run(),
    };
  } catch (error) {
    await down.run().catch(() => {});
    throw error;
  }
}
