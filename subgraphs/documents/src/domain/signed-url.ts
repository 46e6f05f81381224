// Short-lived signed download links: browsers fetch files with a plain <a href>/<img src> (no bearer token), so the
// permission is checked when the link is signed and the link itself proves it for DOCUMENT_URL_SECONDS.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export type LinkCheck = 'ok' | 'expired' | 'invalid';

export class UrlSigner {
  readonly #secret: Buffer;
  readonly seconds: number;

  constructor(secret: Buffer, seconds: number) {
    this.#secret = secret;
    this.seconds = seconds;
  }

  #mac(resource: string, exp: number): string {
    return createHmac('sha256', this.#secret).update(`${resource}\n${exp}`).digest('base64url');
  }

  /**
   * `resource` is the path plus every parameter that selects content (the archive's ids and name), so none of them
   * can be changed without breaking the signature.
   */
  sign(resource: string, now = Date.now()): { exp: number; sig: string } {
    const exp = Math.floor(now / 1000) + this.seconds;
    return { exp, sig: this.#mac(resource, exp) };
  }

  /** Appends `exp` and `sig` to `resource` (which may already carry a query). */
  url(resource: string, now = Date.now()): string {
    const { exp, sig } = this.sign(resource, now);
    return `${resource}${resource.includes('?') ? '&' : '?'}exp=${exp}&sig=${sig}`;
  }

  verify(resource: string, exp: string | null, sig: string | null, now = Date.now()): LinkCheck {
    if (!exp || !sig || !/^\d{1,12}$/.test(exp)) return 'invalid';
    const expected = Buffer.from(this.#mac(resource, Number(exp)));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
    return Number(exp) * 1000 < now ? 'expired' : 'ok';
  }
}

/** DOCUMENTS_URL_SECRET, or a random key generated once into `file` (mode 0600) and reused by later starts. */
export async function loadUrlSecret(configured: string | null, file: string): Promise<Buffer> {
  if (configured) return Buffer.from(configured, 'utf8');
  try {
    return Buffer.from((await readFile(file, 'utf8')).trim(), 'base64url');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(32);
  try {
    // 'wx': two processes starting together must not overwrite each other's key.
    await writeFile(file, `${secret.toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return Buffer.from((await readFile(file, 'utf8')).trim(), 'base64url');
  }
}
