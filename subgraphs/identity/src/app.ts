// Assembles the identity service from its configuration; used by main.ts and by the tests.
import { createTokenVerifier } from '@anze/auth';
import { TrustStore } from '@anze/ca';
import { startEventBus } from '@anze/events';
import { startSubgraph, sendJson, createLogger, type RunningSubgraph } from '@anze/server-kit';
import type { IdentityConfig } from './config.ts';
import { identityOrm } from './orm.ts';
import { loadSigningKeys, type SigningKeys } from './domain/keys.ts';
import type { IdentityDeps } from './domain/context.ts';
import type { IdentityContext } from './context.ts';
import { publishIdentityFact } from './events/identity-events.ts';
import manifest, { JWKS_PATH } from './manifest.ts';

export interface IdentityService extends RunningSubgraph {
  deps: IdentityDeps;
  jwksUrl: string;
}

export async function startIdentity(
  config: IdentityConfig,
  options: { keys?: SigningKeys } = {},
): Promise<IdentityService> {
  const log = createLogger({ service: 'identity' });
  const orm = await identityOrm(config.databaseUrl);
  const keys = options.keys ?? (await loadSigningKeys(config.keysDir));
  let trust: Promise<TrustStore> | null = null;
  const deps: IdentityDeps = {
    config,
    keys,
    // Re-read at most once a minute so a renewed CRL is picked up without a restart.
    trust: () =>
      (trust ??= TrustStore.fromDirectory(config.caTrustDir).finally(() =>
        setTimeout(() => (trust = null), 60_000).unref(),
      )),
  };
  const bus = await startEventBus({
    name: 'identity',
    config,
    em: orm.em,
    logger: log,
  });

  const service = await startSubgraph<IdentityContext>({
    manifest,
    orm,
    config,
    // identity verifies its own tokens with its own key set: no HTTP round trip to itself.
    verifyToken: createTokenVerifier({ jwks: keys.jwks }),
    logger: log,
    extendContext: (base) => ({ ...base, deps, publish: publishIdentityFact }),
    routes: {
      [JWKS_PATH]: (_req, res) => sendJson(res, 200, keys.jwks, { 'cache-control': 'public, max-age=300' }),
    },
    eventBus: bus,
  });
  return { ...service, deps, jwksUrl: service.url.replace(/\/graphql$/, JWKS_PATH) };
}
