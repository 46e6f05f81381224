// What other workspaces (gateway tests, devstack) start the service with.
export { startClaims, type ClaimsService } from './app.ts';
export { loadConfig, type ClaimsConfig } from './config.ts';
