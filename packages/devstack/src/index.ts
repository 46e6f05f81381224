export * from './services.ts';
export {
  startPlatform,
  startServices,
  waitForReady,
  runScript,
  npmRun,
  baseEnv,
  readDemoAccounts,
  REPO_ROOT,
  type Platform,
  type PlatformOptions,
  type DemoAccount,
  type WaitOptions,
  type StartServicesOptions,
} from './platform.ts';
export {
  startEmbeddedPostgres,
  waitForPostgres,
  postgresUrl,
  EMBEDDED_PG_PORT,
  type EmbeddedPostgres,
  type EmbeddedPostgresOptions,
} from './postgres.ts';
export {
  startNatsServer,
  findNatsServer,
  waitForNats,
  NATS_INSTALL_HINT,
  LOCAL_NATS_PORT,
  type NatsServer,
  type NatsServerOptions,
} from './nats.ts';
export { spawnManaged, killAllSync, type ManagedProcess, type ExitInfo } from './process.ts';
export { freePort, isPortFree } from './net.ts';
export { loadOrCreateSecrets, type DevSecrets } from './secrets.ts';
export { prefixedSink, formatJsonLine, table } from './log.ts';
