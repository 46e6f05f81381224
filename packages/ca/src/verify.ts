/**
 * Server-side check of a CA-certificate login: the client signed our random challenge with the private key
 * of its certificate. Order of checks (each failure is a CertificateLoginError):
 * parse → chain to a trusted CA → validity period → revocation (CRL) → usage → algorithm ↔ key → signature.
 *
 * node:crypto does the cryptography (native, synchronous, ~0.1 ms per signature); pkijs parses the subject.
 */
import { constants, verify as cryptoVerify, X509Certificate, type KeyObject } from 'node:crypto';
import * as pkijs from 'pkijs';
import { SIGNATURE_ALGORITHMS, type SignatureAlgorithm } from './algorithms.ts';
import { base64ToBytes, bytesToHex, parsePemBlocks, toArrayBuffer } from './encoding.ts';
import { CertificateLoginError } from './errors.ts';
import { keyUsageBits, normaliseSerial, type TrustStore } from './trust.ts';
import { findUscc } from './uscc.ts';
import { ATTRIBUTE, firstAttribute, nameAttributes, nameToString } from './x500.ts';

export type { SignatureAlgorithm };

export interface VerifyCertificateSignatureInput {
  /** PEM or base64 DER. */
  certificate: string;
  /** Base64. ECDSA: IEEE P1363 (r||s, as WebCrypto produces) or DER. */
  signature: string;
  algorithm: SignatureAlgorithm;
  challenge: Uint8Array;
  trust: TrustStore;
  now?: Date;
}

export interface VerifiedCertificate {
  /** RFC 4514 subject, e.g. "organizationIdentifier=9123…, serialNumber=9123…, CN=…, O=…, C=CN". */
  subject: string;
  commonName: string | null;
  organisationName: string | null;
  /** 统一社会信用代码 from organizationIdentifier or serialNumber (check digit verified), else null. */
  uscc: string | null;
  /** Certificate serial number, lowercase hex. */
  serialNumber: string;
  fingerprintSha256: string;
  notBefore: Date;
  notAfter: Date;
  issuer: string;
}

// Login certificates are a few KiB; anything far larger is not one and must not cost us parsing time.
const MAX_CERTIFICATE_CHARS = 32 * 1024;
const MAX_SIGNATURE_CHARS = 2048;

export async function verifyCertificateSignature(
  input: VerifyCertificateSignatureInput,
): Promise<VerifiedCertificate> {
  return verifyCertificateSignatureSync(input);
}

/** Same as verifyCertificateSignature; everything it does is synchronous (the async wrapper keeps the API open for OCSP). */
export function verifyCertificateSignatureSync(input: VerifyCertificateSignatureInput): VerifiedCertificate {
  const now = input.now ?? new Date();

  // 1. parse
  const { cert, parsed, signature } = parseInput(input);

  // 2. chain: issued (and signed) by a trusted CA
  const ca = input.trust.findIssuer(cert);
  if (!ca) throw new CertificateLoginError('UNKNOWN_CA', `issuer not trusted: ${cert.issuer}`);
  if (now < ca.notBefore || now > ca.notAfter) {
    throw new CertificateLoginError('UNKNOWN_CA', `issuing CA outside its validity: ${ca.subject}`);
  }

  // 3. validity period
  const notBefore = cert.validFromDate;
  const notAfter = cert.validToDate;
  if (now < notBefore)
    throw new CertificateLoginError('NOT_YET_VALID', `notBefore ${notBefore.toISOString()}`);
  if (now > notAfter) throw new CertificateLoginError('EXPIRED', `notAfter ${notAfter.toISOString()}`);

  // 4. revocation
  const serialNumber = serialOf(parsed);
  const revocation = input.trust.revocationStatus(ca, serialNumber, now);
  switch (revocation.status) {
    case 'REVOKED':
      throw new CertificateLoginError(
        'REVOKED',
        `serial ${serialNumber} revoked at ${revocation.revokedAt.toISOString()}`,
      );
    case 'STALE':
      throw new CertificateLoginError(
        'CRL_STALE',
        `CRL of ${ca.subject} nextUpdate ${revocation.nextUpdate?.toISOString() ?? 'absent'}`,
      );
    case 'MISSING':
      throw new CertificateLoginError('CRL_MISSING', `no CRL for ${ca.subject}`);
    case 'GOOD':
      break;
  }

  // 5. the certificate must be meant for signing by an end entity
  if (cert.ca)
    throw new CertificateLoginError('NOT_FOR_LOGIN', 'CA certificate presented as login certificate');
  const usage = keyUsageBits(parsed);
  if (usage && !usage.has(0) && !usage.has(1)) {
    throw new CertificateLoginError(
      'NOT_FOR_LOGIN',
      'keyUsage has neither digitalSignature nor nonRepudiation',
    );
  }

  // 6. algorithm must fit the key, then the signature over the challenge
  const publicKey = cert.publicKey;
  checkAlgorithm(input.algorithm, publicKey);
  if (!verifyChallenge(input.algorithm, publicKey, input.challenge, signature)) {
    throw new CertificateLoginError('BAD_SIGNATURE');
  }

  const attributes = nameAttributes(parsed.subject);
  return {
    subject: nameToString(parsed.subject),
    commonName: firstAttribute(parsed.subject, ATTRIBUTE.commonName),
    organisationName: firstAttribute(parsed.subject, ATTRIBUTE.organisation),
    uscc: findUscc([
      ...attributes.filter((a) => a.type === ATTRIBUTE.organizationIdentifier).map((a) => a.value),
      ...attributes.filter((a) => a.type === ATTRIBUTE.serialNumber).map((a) => a.value),
    ]),
    serialNumber,
    fingerprintSha256: cert.fingerprint256.replaceAll(':', '').toLowerCase(),
    notBefore,
    notAfter,
    issuer: nameToString(parsed.issuer),
  };
}

