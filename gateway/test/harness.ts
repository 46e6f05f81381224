// The whole real platform (every subgraph on a fresh database, identity with its demo data, real NATS) with a gateway
// in front, in-process on ephemeral ports, in production mode.
import { ok } from '@anze/testing';
import type { IdentityService } from '@anze/identity/app';
import { DEMO_PASSWORD, type DemoAccount } from '@anze/identity/demo';
import { demoSecondFactor, PASSWORD_LOGIN, CERTIFICATE_CHALLENGE } from '@anze/identity/testbed';
import type { GatewayOptions, RunningGateway } from '../src/server.ts';
import { startPlatformTestbed } from '../src/testbed.ts';

export interface Stack {
  identity: IdentityService;
  gateway: RunningGateway;
  databaseUrl: string;
  /** identity's demo accounts (the enterprise's login is its USCC). */
  accounts: DemoAccount[];
  /** An access token for a demo account, obtained through the gateway (with its certificate as second factor). */
  login(username: string, password?: string): Promise<string>;
  /** Another gateway on the same identity (different options); stopped with the stack. */
  extraGateway(o: Partial<GatewayOptions>): Promise<RunningGateway>;
  close(): Promise<void>;
}

export async function startStack(gatewayOptions: Partial<GatewayOptions> = {}): Promise<Stack> {
  const platform = await startPlatformTestbed({ NODE_ENV: 'production' }, gatewayOptions);
  const testbed = platform.identity;
  const identity = testbed.service;
  const gateway = platform.gateway;
  return {
    identity,
    gateway,
    databaseUrl: testbed.databaseUrl,
    accounts: testbed.accounts,
    login: async (username, password = DEMO_PASSWORD) => {
      const f = await demoSecondFactor(testbed, username, async () => {
        const c = await ok<{ requestCertificateChallenge: { id: string; challenge: string } }>(
          gateway.url,
          CERTIFICATE_CHALLENGE,
          { gatewaySecret: false },
        );
        return c.requestCertificateChallenge;
      });
      const data = await ok<{ loginWithPassword: { accessToken: string } }>(gateway.url, PASSWORD_LOGIN, {
        variables: { u: username, p: password, f },
        gatewaySecret: false,
      });
      return data.loginWithPassword.accessToken;
    },
    extraGateway: (o) => platform.extraGateway(o),
    close: () => platform.close(),
  };
}
