// `npm run compose`: composes the supergraph from every subgraph's schema.graphql (with the shared auth SDL prepended,
// exactly as the server kit serves it) and writes gateway/supergraph.graphql and the routing table
// gateway/subgraphs.json, both committed and both derived from the manifests in @anze/registry. The gateway loads
// those files at start: no introspection of running subgraphs, no Apollo Studio, no rover binary.
import { writeFileSync } from 'node:fs';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import { SUBGRAPHS as MANIFESTS } from '@anze/registry';
import { subgraphUrlVar } from '@anze/server-kit/manifest';
import { loadSchemaSdl } from '@anze/server-kit';
import { SUBGRAPHS_FILE, SUPERGRAPH_FILE, type SubgraphEntry } from './artifacts.ts';

export { SUBGRAPHS_FILE, SUPERGRAPH_FILE };

export class CompositionError extends Error {
  readonly details: string[];
  constructor(details: string[]) {
    super(`supergraph composition failed:\n${details.map((d) => `  - ${d}`).join('\n')}`);
    this.details = details;
  }
}

export interface Composition {
  supergraphSdl: string;
  /** Composition hints (not errors): worth reading when a schema changes. */
  hints: string[];
}

/** The gateway's routing table, from the manifests; two subgraphs claiming one path would leave one unreachable. */
export function routingTable(): SubgraphEntry[] {
  const owners = MANIFESTS.flatMap((m) => m.routes.gateway.map((prefix) => ({ prefix, name: m.name })));
  for (const a of owners)
    for (const b of owners)
      if (a !== b && (a.prefix === b.prefix || a.prefix.startsWith(`${b.prefix}/`)))
        throw new Error(
          `gateway route ${a.prefix} (${a.name}) lies under ${b.prefix} (${b.name}): declare distinct prefixes`,
        );
  return MANIFESTS.map((m) => ({
    name: m.name,
    urlEnv: subgraphUrlVar(m.name),
    defaultUrl: `http://127.0.0.1:${m.port}/graphql`,
    httpRoutes: [...m.routes.gateway],
  }));
}

/** gateway/subgraphs.json as `npm run compose` writes it. */
export function routingTableJson(): string {
  return `${JSON.stringify(routingTable(), null, 2)}\n`;
}

/** Composes the supergraph SDL; throws CompositionError listing every error. */
export function composeSupergraph(): string {
  return compose().supergraphSdl;
}

export function compose(): Composition {
  const services = MANIFESTS.map((m) => ({
    name: m.name,
    url: `http://127.0.0.1:${m.port}/graphql`,
    typeDefs: parse(loadSchemaSdl(m.schemaFile)),
  }));
  const result = composeServices(services);
  const hints = (result.hints ?? []).map((h) => `${h.definition.code}: ${h.message}`);
  if (result.errors) {
    throw new CompositionError(result.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`));
  }
  return { supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`, hints };
}

if (import.meta.main) {
  try {
    const { supergraphSdl, hints } = compose();
    for (const hint of hints) console.warn(`hint ${hint}`);
    writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
    writeFileSync(SUBGRAPHS_FILE, routingTableJson());
    console.log(
      `supergraph: ${MANIFESTS.map((m) => m.name).join(', ')} → ${SUPERGRAPH_FILE}, ${SUBGRAPHS_FILE}`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
