// Environment → typed configuration of the documents subgraph.
import { join } from 'node:path';
import { intFromEnv, loadBaseConfig, type SubgraphBaseConfig } from '@anze/server-kit';

export interface DocumentsConfig extends SubgraphBaseConfig {
  /** Root of the content-addressed blob store (`<aa>/<bb>/<sha256>`). */
  documentsDir: string;
  /** Where the generated URL-signing secret is kept when DOCUMENTS_URL_SECRET is unset. */
  urlSecretFile: string;
  /** HMAC key for download links; null → read or generate `urlSecretFile`. */
  urlSecret: string | null;
  /** Largest accepted upload, enforced while streaming. */
  maxBytes: number;
  /** Validity of a signed download link. */
  urlSeconds: number;
  /** Width of image thumbnails (WebP). */
  thumbnailWidth: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): DocumentsConfig {
  const base = loadBaseConfig('documents', 4007, env);
  const urlSecret = env.DOCUMENTS_URL_SECRET || null;
  // A short key would make forged links guessable; refuse to start rather than serve weak links.
  if (urlSecret !== null && urlSecret.length < 32)
    throw new Error('DOCUMENTS_URL_SECRET must be at least 32 characters');
  const urlSeconds = intFromEnv(env, 'DOCUMENT_URL_SECONDS', 300);
  if (urlSeconds < 1) throw new Error('DOCUMENT_URL_SECONDS must be at least 1');
  return {
    ...base,
    documentsDir: env.DOCUMENTS_DIR || join(base.dataDir, 'documents'),
    urlSecretFile: join(base.dataDir, 'documents', 'url-secret'),
    urlSecret,
    maxBytes: intFromEnv(env, 'DOCUMENT_MAX_BYTES', 20 * 1024 * 1024),
    urlSeconds,
    thumbnailWidth: intFromEnv(env, 'DOCUMENT_THUMBNAIL_WIDTH', 320),
  };
}
