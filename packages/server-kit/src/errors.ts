// DomainError (@anze/domain) → what clients receive. Domain code throws plain DomainErrors; GraphQL clients get
// them as errors with extensions.code and, for input errors, extensions.field; the HTTP routes the gateway forwards
// (/files, /exports) answer with the same error body and a status that fits the code.
import type { ServerResponse } from 'node:http';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, type DomainErrorCode } from '@anze/domain';
import { domainErrorExtensions } from '@anze/auth';
import { sendJson } from './http.ts';

/** A formatted GraphQL error whose cause is a DomainError gets that error's code and field (and details). */
export function formatDomainError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const cause = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (!(cause instanceof DomainError)) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, ...domainErrorExtensions(cause) } };
}

const HTTP_STATUS: Record<DomainErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PASSWORD_CHANGE_REQUIRED: 403,
  SECOND_FACTOR_REQUIRED: 401,
  REQUEST_TIMEOUT: 503,
  REQUEST_IN_PROGRESS: 409,
  ALREADY_PROCESSED: 409,
};

export function httpStatusOf(e: DomainError): number {
  return HTTP_STATUS[e.code];
}

/** The GraphQL error body (`{ errors: [{ message, extensions: { code, field } }] }`) with the code's HTTP status. */
export function sendDomainError(res: ServerResponse, e: DomainError): void {
  sendJson(res, httpStatusOf(e), {
    errors: [{ message: e.message, extensions: { code: e.code, ...(e.field ? { field: e.field } : {}) } }],
  });
}
