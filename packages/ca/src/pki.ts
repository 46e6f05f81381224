/**
 * Demo / test PKI for CA-certificate login (Node only: writes files).
 *
 * Creates a root CA (ECDSA P-256), its CRL and end-entity certificates with PKCS#8 keys and PKCS#12 files.
 * The platform's dev stack calls createDemoPki on every start: an existing directory is reused (same CA,
 * same certificates), missing certificates are added, one whose subject changed is issued again (the old one
 * revoked) and an expired CRL is re-issued.
 *
 * The CA private key is stored unencrypted (ca.key.pem): this is a demo CA, never a production one.
 */
import { createPrivateKey, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { bytesToHex, parsePemBlocks, toArrayBuffer, toPem } from './encoding.ts';
import { buildPkcs12 } from './pkcs12.ts';
import type { CryptoKey, CryptoKeyPair } from './webcrypto-types.ts';
import { completeUscc, isValidUscc } from './uscc.ts';
import { ATTRIBUTE, buildName, certificateTime } from './x500.ts';

const subtle = globalThis.crypto.subtle;
const DAY = 86_400_000;

export type KeyAlgorithm = 'ECDSA_P256' | 'RSA_2048';

export interface CertificateSpec {
  /** File name stem: `<id>.cert.pem`, `<id>.key.pem`, `<id>.key.enc.pem`, `<id>.p12`. */
  id: string;
  commonName: string;
  organisationName: string;
  /** 统一社会信用代码; written to subject serialNumber (2.5.4.5) and organizationIdentifier (2.5.4.97). */
  uscc?: string;
  keyAlgorithm: KeyAlgorithm;
  validFrom?: Date;
  validTo?: Date;
  revoked?: boolean;
}

export interface CaHandle {
  certificate: pkijs.Certificate;
  certificateDer: Uint8Array;
  certificatePem: string;
  privateKey: CryptoKey;
  /** Private key as PKCS#8 PEM (only to persist it). */
  privateKeyPem: string;
  subjectKeyId: Uint8Array;
}

export interface IssuedCredential {
  id: string;
  serialNumber: string;
  certificatePem: string;
  certificateDer: Uint8Array;
  /** Unencrypted PKCS#8. */
  keyPem: string;
  /** PKCS#8 encrypted with the password (PBES2, PBKDF2-HMAC-SHA256, AES-256-CBC). */
  encryptedKeyPem: string;
  p12: Uint8Array;
  password: string;
}

export interface IssueOptions {
  /** Password of the .p12 and of the encrypted PKCS#8. Default '123456'. */
  password?: string;
  p12Algorithm?: '3des' | 'aes256';
  /** Include the CA certificate in the .p12 (as Windows and most CAs do). Default true. */
  includeCaInP12?: boolean;
  now?: Date;
}

export interface CreateCaOptions {
  commonName?: string;
  organisationName?: string;
  validFrom?: Date;
  validTo?: Date;
  now?: Date;
}

export interface RevokedEntry {
  serialNumber: string;
  revokedAt: Date;
}

export interface CreateCrlOptions {
  revoked?: RevokedEntry[];
  thisUpdate?: Date;
  nextUpdate?: Date;
  crlNumber?: number;
}

export const DEFAULT_PASSWORD = '123456';

// ---------- keys ----------

const EC_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const RSA_ALGORITHM = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
} as const;

async function generateKeyPair(algorithm: KeyAlgorithm): Promise<CryptoKeyPair> {
  const params = algorithm === 'ECDSA_P256' ? EC_ALGORITHM : RSA_ALGORITHM;
  return (await subtle.generateKey(params, true, ['sign', 'verify'])) as CryptoKeyPair;
}

async function exportPkcs8(key: CryptoKey): Promise<Uint8Array> {
  return new Uint8Array(await subtle.exportKey('pkcs8', key));
}

function randomSerial(): Uint8Array {
  // 16 random bytes, positive and without a leading zero byte so the DER INTEGER keeps all 16 bytes.
  const serial = new Uint8Array(randomBytes(16));
  serial[0] = (serial[0]! & 0x7f) | 0x40;
  return serial;
}

