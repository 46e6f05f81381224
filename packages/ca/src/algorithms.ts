/** Signature algorithms of the login protocol (shared by browser and server; no node: imports). */
export type SignatureAlgorithm = 'ECDSA_P256_SHA256' | 'RSA_PKCS1_SHA256' | 'RSA_PSS_SHA256';

export const SIGNATURE_ALGORITHMS: readonly SignatureAlgorithm[] = [
  'ECDSA_P256_SHA256',
  'RSA_PKCS1_SHA256',
  'RSA_PSS_SHA256',
];
