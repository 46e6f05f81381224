// Brings up the whole platform: PostgreSQL and NATS (embedded/spawned unless URLs are given), migrations, seed,
// subgraphs, gateway and (optionally) the web app. Used by `npm start`, and by the e2e tests and benchmarks.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { prefixedSink, type LogSink } from './log.ts';
import { LOCAL_NATS_PORT, startNatsServer, type NatsServer } from './nats.ts';
import { EMBEDDED_PG_PORT, startEmbeddedPostgres, type EmbeddedPostgres } from './postgres.ts';
import { spawnManaged, type ExitInfo, type ManagedProcess, type SpawnOptions } from './process.ts';
import { loadOrCreateSecrets } from './secrets.ts';
import { SERVICES, WEB, serviceEnv, servicePort, type EnvContext, type ServiceDef } from './services.ts';

/** The repository root (this file is packages/devstack/src/platform.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export type LogFactory = (name: string) => LogSink;

export interface DemoAccount {
  role: string;
  username: string;
  password?: string;
  /** Path to a .p12 file. */
  certificate?: string;
  certificatePassword?: string;
  organisation: unknown;
}

// ───────────────────────────── waiting ─────────────────────────────

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** Fail at once when this process exits. */
  process?: ManagedProcess;
  signal?: AbortSignal;
  /** Accept this status (default: 2xx). */
  accept?: (status: number) => boolean;
}

/** Poll `url` (e.g. http://127.0.0.1:4001/readyz) until it answers 2xx. */
export async function waitForReady(url: string, opts: WaitOptions = {}): Promise<void> {
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  const accept = opts.accept ?? ((s: number) => s >= 200 && s < 300);
  let last = 'no answer';
  while (Date.now() < deadline) {
    opts.signal?.throwIfAborted();
    if (opts.process && !opts.process.running) {
      const info = await opts.process.exited;
      throw new Error(
        `${opts.process.name} exited (${info.signal ?? `code ${info.code}`}) before ${url} was ready:\n` +
          opts.process.tail().slice(-20).join('\n'),
      );
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(3_000) });
      const body = await res.text().catch(() => '');
      if (accept(res.status)) return;
      last = `HTTP ${res.status} ${body.slice(0, 200)}`;
    } catch (e) {
      last = (e as Error).cause
        ? String((e as Error & { cause: Error }).cause.message)
        : (e as Error).message;
    }
    await sleep(opts.intervalMs ?? 200);
  }
  throw new Error(`${url} not ready after ${Math.round((opts.timeoutMs ?? 60_000) / 1000)} s: ${last}`);
}

// ───────────────────────────── npm children ─────────────────────────────

/** How to invoke npm: the npm that runs us (npm_execpath) under this Node, else `npm` from PATH. */
export function npmCommand(): [string, string[]] {
  const execpath = process.env.npm_execpath;
  if (execpath && /\.c?js$/.test(execpath) && existsSync(execpath)) return [process.execPath, [execpath]];
  return [process.platform === 'win32' ? 'npm.cmd' : 'npm', []];
}

/** The environment children inherit: ours, minus npm's per-script variables, with this Node first on PATH. */
export function baseEnv(root = REPO_ROOT, from: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(from)) {
    if (v === undefined || /^npm_(lifecycle|package)_/.test(k)) continue;
    env[k] = v;
  }
  env.PATH = [join(root, 'node_modules', '.bin'), dirname(process.execPath), from.PATH ?? ''].join(
    process.platform === 'win32' ? ';' : ':',
  );
  return env;
}

export interface NpmRunOptions {
  root?: string;
  env: Record<string, string>;
  log?: LogSink;
  /** Extra arguments after `--`. */
  args?: string[];
  stopTimeoutMs?: number;
}