async function sha1(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle.digest('SHA-1', toArrayBuffer(bytes)));
}

// ---------- extensions ----------

function extension(extnID: string, critical: boolean, value: asn1js.BaseBlock): pkijs.Extension {
  return new pkijs.Extension({ extnID, critical, extnValue: value.toBER(false) });
}

/** KeyUsage BIT STRING; bit 0 = digitalSignature is the most significant bit of the first byte. */
function keyUsage(bits: number[]): pkijs.Extension {
  let byte = 0;
  for (const bit of bits) byte |= 0x80 >> bit;
  const unused = Math.min(...bits.map((b) => 7 - b));
  return extension(
    '2.5.29.15',
    true,
    new asn1js.BitString({ valueHex: new Uint8Array([byte]).buffer, unusedBits: unused }),
  );
}

async function subjectKeyIdOf(certificate: pkijs.Certificate): Promise<Uint8Array> {
  // Method 1 of RFC 5280 §4.2.1.2: SHA-1 of the subjectPublicKey BIT STRING contents.
  return sha1(new Uint8Array(certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView));
}

// ---------- CA ----------

export async function createCa(options: CreateCaOptions = {}): Promise<CaHandle> {
  const now = options.now ?? new Date();
  const keys = await generateKeyPair('ECDSA_P256');
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = new asn1js.Integer({ valueHex: toArrayBuffer(randomSerial()) });
  certificate.subject = buildName([
    [ATTRIBUTE.country, 'CN'],
    [ATTRIBUTE.organisation, options.organisationName ?? '安责险平台演示CA'],
    [ATTRIBUTE.commonName, options.commonName ?? 'Anze Demo Root CA'],
  ]);
  certificate.issuer = certificate.subject;
  certificate.notBefore = certificateTime(options.validFrom ?? new Date(now.getTime() - DAY));
  certificate.notAfter = certificateTime(options.validTo ?? new Date(now.getTime() + 20 * 365 * DAY));
  await certificate.subjectPublicKeyInfo.importKey(keys.publicKey);
  const subjectKeyId = await subjectKeyIdOf(certificate);
  certificate.extensions = [
    extension('2.5.29.19', true, new pkijs.BasicConstraints({ cA: true }).toSchema()),
    keyUsage([5, 6]), // keyCertSign, cRLSign
    extension('2.5.29.14', false, new asn1js.OctetString({ valueHex: toArrayBuffer(subjectKeyId) })),
  ];
  await certificate.sign(keys.privateKey, 'SHA-256');
  const certificateDer = new Uint8Array(certificate.toSchema(true).toBER(false));
  return {
    certificate: pkijs.Certificate.fromBER(certificateDer),
    certificateDer,
    certificatePem: toPem('CERTIFICATE', certificateDer),
    privateKey: keys.privateKey,
    privateKeyPem: toPem('PRIVATE KEY', await exportPkcs8(keys.privateKey)),
    subjectKeyId,
  };
}

export async function loadCa(certificatePem: string, privateKeyPem: string): Promise<CaHandle> {
  const certBlock = parsePemBlocks(certificatePem).find((b) => b.label === 'CERTIFICATE');
  const keyBlock = parsePemBlocks(privateKeyPem).find((b) => b.label === 'PRIVATE KEY');
  if (!certBlock || !keyBlock) throw new Error('CA certificate or key PEM is missing');
  const certificate = pkijs.Certificate.fromBER(certBlock.der);
  const privateKey = await subtle.importKey('pkcs8', toArrayBuffer(keyBlock.der), EC_ALGORITHM, false, [
    'sign',
  ]);
  return {
    certificate,
    certificateDer: certBlock.der,
    certificatePem: toPem('CERTIFICATE', certBlock.der),
    privateKey,
    privateKeyPem,
    subjectKeyId: await subjectKeyIdOf(certificate),
  };
}

// ---------- end-entity certificates ----------

