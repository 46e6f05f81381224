// Uploads to /files: plain HTTP outside GraphQL. The access token lives only in memory (shared/session/session.ts),
// so the upload goes through authFetch, which adds the bearer token and refreshes an expired one once, exactly like
// the GraphQL client. Like a mutation, each upload carries its own Idempotency-Key and is sent again with it when the
// answer is lost (shared/graphql/retry.ts): the server answers the repeat with the first document, not a second one.
import { sendKeyed, type RetryOptions } from '../graphql/retry.ts';
import { authFetch } from '../session/session.ts';

/** What POST /files answers for a stored upload. */
export type UploadedFile = {
  id: string;
  kind: string;
  fileName: string;
  size: number;
  contentType: string;
  sha256: string;
};

/** The upload limit the documents service enforces (DOCUMENT_MAX_BYTES default); shown as a hint and pre-checked. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp';

/**
 * Why a file is refused before it is sent (type by extension, size; `pdfOnly` for scans and policies), or null. The server decides the type from the
 * bytes anyway; this only spares the user a 20 MB upload that would be refused.
 */
export function checkUploadFile(file: { name: string; size: number }, pdfOnly = false): string | null {
  const ext = /\.[^.]+$/.exec(file.name.toLowerCase())?.[0] ?? '';
  if (pdfOnly && ext !== '.pdf') return '仅支持 PDF 格式的文件（扫描件请生成 PDF 后上传）';
  if (!UPLOAD_ACCEPT.split(',').includes(ext)) return '仅支持 PDF、JPG、PNG、WebP 格式的文件';
  if (file.size > MAX_UPLOAD_BYTES) return '文件大小不能超过20MB';
  if (file.size === 0) return '文件为空';
  return null;
}

/** The Chinese message of a refused upload: the server's {errors:[{message}]} when it sent one. */
export function uploadErrorMessage(status: number, body: unknown): string {
  const errors = (body as { errors?: Array<{ message?: unknown }> } | null)?.errors;
  const messages = Array.isArray(errors)
    ? errors.map((e) => e?.message).filter((m): m is string => typeof m === 'string' && m.length > 0)
    : [];
  if (messages.length) return messages.join('；');
  if (status === 413) return '文件大小超出限制（不超过20MB）';
  if (status === 415) return '仅支持 PDF、JPG、PNG、WebP 格式的文件';
  if (status === 401) return '登录已失效，请重新登录';
  if (status === 403) return '无权上传文件';
  return `上传失败（${status}）`;
}

/**
 * POST /files (multipart: `kind`, `file`) with the bearer token, keyed and retried while the outcome is open; throws
 * an Error with the Chinese message. `send` and `retry` are for tests.
 */
export async function uploadFile(
  kind: string,
  file: Blob,
  fileName: string,
  send: typeof fetch = authFetch,
  retry?: RetryOptions,
): Promise<UploadedFile> {
  const body = new FormData();
  body.append('kind', kind);
  body.append('file', file, fileName);
  let response: Response;
  try {
    response = await sendKeyed(send, '/files', { method: 'POST', body }, retry);
  } catch {
    throw new Error('无法连接服务器，请稍后重试');
  }
  const json: unknown = await response.json().catch(() => null);
  // After the last retry the answer is OUTCOME_UNKNOWN (a GraphQL-shaped 200): not an upload.
  if (!response.ok || typeof (json as Partial<UploadedFile> | null)?.id !== 'string')
    throw new Error(uploadErrorMessage(response.status, json));
  return json as UploadedFile;
}
