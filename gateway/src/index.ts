export {
  startGateway,
  gatewayOptionsFromEnv,
  gatewayErrorFormatter,
  readyzUrlOf,
  AnzeDataSource,
  DEFAULT_LIMITS,
} from './server.ts';
export type { GatewayOptions, GatewayLimits, GatewayContext, RunningGateway } from './server.ts';
export { SUBGRAPHS, SUPERGRAPH_FILE, subgraphUrls, type SubgraphEntry } from './subgraphs.ts';
