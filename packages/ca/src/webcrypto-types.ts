/**
 * WebCrypto type names. The shared tsconfig has no DOM lib, so they come from Node's typings; this is a
 * type-only import (erased at runtime), so browser code may use these aliases too.
 */
import type { webcrypto } from 'node:crypto';

export type CryptoKey = webcrypto.CryptoKey;
export type CryptoKeyPair = webcrypto.CryptoKeyPair;
