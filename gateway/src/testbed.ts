// The whole platform behind one gateway, in-process, for tests and benchmarks: identity with its demo data and every
// other subgraph, each on a fresh database, all on a private JetStream stream and subject prefix (the machine's NATS
// is shared), the gateway in front. Not used in production.
import { TEST_GATEWAY_SECRET, startTestService, testEventStream, type TestService } from '@anze/testing';
import { startIdentityTestbed, type IdentityTestbed } from '@anze/identity/testbed';
import { loadConfig as projectsConfig } from '@anze/projects/config';
import { projectsOrm } from '@anze/projects/orm';
import { startProjects, type ProjectsService } from '@anze/projects/app';
import type { ProjectsConfig } from '@anze/projects/config';
import { loadConfig as analyticsConfig } from '@anze/analytics/config';
import { analyticsOrm } from '@anze/analytics/orm';
import { startAnalytics, type AnalyticsService } from '@anze/analytics/app';
import type { AnalyticsConfig } from '@anze/analytics/config';
import { loadConfig as documentsConfig } from '@anze/documents/config';
import { documentsOrm } from '@anze/documents/orm';
import { startDocuments } from '@anze/documents/app';
import { createLogger } from '@anze/server-kit';
import { startGateway, type GatewayOptions, type RunningGateway } from './server.ts';

export interface PlatformTestbed {
  identity: IdentityTestbed;
  /** name → GraphQL URL of every subgraph. */
  subgraphUrls: Record<string, string>;
  /** The running services other than identity (their outbox relays, consumers, databases), for tests and benches. */
  services: {
    projects: TestService<ProjectsConfig, ProjectsService>;
    analytics: TestService<AnalyticsConfig, AnalyticsService>;
  };
  gateway: RunningGateway;
  /** Another gateway on the same subgraphs (different options); stopped with the testbed. */
  extraGateway(o: Partial<GatewayOptions>): Promise<RunningGateway>;
  close(): Promise<void>;
}

export async function startPlatformTestbed(
  env: Record<string, string> = {},
  gatewayOptions: Partial<GatewayOptions> = {},
): Promise<PlatformTestbed> {
  const stream = testEventStream('platform');
  const events = stream.env;
  const closers: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch(() => {});
    await stream.delete();
  };
  try {
    const identity = await startIdentityTestbed({ ...env, ...events }, 'platform_identity');
    closers.push(() => identity.close());
    const common = { ...env, ...events, AUTH_JWKS_URL: identity.service.jwksUrl };
    const others = await Promise.all([
      startTestService({
        name: 'projects',
        orm: projectsOrm,
        loadConfig: projectsConfig,
        start: startProjects,
        env: common,
      }),
      startTestService({
        name: 'analytics',
        orm: analyticsOrm,
        loadConfig: analyticsConfig,
        start: startAnalytics,
        env: common,
      }),
      startTestService({
        name: 'documents',
        orm: documentsOrm,
        loadConfig: documentsConfig,
        start: startDocuments,
        env: { ...common, ANZE_DATA_DIR: identity.dataDir },
      }),
    ]);
    for (const o of others) closers.push(() => o.close());
    const [projects, analytics, documents] = others;
    const subgraphUrls = {
      identity: identity.service.url,
      projects: projects!.service.url,
      analytics: analytics!.service.url,
      documents: documents!.service.url,
    };
    const gatewayFor = async (o: Partial<GatewayOptions>) => {
      const g = await startGateway({
        port: 0,
        host: '127.0.0.1',
        production: env.NODE_ENV === 'production',
        gatewaySecret: TEST_GATEWAY_SECRET,
        subgraphUrls,
        logger: createLogger({ service: 'gateway' }, (process.env.ANZE_LOG_LEVEL as 'info') || 'silent'),
        ...o,
      });
      closers.push(() => g.stop());
      return g;
    };
    const gateway = await gatewayFor(gatewayOptions);
    return {
      identity,
      subgraphUrls,
      services: { projects: projects!, analytics: analytics! },
      gateway,
      extraGateway: gatewayFor,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
