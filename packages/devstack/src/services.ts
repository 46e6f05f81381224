// Anze's server processes: the subgraphs of @anze/registry (their manifests) and the gateway. `npm start`, the
// compose and k8s tests and (through startPlatform) the e2e tests and benchmarks derive from this list; a subgraph
// added to the registry appears here, and the compose/k8s tests then demand its entries.
import { SUBGRAPHS as MANIFESTS, type AnyManifest } from '@anze/registry';
import { subgraphUrlVar } from '@anze/server-kit/manifest';

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

/** identity issues the tokens; every other subgraph verifies them against identity's JWKS. */
function subgraph(m: AnyManifest): ServiceDef {
  const env: string[] = [...SUBGRAPH_ENV, ...m.env];
  if (m.name !== 'identity') env.push('AUTH_JWKS_URL');
  return {
    name: m.name,
    package: `@anze/${m.name}`,
    dir: `subgraphs/${m.name}`,
    kind: 'subgraph',
    port: m.port,
    env,
    migrate: true,
    seed: m.seed,
  };
}

/** From the manifests (@anze/registry), in their start order. */
export const SUBGRAPHS: readonly ServiceDef[] = MANIFESTS.map(subgraph);

export { subgraphUrlVar };

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
