// The real identity subgraph (fresh database, demo data, real NATS) with a gateway in front of it, both in-process on
// ephemeral ports, both in production mode.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { applyMigrations } from '@anze/orm';
import { createTestDatabase, ok, TEST_GATEWAY_SECRET, NATS_URL } from '@anze/testing';
import { startIdentity, type IdentityService } from '@anze/identity/app';
import { loadConfig } from '@anze/identity/config';
import { identityOrm } from '@anze/identity/orm';
import { seedDemo, DEMO_PASSWORD } from '@anze/identity/demo';
import { createLogger } from '@anze/server-kit';
import { startGateway, type GatewayOptions, type RunningGateway } from '../src/server.ts';

export interface Stack {
  identity: IdentityService;
  gateway: RunningGateway;
  databaseUrl: string;
  /** An access token for a demo account, obtained through the gateway. */
  login(username: string, password?: string): Promise<string>;
  /** Another gateway on the same identity (different options); stopped with the stack. */
  extraGateway(o: Partial<GatewayOptions>): Promise<RunningGateway>;
  close(): Promise<void>;
}

const quiet = () => createLogger({ service: 'test' }, (process.env.ANZE_LOG_LEVEL as 'info') || 'silent');

export async function startStack(gatewayOptions: Partial<GatewayOptions> = {}): Promise<Stack> {
  const db = await createTestDatabase('gateway');
  const dataDir = mkdtempSync(join(tmpdir(), 'anze-gateway-'));
  const orm = await identityOrm(db.url);
  await applyMigrations(orm);
  const config = loadConfig({
    NODE_ENV: 'production',
    IDENTITY_DATABASE_URL: db.url,
    NATS_URL,
    GATEWAY_SECRET: TEST_GATEWAY_SECRET,
    ANZE_DATA_DIR: dataDir,
    PORT: '0',
  });
  await seedDemo(orm.em.fork() as EntityManager, config.caTrustDir);
  await orm.close();
  const identity = await startIdentity(config);
  const extras: RunningGateway[] = [];
  const gatewayFor = (o: Partial<GatewayOptions>) =>
    startGateway({
      port: 0,
      host: '127.0.0.1',
      production: true,
      gatewaySecret: TEST_GATEWAY_SECRET,
      subgraphUrls: { identity: identity.url },
      logger: quiet(),
      ...o,
    });
  const gateway = await gatewayFor(gatewayOptions);
  return {
    identity,
    gateway,
    databaseUrl: db.url,
    login: async (username, password = DEMO_PASSWORD) => {
      const data = await ok<{ loginWithPassword: { accessToken: string } }>(
        gateway.url,
        'mutation($u: String!, $p: String!) { loginWithPassword(username: $u, password: $p) { accessToken } }',
        { variables: { u: username, p: password }, gatewaySecret: false },
      );
      return data.loginWithPassword.accessToken;
    },
    extraGateway: async (o) => {
      const g = await gatewayFor(o);
      extras.push(g);
      return g;
    },
    close: async () => {
      for (const g of extras) await g.stop();
      await gateway.stop();
      await identity.stop();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
