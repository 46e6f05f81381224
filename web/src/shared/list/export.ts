// 导出 of a list: the export URL takes the list's filter, so the file holds exactly the rows the screen found (all
// pages); the saved file's name comes from the response. No React or antd here, so web/test can run it under Node.
import { dateTimeText } from '../format.ts';

/** The formats of the /exports endpoints. */
export type ExportFormat = 'xlsx' | 'csv';

/**
 * `<endpoint>?format=…&<filter>`: an export takes the same filter fields as its list, as query parameters, so the
 * file holds exactly the rows the screen found (all pages).
 */
export function exportPath(endpoint: string, format: ExportFormat, filter: object): string {
  const params = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return `${endpoint}?${params.toString()}`;
}

/**
 * The file name of a Content-Disposition header. RFC 6266 prefers `filename*` (RFC 5987: charset'lang'pct-encoded,
 * which is how a Chinese name like 项目信息-20261121.xlsx arrives) over the ASCII `filename`; the fallback is used when
 * neither is present or usable. Path separators are dropped so a name can never point elsewhere.
 */
export function fileNameFromContentDisposition(header: string | null | undefined, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*([^;]+)/i.exec(header)?.[1]?.trim();
  if (extended) {
    const match = /^([\w!#$%&+^`{}~-]+)'[^']*'(.+)$/.exec(extended.replace(/^"(.*)"$/, '$1'));
    if (match && /^utf-8$/i.test(match[1]!)) {
      try {
        return safeName(decodeURIComponent(match[2]!), fallback);
      } catch {
        // Malformed percent-encoding: fall through to the plain filename.
      }
    }
  }
  const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(header);
  if (plain) {
    const value = plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : plain[1]!.trim();
    return safeName(value, fallback);
  }
  return fallback;
}

function safeName(name: string, fallback: string): string {
  const cleaned = name.replace(/[/\\]/g, '_').trim();
  return cleaned || fallback;
}

/**
 * <subject>-YYYYMMDD.xlsx (项目信息-20261121.xlsx), as the server names it (the platform's day), for a response
 * without a usable header.
 */
export function exportFileName(subject: string, format: ExportFormat, now: Date = new Date()): string {
  return `${subject}-${dateTimeText(now, 'YYYYMMDD')}.${format}`;
}

/** A Chinese message for a failed export: the server's own message when it sent one, else one by status. */
export function exportErrorMessage(status: number, body: string, subject = ''): string {
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ message?: unknown }> };
    const message = parsed.errors?.map((e) => e.message).find((m) => typeof m === 'string' && m);
    if (typeof message === 'string') return message;
  } catch {
    // Not JSON (a proxy's HTML page, for instance): use the status below.
  }
  if (status === 401) return '登录已失效，请重新登录后再导出';
  if (status === 403) return `无权导出${subject}`;
  if (status === 400) return '查询条件有误，无法导出';
  if (status >= 500) return `服务器导出失败（${status}），请稍后重试`;
  return `导出失败（${status}）`;
}

/** Reads a response body while reporting bytes received (total from Content-Length, null when not sent). */
export async function readBodyWithProgress(
  response: Response,
  onProgress: (received: number, total: number | null) => void,
): Promise<Blob> {
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value as Uint8Array<ArrayBuffer>);
    received += value.byteLength;
    onProgress(received, total);
  }
  return new Blob(chunks, { type });
}
