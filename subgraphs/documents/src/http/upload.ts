// POST /files (multipart/form-data: `kind`, one `file`). The upload streams straight into the blob store: the type
// is decided from the first bytes and the size limit enforced as bytes arrive, so a refused file is never kept; a PDF
// is then parsed and an image decoded before it is recorded. With an Idempotency-Key (the web sends one per upload and
// repeats it when the answer is lost) the record is made under the key: the same key, content and kind answer the
// first document again instead of a second one; the same key with another file is refused (409 CONFLICT).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable, Transform } from 'node:stream';
import busboy from 'busboy';
import sharp from 'sharp';
import { DomainError, isBlank, unsafeCharacterProblem } from '@anze/domain';
import { httpStatusOf, type RouteContext } from '@anze/server-kit';
import { UPLOADER_ROLES } from '../domain/access.ts';
import {
  isImage,
  sniffContentType,
  SNIFF_BYTES,
  EXTENSIONS,
  type AllowedType,
} from '../domain/content-type.ts';
import { isDocumentKind, KIND_LABELS, type DocumentKind } from '../domain/kinds.ts';
import { recordUpload, dropUnreferenced, BlobGoneError } from '../domain/documents.ts';
import type { DocumentsDeps } from '../domain/context.ts';
import type { StoredBlob } from '../domain/storage.ts';
import { isReadablePdf } from '../domain/pdf.ts';
import { sendError } from './respond.ts';

class Refusal extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

const tooLarge = (maxBytes: number) =>
  new Refusal(413, 'PAYLOAD_TOO_LARGE', `文件不能超过 ${formatSize(maxBytes)}`, 'file');
