export * from './viewer.ts';
export * from './errors.ts';
export { domainErrorExtensions, graphQLErrorOf } from './graphql-errors.ts';
export * from './tokens.ts';
export * from './scope.ts';
export * from './mask.ts';
export { AUTH_SDL, applyAuthDirectives, unguardedFields, ruleFor, check, type Rule } from './directives.ts';
export {
  SESSION_REVOKE_REASONS,
  SessionRevocations,
  refusingRevoked,
  type SessionRevokeReason,
} from './revocations.ts';