export function validateSpec(spec: CertificateSpec): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(spec.id)) throw new Error(`invalid certificate id: ${spec.id}`);
  if (spec.uscc !== undefined && !isValidUscc(spec.uscc))
    throw new Error(`invalid USCC for ${spec.id}: ${spec.uscc}`);
  if (spec.keyAlgorithm !== 'ECDSA_P256' && spec.keyAlgorithm !== 'RSA_2048') {
    throw new Error(`unsupported key algorithm for ${spec.id}: ${String(spec.keyAlgorithm)}`);
  }
}

export async function issueCertificate(
  ca: CaHandle,
  spec: CertificateSpec,
  options: IssueOptions = {},
): Promise<IssuedCredential> {
  validateSpec(spec);
  const now = options.now ?? new Date();
  const password = options.password ?? DEFAULT_PASSWORD;
  const keys = await generateKeyPair(spec.keyAlgorithm);
  const serial = randomSerial();

  const subject: Array<[string, string]> = [
    [ATTRIBUTE.country, 'CN'],
    [ATTRIBUTE.organisation, spec.organisationName],
    [ATTRIBUTE.commonName, spec.commonName],
  ];
  if (spec.uscc !== undefined) {
    subject.push([ATTRIBUTE.serialNumber, spec.uscc], [ATTRIBUTE.organizationIdentifier, spec.uscc]);
  }

  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = new asn1js.Integer({ valueHex: toArrayBuffer(serial) });
  certificate.subject = buildName(subject);
  certificate.issuer = ca.certificate.subject;
  certificate.notBefore = certificateTime(spec.validFrom ?? new Date(now.getTime() - DAY));
  certificate.notAfter = certificateTime(spec.validTo ?? new Date(now.getTime() + 2 * 365 * DAY));
  await certificate.subjectPublicKeyInfo.importKey(keys.publicKey);
  certificate.extensions = [
    extension('2.5.29.19', true, new pkijs.BasicConstraints({ cA: false }).toSchema()),
    keyUsage([0, 1]), // digitalSignature, nonRepudiation
    extension('2.5.29.37', false, new pkijs.ExtKeyUsage({ keyPurposes: ['1.3.6.1.5.5.7.3.2'] }).toSchema()), // clientAuth
    extension(
      '2.5.29.14',
      false,
      new asn1js.OctetString({ valueHex: toArrayBuffer(await subjectKeyIdOf(certificate)) }),
    ),
    extension(
      '2.5.29.35',
      false,
      new pkijs.AuthorityKeyIdentifier({
        keyIdentifier: new asn1js.OctetString({ valueHex: toArrayBuffer(ca.subjectKeyId) }),
      }).toSchema(),
    ),
  ];
  await certificate.sign(ca.privateKey, 'SHA-256');
  const certificateDer = new Uint8Array(certificate.toSchema(true).toBER(false));

  const pkcs8 = await exportPkcs8(keys.privateKey);
  const encryptedKeyPem = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' })
    .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: password })
    .toString();
  const p12 = buildPkcs12({
    pkcs8,
    certificates: options.includeCaInP12 === false ? [certificateDer] : [certificateDer, ca.certificateDer],
    password,
    algorithm: options.p12Algorithm ?? '3des',
    friendlyName: spec.commonName,
  });

  return {
    id: spec.id,
    serialNumber: bytesToHex(serial),
    certificatePem: toPem('CERTIFICATE', certificateDer),
    certificateDer,
    keyPem: toPem('PRIVATE KEY', pkcs8),
    encryptedKeyPem,
    p12,
    password,
  };
}

// ---------- CRL ----------

