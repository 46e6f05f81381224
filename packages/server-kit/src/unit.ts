// What a subgraph's own entry points do, from its manifest: `src/main.ts` runs it, `src/migrate.ts` migrates its
// database, and the test harness and benchmarks open its ORM.
import { fileURLToPath } from 'node:url';
import { createOrm, runMigrateCommand, type MikroORM } from '@anze/orm';
import type { SubgraphManifest } from './manifest.ts';
import { createLogger } from './logger.ts';
import { stopOnSignals } from './subgraph.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Manifest = SubgraphManifest<any, any>;

/** The subgraph's MikroORM on `databaseUrl`: its entities and committed migrations. */
export async function subgraphOrm(m: Manifest, databaseUrl: string, poolMax?: number): Promise<MikroORM> {
  return createOrm({
    subgraph: m.name,
    clientUrl: databaseUrl,
    entities: await m.loadEntities(),
    migrationsPath: fileURLToPath(m.migrations),
    poolMax,
  });
}

/** `node src/main.ts`: configuration from the environment, start, stop on SIGINT/SIGTERM. */
export async function runSubgraph(m: Manifest): Promise<void> {
  const { loadConfig, start } = await m.loadRuntime();
  const service = await start(loadConfig());
  stopOnSignals({ stop: () => service.stop(), log: service.log ?? createLogger({ service: m.name }) });
}

/** `npm run migrate -w @anze/<name> [-- --create name]`: see runMigrateCommand. */
export function runMigrations(m: Manifest, argv: string[] = process.argv): Promise<void> {
  return runMigrateCommand(m.name, (url) => subgraphOrm(m, url), argv);
}
