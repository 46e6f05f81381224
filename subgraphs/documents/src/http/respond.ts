import type { ServerResponse } from 'node:http';
import { sendJson } from '@anze/server-kit';

/** The same error shape as GraphQL responses, so the web app shows upload errors like any other. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  field?: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  sendJson(
    res,
    status,
    { errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] },
    headers,
  );
}

/** RFC 6266 / RFC 5987: an ASCII fallback plus the UTF-8 name, so 营业执照.pdf keeps its name in every browser. */
export function contentDisposition(type: 'inline' | 'attachment', fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'file';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
