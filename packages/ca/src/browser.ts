/**
 * Browser side of CA-certificate login: read the user's certificate file, keep its private key inside
 * WebCrypto (imported non-extractable) and sign the server's challenge with it.
 *
 * Runs in browsers and in Node 24 (tests): WebCrypto, node-forge and pkijs only — no node: imports.
 * Accepts PKCS#12 (.p12/.pfx) and PEM (certificate + PKCS#8 key, encrypted or not, in one or two files;
 * legacy PKCS#1/SEC1 keys too). The format is detected from the content, never from the file name.
 */
import forge from 'node-forge';
import * as pkijs from 'pkijs';
import type { SignatureAlgorithm } from './algorithms.ts';
import {
  base64ToBytes,
  binaryToBytes,
  bytesToBase64,
  bytesToBinary,
  parsePemBlocks,
  toArrayBuffer,
  toPem,
  type PemBlock,
} from './encoding.ts';
import { decryptPrivateKeyInfo, looksLikePkcs12, parsePkcs12, Pkcs12PasswordError } from './pkcs12.ts';
import { findUscc } from './uscc.ts';
import type { CryptoKey } from './webcrypto-types.ts';
import { ATTRIBUTE, firstAttribute, nameAttributes, nameToString } from './x500.ts';

export type { SignatureAlgorithm };

export type CredentialErrorCode =
  | 'BAD_PASSWORD'
  | 'PASSWORD_REQUIRED'
  | 'UNSUPPORTED_FORMAT'
  | 'NO_PRIVATE_KEY'
  | 'NO_CERTIFICATE'
  | 'KEY_MISMATCH'
  | 'UNSUPPORTED_KEY'
  | 'SM2_UNSUPPORTED'
  | 'LEGACY_ENCRYPTED_KEY';

const MESSAGES: Record<CredentialErrorCode, string> = {
  BAD_PASSWORD: '证书密码错误',
  PASSWORD_REQUIRED: '请输入证书密码',
  UNSUPPORTED_FORMAT: '无法识别的证书文件，请选择 .p12/.pfx 文件或包含证书和私钥的 PEM 文件',
  NO_PRIVATE_KEY: '证书文件中没有私钥',
  NO_CERTIFICATE: '证书文件中没有证书',
  KEY_MISMATCH: '证书与私钥不匹配',
  UNSUPPORTED_KEY: '不支持的密钥类型（支持 RSA 和 ECDSA P-256）',
  SM2_UNSUPPORTED: '暂不支持国密SM2证书',
  LEGACY_ENCRYPTED_KEY: '不支持旧式加密的私钥，请转换为 PKCS#8 格式',
};

export class CredentialError extends Error {
  readonly code: CredentialErrorCode;
  constructor(code: CredentialErrorCode, options?: ErrorOptions) {
    super(MESSAGES[code], options);
    this.name = 'CredentialError';
    this.code = code;
  }
}

export type RsaSignatureAlgorithm = 'RSA_PKCS1_SHA256' | 'RSA_PSS_SHA256';

export type CredentialInput =
  | { data: Uint8Array; password?: string; fileName?: string; rsaAlgorithm?: RsaSignatureAlgorithm }
  | { certificatePem: string; keyPem: string; password?: string; rsaAlgorithm?: RsaSignatureAlgorithm };

export interface LoadedCredential {
  certificatePem: string;
  subject: string;
  commonName: string | null;
  uscc: string | null;
  notAfter: Date;
  algorithm: SignatureAlgorithm;
  /** Signs the (base64) challenge; returns the base64 signature (ECDSA: r||s as WebCrypto produces). */
  sign(challengeBase64: string): Promise<string>;
}

const subtle = globalThis.crypto.subtle;

const OID_RSA = '1.2.840.113549.1.1.1';
const OID_EC = '1.2.840.10045.2.1';
const OID_P256 = '1.2.840.10045.3.1.7';
const OID_SM2 = '1.2.156.10197.1.301';

interface KeyCandidate {
  pkcs8: Uint8Array;
  localKeyId: string | null;
}

interface CertCandidate {
  der: Uint8Array;
  localKeyId: string | null;
}

