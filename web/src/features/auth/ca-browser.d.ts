// The agreed browser API of `@anze/ca/browser` (packages/ca/src/browser.ts), which the web app typechecks against
// instead of that source: packages/ca is written against Node's WebCrypto typings, which clash with the DOM lib
// used here (TS2345 on CryptoKey). Vite bundles the real module; remove this file and the `paths` entry in
// tsconfig.json once packages/ca typechecks under the DOM lib.
export type SignatureAlgorithm = 'ECDSA_P256_SHA256' | 'RSA_PKCS1_SHA256' | 'RSA_PSS_SHA256';

export interface LoadedCredential {
  certificatePem: string;
  subject: string;
  notAfter: Date;
  algorithm: SignatureAlgorithm;
  /** Signs the base64 challenge; returns the base64 signature. */
  sign(challengeBase64: string): Promise<string>;
}

/** Errors carry a Chinese message; `code` is e.g. PASSWORD_REQUIRED or BAD_PASSWORD. */
export declare class CredentialError extends Error {
  readonly code: string;
}

export declare function loadCredential(input: {
  data: Uint8Array;
  password?: string;
  fileName?: string;
}): Promise<LoadedCredential>;