export async function createCrl(ca: CaHandle, options: CreateCrlOptions = {}): Promise<string> {
  const thisUpdate = options.thisUpdate ?? new Date();
  const crl = new pkijs.CertificateRevocationList();
  crl.version = 1;
  crl.issuer = ca.certificate.subject;
  crl.thisUpdate = certificateTime(thisUpdate);
  crl.nextUpdate = certificateTime(options.nextUpdate ?? new Date(thisUpdate.getTime() + 30 * DAY));
  const revoked = options.revoked ?? [];
  if (revoked.length > 0) {
    crl.revokedCertificates = revoked.map(
      (entry) =>
        new pkijs.RevokedCertificate({
          userCertificate: new asn1js.Integer({ valueHex: toArrayBuffer(hexToBytes(entry.serialNumber)) }),
          revocationDate: certificateTime(entry.revokedAt),
        }),
    );
  }
  crl.crlExtensions = new pkijs.Extensions({
    extensions: [
      extension('2.5.29.20', false, new asn1js.Integer({ value: options.crlNumber ?? 1 })), // cRLNumber
      extension(
        '2.5.29.35',
        false,
        new pkijs.AuthorityKeyIdentifier({
          keyIdentifier: new asn1js.OctetString({ valueHex: toArrayBuffer(ca.subjectKeyId) }),
        }).toSchema(),
      ),
    ],
  });
  await crl.sign(ca.privateKey, 'SHA-256');
  return toPem('X509 CRL', new Uint8Array(crl.toSchema(true).toBER(false)));
}

