// The stack an e2e test runs against: startPlatform (embedded throw-away PostgreSQL, the machine's NATS, identity,
// gateway) plus the web app (`vite dev`, or with E2E_WEB=preview a build into a temporary directory served by
// `vite preview`; web/dist is never written).
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import {
  GATEWAY,
  REPO_ROOT,
  SUBGRAPHS,
  WEB,
  serviceEnv,
  servicePort,
  spawnManaged,
  startPlatform,
  waitForReady,
  type ManagedProcess,
  type Platform,
} from '@anze/devstack';

export const ARTIFACTS = join(REPO_ROOT, 'e2e', 'artifacts');

export interface Stack {
  platform: Platform;
  webUrl: string;
  gatewayUrl: string;
  dataDir: string;
  /** Notes for the report (e.g. the gateway start-script override). */
  notes: string[];
  /** Everything the children printed (written to artifacts on failure). */
  logs: string[];
  stop(): Promise<void>;
}

function gatewayHasStartScript(): boolean {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'gateway', 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  return typeof pkg.scripts?.start === 'string';
}

async function deleteStream(natsUrl: string, stream: string): Promise<void> {
  const nc = await connect({ servers: natsUrl });
  try {
    await (await jetstreamManager(nc)).streams.delete(stream);
  } finally {
    await nc.close();
  }
}

export async function startStack(opts: { portOffset?: number } = {}): Promise<Stack> {
  const portOffset = opts.portOffset ?? Number(process.env.E2E_PORT_OFFSET ?? 700);
  const root = mkdtempSync(join(tmpdir(), 'anze-e2e-'));
  // As root the embedded PostgreSQL runs as user postgres: it must be able to enter the directory.
  chmodSync(root, 0o755);
  const dataDir = join(root, 'data');
  // Events on a stream of this run's own: the machine's NATS is shared, and analytics' durable consumers must see
  // exactly this platform's events. A small demo world keeps start-up quick.
  const runId = randomBytes(4).toString('hex');
  const env = {
    EVENTS_STREAM: `E2E_${runId}`,
    EVENTS_SUBJECT_PREFIX: `e2e${runId}`,
    ANZE_DEMO_SIZE: 'small',
  };
  const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
  const webOut = join(root, 'web');
  const logs: string[] = [];
  const notes: string[] = [];
  const log = (name: string) => (line: string) => void logs.push(`[${name}] ${line}`);

  const gatewayScript = gatewayHasStartScript();
  if (!gatewayScript) {
    notes.push(
      'gateway/package.json has no "start" script: the gateway is spawned as `node gateway/src/main.ts`',
    );
  }
  const extra: ManagedProcess[] = [];
  let platform: Platform | undefined;
  const stop = async () => {
    for (const p of extra.reverse()) await p.stop().catch(() => {});
    await platform?.stop().catch(() => {});
    await deleteStream(natsUrl, env.EVENTS_STREAM).catch(() => {});
    rmSync(root, { recursive: true, force: true });
  };

  try {
    platform = await startPlatform({
      dataDir,
      natsUrl,
      env,
      ephemeralPostgres: true,
      web: false,
      portOffset,
      services: gatewayScript ? undefined : SUBGRAPHS,
      log,
      logLevel: 'warn',
      readyTimeoutMs: 60_000,
    });

    const gatewayBase = `http://127.0.0.1:${servicePort(GATEWAY, portOffset)}`;
    if (!gatewayScript) {
      const ctx = {
        databaseUrl: platform.databaseUrl,
        natsUrl: platform.natsUrl,
        gatewaySecret: platform.gatewaySecret,
        dataDir,
        portOffset,
        logLevel: 'warn',
      };
      const gw = spawnManaged('gateway', process.execPath, ['src/main.ts'], {
        cwd: join(REPO_ROOT, 'gateway'),
        env: { ...platform.env, ...serviceEnv(GATEWAY, ctx), PORT: String(servicePort(GATEWAY, portOffset)) },
        log: log('gateway'),
      });
      extra.push(gw);
      await waitForReady(`${gatewayBase}/readyz`, { process: gw, timeoutMs: 60_000 });
    }

    // Web app: `vite dev` by default (E2E_WEB=preview: production build into the temp dir + `vite preview`).
    const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    const webEnv = { ...platform.env, GATEWAY_URL: gatewayBase };
    const webDir = join(REPO_ROOT, WEB.dir);
    const webPort = WEB.port + portOffset;
    const mode = process.env.E2E_WEB === 'preview' ? 'preview' : 'dev';
    if (mode === 'preview') {
      const build = spawnManaged(
        'web:build',
        process.execPath,
        [vite, 'build', '--outDir', webOut, '--emptyOutDir', '--logLevel', 'warn'],
        { cwd: webDir, env: webEnv, log: log('web:build') },
      );
      const built = await build.exited;
      await build.stop();
      if (built.code !== 0) throw new Error(`vite build failed:\n${build.tail().slice(-20).join('\n')}`);
    }
    const web = spawnManaged(
      'web',
      process.execPath,
      [
        vite,
        ...(mode === 'preview' ? ['preview', '--outDir', webOut] : []),
        '--port',
        String(webPort),
        '--strictPort',
        '--host',
        '127.0.0.1',
      ],
      { cwd: webDir, env: webEnv, log: log('web') },
    );
    extra.push(web);
    const webUrl = `http://127.0.0.1:${webPort}`;
    await waitForReady(`${webUrl}/`, { process: web, timeoutMs: 30_000, accept: (s) => s < 500 });

    return { platform, webUrl, gatewayUrl: `${gatewayBase}/graphql`, dataDir, notes, logs, stop };
  } catch (e) {
    saveLogs('startup', logs);
    await stop();
    throw e;
  }
}

export function saveLogs(name: string, logs: string[]): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.log`);
  writeFileSync(file, logs.join('\n') + '\n');
  return file;
}
