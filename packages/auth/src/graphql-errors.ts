// DomainError → GraphQLError: the one mapping of a domain refusal to what a GraphQL client reads (message,
// extensions.code and, for input errors, extensions.field). The server kit's error formatter applies it to errors
// thrown by resolvers; code that graphql-js calls directly (the @auth guard, scalars) throws its result.
import { GraphQLError } from 'graphql';
import type { DomainError } from '@anze/domain';

/** extensions of a DomainError: any details, its code, and its field when it has one. */
export function domainErrorExtensions(e: DomainError): Record<string, unknown> {
  return { ...e.details, code: e.code, ...(e.field ? { field: e.field } : {}) };
}

/**
 * Without `originalError`: graphql-js wraps a scalar's error into "Variable "$x" got invalid value …; <message>",
 * and that text (with code BAD_USER_INPUT) is what clients have always received.
 */
export function graphQLErrorOf(e: DomainError): GraphQLError {
  return new GraphQLError(e.message, { extensions: domainErrorExtensions(e) });
}
