// Any subgraph for an integration test: a fresh database with its committed migrations applied, the service started
// in-process on an ephemeral port with the given environment, and one close() for all of it.
import type { MikroORM } from '@mikro-orm/postgresql';
import { applyMigrations } from '@anze/orm';
import { createTestDatabase } from './database.ts';
import { NATS_URL } from './services.ts';
import { TEST_GATEWAY_SECRET } from './graphql.ts';

export interface TestServiceDefinition<C, S extends { stop(): Promise<void> }> {
  /** The subgraph's name: names the test database and its `<NAME>_DATABASE_URL`. */
  name: string;
  orm: (databaseUrl: string) => Promise<MikroORM>;
  loadConfig: (env: NodeJS.ProcessEnv) => C;
  start: (config: C) => Promise<S>;
  /** On top of the defaults: its database, NATS, the gateway secret and PORT=0. */
  env?: Record<string, string>;
}

export interface TestService<C, S> {
  service: S;
  config: C;
  databaseUrl: string;
  close(): Promise<void>;
}

export async function startTestService<C, S extends { stop(): Promise<void> }>(
  d: TestServiceDefinition<C, S>,
): Promise<TestService<C, S>> {
  const db = await createTestDatabase(d.name);
  let service: S | undefined;
  const close = async () => {
    await service?.stop();
    await db.drop();
  };
  try {
    const orm = await d.orm(db.url);
    try {
      await applyMigrations(orm);
    } finally {
      await orm.close();
    }
    const config = d.loadConfig({
      [`${d.name.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`]: db.url,
      NATS_URL,
      GATEWAY_SECRET: TEST_GATEWAY_SECRET,
      PORT: '0',
      ...d.env,
    });
    service = await d.start(config);
    return { service, config, databaseUrl: db.url, close };
  } catch (error) {
    await close();
    throw error;
  }
}
