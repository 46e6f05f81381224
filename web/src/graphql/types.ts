// Hand-written result types for the identity subgraph (subgraphs/identity/schema.graphql); only what the screens select.

export type Role =
  | 'ENTERPRISE'
  | 'INSURER'
  | 'BROKER'
  | 'PREVENTION_ORG'
  | 'EXPERT'
  | 'REGULATOR'
  | 'PLATFORM_ADMIN'
  | 'AUDITOR'
  | 'API_CLIENT';

export type OrganisationType =
  'ENTERPRISE' | 'INSURER' | 'BROKER' | 'PREVENTION_ORG' | 'REGULATOR' | 'PLATFORM';
export type RegistrationStatus = 'PENDING' | 'APPROVED' | 'REJECTED';
export type DivisionLevel = 'PROVINCE' | 'CITY' | 'COUNTY';
export type SignatureAlgorithm = 'ECDSA_P256_SHA256' | 'RSA_PKCS1_SHA256' | 'RSA_PSS_SHA256' | 'SM2_SM3';
export type AuditResult = 'SUCCESS' | 'FAILURE';

export type Viewer = {
  user: { username: string; displayName: string } | null;
  organisation: {
    id: string;
    name: string;
    type: OrganisationType;
    registrationStatus: RegistrationStatus;
  } | null;
  roles: Role[];
  jurisdiction: string | null;
  mustChangePassword: boolean;
  idleTimeoutSeconds: number;
};

export type AuthPayload = {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  mustChangePassword: boolean;
  viewer: Viewer;
};

export type Division = {
  code: string;
  name: string;
  level: DivisionLevel;
  parentCode: string | null;
  fullName: string;
};

/** 企业信息, in the order of the Heilongjiang manual. */
export type EnterpriseProfile = {
  name: string;
  divisionCode: string;
  uscc: string;
  registeredAddress: string;
  businessAddress: string;
  contactName: string;
  contactMobile: string;
  contactEmail: string;
  legalRepresentative: string;
  legalRepresentativeMobile: string;
  businessScope: string;
};

export type Organisation = { [K in keyof EnterpriseProfile]: EnterpriseProfile[K] | null } & {
  id: string;
  type: OrganisationType;
  name: string;
  divisionCode: string;
  uscc: string;
  division: Pick<Division, 'code' | 'name' | 'fullName'> | null;
  registrationStatus: RegistrationStatus;
  rejectionReason: string | null;
  reviewedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type PasswordPolicy = {
  minLength: number;
  requiredClasses: number;
  description: string;
  idleTimeoutSeconds: number;
};

export type CertificateChallenge = { id: string; challenge: string; expiresAt: string };

export type AuditRecord = {
  seq: number;
  at: string;
  type: string;
  subject: string;
  object: string | null;
  result: AuditResult;
  detail: string | null;
};

export type AuditChainVerification = {
  intact: boolean;
  recordsChecked: number;
  firstBrokenSeq: number | null;
  verifiedAt: string;
};
