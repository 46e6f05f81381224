// Errors a client may see: a Chinese message and a machine code; nothing else leaks. They are plain DomainErrors
// (@anze/domain), so domain code raising them has no GraphQL in it; the server kit maps them for the client.
import { DomainError } from '@anze/domain';

export {
  badInput,
  conflict,
  DomainError,
  forbidden,
  isDomainError,
  notFound,
  unauthenticated,
  USER_ERROR_CODES,
  type DomainErrorCode,
} from '@anze/domain';

export function passwordChangeRequired(): DomainError {
  return new DomainError('PASSWORD_CHANGE_REQUIRED', '请先修改初始密码');
}

/** `field`: the input to add (`secondFactor`), so the web app can ask for the certificate in place. */
export function secondFactorRequired(message: string): DomainError {
  return new DomainError('SECOND_FACTOR_REQUIRED', message, { field: 'secondFactor' });
}
