export * from './subgraph.ts';
export * from './logger.ts';
export * from './config.ts';
export { handleGraphQL, readBody, sendJson, BodyTooLargeError } from './http.ts';
export { USER_ERROR_CODES } from '@anze/auth';
export * from './scalars.ts';
export * from './manifest.ts';
export * from './unit.ts';
export * from './drain.ts';
