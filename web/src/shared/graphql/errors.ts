// GraphQL errors carry a Chinese message, extensions.code and, for input errors, extensions.field (e.g.
// `profile.uscc` or `uscc`). These helpers put each message next to its form field.
import type { FormInstance } from 'antd';
import type { CombinedError } from 'urql';

export type FieldError = { field: string; message: string };

/** The form field an error belongs to: the last segment of extensions.field. */
function fieldOf(extensions: Record<string, unknown> | undefined): string | null {
  const field = extensions?.['field'];
  if (typeof field !== 'string' || !field) return null;
  return field.split('.').pop() ?? null;
}

export function errorCode(error: CombinedError | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/**
 * The server's message when a repeated request (same Idempotency-Key, e.g. sent again after a lost answer) had been
 * carried out the first time and its answer held a one-time secret (ALREADY_PROCESSED): not a failure, and the secret
 * is not shown again. Null for any other answer.
 */
export function alreadyProcessedMessage(error: CombinedError | undefined): string | null {
  const e = error?.graphQLErrors.find((x) => x.extensions?.['code'] === 'ALREADY_PROCESSED');
  return e ? e.message : null;
}

/** One message for the user: the server's Chinese message, or a network message. */
export function errorMessage(error: CombinedError | undefined): string {
  if (!error) return '';
  if (error.networkError) return '无法连接服务器，请稍后重试';
  return error.graphQLErrors.map((e) => e.message).join('；') || '操作失败';
}

/**
 * Shows field errors on the form and returns the messages that belong to no known field (to be shown elsewhere),
 * or null when everything was placed.
 */
export function applyServerErrors(
  form: FormInstance,
  error: CombinedError,
  knownFields: readonly string[],
  fieldAlias: Record<string, string> = {},
): string | null {
  if (error.networkError) return errorMessage(error);
  const byField = new Map<string, string[]>();
  const rest: string[] = [];
  for (const e of error.graphQLErrors) {
    const raw = fieldOf(e.extensions as Record<string, unknown> | undefined);
    const field = raw ? (fieldAlias[raw] ?? raw) : null;
    if (field && knownFields.includes(field)) byField.set(field, [...(byField.get(field) ?? []), e.message]);
    else rest.push(e.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  if (byField.size) form.scrollToField([...byField.keys()][0]!);
  return rest.length ? rest.join('；') : null;
}