function hexToBytes(hex: string): Uint8Array {
  const clean = hex.length % 2 === 1 ? `0${hex}` : hex;
  const bytes = new Uint8Array(clean.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

// ---------- the demo directory ----------

export interface DemoPkiOptions {
  dir: string;
  certificates: CertificateSpec[];
  /** .p12 / encrypted key password. Default '123456'. */
  password?: string;
  caCommonName?: string;
  caOrganisationName?: string;
  /** nextUpdate - thisUpdate of the CRL. Default 30 days. */
  crlValidityDays?: number;
  p12Algorithm?: '3des' | 'aes256';
  now?: Date;
}

export interface DemoPkiResult {
  dir: string;
  caCertificatePem: string;
  crlPem: string;
  /** ids issued by this run. */
  created: string[];
  /** ids found in the directory and left alone. */
  reused: string[];
  crlRegenerated: boolean;
  /** Serial numbers (hex) by id, for every certificate in the manifest. */
  serialNumbers: Record<string, string>;
}

/** pki.json: what the CA has issued and revoked, so a re-run can rebuild the CRL. */
interface Manifest {
  version: 1;
  crlNumber: number;
  certificates: Record<
    string,
    {
      serialNumber: string;
      commonName: string;
      organisationName: string;
      uscc: string | null;
      keyAlgorithm: KeyAlgorithm;
      notAfter: string;
      revokedAt: string | null;
    }
  >;
}

export async function createDemoPki(options: DemoPkiOptions): Promise<DemoPkiResult> {
  const now = options.now ?? new Date();
  const dir = options.dir;
  const password = options.password ?? DEFAULT_PASSWORD;
  for (const spec of options.certificates) validateSpec(spec);
  await mkdir(dir, { recursive: true });

  const caCertPath = join(dir, 'ca.cert.pem');
  const caKeyPath = join(dir, 'ca.key.pem');
  const manifestPath = join(dir, 'pki.json');
  const crlPath = join(dir, 'ca.crl.pem');

  let ca: CaHandle;
  if (existsSync(caCertPath) && existsSync(caKeyPath)) {
    ca = await loadCa(await readFile(caCertPath, 'utf8'), await readFile(caKeyPath, 'utf8'));
  } else {
    ca = await createCa({
      commonName: options.caCommonName,
      organisationName: options.caOrganisationName,
      now,
    });
    await writeAtomic(caKeyPath, ca.privateKeyPem, 0o600);
    await writeAtomic(caCertPath, ca.certificatePem);
  }

  const manifest: Manifest = existsSync(manifestPath)
    ? (JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest)
    : { version: 1, crlNumber: 0, certificates: {} };

  const created: string[] = [];
  const reused: string[] = [];
  let revocationsChanged = false;
  for (const spec of options.certificates) {
    const files = ['cert.pem', 'key.pem', 'key.enc.pem', 'p12'].map((ext) => join(dir, `${spec.id}.${ext}`));
    const known = manifest.certificates[spec.id];
    // A spec whose subject changed (a demo account moved to another organisation) gets a new certificate.
    const same =
      known &&
      known.commonName === spec.commonName &&
      known.organisationName === spec.organisationName &&
      known.uscc === (spec.uscc ?? null) &&
      known.keyAlgorithm === spec.keyAlgorithm;
    if (same && files.every((f) => existsSync(f))) {
      reused.push(spec.id);
    } else {
      if (known && !same) {
        // The certificate it replaces stays on record, revoked.
        manifest.certificates[`${spec.id}~${known.serialNumber}`] = {
          ...known,
          revokedAt: known.revokedAt ?? now.toISOString(),
        };
        revocationsChanged = true;
      }
      const issued = await issueCertificate(ca, spec, { password, p12Algorithm: options.p12Algorithm, now });
      // Certificate last: its presence (with the manifest entry) marks a complete set.
      await writeAtomic(files[1]!, issued.keyPem, 0o600);
      await writeAtomic(files[2]!, issued.encryptedKeyPem, 0o600);
      await writeAtomic(files[3]!, issued.p12, 0o600);
      await writeAtomic(files[0]!, issued.certificatePem);
      manifest.certificates[spec.id] = {
        serialNumber: issued.serialNumber,
        commonName: spec.commonName,
        organisationName: spec.organisationName,
        uscc: spec.uscc ?? null,
        keyAlgorithm: spec.keyAlgorithm,
        notAfter: (spec.validTo ?? new Date(now.getTime() + 2 * 365 * DAY)).toISOString(),
        revokedAt: null,
      };
      created.push(spec.id);
    }
    // Revocation is one-way: a spec marked revoked revokes the existing certificate too.
    const entry = manifest.certificates[spec.id]!;
    if (spec.revoked && entry.revokedAt === null) {
      entry.revokedAt = now.toISOString();
      revocationsChanged = true;
    }
  }

  let crlPem = existsSync(crlPath) ? await readFile(crlPath, 'utf8') : null;
  const crlRegenerated = crlPem === null || revocationsChanged || crlExpiresSoon(crlPem, now);
  if (crlRegenerated) {
    manifest.crlNumber += 1;
    crlPem = await createCrl(ca, {
      thisUpdate: new Date(now.getTime() - 60_000),
      nextUpdate: new Date(now.getTime() + (options.crlValidityDays ?? 30) * DAY),
      crlNumber: manifest.crlNumber,
      revoked: Object.values(manifest.certificates)
        .filter((c) => c.revokedAt !== null)
        .map((c) => ({ serialNumber: c.serialNumber, revokedAt: new Date(c.revokedAt!) })),
    });
    await writeAtomic(crlPath, crlPem);
  }
  await writeAtomic(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);

  return {
    dir,
    caCertificatePem: ca.certificatePem,
    crlPem: crlPem!,
    created,
    reused,
    crlRegenerated,
    serialNumbers: Object.fromEntries(
      Object.entries(manifest.certificates).map(([id, c]) => [id, c.serialNumber]),
    ),
  };
}

/** Re-issue when past nextUpdate or within a day of it, so a freshly started platform doesn't fail logins tomorrow. */
function crlExpiresSoon(crlPem: string, now: Date): boolean {
  try {
    const block = parsePemBlocks(crlPem).find((b) => b.label === 'X509 CRL');
    if (!block) return true;
    const next = pkijs.CertificateRevocationList.fromBER(block.der).nextUpdate?.value;
    return !next || next.getTime() - now.getTime() < DAY;
  } catch {
    return true;
  }
}

async function writeAtomic(path: string, data: string | Uint8Array, mode = 0o644): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data, { mode });
  await chmod(tmp, mode);
  await rename(tmp, path);
}

// ---------- ready-made sets ----------

/**
 * The demo set used by `scripts/demo-ca.ts` and the dev stack: one certificate per CA-login role,
 * both key types, plus broken ones to try the error messages by hand.
 */
