// `node gateway/src/main.ts`: the gateway from the environment (see gatewayOptionsFromEnv); stops on SIGINT/SIGTERM.
// APOLLO_TELEMETRY_DISABLED is forced to 1 by startGateway: @apollo/gateway would otherwise report anonymous usage.
import { createLogger, stopOnSignals } from '@anze/server-kit';
import { gatewayOptionsFromEnv, startGateway } from './server.ts';

const log = createLogger({ service: 'gateway' });
try {
  const gateway = await startGateway({ ...gatewayOptionsFromEnv(), logger: log });
  stopOnSignals(gateway);
} catch (error) {
  log.error('gateway failed to start', { error });
  process.exit(1);
}
