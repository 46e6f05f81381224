/**
 * @anze/ca — CA-certificate login (CA证书登录).
 * Server entry: trust store, verification, demo PKI. The browser side is `@anze/ca/browser`
 * (it must not be imported through this entry, which pulls in node: modules).
 */
export { SIGNATURE_ALGORITHMS, type SignatureAlgorithm } from './algorithms.ts';
export { CertificateLoginError, type CertificateLoginErrorCode } from './errors.ts';
export {
  TrustStore,
  type RevocationStatus,
  type TrustedCa,
  type TrustStoreInput,
  type TrustStoreOptions,
} from './trust.ts';
export {
  verifyCertificateSignature,
  type VerifiedCertificate,
  type VerifyCertificateSignatureInput,
} from './verify.ts';
export { completeUscc, findUscc, isValidUscc } from './uscc.ts';
export {
  createCa,
  createCrl,
  createDemoPki,
  createUnknownCaCredential,
  demoCertificateSpecs,
  issueCertificate,
  loadCa,
  DEFAULT_PASSWORD,
  type CaHandle,
  type CertificateSpec,
  type CreateCaOptions,
  type CreateCrlOptions,
  type DemoPkiOptions,
  type DemoPkiResult,
  type IssuedCredential,
  type IssueOptions,
  type KeyAlgorithm,
  type RevokedEntry,
} from './pki.ts';
