// The real identity subgraph (fresh database, demo data, real NATS) with a gateway in front of it, both in-process on
// ephemeral ports, both in production mode.
import { ok, TEST_GATEWAY_SECRET } from '@anze/testing';
import type { IdentityService } from '@anze/identity/app';
import { DEMO_PASSWORD } from '@anze/identity/demo';
import { startIdentityTestbed } from '@anze/identity/testbed';
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
  const testbed = await startIdentityTestbed({ NODE_ENV: 'production' }, 'gateway');
  const identity = testbed.service;
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
    databaseUrl: testbed.databaseUrl,
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
      await testbed.close();
    },
  };
}
