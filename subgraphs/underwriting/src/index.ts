// What other workspaces (gateway tests, devstack) start the service with.
export { startUnderwriting, type UnderwritingService } from './app.ts';
export { loadConfig, type UnderwritingConfig } from './config.ts';
export { underwritingOrm } from './orm.ts';
