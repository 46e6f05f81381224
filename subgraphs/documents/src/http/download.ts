// GET /files/<id>, /files/<id>/thumbnail and /files/archive: served on a valid signed link alone (browsers send no
// bearer token with <a href>/<img src>); who may read was checked when the link was signed.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import type { RouteContext } from '@anze/server-kit';
import { isUuid } from '@anze/events';
import type { IDocument } from '../domain/document.entity.ts';
import { findLiveDocument, findLiveDocuments } from '../domain/document.repository.ts';
import { archiveEntryNames } from '../domain/documents.ts';
import { isImage } from '../domain/content-type.ts';
import type { DocumentsDeps } from '../domain/context.ts';
import { contentDisposition, sendError } from './respond.ts';

export const ARCHIVE_MAX_DOCUMENTS = 100;

/** The signed part of an archive link: ids and name select the content, so both are covered by the signature. */
export function archiveResource(ids: readonly string[], name: string): string {
  return `/files/archive?ids=${ids.map(encodeURIComponent).join(',')}&name=${encodeURIComponent(name)}`;
}

export function downloadRoute(deps: DocumentsDeps) {
  return async (req: IncomingMessage, res: ServerResponse, ctx: RouteContext): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendError(res, 405, 'METHOD_NOT_ALLOWED', '不支持的请求方法', undefined, { allow: 'GET, HEAD' });
    const url = new URL(req.url ?? '/', 'http://localhost');
    const exp = url.searchParams.get('exp');
    const sig = url.searchParams.get('sig');
    const check = (resource: string): boolean => {
      const result = deps.signer.verify(resource, exp, sig);
      if (result === 'ok') return true;
      sendError(res, 403, 'FORBIDDEN', result === 'expired' ? '下载链接已过期，请重新获取' : '下载链接无效');
      return false;
    };

    if (url.pathname === '/files/archive') {
      const ids = (url.searchParams.get('ids') ?? '').split(',').filter(Boolean);
      const name = url.searchParams.get('name') ?? '';
      if (!check(archiveResource(ids, name))) return;
      return sendArchive(deps, ctx, res, req.method === 'HEAD', ids, name);
    }
    const m = /^\/files\/([^/]+)(\/thumbnail)?$/.exec(url.pathname);
    if (!m || !isUuid(m[1])) return sendError(res, 404, 'NOT_FOUND', '文件不存在或已删除');
    const thumbnail = !!m[2];
    if (!check(url.pathname)) return;
    const doc = await findLiveDocument(ctx.em, m[1]!);
    const sha = thumbnail ? doc?.thumbnailSha256 : doc?.sha256;
    if (!doc || !sha || !(await deps.store.has(sha)))
      return sendError(res, 404, 'NOT_FOUND', '文件不存在或已删除');
    const contentType = thumbnail ? 'image/webp' : doc.contentType;
    const fileName = thumbnail ? `${stem(doc.fileName)}-缩略图.webp` : doc.fileName;
    res.writeHead(200, {
      'content-type': contentType,
      ...(thumbnail ? {} : { 'content-length': String(doc.size) }),
      'content-disposition': contentDisposition('inline', fileName),
      ...safetyHeaders(contentType),
      etag: `"${sha}"`,
    });
    if (req.method === 'HEAD') return void res.end();
    await pipeline(deps.store.get(sha), res);
  };
}

/** Served inline from the platform's own origin: no sniffing, and a sandbox so a crafted PDF runs no script. */
function safetyHeaders(contentType: string): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    ...(contentType === 'application/pdf' || isImage(contentType)
      ? { 'content-security-policy': 'sandbox' }
      : {}),
    // The link is personal and short-lived: browsers may keep it, shared caches may not.
    'cache-control': 'private, max-age=300',
  };
}

function stem(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

export function archiveFileName(name: string): string {
  const clean = name
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '')
    .trim()
    .slice(0, 100);
  return `${clean || '资料'}.zip`;
}

async function sendArchive(
  deps: DocumentsDeps,
  ctx: RouteContext,
  res: ServerResponse,
  head: boolean,
  ids: string[],
  name: string,
): Promise<void> {
  if (!ids.length || ids.length > ARCHIVE_MAX_DOCUMENTS || !ids.every(isUuid))
    return sendError(res, 404, 'NOT_FOUND', '文件不存在或已删除');
  const rows = await findLiveDocuments(ctx.em, ids);
  const byId = new Map(rows.map((d) => [d.id, d]));
  const docs = ids.map((id) => byId.get(id)).filter((d): d is IDocument => !!d);
  if (docs.length !== ids.length) return sendError(res, 404, 'NOT_FOUND', '部分文件不存在或已删除');
  res.writeHead(200, {
    'content-type': 'application/zip',
    'content-disposition': contentDisposition('attachment', archiveFileName(name)),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  });
  if (head) return void res.end();
  const zip = new yazl.ZipFile();
  const names = archiveEntryNames(docs);
  docs.forEach((doc, i) => {
    // Opened one at a time as the ZIP is written: a 100-file archive holds one file descriptor, not 100.
    zip.addReadStreamLazy(
      names[i]!,
      { mtime: new Date(doc.uploadedAt), compress: doc.contentType === 'application/pdf', size: doc.size },
      (cb) => cb(null, deps.store.get(doc.sha256)),
    );
  });
  zip.end();
  await pipeline(zip.outputStream, res);
}
