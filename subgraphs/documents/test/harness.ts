// The documents subgraph on a fresh database, its own events stream and a temporary data directory, with a test
// token issuer standing in for identity. Calls go straight to the subgraph with the gateway secret, as the gateway's.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import sharp from 'sharp';
import { applyMigrations } from '@anze/orm';
import {
  testEventStream,
  createTestDatabase,
  graphql,
  ok,
  startTestIssuer,
  NATS_URL,
  TEST_GATEWAY_SECRET,
  type CallOptions,
  type TestCaller,
} from '@anze/testing';
import { loadConfig, type DocumentsConfig } from '../src/config.ts';
import { documentsOrm } from '../src/orm.ts';
import { startDocuments, type DocumentsService } from '../src/app.ts';

export interface Harness {
  service: DocumentsService;
  config: DocumentsConfig;
  /** http://127.0.0.1:<port> */
  base: string;
  url: string;
  dataDir: string;
  stream: string;
  prefix: string;
  em: () => EntityManager;
  token(caller: TestCaller): Promise<string>;
  call<T = Record<string, unknown>>(query: string, o?: CallOptions): ReturnType<typeof graphql<T>>;
  ok<T = Record<string, unknown>>(query: string, o?: CallOptions): Promise<T>;
  /** POST /files as the gateway forwards it. */
  upload(
    token: string | null,
    kind: string | null,
    file: { bytes: Buffer | Uint8Array; name: string; type?: string } | null,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: UploadBody }>;
  /** GET a relative signed link through the subgraph (with the gateway secret, without any token). */
  fetchLink(link: string, headers?: Record<string, string>): Promise<Response>;
  /** Every blob file under the store (relative paths), temp files included. */
  blobFiles(): string[];
  close(): Promise<void>;
}

export interface UploadBody {
  id?: string;
  kind?: string;
  fileName?: string;
  size?: number;
  contentType?: string;
  sha256?: string;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
}

export async function startHarness(label: string, env: Record<string, string> = {}): Promise<Harness> {
  const db = await createTestDatabase(label);
  const dataDir = mkdtempSync(join(tmpdir(), `anze-${label}-`));
  const issuer = await startTestIssuer();
  const events = testEventStream('docs');
  const { stream, prefix } = events;
  const orm = await documentsOrm(db.url);
  let service: DocumentsService | undefined;
  const close = async () => {
    await service?.stop();
    await orm.close();
    await db.drop();
    await issuer.close();
    await events.delete();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await applyMigrations(orm);
    const config = loadConfig({
      DOCUMENTS_DATABASE_URL: db.url,
      NATS_URL,
      GATEWAY_SECRET: TEST_GATEWAY_SECRET,
      ANZE_DATA_DIR: dataDir,
      AUTH_JWKS_URL: issuer.jwksUrl,
      ...events.env,
      PORT: '0',
      ...env,
    });
    service = await startDocuments(config);
    const url = service.url;
    const base = url.replace(/\/graphql$/, '');
    const s = service;
    return {
      service: s,
      config,
      base,
      url,
      dataDir,
      stream,
      prefix,
      em: () => orm.em.fork() as EntityManager,
      token: (c) => issuer.token(c),
      call: (query, o) => graphql(url, query, o),
      ok: (query, o) => ok(url, query, o),
      async upload(token, kind, file, headers = {}) {
        const form = new FormData();
        if (kind !== null) form.set('kind', kind);
        if (file)
          form.set(
            'file',
            new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }),
            file.name,
          );
        const res = await fetch(`${base}/files`, {
          method: 'POST',
          headers: {
            'x-anze-gateway-secret': TEST_GATEWAY_SECRET,
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...headers,
          },
          body: form,
        });
        return { status: res.status, body: (await res.json()) as UploadBody };
      },
      fetchLink: (link, headers = {}) =>
        fetch(`${base}${link}`, { headers: { 'x-anze-gateway-secret': TEST_GATEWAY_SECRET, ...headers } }),
      blobFiles: () => listFiles(config.documentsDir, config.documentsDir),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

function listFiles(dir: string, root: string): string[] {
  let out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  for (const e of entries) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out = out.concat(listFiles(p, root));
    else if (e !== 'url-secret') out.push(p.slice(root.length + 1));
  }
  return out;
}

// Real files of every accepted type.
export const samplePdf = (text = 'Anze') =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
const image = (color: string) =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: color } });
export const sampleJpeg = (color = '#c03030') => image(color).jpeg().toBuffer();
export const samplePng = (color = '#30c030') => image(color).png().toBuffer();
export const sampleWebp = (color = '#3030c0') => image(color).webp().toBuffer();

export const ENTERPRISE_DIVISION = '230103'; // 哈尔滨市南岗区