/** Start `npm run <script> -w <package>` as a managed process group. */
export function npmRun(name: string, pkg: string, script: string, opts: NpmRunOptions): ManagedProcess {
  const [cmd, pre] = npmCommand();
  // not --silent: it would hide npm's own errors ("Missing script"); the `> pkg script` banner is dropped below
  const args = [...pre, 'run', script, '-w', pkg, ...(opts.args?.length ? ['--', ...opts.args] : [])];
  const spawnOpts: SpawnOptions = {
    cwd: opts.root ?? REPO_ROOT,
    env: opts.env,
    stopTimeoutMs: opts.stopTimeoutMs ?? 10_000,
  };
  const log = opts.log;
  if (log)
    spawnOpts.log = (line) => {
      if (!line.startsWith('> ')) log(line);
    };
  return spawnManaged(name, cmd, args, spawnOpts);
}

/** Run a one-shot npm script (migrate, seed, build) to completion; rejects with the output tail on failure. */
export async function runScript(
  s: Pick<ServiceDef, 'name' | 'package'>,
  script: string,
  opts: NpmRunOptions & { onSpawn?: (p: ManagedProcess) => void },
): Promise<void> {
  const p = npmRun(`${s.name}:${script}`, s.package, script, opts);
  opts.onSpawn?.(p);
  const info = await p.exited;
  await p.stop({ timeoutMs: 5_000 });
  if (info.code !== 0) {
    throw new Error(
      `${s.name}: npm run ${script} ${info.signal ? `was killed by ${info.signal}` : `exited with code ${info.code}`}\n` +
        p.tail().slice(-25).join('\n'),
    );
  }
}

export interface StartServicesOptions {
  root?: string;
  /** Environment shared by all (see baseEnv); each service also gets serviceEnv(service, ctx). */
  env: Record<string, string>;
  ctx: EnvContext;
  log?: LogFactory;
  readyTimeoutMs?: number;
  signal?: AbortSignal;
  /** Called as soon as each process is spawned (so a caller can stop it even if waiting fails). */
  onSpawn?: (p: ManagedProcess, s: ServiceDef) => void;
  /** Applied after the computed per-service variables (PORT always comes from the service list). */
  overrides?: Record<string, string>;
}

/** Start services (`npm run start`) in parallel and wait for each one's /readyz. */
export async function startServices(
  services: readonly ServiceDef[],
  opts: StartServicesOptions,
): Promise<ManagedProcess[]> {
  const procs = services.map((s) => {
    const p = npmRun(s.name, s.package, 'start', {
      root: opts.root ?? REPO_ROOT,
      env: {
        ...opts.env,
        ...serviceEnv(s, opts.ctx),
        ...opts.overrides,
        PORT: String(servicePort(s, opts.ctx.portOffset)),
      },
      log: (opts.log ?? defaultLogFactory())(s.name),
    });
    opts.onSpawn?.(p, s);
    return p;
  });
  try {
    await Promise.all(
      services.map((s, i) =>
        waitForReady(`http://127.0.0.1:${servicePort(s, opts.ctx.portOffset)}/readyz`, {
          process: procs[i],
          timeoutMs: opts.readyTimeoutMs ?? 60_000,
          ...(opts.signal ? { signal: opts.signal } : {}),
        }),
      ),
    );
  } catch (e) {
    if (!opts.onSpawn) await Promise.all(procs.map((p) => p.stop()));
    throw e;
  }
  return procs;
}

export function defaultLogFactory(width = 10, logLevel?: string): LogFactory {
  return (name) => prefixedSink(name, { width, ...(logLevel ? { minLevel: logLevel } : {}) });
}

export function readDemoAccounts(dataDir: string): DemoAccount[] {
  const f = join(dataDir, 'demo-accounts.json');
  if (!existsSync(f)) return [];
  try {
    const v = JSON.parse(readFileSync(f, 'utf8')) as unknown;
    return Array.isArray(v) ? (v as DemoAccount[]) : [];
  } catch {
    return [];
  }
}

// ───────────────────────────── the whole platform ─────────────────────────────

