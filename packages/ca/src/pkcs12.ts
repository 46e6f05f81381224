/**
 * PKCS#12 (.p12/.pfx) reading and writing on top of node-forge's ASN.1, PBE ciphers and PKCS#12 KDF.
 * Browser-safe (no node: imports).
 *
 * Why not forge.pkcs12 directly: its parser turns bags into forge objects, which only exist for RSA
 * (EC keys and EC certificates come back as null), and it re-encodes certificates instead of keeping
 * their original bytes; its writer only accepts forge RSA keys. We only need raw PKCS#8 and raw
 * certificate DER, which work for every key type.
 */
import forge from 'node-forge';
import { binaryToBytes, bytesToBinary, bytesToHex } from './encoding.ts';

const { asn1 } = forge;
type Asn1 = forge.asn1.Asn1;

const OID = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  safeContentsBag: '1.2.840.113549.1.12.10.1.6',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  localKeyId: '1.2.840.113549.1.9.21',
  friendlyName: '1.2.840.113549.1.9.20',
  pbes2: '1.2.840.113549.1.5.13',
  pbmac1: '1.2.840.113549.1.5.14',
} as const;

/** Thrown when the MAC or the decryption shows the password is wrong. */
export class Pkcs12PasswordError extends Error {
  constructor() {
    super('PKCS#12 password is wrong');
    this.name = 'Pkcs12PasswordError';
  }
}

export interface Pkcs12Contents {
  keys: Array<{ pkcs8: Uint8Array; localKeyId: string | null }>;
  certificates: Array<{ der: Uint8Array; localKeyId: string | null }>;
}

// ---------- helpers over forge's ASN.1 objects ----------

function children(node: Asn1 | undefined, what: string): Asn1[] {
  if (!node || !Array.isArray(node.value)) throw new Error(`PKCS#12: expected constructed ${what}`);
  return node.value as Asn1[];
}

function oidOf(node: Asn1 | undefined): string {
  if (!node || node.type !== asn1.Type.OID || typeof node.value !== 'string')
    throw new Error('PKCS#12: expected OID');
  return asn1.derToOid(node.value);
}

/** OCTET STRING contents; BER allows a constructed string made of chunks (Windows exports do that). */
function octets(node: Asn1 | undefined): string {
  if (!node) throw new Error('PKCS#12: expected OCTET STRING');
  if (typeof node.value === 'string') return node.value;
  return (node.value as Asn1[]).map((c) => octets(c)).join('');
}

function integer(node: Asn1 | undefined): number {
  if (!node || typeof node.value !== 'string') throw new Error('PKCS#12: expected INTEGER');
  return forge.util.createBuffer(node.value).getInt(node.value.length * 8);
}

function fromDer(binary: string): Asn1 {
  // strict=false: PKCS#12 files are BER (indefinite lengths, chunked strings) in the wild.
  // (@types/node-forge only knows the boolean form of the options argument, hence the cast.)
  return asn1.fromDer(binary, {
    strict: false,
    parseAllBytes: false,
    decodeBitStrings: false,
  } as unknown as boolean);
}

function mdFor(oid: string): { md: forge.md.MessageDigest; size: number } | null {
  switch (forge.pki.oids[oid]) {
    case 'sha1':
      return { md: forge.md.sha1.create(), size: 20 };
    case 'sha256':
      return { md: forge.md.sha256.create(), size: 32 };
    case 'sha384':
      return { md: forge.md.sha384.create(), size: 48 };
    case 'sha512':
      return { md: forge.md.sha512.create(), size: 64 };
    default:
      return null;
  }
}

/**
 * PBES2 derives its key with PBKDF2 over the password bytes (UTF-8, as OpenSSL does), the PKCS#12 PBEs over
 * the BMPString form (forge does that conversion itself from the JS string).
 */
function passwordFor(algorithmOid: string, password: string): string {
  return algorithmOid === OID.pbes2 ? forge.util.encodeUtf8(password) : password;
}

