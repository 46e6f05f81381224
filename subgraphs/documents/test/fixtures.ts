// documents' test fixtures on the common harness: uploads and signed links as the gateway forwards them, and the
// blob store as files on disk.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { startSubgraphHarness, TEST_GATEWAY_SECRET, type SubgraphHarness } from '@anze/testing';
import manifest from '../src/manifest.ts';
import type { DocumentsConfig } from '../src/config.ts';
import type { DocumentsService } from '../src/app.ts';

export interface Harness extends SubgraphHarness<DocumentsConfig, DocumentsService> {
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
  const h = await startSubgraphHarness(manifest, { label, env });
  const extras: Pick<Harness, 'upload' | 'fetchLink' | 'blobFiles'> = {
    async upload(token, kind, file, headers = {}) {
      const form = new FormData();
      if (kind !== null) form.set('kind', kind);
      if (file)
        form.set(
          'file',
          new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }),
          file.name,
        );
      const res = await fetch(`${h.base}/files`, {
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
      fetch(`${h.base}${link}`, { headers: { 'x-anze-gateway-secret': TEST_GATEWAY_SECRET, ...headers } }),
    blobFiles: () => listFiles(h.config.documentsDir, h.config.documentsDir),
  };
  return Object.assign(h, extras);
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
export { samplePdf } from '@anze/testing';
const image = (color: string) =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: color } });
export const sampleJpeg = (color = '#c03030') => image(color).jpeg().toBuffer();
export const samplePng = (color = '#30c030') => image(color).png().toBuffer();
export const sampleWebp = (color = '#3030c0') => image(color).webp().toBuffer();

export const ENTERPRISE_DIVISION = '230103'; // 哈尔滨市南岗区

/** An enterprise user's token, of `organisationId` in ENTERPRISE_DIVISION. */
export const enterpriseToken = (h: Harness, organisationId: string) =>
  h.token({ roles: ['ENTERPRISE'], organisationId, jurisdiction: ENTERPRISE_DIVISION });

export const sha256Of = (b: Buffer | Uint8Array) => createHash('sha256').update(b).digest('hex');
