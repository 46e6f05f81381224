// Errors a user may see, as domain code raises them: a machine code, a Chinese message written for the user and, for
// input errors, the input field it belongs to. No transport here: the server kit turns a DomainError into the
// GraphQL error (extensions.code, extensions.field) or the HTTP answer a client receives.

/** The codes of errors written for users: their message (and field) reach the client even in production. */
export const USER_ERROR_CODE_LIST = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PASSWORD_CHANGE_REQUIRED',
  'SECOND_FACTOR_REQUIRED',
  // The request passed its deadline and was rolled back: nothing was saved, submitting again is safe.
  'REQUEST_TIMEOUT',
  // Another request with the same idempotency key is still being processed: ask again (same key) in a moment.
  'REQUEST_IN_PROGRESS',
  // A repeat (same idempotency key) of a request that was carried out and whose answer held a one-time secret, which
  // was not kept: the message says what happened and what to do.
  'ALREADY_PROCESSED',
] as const;
export type DomainErrorCode = (typeof USER_ERROR_CODE_LIST)[number];

/** The same list as a set: subgraphs and the gateway decide with it which messages clients may read. */
export const USER_ERROR_CODES: ReadonlySet<string> = new Set(USER_ERROR_CODE_LIST);

export interface DomainErrorOptions {
  /** The input field the message belongs to (`profile.uscc`, `divisionCode`), shown next to it by the web app. */
  field?: string | undefined;
  /** Further facts for the client (outside production only, like any detail besides code and field). */
  details?: Readonly<Record<string, unknown>> | undefined;
}

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly field: string | undefined;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: DomainErrorCode, message: string, options: DomainErrorOptions = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = options.field;
    this.details = options.details;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export function badInput(message: string, field?: string): DomainError {
  return new DomainError('BAD_USER_INPUT', message, { field });
}

export function unauthenticated(message = '请先登录'): DomainError {
  return new DomainError('UNAUTHENTICATED', message);
}

export function forbidden(message = '无权执行此操作'): DomainError {
  return new DomainError('FORBIDDEN', message);
}

export function notFound(message = '记录不存在'): DomainError {
  return new DomainError('NOT_FOUND', message);
}

export function conflict(message: string, field?: string): DomainError {
  return new DomainError('CONFLICT', message, { field });
}

/** The request passed its deadline before it could commit: rolled back, so the client may submit it again. */
export function requestTimeout(): DomainError {
  return new DomainError('REQUEST_TIMEOUT', '处理超时，本次提交没有保存，请稍后重试');
}