export interface PlatformOptions {
  /** Dev data: pg/, nats/, secrets.json, signing keys, demo CA, demo-accounts.json. */
  dataDir: string;
  /** Existing PostgreSQL server; otherwise an embedded one is started in <dataDir>/pg. */
  databaseUrl?: string;
  /** Existing NATS server (with JetStream); otherwise nats-server is spawned with <dataDir>/nats. */
  natsUrl?: string;
  /** Also start the web app: vite dev server, or `vite build` + `vite preview`. Default false. */
  web?: false | 'dev' | 'preview';
  /** Extra environment for every child (overrides the computed values except PORT). */
  env?: Record<string, string>;
  /** Services to run (default: all of SERVICES). */
  services?: readonly ServiceDef[];
  /** Run each subgraph's `migrate` first (default true). */
  migrate?: boolean;
  /** Run `seed` where a service has one (default true). */
  seed?: boolean;
  /** Added to every port (services, web, embedded PostgreSQL, nats-server): lets a test stack run beside `npm start`. */
  portOffset?: number;
  gatewaySecret?: string;
  nodeEnv?: string;
  /** ANZE_LOG_LEVEL for the children and the minimum level shown (default info). */
  logLevel?: string;
  /** Where output goes (default: prefixed lines on stdout). */
  log?: LogFactory;
  readyTimeoutMs?: number;
  /** Durability off for the embedded PostgreSQL (faster throw-away test clusters). */
  ephemeralPostgres?: boolean;
  /** Abort start-up (everything started so far is stopped, then startPlatform rejects). */
  signal?: AbortSignal;
  root?: string;
}

export interface Platform {
  readonly dataDir: string;
  readonly databaseUrl: string;
  readonly natsUrl: string;
  readonly gatewaySecret: string;
  /** http://127.0.0.1:4000/graphql */
  readonly gatewayUrl: string;
  /** http://localhost:8080 when web is started. */
  readonly webUrl: string | undefined;
  readonly ideUrl: string | undefined;
  /** Base URL of each service by name, e.g. identity → http://127.0.0.1:4001 */
  readonly serviceUrls: Readonly<Record<string, string>>;
  /** The environment shared by the children (without per-service PORT). */
  readonly env: Readonly<Record<string, string>>;
  readonly demoAccounts: DemoAccount[];
  readonly postgres: EmbeddedPostgres | undefined;
  readonly nats: NatsServer | undefined;
  readonly processes: readonly ManagedProcess[];
  /** Resolves when a long-running process exits without stop() having been called. */
  readonly exited: Promise<ExitInfo>;
  /** Stop everything in reverse start order: web, gateway, subgraphs, nats-server, PostgreSQL. Idempotent. */
  stop(): Promise<void>;
}

interface Stoppable {
  name: string;
  stop(): Promise<void>;
}