export async function loadCredential(input: CredentialInput): Promise<LoadedCredential> {
  const password = input.password;
  let keys: KeyCandidate[];
  let certs: CertCandidate[];

  if ('data' in input) {
    const text = new TextDecoder('latin1').decode(input.data);
    if (text.includes('-----BEGIN')) {
      ({ keys, certs } = fromPem(text, password));
    } else if (looksLikePkcs12(input.data)) {
      ({ keys, certs } = fromPkcs12(input.data, password));
    } else if (looksLikeCertificate(input.data)) {
      throw new CredentialError('NO_PRIVATE_KEY');
    } else {
      throw new CredentialError('UNSUPPORTED_FORMAT');
    }
  } else {
    ({ keys, certs } = fromPem(`${input.certificatePem}\n${input.keyPem}`, password));
  }

  if (keys.length === 0) throw new CredentialError('NO_PRIVATE_KEY');
  if (certs.length === 0) throw new CredentialError('NO_CERTIFICATE');
  const key = keys[0]!;
  const keyType = keyTypeOf(key.pkcs8);
  const algorithm: SignatureAlgorithm =
    keyType === 'EC' ? 'ECDSA_P256_SHA256' : (input.rsaAlgorithm ?? 'RSA_PKCS1_SHA256');
  const params = webCryptoParams(algorithm);

  let privateKey: CryptoKey;
  try {
    privateKey = await subtle.importKey('pkcs8', toArrayBuffer(key.pkcs8), params.import, false, ['sign']);
  } catch (error) {
    // A wrongly decrypted key can slip through padding and ASN.1 checks; WebCrypto rejects it here.
    throw new CredentialError(password !== undefined ? 'BAD_PASSWORD' : 'UNSUPPORTED_KEY', { cause: error });
  }

  // The certificate that belongs to the key: same localKeyId first, then any non-CA certificate whose public key
  // verifies a test signature (a .p12 or PEM bundle often carries the CA chain too).
  const ordered = [
    ...certs.filter((c) => key.localKeyId !== null && c.localKeyId === key.localKeyId),
    ...certs.filter((c) => !(key.localKeyId !== null && c.localKeyId === key.localKeyId)),
  ];
  const probe = globalThis.crypto.getRandomValues(new Uint8Array(32));
  const probeSignature = await subtle.sign(params.sign, privateKey, probe);
  for (const candidate of ordered) {
    const parsed = parseCertificate(candidate.der);
    if (!parsed) continue;
    if (!(await publicKeyVerifies(parsed, params, probe, probeSignature))) continue;
    const attributes = nameAttributes(parsed.subject);
    return {
      certificatePem: toPem('CERTIFICATE', candidate.der),
      subject: nameToString(parsed.subject),
      commonName: firstAttribute(parsed.subject, ATTRIBUTE.commonName),
      uscc: findUscc(
        attributes
          .filter((a) => a.type === ATTRIBUTE.organizationIdentifier || a.type === ATTRIBUTE.serialNumber)
          .map((a) => a.value),
      ),
      notAfter: parsed.notAfter.value,
      algorithm,
      async sign(challengeBase64: string): Promise<string> {
        const challenge = base64ToBytes(challengeBase64);
        return bytesToBase64(
          new Uint8Array(await subtle.sign(params.sign, privateKey, toArrayBuffer(challenge))),
        );
      },
    };
  }
  throw new CredentialError('KEY_MISMATCH');
}

// ---------- containers ----------

function fromPkcs12(
  data: Uint8Array,
  password: string | undefined,
): { keys: KeyCandidate[]; certs: CertCandidate[] } {
  try {
    // Some exports use an empty password; try it when none was given.
    const contents = parsePkcs12(data, password ?? '');
    return { keys: contents.keys, certs: contents.certificates };
  } catch (error) {
    if (error instanceof Pkcs12PasswordError)
      throw new CredentialError(password ? 'BAD_PASSWORD' : 'PASSWORD_REQUIRED', { cause: error });
    throw new CredentialError('UNSUPPORTED_FORMAT', { cause: error });
  }
}

function fromPem(
  text: string,
  password: string | undefined,
): { keys: KeyCandidate[]; certs: CertCandidate[] } {
  let blocks: PemBlock[];
  try {
    blocks = parsePemBlocks(text);
  } catch (error) {
    throw new CredentialError('UNSUPPORTED_FORMAT', { cause: error });
  }
  const certs = blocks
    .filter((b) => b.label === 'CERTIFICATE' || b.label === 'X509 CERTIFICATE')
    .map((b) => ({ der: b.der, localKeyId: null }));
  const keys: KeyCandidate[] = [];
  for (const block of blocks) {
    switch (block.label) {
      case 'PRIVATE KEY':
        keys.push({ pkcs8: block.der, localKeyId: null });
        break;
      case 'ENCRYPTED PRIVATE KEY':
        if (password === undefined || password === '') throw new CredentialError('PASSWORD_REQUIRED');
        try {
          keys.push({ pkcs8: decryptPrivateKeyInfo(block.der, password), localKeyId: null });
        } catch (error) {
          if (error instanceof Pkcs12PasswordError)
            throw new CredentialError('BAD_PASSWORD', { cause: error });
          throw new CredentialError('UNSUPPORTED_FORMAT', { cause: error });
        }
        break;
      case 'RSA PRIVATE KEY':
      case 'EC PRIVATE KEY':
        if (block.headers.some((h) => h.startsWith('Proc-Type')))
          throw new CredentialError('LEGACY_ENCRYPTED_KEY');
        keys.push({
          pkcs8: block.label === 'RSA PRIVATE KEY' ? wrapPkcs1(block.der) : wrapSec1(block.der),
          localKeyId: null,
        });
        break;
      default:
        break; // EC PARAMETERS, CRLs, … are not needed
    }
  }
  if (keys.length === 0 && certs.length === 0) throw new CredentialError('UNSUPPORTED_FORMAT');
  return { keys, certs };
}