function decrypt(algorithm: Asn1 | undefined, encrypted: string, password: string): string {
  const [algOid, params] = children(algorithm, 'AlgorithmIdentifier');
  const oid = oidOf(algOid);
  const pbe = (
    forge.pki as unknown as {
      pbe: { getCipher(oid: string, params: Asn1 | undefined, pw: string): forge.cipher.BlockCipher };
    }
  ).pbe;
  const cipher = pbe.getCipher(oid, params, passwordFor(oid, password));
  cipher.update(forge.util.createBuffer(encrypted));
  if (!cipher.finish()) throw new Pkcs12PasswordError();
  return cipher.output.getBytes();
}

function attributes(set: Asn1 | undefined): { localKeyId: string | null } {
  let localKeyId: string | null = null;
  if (set && Array.isArray(set.value)) {
    for (const attr of set.value as Asn1[]) {
      const [type, values] = children(attr, 'Attribute');
      if (oidOf(type) === OID.localKeyId) {
        const first = children(values, 'attribute values')[0];
        if (first) localKeyId = bytesToHex(binaryToBytes(octets(first)));
      }
    }
  }
  return { localKeyId };
}

// ---------- reading ----------

export function parsePkcs12(der: Uint8Array, password: string): Pkcs12Contents {
  const pfx = fromDer(bytesToBinary(der));
  const [version, authSafe, macData] = children(pfx, 'PFX');
  if (integer(version) !== 3) throw new Error('PKCS#12: unsupported version');
  const [contentType, content] = children(authSafe, 'ContentInfo');
  if (oidOf(contentType) !== OID.data) throw new Error('PKCS#12: only password integrity mode is supported');
  const authSafeBytes = octets(children(content, 'content')[0]);

  if (macData) verifyMac(macData, authSafeBytes, password);

  const result: Pkcs12Contents = { keys: [], certificates: [] };
  let decryptionFailed = false;
  for (const info of children(fromDer(authSafeBytes), 'AuthenticatedSafe')) {
    const [type, body] = children(info, 'ContentInfo');
    const typeOid = oidOf(type);
    if (typeOid === OID.data) {
      readSafeContents(octets(children(body, 'content')[0]), password, result);
    } else if (typeOid === OID.encryptedData) {
      const [, encryptedContentInfo] = children(children(body, 'content')[0], 'EncryptedData');
      const [, algorithm, encryptedContent] = children(encryptedContentInfo, 'EncryptedContentInfo');
      try {
        readSafeContents(decrypt(algorithm, octets(encryptedContent), password), password, result);
      } catch (error) {
        // Without a MAC a wrong password only shows up here.
        if (error instanceof Pkcs12PasswordError) decryptionFailed = true;
        else throw error;
      }
    }
    // Public-key-encrypted content (envelopedData) is not used for login credentials: skipped.
  }
  if (decryptionFailed && result.keys.length === 0) throw new Pkcs12PasswordError();
  return result;
}

function verifyMac(macData: Asn1, authSafeBytes: string, password: string): void {
  const [digestInfo, salt, iterations] = children(macData, 'MacData');
  const [algorithm, digest] = children(digestInfo, 'DigestInfo');
  const algOid = oidOf(children(algorithm, 'AlgorithmIdentifier')[0]);
  if (algOid === OID.pbmac1) throw new Error('PKCS#12: PBMAC1 integrity is not supported');
  const hash = mdFor(algOid);
  if (!hash) throw new Error(`PKCS#12: unsupported MAC digest ${algOid}`);
  const count = iterations ? integer(iterations) : 1;
  const key = forge.pkcs12.generateKey(
    password,
    forge.util.createBuffer(octets(salt)),
    3,
    count,
    hash.size,
    hash.md,
  );
  const hmac = forge.hmac.create();
  hmac.start(hash.md, key);
  hmac.update(authSafeBytes);
  if (hmac.digest().getBytes() !== octets(digest)) throw new Pkcs12PasswordError();
}