function parseInput(input: VerifyCertificateSignatureInput) {
  if (!SIGNATURE_ALGORITHMS.includes(input.algorithm)) {
    throw new CertificateLoginError('MALFORMED', `unknown algorithm ${String(input.algorithm)}`);
  }
  if (!(input.challenge instanceof Uint8Array) || input.challenge.length === 0) {
    throw new CertificateLoginError('MALFORMED', 'empty challenge');
  }
  if (typeof input.certificate !== 'string' || input.certificate.length > MAX_CERTIFICATE_CHARS) {
    throw new CertificateLoginError('MALFORMED', 'certificate missing or too large');
  }
  if (typeof input.signature !== 'string' || input.signature.length > MAX_SIGNATURE_CHARS) {
    throw new CertificateLoginError('MALFORMED', 'signature missing or too large');
  }
  try {
    const der = input.certificate.includes('-----BEGIN')
      ? parsePemBlocks(input.certificate).find((b) => b.label === 'CERTIFICATE')?.der
      : base64ToBytes(input.certificate);
    if (!der) throw new Error('no CERTIFICATE block');
    const cert = new X509Certificate(der);
    const parsed = pkijs.Certificate.fromBER(toArrayBuffer(der));
    const signature = base64ToBytes(input.signature);
    return { cert, parsed, signature };
  } catch (error) {
    throw new CertificateLoginError('MALFORMED', error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
}

function serialOf(parsed: pkijs.Certificate): string {
  // Without the sign byte DER adds to serials with the top bit set, in whole bytes.
  const hex = normaliseSerial(bytesToHex(new Uint8Array(parsed.serialNumber.valueBlock.valueHexView)));
  return hex.length % 2 === 1 ? `0${hex}` : hex;
}

function verifyQuietly(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

function checkAlgorithm(algorithm: SignatureAlgorithm, key: KeyObject): void {
  const type = key.asymmetricKeyType;
  const ok =
    algorithm === 'ECDSA_P256_SHA256'
      ? type === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1'
      : algorithm === 'RSA_PSS_SHA256'
        ? type === 'rsa' || type === 'rsa-pss'
        : type === 'rsa';
  if (!ok) {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    throw new CertificateLoginError(
      'ALGORITHM_MISMATCH',
      `${algorithm} with ${type}${curve ? `/${curve}` : ''} key`,
    );
  }
}

function verifyChallenge(
  algorithm: SignatureAlgorithm,
  key: KeyObject,
  challenge: Uint8Array,
  signature: Uint8Array,
): boolean {
  try {
    return verifyChallengeUnsafe(algorithm, key, challenge, signature);
  } catch {
    // OpenSSL throws on some structurally invalid signatures; for the user that is just a bad signature.
    return false;
  }
}

function verifyChallengeUnsafe(
  algorithm: SignatureAlgorithm,
  key: KeyObject,
  challenge: Uint8Array,
  signature: Uint8Array,
): boolean {
  switch (algorithm) {
    case 'ECDSA_P256_SHA256': {
      // WebCrypto gives r||s (always 64 bytes for P-256); USB-key helpers and OpenSSL give DER (8–72 bytes).
      // A 64-byte DER signature is possible, so a 64-byte value that fails as r||s is tried as DER.
      if (signature.length !== 64)
        return cryptoVerify('sha256', challenge, { key, dsaEncoding: 'der' }, signature);
      return (
        cryptoVerify('sha256', challenge, { key, dsaEncoding: 'ieee-p1363' }, signature) ||
        verifyQuietly(() => cryptoVerify('sha256', challenge, { key, dsaEncoding: 'der' }, signature))
      );
    }
    case 'RSA_PKCS1_SHA256':
      return cryptoVerify('sha256', challenge, { key, padding: constants.RSA_PKCS1_PADDING }, signature);
    case 'RSA_PSS_SHA256':
      // Salt length is not fixed by the protocol (WebCrypto callers choose it): accept any.
      return cryptoVerify(
        'sha256',
        challenge,
        { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO },
        signature,
      );
  }
}