// ---------- keys ----------

type KeyType = 'EC' | 'RSA';

function keyTypeOf(pkcs8: Uint8Array): KeyType {
  let algorithmOid: string;
  let parameterOid: string | null = null;
  try {
    const info = forge.asn1.fromDer(bytesToBinary(pkcs8));
    const algorithmId = (info.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[];
    algorithmOid = forge.asn1.derToOid(algorithmId[0]!.value as string);
    const parameter = algorithmId[1];
    if (parameter && parameter.type === forge.asn1.Type.OID)
      parameterOid = forge.asn1.derToOid(parameter.value as string);
  } catch (error) {
    throw new CredentialError('UNSUPPORTED_FORMAT', { cause: error });
  }
  if (algorithmOid === OID_RSA) return 'RSA';
  if (algorithmOid === OID_EC && parameterOid === OID_P256) return 'EC';
  if (parameterOid === OID_SM2) throw new CredentialError('SM2_UNSUPPORTED');
  throw new CredentialError('UNSUPPORTED_KEY');
}

function webCryptoParams(algorithm: SignatureAlgorithm) {
  switch (algorithm) {
    case 'ECDSA_P256_SHA256':
      return { import: { name: 'ECDSA', namedCurve: 'P-256' }, sign: { name: 'ECDSA', hash: 'SHA-256' } };
    case 'RSA_PKCS1_SHA256':
      return { import: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, sign: { name: 'RSASSA-PKCS1-v1_5' } };
    case 'RSA_PSS_SHA256':
      return { import: { name: 'RSA-PSS', hash: 'SHA-256' }, sign: { name: 'RSA-PSS', saltLength: 32 } };
  }
}

/** PKCS#1 RSAPrivateKey → PKCS#8 PrivateKeyInfo (WebCrypto only imports PKCS#8). */
function wrapPkcs1(der: Uint8Array): Uint8Array {
  const wrapped = forge.pki.wrapRsaPrivateKey(forge.asn1.fromDer(bytesToBinary(der)));
  return binaryToBytes(forge.asn1.toDer(wrapped).getBytes());
}

/** SEC1 ECPrivateKey → PKCS#8, taking the curve from the key's own parameters. */
function wrapSec1(der: Uint8Array): Uint8Array {
  const { asn1 } = forge;
  const ecPrivateKey = asn1.fromDer(bytesToBinary(der));
  const parameters = (ecPrivateKey.value as forge.asn1.Asn1[]).find(
    (n) => n.tagClass === asn1.Class.CONTEXT_SPECIFIC && n.type === 0,
  );
  const curve = parameters ? (parameters.value as forge.asn1.Asn1[])[0] : undefined;
  if (!curve) throw new CredentialError('UNSUPPORTED_KEY');
  const info = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, '\x00'),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(OID_EC).getBytes()),
      curve,
    ]),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, bytesToBinary(der)),
  ]);
  return binaryToBytes(asn1.toDer(info).getBytes());
}

// ---------- certificates ----------

function parseCertificate(der: Uint8Array): pkijs.Certificate | null {
  try {
    return pkijs.Certificate.fromBER(toArrayBuffer(der));
  } catch {
    return null;
  }
}

function looksLikeCertificate(der: Uint8Array): boolean {
  return parseCertificate(der) !== null;
}

async function publicKeyVerifies(
  cert: pkijs.Certificate,
  params: ReturnType<typeof webCryptoParams>,
  data: Uint8Array,
  signature: ArrayBuffer,
): Promise<boolean> {
  try {
    const spki = cert.subjectPublicKeyInfo.toSchema().toBER(false);
    const publicKey = await subtle.importKey('spki', spki, params.import, false, ['verify']);
    return await subtle.verify(params.sign, publicKey, signature, toArrayBuffer(data));
  } catch {
    return false; // a certificate with another key type (e.g. the CA's) is simply not the one
  }
}