function readSafeContents(binary: string, password: string, out: Pkcs12Contents): void {
  let safeContents: Asn1;
  try {
    safeContents = fromDer(binary);
  } catch {
    // Decryption "succeeded" (padding happened to fit) but produced garbage: wrong password.
    throw new Pkcs12PasswordError();
  }
  for (const bag of children(safeContents, 'SafeContents')) {
    const [bagId, bagValue, bagAttributes] = children(bag, 'SafeBag');
    const value = children(bagValue, 'bagValue')[0];
    const { localKeyId } = attributes(bagAttributes);
    switch (oidOf(bagId)) {
      case OID.keyBag:
        out.keys.push({ pkcs8: binaryToBytes(asn1.toDer(value!).getBytes()), localKeyId });
        break;
      case OID.pkcs8ShroudedKeyBag:
        out.keys.push({
          pkcs8: decryptPrivateKeyInfo(binaryToBytes(asn1.toDer(value!).getBytes()), password),
          localKeyId,
        });
        break;
      case OID.certBag: {
        const [certId, certValue] = children(value, 'CertBag');
        if (oidOf(certId) === OID.x509Certificate) {
          out.certificates.push({
            der: binaryToBytes(octets(children(certValue, 'certValue')[0])),
            localKeyId,
          });
        }
        break;
      }
      case OID.safeContentsBag:
        readSafeContents(asn1.toDer(value!).getBytes(), password, out);
        break;
      default:
        // CRL and secret bags are irrelevant for login.
        break;
    }
  }
}

/**
 * Decrypts a PKCS#8 EncryptedPrivateKeyInfo (PBES2 or PKCS#12 PBE) to PrivateKeyInfo DER.
 * Throws Pkcs12PasswordError when the password is wrong.
 */
export function decryptPrivateKeyInfo(der: Uint8Array, password: string): Uint8Array {
  const [algorithm, encrypted] = children(fromDer(bytesToBinary(der)), 'EncryptedPrivateKeyInfo');
  const plain = decrypt(algorithm, octets(encrypted), password);
  // A wrong password still passes the CBC padding check about once in 256 tries; only the structure of what came out
  // tells a wrong password apart, so the plaintext must be exactly one DER PrivateKeyInfo.
  if (!isPrivateKeyInfo(plain)) throw new Pkcs12PasswordError();
  return binaryToBytes(plain);
}

/** SEQUENCE { INTEGER version (0 or 1), AlgorithmIdentifier { OID, … }, OCTET STRING privateKey, … } over all bytes. */
function isPrivateKeyInfo(binary: string): boolean {
  try {
    const [version, algorithm, key] = children(
      asn1.fromDer(binary, {
        strict: true,
        parseAllBytes: true,
        decodeBitStrings: false,
      } as unknown as boolean),
      'PrivateKeyInfo',
    );
    return (
      version?.type === asn1.Type.INTEGER &&
      [0, 1].includes(integer(version)) &&
      oidOf(children(algorithm, 'AlgorithmIdentifier')[0]).length > 0 &&
      key?.type === asn1.Type.OCTETSTRING
    );
  } catch {
    return false;
  }
}

/** True when the DER looks like a PFX (SEQUENCE { INTEGER 3, ContentInfo, ... }): content sniffing, not file names. */
export function looksLikePkcs12(der: Uint8Array): boolean {
  try {
    const [version, authSafe] = children(fromDer(bytesToBinary(der)), 'PFX');
    return integer(version) === 3 && children(authSafe, 'ContentInfo').length >= 1;
  } catch {
    return false;
  }
}

// ---------- writing ----------

export interface BuildPkcs12Options {
  /** PKCS#8 PrivateKeyInfo DER. */
  pkcs8: Uint8Array;
  /** End-entity certificate first, then (optionally) the CA chain. */
  certificates: Uint8Array[];
  password: string;
  /**
   * '3des': pbeWithSHAAnd3-KeyTripleDES-CBC + HMAC-SHA1 MAC — readable by everything (Windows, macOS
   * keychain, Firefox/NSS, OpenSSL 3 without the legacy provider, forge).
   * 'aes256': PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) + HMAC-SHA256 MAC — OpenSSL 3's default; older macOS can't import it.
   */
  algorithm?: '3des' | 'aes256';
  iterations?: number;
  friendlyName?: string;
}

