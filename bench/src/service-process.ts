// One service of the platform in a process of its own, for the benchmarks (production uses each service's main.ts).
// Forked with an IPC channel and `BENCH_SERVICE` = a subgraph's name (@anze/registry), gateway, or <subgraph>-floor
// (shape-floor.ts: that subgraph's schema answering `BENCH_FLOOR_ANSWERS` from memory): the service reads its configuration from the environment exactly as main.ts would (the gateway:
// `BENCH_SUBGRAPH_URLS`, a JSON object name → URL), starts on an ephemeral port and sends `{ url, jwksUrl? }` to the parent. It answers 'stats' with its
// CPU time and memory, and stops on 'stop' or when the parent goes away (then exits, which also writes a CPU profile
// when forked with --cpu-prof).
import { TEST_GATEWAY_SECRET } from '@anze/testing';
import { createLogger } from '@anze/server-kit';
import { SUBGRAPHS } from '@anze/registry';

const name = process.env.BENCH_SERVICE;
if (!process.send) throw new Error('forked by the benchmarks only');

export interface ServiceStats {
  /** User + system CPU time so far, µs. */
  cpuUs: number;
  rssBytes: number;
  /** Peak resident set size of the process so far (`process.resourceUsage().maxRSS`), KiB. */
  maxRssKiB: number;
}

async function start(): Promise<{ url: string; jwksUrl?: string; stop(): Promise<void> }> {
  if (name === 'gateway') {
    const { startGateway } = await import('@anze/gateway/server');
    return startGateway({
      port: 0,
      host: '127.0.0.1',
      production: true,
      gatewaySecret: process.env.GATEWAY_SECRET || TEST_GATEWAY_SECRET,
      subgraphUrls: JSON.parse(process.env.BENCH_SUBGRAPH_URLS ?? '{}') as Record<string, string>,
      logger: createLogger({ service: 'gateway' }, 'warn'),
    });
  }
  if (name?.endsWith('-floor')) {
    const { startShapeFloor } = await import('./shape-floor.ts');
    return startShapeFloor(
      JSON.parse(process.env.BENCH_FLOOR_ANSWERS ?? '{}'),
      name.slice(0, -'-floor'.length),
    );
  }
  // A subgraph: started from its manifest, configured from the environment exactly as its main.ts does.
  const manifest = SUBGRAPHS.find((m) => m.name === name);
  if (!manifest)
    throw new Error(
      `BENCH_SERVICE must be a subgraph (${SUBGRAPHS.map((m) => m.name).join(', ')}), <subgraph>-floor or gateway, got '${name}'`,
    );
  const { loadConfig, start } = await manifest.loadRuntime();
  return start(loadConfig());
}

const service = await start();
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  service.stop().finally(() => process.exit(0));
};
process.on('message', (message) => {
  if (message === 'stats') {
    const { user, system } = process.cpuUsage();
    const stats: ServiceStats = {
      cpuUs: user + system,
      rssBytes: process.memoryUsage.rss(),
      maxRssKiB: process.resourceUsage().maxRSS,
    };
    process.send!({ stats });
  }
  if (message === 'stop') stop();
});
// The parent going away (Ctrl-C, crash) must not leave the service running.
process.on('disconnect', stop);
process.send({ url: service.url, jwksUrl: 'jwksUrl' in service ? service.jwksUrl : undefined });