const unsupported = () =>
  new Refusal(415, 'UNSUPPORTED_MEDIA_TYPE', '仅支持 PDF、JPG、PNG、WebP 格式的文件', 'file');

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 102.4) / 10} KB`;
  return `${bytes} 字节`;
}

/** Passes bytes through while deciding the type from the first ones and counting against the limit. */
class Inspector extends Transform {
  head = Buffer.alloc(0);
  size = 0;
  type: AllowedType | null = null;
  readonly #maxBytes: number;

  constructor(maxBytes: number) {
    super();
    this.#maxBytes = maxBytes;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null, c?: Buffer) => void) {
    this.size += chunk.length;
    if (this.size > this.#maxBytes) return done(tooLarge(this.#maxBytes));
    if (this.type === null) {
      this.head = Buffer.concat([this.head, chunk]).subarray(0, SNIFF_BYTES);
      if (this.head.length >= SNIFF_BYTES) {
        this.type = sniffContentType(this.head);
        if (!this.type) return done(unsupported());
      }
    }
    done(null, chunk);
  }

  override _flush(done: (e?: Error | null) => void) {
    if (this.size === 0) return done(new Refusal(400, 'BAD_USER_INPUT', '请选择要上传的文件', 'file'));
    if (this.type === null) this.type = sniffContentType(this.head);
    done(this.type ? null : unsupported());
  }
}

/** The longest file name kept (characters): a longer one is refused, not cut. */
export const MAX_FILE_NAME = 200;

/**
 * The name without any path; the name is shown back to users, never used on disk. Control characters, lone
 * surrogates and bidi controls (`\u202Efdp.exe` shows as `exe.pdf`) are refused, as are names over 200 characters;
 * an absent or blank name becomes the kind's label.
 */
export function cleanFileName(raw: string | undefined, kind: DocumentKind, type: string): string {
  const base = (raw ?? '').split(/[/\\]/).pop() ?? '';
  if (unsafeCharacterProblem(base))
    throw new Refusal(400, 'BAD_USER_INPUT', '文件名 含有不允许的字符', 'file');
  const clean = base.trim();
  if ([...clean].length > MAX_FILE_NAME)
    throw new Refusal(400, 'BAD_USER_INPUT', `文件名 不能超过 ${MAX_FILE_NAME} 个字符`, 'file');
  return isBlank(clean) ? `${KIND_LABELS[kind]}${EXTENSIONS[type] ?? ''}` : clean;
}

export function uploadRoute(deps: DocumentsDeps) {
  const { config, store } = deps;
  // Bytes of a refused request we still read so the client receives our answer; beyond this the socket is cut.
  const drainLimit = 2 * config.maxBytes + 1024 * 1024;

  return async (req: IncomingMessage, res: ServerResponse, ctx: RouteContext): Promise<void> => {
    const { viewer } = ctx;
    const refuse = (r: Refusal) => {
      // Answer only after the request body has been read (and discarded): a client still sending would otherwise
      // see a reset connection instead of the message.
      let drained = 0;
      const send = () => sendError(res, r.status, r.code, r.message, r.field, { connection: 'close' });
      if (req.readableEnded) return send();
      req.unpipe();
      req.on('data', (c: Buffer) => {
        drained += c.length;
        if (drained > drainLimit) req.socket.destroy();
      });
      req.on('end', send);
      req.on('error', () => undefined);
      req.resume();
    };

    if (req.method !== 'POST')
      return sendError(res, 405, 'METHOD_NOT_ALLOWED', '请使用 POST 上传文件', undefined, { allow: 'POST' });
    if (viewer.kind === 'anonymous') return refuse(new Refusal(401, 'UNAUTHENTICATED', '请先登录'));
    if (viewer.kind !== 'user' || !viewer.roles.some((r) => UPLOADER_ROLES.includes(r)))
      return refuse(new Refusal(403, 'FORBIDDEN', '仅机构用户可以上传文件'));
    if (viewer.mustChangePassword)
      return refuse(new Refusal(403, 'PASSWORD_CHANGE_REQUIRED', '请先修改初始密码'));
    // Filed under the organisation's own division: what regulators' jurisdictions are checked against.
    const divisionCode = viewer.divisionCode;
    if (!divisionCode || !/^\d{6}$/.test(divisionCode))
      return refuse(new Refusal(403, 'FORBIDDEN', '账号未关联行政区划，无法上传文件'));
    if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data'))
      return refuse(new Refusal(400, 'BAD_USER_INPUT', '请以 multipart/form-data 上传文件', 'file'));
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > drainLimit) {
      sendError(res, 413, 'PAYLOAD_TOO_LARGE', tooLarge(config.maxBytes).message, 'file', {
        connection: 'close',
      });
      res.on('finish', () => req.socket.destroy());
      return;
    }

    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fields: 10, fieldSize: 1024, parts: 12 },
      });
    } catch {
      return refuse(new Refusal(400, 'BAD_USER_INPUT', '上传请求格式错误', 'file'));
    }

    // Filled in by busboy's callbacks (an object: TypeScript does not track assignments made inside callbacks).
    const form: {
      kind?: string;
      stored?: Promise<{ blob: StoredBlob; inspector: Inspector; fileName: string | undefined }>;
      extraFile: boolean;
    } = { extraFile: false };
    const parsed = new Promise<void>((resolve, reject) => {
      bb.on('field', (name, value) => {
        if (name === 'kind') form.kind = value;
      });
      bb.on('file', (name, file, info) => {
        if (name !== 'file' || form.stored) {
          form.extraFile ||= name === 'file';
          file.resume();
          return;
        }
        const inspector = new Inspector(config.maxBytes);
        file.on('error', (e) => inspector.destroy(e));
        // The store attaches its own listeners only after an await; until then a refusal must not crash the process.
        inspector.on('error', () => undefined);
        // busboy's own limit truncates silently; ours aborts, so this one only guards against runaway parts.
        file.pipe(inspector);
        form.stored = store.put(inspector).then(
          (blob) => ({ blob, inspector, fileName: info.filename }),
          (error) => {
            file.unpipe(inspector);
            file.resume();
            throw error;
          },
        );
        form.stored.catch(() => undefined);
      });
      bb.on('close', resolve);
      bb.on('error', reject);
      bb.on('filesLimit', () => (form.extraFile = true));
    });
    // Chunked uploads declare no length: cut a sender that goes on far beyond the limit.
    let received = 0;
    req.on('data', (c: Buffer) => {
      received += c.length;
      if (received > drainLimit) req.socket.destroy();
    });
    req.pipe(bb);

    let result: Awaited<NonNullable<typeof form.stored>> | null = null;
    let thumbnailSha: string | null = null;
    try {
      try {
        await parsed;
      } catch {
        throw new Refusal(400, 'BAD_USER_INPUT', '上传请求格式错误', 'file');
      }
      if (!form.stored) throw new Refusal(400, 'BAD_USER_INPUT', '请选择要上传的文件', 'file');
      result = await form.stored;
      if (form.extraFile) throw new Refusal(400, 'BAD_USER_INPUT', '一次只能上传一个文件', 'file');
      const kind = form.kind;
      if (!kind || !isDocumentKind(kind)) throw new Refusal(400, 'BAD_USER_INPUT', '请选择文件类别', 'kind');
      const type = result.inspector.type!;
      const fileName = cleanFileName(result.fileName, kind, type);
      if (type === 'application/pdf') await assertPdf(deps, result.blob.sha256);
      if (isImage(type)) thumbnailSha = await thumbnail(deps, result.blob.sha256);
      const blob = result.blob;
      const answer = await ctx.keyed('upload', { kind, sha256: blob.sha256 }, async (em) => {
        const doc = await recordUpload(
          em,
          deps,
          {
            kind,
            ownerOrganisationId: viewer.organisationId,
            divisionCode,
            fileName,
            size: blob.size,
            contentType: type,
            sha256: blob.sha256,
            thumbnailSha256: thumbnailSha,
            uploadedBy: viewer.userId,
          },
          viewer,
        );
        ctx.log.info('document uploaded', { documentId: doc.id, kind, size: doc.size, contentType: type });
        const uploaded = {
          id: doc.id,
          kind: doc.kind,
          fileName: doc.fileName,
          size: doc.size,
          contentType: doc.contentType,
          sha256: doc.sha256,
        };
        return { status: 201, body: JSON.stringify(uploaded) };
      });
      if (answer.replayed) {
        // The first request recorded this file: anything this one stored again that nothing references goes.
        if (blob.created || thumbnailSha)
          await dropUnreferenced(ctx.em, store, [blob.sha256, thumbnailSha]).catch(() => undefined);
        ctx.log.info('upload answered from its idempotency key', { kind });
      }
      return sendAnswer(res, answer.status, answer.body);
    } catch (error) {
      // Whatever this request created and nothing references goes again (deduplicated blobs were there before).
      if (result?.blob.created)
        await dropUnreferenced(ctx.em, store, [result.blob.sha256, thumbnailSha]).catch(() => undefined);
      if (error instanceof Refusal) return refuse(error);
      if (error instanceof BlobGoneError)
        return refuse(new Refusal(409, 'CONFLICT', '文件保存冲突，请重新上传', 'file'));
      // The key: used for another file (CONFLICT), or its first request still running (REQUEST_IN_PROGRESS).
      if (error instanceof DomainError)
        return refuse(new Refusal(httpStatusOf(error), error.code, error.message, error.field));
      ctx.log.error('upload failed', { error });
      return refuse(new Refusal(500, 'INTERNAL_SERVER_ERROR', '服务器内部错误'));
    }
  };
}

function sendAnswer(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

/** Parses the stored file as a PDF; what does not parse is refused (415), whatever its first bytes. */
async function assertPdf(deps: DocumentsDeps, sha256: string): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of deps.store.get(sha256)) chunks.push(chunk as Buffer);
  if (!(await isReadablePdf(Buffer.concat(chunks))))
    throw new Refusal(415, 'UNSUPPORTED_MEDIA_TYPE', 'PDF 文件已损坏或不是有效的 PDF，无法读取', 'file');
}

/**
 * Decodes the whole image (a PNG header on garbage fails here) and stores a WebP thumbnail, content-addressed too.
 * Metadata (EXIF, including GPS of site photos) is not copied into the thumbnail.
 */
async function thumbnail(deps: DocumentsDeps, sha256: string): Promise<string> {
  let webp: Buffer;
  try {
    const decoder = sharp({ failOn: 'error', limitInputPixels: 100_000_000 })
      .rotate()
      .resize({ width: deps.config.thumbnailWidth, withoutEnlargement: true })
      .webp({ quality: 75 });
    deps.store.get(sha256).pipe(decoder);
    webp = await decoder.toBuffer();
  } catch {
    throw new Refusal(400, 'BAD_USER_INPUT', '图片文件已损坏，无法读取', 'file');
  }
  const blob = await deps.store.put(Readable.from([webp]));
  return blob.sha256;
}