export async function startPlatform(opts: PlatformOptions): Promise<Platform> {
  const root = opts.root ?? REPO_ROOT;
  const dataDir = resolve(opts.dataDir);
  const off = opts.portOffset ?? 0;
  const services = opts.services ?? SERVICES;
  const logLevel = opts.logLevel ?? opts.env?.ANZE_LOG_LEVEL ?? process.env.ANZE_LOG_LEVEL ?? 'info';
  const width = Math.max(10, ...services.map((s) => `${s.name}:migrate`.length));
  const log = opts.log ?? defaultLogFactory(width, logLevel);
  const debug = logLevel === 'debug' || logLevel === 'trace';
  const signal = opts.signal;

  mkdirSync(dataDir, { recursive: true });

  // Everything started, in start order, grouped in layers stopped in reverse (a layer's members in parallel).
  const layers: Stoppable[][] = [];
  const transient = new Set<ManagedProcess>();
  const longRunning: ManagedProcess[] = [];
  let stopping: Promise<void> | undefined;
  let resolveExited!: (info: ExitInfo) => void;
  const exited = new Promise<ExitInfo>((r) => (resolveExited = r));
  let crashed: ExitInfo | undefined;

  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      await Promise.all([...transient].map((p) => p.stop()));
      for (const layer of [...layers].reverse()) {
        await Promise.all(layer.map((x) => x.stop().catch(() => {})));
      }
    })());

  const watch = (p: ManagedProcess) => {
    longRunning.push(p);
    void p.exited.then((info) => {
      if (!p.stopping && !stopping && !crashed) {
        crashed = info;
        resolveExited(info);
      }
    });
  };
  // Start-up steps also fail as soon as something already started dies.
  const guard = async <T>(step: Promise<T>): Promise<T> => {
    const died = exited.then((info) => {
      const tail = longRunning.find((p) => p.name === info.name)?.tail() ?? [];
      throw new Error(
        `${info.name} exited unexpectedly (${info.signal ?? `code ${info.code}`}) during start-up:\n` +
          tail.slice(-20).join('\n'),
      );
    });
    died.catch(() => {});
    return Promise.race([step, died]);
  };
  const onAbort = () => void stop();
  signal?.addEventListener('abort', onAbort, { once: true });

  try {
    signal?.throwIfAborted();
    const secrets = loadOrCreateSecrets(dataDir);
    const gatewaySecret = opts.gatewaySecret ?? opts.env?.GATEWAY_SECRET ?? secrets.gatewaySecret;

    // PostgreSQL
    let postgres: EmbeddedPostgres | undefined;
    let databaseUrl = opts.databaseUrl;
    if (!databaseUrl) {
      const pgLog = log('postgres');
      postgres = await startEmbeddedPostgres({
        dir: join(dataDir, 'pg'),
        port: EMBEDDED_PG_PORT + off,
        password: secrets.postgresPassword,
        ephemeral: opts.ephemeralPostgres ?? false,
        log: (line) => {
          if (debug || /\b(WARNING|ERROR|FATAL|PANIC):/.test(line)) pgLog(line);
        },
      });
      layers.push([{ name: 'postgres', stop: postgres.stop }]);
      watch(postgres.process);
      databaseUrl = postgres.url;
    }
    signal?.throwIfAborted();

    // NATS
    let nats: NatsServer | undefined;
    let natsUrl = opts.natsUrl;
    if (!natsUrl) {
      const natsLog = log('nats');
      nats = await startNatsServer({
        storeDir: join(dataDir, 'nats'),
        port: LOCAL_NATS_PORT + off,
        log: (line) => {
          if (debug || /\[(WRN|ERR|FTL)\]/.test(line)) natsLog(line);
        },
      });
      layers.push([{ name: 'nats', stop: nats.stop }]);
      watch(nats.process);
      natsUrl = nats.url;
    }
    signal?.throwIfAborted();

    const ctx: EnvContext = {
      databaseUrl,
      natsUrl,
      gatewaySecret,
      dataDir,
      portOffset: off,
      nodeEnv: opts.nodeEnv ?? opts.env?.NODE_ENV ?? process.env.NODE_ENV ?? 'development',
      logLevel,
    };
    const env: Record<string, string> = {
      ...baseEnv(root),
      APOLLO_TELEMETRY_DISABLED: '1',
      NODE_ENV: ctx.nodeEnv ?? 'development',
      ANZE_LOG_LEVEL: logLevel,
      DATABASE_URL: databaseUrl,
      NATS_URL: natsUrl,
      GATEWAY_SECRET: gatewaySecret,
      ANZE_DATA_DIR: dataDir,
      ...opts.env,
    };
    const envFor = (s: ServiceDef) => ({
      ...env,
      ...serviceEnv(s, ctx),
      ...opts.env,
      PORT: String(servicePort(s, off)),
    });
    const oneShot = (p: ManagedProcess) => {
      transient.add(p);
      void p.exited.then(() => transient.delete(p));
    };

    // Migrations (each subgraph its own database: in parallel), then seeds.
    if (opts.migrate ?? true) {
      await guard(
        Promise.all(
          services
            .filter((s) => s.migrate)
            .map((s) =>
              runScript(s, 'migrate', {
                root,
                env: envFor(s),
                log: log(`${s.name}:migrate`),
                onSpawn: oneShot,
              }),
            ),
        ),
      );
    }
    signal?.throwIfAborted();
    if (opts.seed ?? true) {
      for (const s of services.filter((x) => x.seed)) {
        await guard(
          runScript(s, 'seed', { root, env: envFor(s), log: log(`${s.name}:seed`), onSpawn: oneShot }),
        );
      }
    }
    signal?.throwIfAborted();

    // Subgraphs, then the gateway.
    const startLayer = async (group: readonly ServiceDef[]) => {
      if (group.length === 0) return;
      const layer: Stoppable[] = [];
      layers.push(layer);
      await guard(
        startServices(group, {
          root,
          env: { ...env },
          ctx,
          log,
          ...(opts.env ? { overrides: opts.env } : {}),
          readyTimeoutMs: opts.readyTimeoutMs ?? 60_000,
          ...(signal ? { signal } : {}),
          onSpawn: (p) => {
            layer.push(p);
            watch(p);
          },
        }),
      );
    };
    await startLayer(services.filter((s) => s.kind === 'subgraph'));
    signal?.throwIfAborted();
    await startLayer(services.filter((s) => s.kind === 'gateway'));
    signal?.throwIfAborted();

    const gw = services.find((s) => s.kind === 'gateway');
    const gatewayBase = `http://127.0.0.1:${servicePort(gw ?? { port: 4000 }, off)}`;

    // Web app
    let webUrl: string | undefined;
    if (opts.web) {
      const port = WEB.port + off;
      const webEnv = { ...env, GATEWAY_URL: gatewayBase };
      const extra = off === 0 ? [] : ['--port', String(port), '--strictPort'];
      if (opts.web === 'preview') {
        await guard(runScript(WEB, 'build', { root, env: webEnv, log: log('web:build'), onSpawn: oneShot }));
      }
      const script = opts.web === 'preview' ? 'preview' : 'dev';
      // With a port offset, call vite directly: appending --port to the npm script would give vite two ports.
      const p =
        off === 0
          ? npmRun('web', WEB.package, script, { root, env: webEnv, log: log('web') })
          : spawnManaged(
              'web',
              npmCommand()[0],
              [
                ...npmCommand()[1],
                'exec',
                '-w',
                WEB.package,
                '--',
                'vite',
                ...(script === 'preview' ? ['preview'] : []),
                ...extra,
              ],
              { cwd: root, env: webEnv, log: log('web') },
            );
      layers.push([p]);
      watch(p);
      webUrl = `http://localhost:${port}`;
      await guard(
        waitForReady(`${webUrl}/`, {
          process: p,
          timeoutMs: opts.readyTimeoutMs ?? 60_000,
          accept: (s) => s < 500,
          ...(signal ? { signal } : {}),
        }),
      );
    }
    signal?.throwIfAborted();
    signal?.removeEventListener('abort', onAbort);

    const serviceUrls: Record<string, string> = {};
    for (const s of services) serviceUrls[s.name] = `http://127.0.0.1:${servicePort(s, off)}`;

    return {
      dataDir,
      databaseUrl,
      natsUrl,
      gatewaySecret,
      gatewayUrl: `${gatewayBase}/graphql`,
      webUrl,
      ideUrl: webUrl ? `${webUrl}/ide` : undefined,
      serviceUrls,
      env,
      demoAccounts: readDemoAccounts(dataDir),
      postgres,
      nats,
      processes: longRunning,
      exited,
      stop,
    };
  } catch (e) {
    signal?.removeEventListener('abort', onAbort);
    await stop();
    throw e;
  }
}