export function demoCertificateSpecs(now: Date = new Date()): CertificateSpec[] {
  return [
    {
      id: 'enterprise',
      commonName: '黑龙江省建工集团有限公司',
      organisationName: '黑龙江省建工集团有限公司',
      uscc: completeUscc('91230100MA1B2C3D4'),
      keyAlgorithm: 'ECDSA_P256',
    },
    {
      id: 'enterprise-rsa',
      commonName: '本溪市市政工程有限公司',
      organisationName: '本溪市市政工程有限公司',
      uscc: completeUscc('91210500MA0Q1W2E3'),
      keyAlgorithm: 'RSA_2048',
    },
    {
      id: 'insurer',
      commonName: '中国人民财产保险股份有限公司黑龙江省分公司',
      organisationName: '中国人民财产保险股份有限公司黑龙江省分公司',
      uscc: completeUscc('91230000MA1C5D6E7'),
      keyAlgorithm: 'ECDSA_P256',
    },
    {
      id: 'broker',
      commonName: '安信保险经纪有限公司',
      organisationName: '安信保险经纪有限公司',
      uscc: completeUscc('91110000MA0F7G8H9'),
      keyAlgorithm: 'ECDSA_P256',
    },
    {
      id: 'prevention-org',
      commonName: '龙江安全技术服务有限公司',
      organisationName: '龙江安全技术服务有限公司',
      uscc: completeUscc('91230100MA1H2J3K4'),
      keyAlgorithm: 'ECDSA_P256',
    },
    // An expert signs as a person: no USCC, the organisation is the employer.
    {
      id: 'expert',
      commonName: '李安全',
      organisationName: '龙江安全技术服务有限公司',
      keyAlgorithm: 'ECDSA_P256',
    },
    {
      id: 'expired',
      commonName: '过期测试建筑有限公司',
      organisationName: '过期测试建筑有限公司',
      uscc: completeUscc('91230100MA1L5M6N7'),
      keyAlgorithm: 'ECDSA_P256',
      validFrom: new Date(now.getTime() - 400 * DAY),
      validTo: new Date(now.getTime() - 30 * DAY),
    },
    {
      id: 'revoked',
      commonName: '吊销测试建筑有限公司',
      organisationName: '吊销测试建筑有限公司',
      uscc: completeUscc('91230100MA1P8Q9R0'),
      keyAlgorithm: 'ECDSA_P256',
      revoked: true,
    },
  ];
}

/**
 * A CA the platform does not trust, with one certificate: for "unknown CA" tests and demos.
 * Nothing is written unless `dir` is given (then `unknown-ca.cert.pem` is deliberately NOT named `*.cert.pem`
 * of a trusted directory: keep `dir` separate from the trusted one).
 */
export async function createUnknownCaCredential(
  spec: Partial<CertificateSpec> = {},
  options: IssueOptions & { dir?: string } = {},
): Promise<{ ca: CaHandle; credential: IssuedCredential }> {
  const ca = await createCa({
    commonName: 'Unknown Test CA',
    organisationName: '未受信任的测试CA',
    now: options.now,
  });
  const credential = await issueCertificate(
    ca,
    {
      id: spec.id ?? 'unknown',
      commonName: spec.commonName ?? '未知CA测试建筑有限公司',
      organisationName: spec.organisationName ?? '未知CA测试建筑有限公司',
      uscc: spec.uscc ?? completeUscc('91230100MA1T1T2U3'),
      keyAlgorithm: spec.keyAlgorithm ?? 'ECDSA_P256',
      ...(spec.validFrom ? { validFrom: spec.validFrom } : {}),
      ...(spec.validTo ? { validTo: spec.validTo } : {}),
    },
    options,
  );
  if (options.dir) {
    await mkdir(options.dir, { recursive: true });
    await writeAtomic(join(options.dir, 'unknown-ca.cert.pem'), ca.certificatePem);
    await writeAtomic(join(options.dir, `${credential.id}.cert.pem`), credential.certificatePem);
    await writeAtomic(join(options.dir, `${credential.id}.key.pem`), credential.keyPem, 0o600);
    await writeAtomic(join(options.dir, `${credential.id}.p12`), credential.p12, 0o600);
  }
  return { ca, credential };
}
