/**
 * Trusted CA certificates and their CRLs (server side).
 *
 * CA certificates are kept as node:crypto X509Certificate with their public KeyObject, so checking a login
 * certificate's issuer signature is a native call without re-parsing the CA. CRLs are verified against their
 * issuer once, when added; what stays in memory is a set of revoked serial numbers and nextUpdate.
 * Every CA in the store is a trust anchor: a login certificate must be issued directly by one of them
 * (put the provincial root AND its issuing CA in the store when a two-level hierarchy is used).
 */
import { X509Certificate, type KeyObject } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pkijs from 'pkijs';
import { bytesToHex, parsePemBlocks, toArrayBuffer } from './encoding.ts';

export interface TrustedCa {
  readonly certificate: X509Certificate;
  readonly publicKey: KeyObject;
  readonly subject: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly fingerprintSha256: string;
  /** Parsed once, to compare names and check the key usage of CRL signers. */
  readonly parsed: pkijs.Certificate;
  crl: LoadedCrl | null;
}

export interface LoadedCrl {
  thisUpdate: Date;
  nextUpdate: Date | null;
  crlNumber: bigint | null;
  /** Normalised serial (lowercase hex, no leading zeros) → revocation date. */
  revoked: Map<string, Date>;
}

export type RevocationStatus =
  | { status: 'GOOD' }
  | { status: 'REVOKED'; revokedAt: Date }
  | { status: 'STALE'; nextUpdate: Date | null }
  | { status: 'MISSING' };

export interface TrustStoreOptions {
  /** Without a CRL for the issuing CA, logins fail (CRL_MISSING). Default true: fail closed. */
  requireCrl?: boolean;
}

export interface TrustStoreInput extends TrustStoreOptions {
  /** PEM strings (each may hold several certificates). Only CA certificates (basicConstraints cA=true) are accepted. */
  certificates: string | string[];
  crls?: string | string[];
}

const KNOWN_CRL_EXTENSIONS = new Set(['2.5.29.20' /* cRLNumber */, '2.5.29.35' /* authorityKeyIdentifier */]);
const KNOWN_ENTRY_EXTENSIONS = new Set(['2.5.29.21' /* reasonCode */, '2.5.29.24' /* invalidityDate */]);

export function normaliseSerial(hex: string): string {
  return hex.toLowerCase().replace(/^0+(?=.)/, '');
}

export class TrustStore {
  readonly requireCrl: boolean;
  #authorities: TrustedCa[] = [];

  private constructor(options: TrustStoreOptions) {
    this.requireCrl = options.requireCrl ?? true;
  }

  static async fromPem(input: TrustStoreInput): Promise<TrustStore> {
    const store = new TrustStore(input);
    for (const pem of [input.certificates].flat()) store.addCaCertificates(pem);
    for (const pem of [input.crls ?? []].flat()) await store.addCrl(pem);
    return store;
  }

  /**
   * Loads every `*.cert.pem` / `*.crt` that is a CA certificate (others, e.g. end-entity certificates of the
   * demo PKI in the same directory, are skipped) and every `*.crl.pem` / `*.crl`.
   */
  static async fromDirectory(dir: string, options: TrustStoreOptions = {}): Promise<TrustStore> {
    const store = new TrustStore(options);
    const names = (await readdir(dir)).sort();
    for (const name of names.filter((n) => n.endsWith('.cert.pem') || n.endsWith('.crt'))) {
      for (const der of certificatesIn(await readFile(join(dir, name)))) {
        const cert = new X509Certificate(der);
        if (cert.ca) store.#addCa(cert);
      }
    }
    for (const name of names.filter((n) => n.endsWith('.crl.pem') || n.endsWith('.crl'))) {
      const content = await readFile(join(dir, name));
      for (const der of crlsIn(content)) await store.#addCrlDer(der, name);
    }
    return store;
  }

  get authorities(): readonly TrustedCa[] {
    return this.#authorities;
  }

  addCaCertificates(pem: string): void {
    const ders = certificatesIn(new TextEncoder().encode(pem));
    if (ders.length === 0) throw new Error('no certificate found in the PEM');
    for (const der of ders) {
      const cert = new X509Certificate(der);
      if (!cert.ca) throw new Error(`not a CA certificate: ${cert.subject}`);
      this.#addCa(cert);
    }
  }

  /**
   * Adds (or replaces with a newer one) the CRL of a trusted CA. Throws when the CRL's issuer is not in the
   * store or its signature does not verify: a wrong CRL is a configuration error and must be loud.
   */
  async addCrl(pem: string): Promise<void> {
    const ders = crlsIn(new TextEncoder().encode(pem));
    if (ders.length === 0) throw new Error('no CRL found in the PEM');
    for (const der of ders) await this.#addCrlDer(der, 'CRL');
  }

