export * from './subgraph.ts';
export * from './logger.ts';
export * from './config.ts';
export { handleGraphQL, readBody, sendJson, BodyTooLargeError } from './http.ts';
export { USER_ERROR_CODES } from '@anze/domain';
export { domainErrorExtensions, graphQLErrorOf } from '@anze/auth';
export { formatDomainError, httpStatusOf, sendDomainError } from './errors.ts';
export * from './scalars.ts';
export * from './manifest.ts';
export * from './unit.ts';
export * from './drain.ts';
export {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENCY_KEY_PATTERN,
  callerOf,
  keyedMutationOf,
  type IdempotencyDeclaration,
  type OneTimeSecretAnswer,
} from './idempotency.ts';
export { applyInputBoundary, checkArgument, MAX_ARGUMENT_LIST, MAX_ARGUMENT_TEXT } from './input-boundary.ts';
export {
  locateScalarLiteralErrors,
  translateFormattedInputError,
  translateInputError,
} from './input-errors.ts';
