// Operations against the identity subgraph, through the gateway at /graphql.
import { gql } from 'urql';
import type {
  AuditChainVerification,
  AuditRecord,
  AuthPayload,
  CertificateChallenge,
  Division,
  EnterpriseProfile,
  Organisation,
  Page,
  PasswordPolicy,
  RegistrationStatus,
  SignatureAlgorithm,
  Viewer,
} from './types.ts';

// User.id is readable by PLATFORM_ADMIN only, so the viewer selects the name fields alone.
const VIEWER_FIELDS = `
  user { username displayName }
  organisation { id name type registrationStatus }
  roles
  jurisdiction
  mustChangePassword
  idleTimeoutSeconds
`;

const AUTH_PAYLOAD_FIELDS = `
  accessToken
  expiresIn
  refreshToken
  mustChangePassword
  viewer { ${VIEWER_FIELDS} }
`;

const ORGANISATION_FIELDS = `
  id
  type
  name
  divisionCode
  division { code name fullName }
  uscc
  registeredAddress
  businessAddress
  contactName
  contactMobile
  contactEmail
  legalRepresentative
  legalRepresentativeMobile
  businessScope
  registrationStatus
  rejectionReason
  reviewedAt
  createdAt
  updatedAt
`;

/** Used by the session module with plain fetch (it must not go through the authenticated client). */
export const REFRESH_SESSION = `mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { ${AUTH_PAYLOAD_FIELDS} }
}`;
export const LOGOUT = `mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }`;

export const ViewerQuery = gql<{ viewer: Viewer | null }>(`query Viewer { viewer { ${VIEWER_FIELDS} } }`);

export const LoginWithPassword = gql<
  { loginWithPassword: AuthPayload },
  { username: string; password: string }
>(`mutation LoginWithPassword($username: String!, $password: String!) {
  loginWithPassword(username: $username, password: $password) { ${AUTH_PAYLOAD_FIELDS} }
}`);

export const RequestCertificateChallenge = gql<{ requestCertificateChallenge: CertificateChallenge }>(
  `mutation RequestCertificateChallenge { requestCertificateChallenge { id challenge expiresAt } }`,
);

export const LoginWithCertificate = gql<
  { loginWithCertificate: AuthPayload },
  { input: { challengeId: string; certificate: string; signature: string; algorithm: SignatureAlgorithm } }
>(`mutation LoginWithCertificate($input: CertificateLoginInput!) {
  loginWithCertificate(input: $input) { ${AUTH_PAYLOAD_FIELDS} }
}`);

export const ChangePassword = gql<
  { changePassword: AuthPayload },
  { currentPassword: string; newPassword: string }
>(`mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { ${AUTH_PAYLOAD_FIELDS} }
}`);

export const PasswordPolicyQuery = gql<{ passwordPolicy: PasswordPolicy }>(
  `query PasswordPolicy { passwordPolicy { minLength requiredClasses description idleTimeoutSeconds } }`,
);

export const DivisionsQuery = gql<{ divisions: Division[] }, { parent?: string | null }>(
  `query Divisions($parent: String) { divisions(parent: $parent) { code name level parentCode fullName } }`,
);

/** What an anonymous registrant may see of its own registration. */
export interface RegistrationReceipt {
  organisationId: string;
  name: string;
  uscc: string;
  username: string;
  registrationStatus: RegistrationStatus;
}

export const RegisterEnterprise = gql<
  { registerEnterprise: RegistrationReceipt },
  { input: { profile: EnterpriseProfile; username?: string | null; password: string } }
>(`mutation RegisterEnterprise($input: EnterpriseRegistrationInput!) {
  registerEnterprise(input: $input) { organisationId name uscc username registrationStatus }
}`);

export const MyOrganisation = gql<{ myOrganisation: Organisation | null }>(
  `query MyOrganisation { myOrganisation { ${ORGANISATION_FIELDS} } }`,
);

export const UpdateEnterpriseProfile = gql<
  { updateEnterpriseProfile: Organisation },
  { input: EnterpriseProfile }
>(`mutation UpdateEnterpriseProfile($input: EnterpriseProfileInput!) {
  updateEnterpriseProfile(input: $input) { ${ORGANISATION_FIELDS} }
}`);

export type OrganisationFilter = {
  type?: 'ENTERPRISE';
  status?: RegistrationStatus;
  divisionCode?: string;
  search?: string;
};

export const OrganisationsQuery = gql<
  { organisations: Page<Organisation> },
  { filter: OrganisationFilter; page: { page: number; pageSize: number } }
>(`query Organisations($filter: OrganisationFilter, $page: PageInput) {
  organisations(filter: $filter, page: $page) { items { ${ORGANISATION_FIELDS} } total page pageSize }
}`);

export const ApproveRegistration = gql<
  { approveRegistration: Pick<Organisation, 'id' | 'registrationStatus' | 'reviewedAt'> },
  { organisationId: string }
>(`mutation ApproveRegistration($organisationId: ID!) {
  approveRegistration(organisationId: $organisationId) { id registrationStatus rejectionReason reviewedAt }
}`);

export const RejectRegistration = gql<
  { rejectRegistration: Pick<Organisation, 'id' | 'registrationStatus' | 'reviewedAt'> },
  { organisationId: string; reason: string }
>(`mutation RejectRegistration($organisationId: ID!, $reason: String!) {
  rejectRegistration(organisationId: $organisationId, reason: $reason) { id registrationStatus rejectionReason reviewedAt }
}`);

export type AuditFilter = {
  type?: string;
  subject?: string;
  result?: 'SUCCESS' | 'FAILURE';
  from?: string;
  to?: string;
};

export const AuditRecordsQuery = gql<
  { auditRecords: Page<AuditRecord> },
  { filter: AuditFilter; page: { page: number; pageSize: number } }
>(`query AuditRecords($filter: AuditFilter, $page: PageInput) {
  auditRecords(filter: $filter, page: $page) { items { seq at type subject object result detail } total page pageSize }
}`);

export const AuditChainVerificationQuery = gql<{ auditChainVerification: AuditChainVerification }>(
  `query AuditChainVerification { auditChainVerification { intact recordsChecked firstBrokenSeq verifiedAt } }`,
);
