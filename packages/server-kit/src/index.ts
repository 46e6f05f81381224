export * from './subgraph.ts';
export * from './logger.ts';
export { handleGraphQL, readBody, sendJson, BodyTooLargeError } from './http.ts';