  #addCa(cert: X509Certificate): void {
    if (this.#authorities.some((ca) => ca.fingerprintSha256 === fingerprint(cert))) return;
    const parsed = pkijs.Certificate.fromBER(toArrayBuffer(new Uint8Array(cert.raw)));
    this.#authorities.push({
      certificate: cert,
      publicKey: cert.publicKey,
      subject: cert.subject,
      notBefore: cert.validFromDate,
      notAfter: cert.validToDate,
      fingerprintSha256: fingerprint(cert),
      parsed,
      crl: null,
    });
  }

  async #addCrlDer(der: Uint8Array, source: string): Promise<void> {
    const crl = pkijs.CertificateRevocationList.fromBER(toArrayBuffer(der));
    const candidates = this.#authorities.filter((ca) => ca.parsed.subject.isEqual(crl.issuer));
    let issuer: TrustedCa | null = null;
    for (const ca of candidates) {
      if (await crl.verify({ issuerCertificate: ca.parsed })) {
        issuer = ca;
        break;
      }
    }
    if (!issuer) throw new Error(`${source}: CRL is not signed by a trusted CA in this store`);
    const usage = keyUsageBits(issuer.parsed);
    if (usage && !usage.has(6))
      throw new Error(`${source}: the issuing CA is not allowed to sign CRLs (keyUsage)`);

    for (const ext of crl.crlExtensions?.extensions ?? []) {
      if (ext.critical && !KNOWN_CRL_EXTENSIONS.has(ext.extnID)) {
        throw new Error(
          `${source}: unsupported critical CRL extension ${ext.extnID} (delta/partitioned CRLs are not supported)`,
        );
      }
    }
    const revoked = new Map<string, Date>();
    for (const entry of crl.revokedCertificates ?? []) {
      for (const ext of entry.crlEntryExtensions?.extensions ?? []) {
        if (ext.critical && !KNOWN_ENTRY_EXTENSIONS.has(ext.extnID)) {
          throw new Error(`${source}: unsupported critical CRL entry extension ${ext.extnID}`);
        }
      }
      revoked.set(
        normaliseSerial(bytesToHex(new Uint8Array(entry.userCertificate.valueBlock.valueHexView))),
        entry.revocationDate.value,
      );
    }
    const numberExt = crl.crlExtensions?.extensions.find((e) => e.extnID === '2.5.29.20');
    const crlNumber = numberExt
      ? BigInt(
          `0x${bytesToHex(new Uint8Array((numberExt.parsedValue as { valueBlock: { valueHexView: Uint8Array } }).valueBlock.valueHexView)) || '0'}`,
        )
      : null;
    const loaded: LoadedCrl = {
      thisUpdate: crl.thisUpdate.value,
      nextUpdate: crl.nextUpdate?.value ?? null,
      crlNumber,
      revoked,
    };

    // Keep the newest CRL: an older one handed in later (e.g. from a stale mirror) must not roll back revocations.
    if (!issuer.crl || loaded.thisUpdate.getTime() >= issuer.crl.thisUpdate.getTime()) issuer.crl = loaded;
  }

  /** The trusted CA whose key signed this certificate, or null. */
  findIssuer(cert: X509Certificate): TrustedCa | null {
    for (const ca of this.#authorities) {
      // checkIssued compares names and key identifiers; verify checks the signature natively.
      if (cert.checkIssued(ca.certificate) && cert.verify(ca.publicKey)) return ca;
    }
    return null;
  }

  revocationStatus(ca: TrustedCa, serialHex: string, now: Date): RevocationStatus {
    const crl = ca.crl;
    if (!crl) return this.requireCrl ? { status: 'MISSING' } : { status: 'GOOD' };
    // A listed certificate is revoked whatever the CRL's age: revocations are not undone.
    const revokedAt = crl.revoked.get(normaliseSerial(serialHex));
    if (revokedAt && revokedAt.getTime() <= now.getTime()) return { status: 'REVOKED', revokedAt };
    // No nextUpdate means we cannot tell whether it is current: fail closed.
    if (!crl.nextUpdate || crl.nextUpdate.getTime() < now.getTime())
      return { status: 'STALE', nextUpdate: crl.nextUpdate };
    return { status: 'GOOD' };
  }
}

function fingerprint(cert: X509Certificate): string {
  return cert.fingerprint256.replaceAll(':', '').toLowerCase();
}

/** KeyUsage bits that are set (0 = digitalSignature … 6 = cRLSign), or null when the extension is absent. */
export function keyUsageBits(cert: pkijs.Certificate): Set<number> | null {
  const ext = cert.extensions?.find((e) => e.extnID === '2.5.29.15');
  if (!ext) return null;
  const bitString = ext.parsedValue as { valueBlock: { valueHexView: Uint8Array } } | undefined;
  const bytes = bitString?.valueBlock.valueHexView ?? new Uint8Array();
  const bits = new Set<number>();
  for (let i = 0; i < bytes.length * 8; i++) if (bytes[i >> 3]! & (0x80 >> (i & 7))) bits.add(i);
  return bits;
}

/** DER certificates in a PEM file, or the file itself when it is DER. */
function certificatesIn(content: Uint8Array): Uint8Array[] {
  const text = new TextDecoder('latin1').decode(content);
  if (text.includes('-----BEGIN'))
    return parsePemBlocks(text)
      .filter((b) => b.label === 'CERTIFICATE')
      .map((b) => b.der);
  return [content];
}

function crlsIn(content: Uint8Array): Uint8Array[] {
  const text = new TextDecoder('latin1').decode(content);
  if (text.includes('-----BEGIN'))
    return parsePemBlocks(text)
      .filter((b) => b.label === 'X509 CRL')
      .map((b) => b.der);
  return [content];
}
