// The one list of Anze's server processes. `npm start`, the compose test and (through startPlatform) the e2e tests
// and benchmarks derive from it. Adding a subgraph is one `subgraph(...)` line below (plus its compose/k8s entries,
// which test/compose.test.ts then demands).

export type ServiceKind = 'subgraph' | 'gateway';

export interface ServiceDef {
  /** Short name: log prefix, compose service name, `<NAME>_URL` on the gateway. */
  readonly name: string;
  /** npm workspace package name. */
  readonly package: string;
  /** Workspace directory, relative to the repository root. */
  readonly dir: string;
  readonly kind: ServiceKind;
  /** Default HTTP port (`PORT`); /healthz and /readyz are served on it. */
  readonly port: number;
  /** Environment variables the service reads (and that deployments must therefore set). */
  readonly env: readonly string[];
  /** Has an npm `migrate` script (creates database `anze_<name>` and applies committed migrations). */
  readonly migrate: boolean;
  /** Has an npm `seed` script (idempotent demo data). */
  readonly seed: boolean;
}

const COMMON_ENV = ['NODE_ENV', 'PORT', 'ANZE_LOG_LEVEL', 'GATEWAY_SECRET'] as const;
const SUBGRAPH_ENV = [...COMMON_ENV, 'DATABASE_URL', 'NATS_URL'] as const;
// Deployment-wide, not per service: set them in the environment of every subgraph or none (see loadBaseConfig).
export const OPTIONAL_SUBGRAPH_ENV = ['EVENTS_STREAM', 'EVENTS_SUBJECT_PREFIX'] as const;

interface SubgraphExtras {
  seed?: boolean;
  env?: readonly string[];
}

function subgraph(name: string, port: number, extras: SubgraphExtras = {}): ServiceDef {
  const env: string[] = [...SUBGRAPH_ENV, ...(extras.env ?? [])];
  // identity issues the tokens; every other subgraph verifies them against identity's JWKS.
  if (name !== 'identity') env.push('AUTH_JWKS_URL');
  return {
    name,
    package: `@anze/${name}`,
    dir: `subgraphs/${name}`,
    kind: 'subgraph',
    port,
    env,
    migrate: true,
    seed: extras.seed ?? false,
  };
}

export const SUBGRAPHS: readonly ServiceDef[] = [
  subgraph('identity', 4001, { seed: true, env: ['ANZE_DATA_DIR'] }),
  subgraph('projects', 4002, { seed: true }),
  // subgraph('underwriting', 4003),
  // subgraph('claims', 4004),
  // subgraph('prevention-dispatch', 4005),
  subgraph('analytics', 4006),
  // Files live on a volume (DOCUMENTS_DIR under ANZE_DATA_DIR by default).
  subgraph('documents', 4007, { env: ['ANZE_DATA_DIR'] }),
];

/** `identity` → `IDENTITY_URL`, `prevention-dispatch` → `PREVENTION_DISPATCH_URL` (gateway → subgraph). */
export function subgraphUrlVar(name: string): string {
  return `${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`;
}

export const GATEWAY: ServiceDef = {
  name: 'gateway',
  package: '@anze/gateway',
  dir: 'gateway',
  kind: 'gateway',
  port: 4000,
  env: [...COMMON_ENV, 'APOLLO_TELEMETRY_DISABLED', ...SUBGRAPHS.map((s) => subgraphUrlVar(s.name))],
  migrate: false,
  seed: false,
};

/** Start order: subgraphs, then the gateway. */
export const SERVICES: readonly ServiceDef[] = [...SUBGRAPHS, GATEWAY];

export const WEB = { name: 'web', package: '@anze/web', dir: 'web', port: 8080 } as const;

export function findService(name: string): ServiceDef {
  const s = SERVICES.find((x) => x.name === name);
  if (!s) throw new Error(`unknown service ${name}`);
  return s;
}

export interface EnvContext {
  databaseUrl: string;
  natsUrl: string;
  gatewaySecret: string;
  dataDir: string;
  /** Host where the other services are reachable (127.0.0.1 locally). */
  host?: string;
  /** Added to every default port (lets a test stack run beside `npm start`). */
  portOffset?: number;
  nodeEnv?: string;
  logLevel?: string;
}

export function servicePort(s: { port: number }, portOffset = 0): number {
  return s.port + portOffset;
}

/** The variables a service's process gets (on top of the inherited environment). */
export function serviceEnv(s: ServiceDef, ctx: EnvContext): Record<string, string> {
  const host = ctx.host ?? '127.0.0.1';
  const off = ctx.portOffset ?? 0;
  const identity = SUBGRAPHS.find((x) => x.name === 'identity');
  const all: Record<string, string> = {
    NODE_ENV: ctx.nodeEnv ?? 'development',
    PORT: String(servicePort(s, off)),
    ANZE_LOG_LEVEL: ctx.logLevel ?? 'info',
    GATEWAY_SECRET: ctx.gatewaySecret,
    DATABASE_URL: ctx.databaseUrl,
    NATS_URL: ctx.natsUrl,
    ANZE_DATA_DIR: ctx.dataDir,
    APOLLO_TELEMETRY_DISABLED: '1',
  };
  if (identity) {
    all.AUTH_JWKS_URL = `http://${host}:${servicePort(identity, off)}/.well-known/jwks.json`;
  }
  for (const sg of SUBGRAPHS) all[subgraphUrlVar(sg.name)] = `http://${host}:${servicePort(sg, off)}/graphql`;
  const out: Record<string, string> = {};
  for (const name of s.env) {
    const v = all[name];
    if (v !== undefined) out[name] = v;
  }
  // ANZE_DATA_DIR is harmless for everyone and lets any service find dev keys if it starts needing them.
  out.ANZE_DATA_DIR = ctx.dataDir;
  return out;
}