function seq(items: Array<Asn1 | undefined>): Asn1 {
  return asn1.create(
    asn1.Class.UNIVERSAL,
    asn1.Type.SEQUENCE,
    true,
    items.filter((i): i is Asn1 => i !== undefined),
  );
}
function set(items: Asn1[]): Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, items);
}
function oid(value: string): Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(value).getBytes());
}
function octetString(binary: string): Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, binary);
}
function explicit0(inner: Asn1): Asn1 {
  return asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [inner]);
}
function int(value: number): Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(value).getBytes());
}
function dataContentInfo(inner: Asn1): Asn1 {
  return seq([oid(OID.data), explicit0(octetString(asn1.toDer(inner).getBytes()))]);
}

export function buildPkcs12(options: BuildPkcs12Options): Uint8Array {
  const algorithm = options.algorithm ?? '3des';
  const iterations = options.iterations ?? 2048;
  const [leaf, ...chain] = options.certificates;
  if (!leaf) throw new Error('PKCS#12: the end-entity certificate is required');

  // localKeyId = SHA-1 of the certificate, as OpenSSL and Windows do: it pairs the key with its certificate.
  const localKeyId = forge.md.sha1.create().update(bytesToBinary(leaf)).digest().getBytes();
  const attrs: Asn1[] = [seq([oid(OID.localKeyId), set([octetString(localKeyId)])])];
  if (options.friendlyName !== undefined) {
    const bmp = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BMPSTRING, false, options.friendlyName);
    attrs.push(seq([oid(OID.friendlyName), set([bmp])]));
  }
  const bagAttributes = set(attrs);

  const certBags = [leaf, ...chain].map((der, i) =>
    seq([
      oid(OID.certBag),
      explicit0(seq([oid(OID.x509Certificate), explicit0(octetString(bytesToBinary(der)))])),
      i === 0 ? bagAttributes : undefined,
    ]),
  );

  const password = algorithm === 'aes256' ? forge.util.encodeUtf8(options.password) : options.password;
  const encryptedKey = forge.pki.encryptPrivateKeyInfo(fromDer(bytesToBinary(options.pkcs8)), password, {
    algorithm,
    count: iterations,
    saltSize: algorithm === 'aes256' ? 16 : 8,
    ...(algorithm === 'aes256' ? { prfAlgorithm: 'sha256' } : {}),
  } as forge.pki.EncryptionOptions);
  const keyBag = seq([oid(OID.pkcs8ShroudedKeyBag), explicit0(encryptedKey), bagAttributes]);

  const authSafe = asn1
    .toDer(seq([dataContentInfo(seq(certBags)), dataContentInfo(seq([keyBag]))]))
    .getBytes();

  const macDigest =
    algorithm === 'aes256'
      ? { md: forge.md.sha256.create(), size: 32, oid: forge.pki.oids['sha256']! }
      : { md: forge.md.sha1.create(), size: 20, oid: forge.pki.oids['sha1']! };
  const macSalt = forge.random.getBytesSync(algorithm === 'aes256' ? 16 : 8);
  const macKey = forge.pkcs12.generateKey(
    options.password,
    forge.util.createBuffer(macSalt),
    3,
    iterations,
    macDigest.size,
    macDigest.md,
  );
  const hmac = forge.hmac.create();
  hmac.start(macDigest.md, macKey);
  hmac.update(authSafe);
  const macData = seq([
    seq([
      seq([oid(macDigest.oid), asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '')]),
      octetString(hmac.digest().getBytes()),
    ]),
    octetString(macSalt),
    int(iterations),
  ]);

  const pfx = seq([int(3), seq([oid(OID.data), explicit0(octetString(authSafe))]), macData]);
  return binaryToBytes(asn1.toDer(pfx).getBytes());
}
