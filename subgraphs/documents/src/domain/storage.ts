// Blob storage behind a small interface, so a later S3/MinIO driver can replace the disk. Blobs are addressed by
// their SHA-256: identical content is stored once, and a name never changes meaning.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StoredBlob {
  sha256: string;
  size: number;
  /** False when identical content was already stored (deduplicated). */
  created: boolean;
}

export interface BlobStore {
  /** Stores the stream's bytes; rejects (and keeps nothing) when the stream errors. */
  put(stream: Readable): Promise<StoredBlob>;
  get(sha256: string): Readable;
  has(sha256: string): Promise<boolean>;
  remove(sha256: string): Promise<void>;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** `<root>/<aa>/<bb>/<sha256>`; uploads go to `<root>/tmp` first and are renamed into place (atomic). */
export class DiskBlobStore implements BlobStore {
  readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(stream: Readable): Promise<StoredBlob> {
    const tmpDir = join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true, mode: 0o700 });
    const tmp = join(tmpDir, `${Date.now()}-${randomBytes(8).toString('hex')}`);
    const hash = createHash('sha256');
    let size = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(stream, tap, createWriteStream(tmp, { flags: 'wx', mode: 0o600 }));
      const sha256 = hash.digest('hex');
      const final = this.pathOf(sha256);
      if (await exists(final)) {
        await unlink(tmp);
        return { sha256, size, created: false };
      }
      await mkdir(join(final, '..'), { recursive: true, mode: 0o700 });
      await rename(tmp, final);
      return { sha256, size, created: true };
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  get(sha256: string): Readable {
    return createReadStream(this.pathOf(sha256));
  }

  has(sha256: string): Promise<boolean> {
    return exists(this.pathOf(sha256));
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
