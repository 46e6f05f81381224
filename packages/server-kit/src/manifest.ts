// A subgraph as a unit: everything the platform needs to know about one subgraph, declared once in its
// `src/manifest.ts`. The gateway's subgraph list, codegen, the dev stack, the event catalogue, the e2e stack, the
// benchmarks and the deployment checks all read the manifests (through @anze/registry) instead of lists of their own.
//
// This module has no runtime imports, and a manifest reaches its code only through the lazy `load*` functions: the
// gateway, codegen and the scripts read every manifest without loading MikroORM, NATS or any subgraph's code.
import type { EntitySchema } from '@mikro-orm/core';
import type { EventCatalogueEntry } from '@anze/events';
import type { SubgraphBaseConfig } from './config.ts';
import type { IdempotencyDeclaration } from './idempotency.ts';

export interface RunningService {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A durable JetStream consumer the subgraph runs. */
export interface ConsumerDeclaration {
  /** Durable name: also the `consumer` column of its inbox rows. */
  durable: string;
  /** The event types it reads, as a `filterSubject` type pattern (`identity.organisation.*`). */
  types: string;
}

export interface SubgraphManifest<
  C extends SubgraphBaseConfig = SubgraphBaseConfig,
  S extends RunningService = RunningService,
> {
  /** Lowercase, unique: the supergraph's subgraph name, `@anze/<name>`, database `anze_<name>`, `<NAME>_URL`. */
  name: string;
  /** Default HTTP port (`PORT`). */
  port: number;
  /** The contract: `schema.graphql` (the kit prepends the shared auth SDL). */
  schemaFile: URL;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  loadResolvers: () => Promise<Record<string, any>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  loadEntities: () => Promise<EntitySchema<any, any>[]>;
  /** The committed migrations folder. */
  migrations: URL;
  events: {
    /** What it publishes: the catalogue module (documented in docs/events) and its entries. */
    catalogue?: { file: URL; load: () => Promise<readonly EventCatalogueEntry[]> };
    /** What it consumes. */
    consumers: readonly ConsumerDeclaration[];
  };
  routes: {
    /** Path prefixes outside GraphQL that the gateway forwards here (uploads, downloads, exports). */
    gateway: readonly string[];
    /** Public paths outside GraphQL, not through the gateway (identity's JWKS). */
    public: readonly string[];
  };
  /** Variables a deployment must set for it beyond every subgraph's own (the others have working defaults). */
  env: readonly string[];
  /** Has an idempotent demo-data `seed` script. */
  seed: boolean;
  /**
   * Its mutations and the `Idempotency-Key`: `keyed` ones run in the key's transaction (a repeated request gets the
   * first answer), `exempt` ones name why not. gateway/test/idempotency.test.ts fails on a mutation in neither.
   */
  idempotency?: IdempotencyDeclaration;
  /** graphql-codegen: the context type and the domain types resolvers receive, relative to `src/generated/`. */
  codegen: { context: string; mappers: Readonly<Record<string, string>> };
  /** Configuration and start-up; used by `main.ts`, the test harness and the benchmarks. */
  loadRuntime: () => Promise<{
    loadConfig: (env?: NodeJS.ProcessEnv) => C;
    start: (config: C) => Promise<S>;
  }>;
}

/** Identity, with the manifest's types checked where it is written. */
export function defineSubgraph<C extends SubgraphBaseConfig, S extends RunningService>(
  manifest: SubgraphManifest<C, S>,
): SubgraphManifest<C, S> {
  return manifest;
}

/** `identity` → `IDENTITY_URL`, `prevention-dispatch` → `PREVENTION_DISPATCH_URL` (gateway → subgraph). */
export function subgraphUrlVar(name: string): string {
  return `${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`;
}
