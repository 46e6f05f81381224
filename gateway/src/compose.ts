// `npm run compose`: composes the supergraph from every subgraph's schema.graphql (with the shared auth SDL prepended,
// exactly as the server kit serves it) and writes gateway/supergraph.graphql, which is committed. The gateway loads
// that file at start: no introspection of running subgraphs, no Apollo Studio, no rover binary.
import { writeFileSync } from 'node:fs';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import { loadSchemaSdl } from '@anze/server-kit';
import { SUBGRAPHS, SUPERGRAPH_FILE } from './subgraphs.ts';

export { SUPERGRAPH_FILE };

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

/** Composes the supergraph SDL; throws CompositionError listing every error. */
export function composeSupergraph(): string {
  return compose().supergraphSdl;
}

export function compose(): Composition {
  const services = SUBGRAPHS.map((s) => ({
    name: s.name,
    url: s.defaultUrl,
    typeDefs: parse(loadSchemaSdl(s.schemaFile)),
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
    console.log(`supergraph: ${SUBGRAPHS.map((s) => s.name).join(', ')} → ${SUPERGRAPH_FILE}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
