// CA证书登录 in the browser: the certificate file is parsed and the challenge signed locally by @anze/ca/browser;
// only the certificate and the signature are sent. The private key never leaves the page.
import type { LoadedCredential } from '@anze/ca/browser';

export type Credential = LoadedCredential;

/** Thrown when the file needs its password before it can be read; the page then asks for 证书密码. */
export function isPasswordRequired(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'PASSWORD_REQUIRED';
}

export async function readCredential(file: File, password: string): Promise<Credential> {
  // Loaded on first use: the PKCS#12/X.509 code is large and only certificate users need it.
  const { loadCredential } = await import('@anze/ca/browser');
  const data = new Uint8Array(await file.arrayBuffer());
  return loadCredential({ data, password: password || undefined, fileName: file.name });
}
