// Errors a client may see: a Chinese message and a machine code; nothing else leaks.
import { GraphQLError } from 'graphql';

export function unauthenticated(message = '请先登录'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 200 } } });
}

export function forbidden(message = '无权执行此操作'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function badInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}

export function notFound(message = '记录不存在'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

export function conflict(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...(field ? { field } : {}) } });
}

export function passwordChangeRequired(): GraphQLError {
  return new GraphQLError('请先修改初始密码', { extensions: { code: 'PASSWORD_CHANGE_REQUIRED' } });
}

export function secondFactorRequired(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'SECOND_FACTOR_REQUIRED', field: 'secondFactor' } });
}

/**
 * Codes of the errors above: written for users, so their message (and field) reach the client even in production,
 * where every other error is replaced by a generic one. Subgraphs and the gateway share this one list.
 */
export const USER_ERROR_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PASSWORD_CHANGE_REQUIRED',
  'SECOND_FACTOR_REQUIRED',
]);
