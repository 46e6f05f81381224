// Operations against the identity subgraph, through the gateway at /graphql. Every document is a literal graphql()
// call: `npm run codegen` reads them and generates their result and variable types into ../gql/, so urql infers both.
// Shared selections are fragments (spread by name), never interpolated strings.
import { graphql } from '../gql/gql.ts';

// User.id is readable by PLATFORM_ADMIN only, so the viewer selects the name fields alone.
export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    user {
      username
      displayName
    }
    organisation {
      id
      name
      type
      registrationStatus
    }
    roles
    jurisdiction
    mustChangePassword
    idleTimeoutSeconds
  }
`);

export const AuthPayloadFields = graphql(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    expiresIn
    refreshToken
    mustChangePassword
    viewer {
      ...ViewerFields
    }
  }
`);

export const OrganisationFields = graphql(`
  fragment OrganisationFields on Organisation {
    id
    type
    name
    divisionCode
    division {
      code
      name
      fullName
    }
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
  }
`);

export const RegistrationReviewFields = graphql(`
  fragment RegistrationReviewFields on Organisation {
    id
    registrationStatus
    rejectionReason
    reviewedAt
  }
`);

/** Used by the session module with plain fetch (it must not go through the authenticated client). */
export const RefreshSession = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...AuthPayloadFields
    }
  }
`);

/** Used by the session module with plain fetch, like RefreshSession. */
export const Logout = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

export const LoginWithPassword = graphql(`
  mutation LoginWithPassword($username: String!, $password: String!, $secondFactor: CertificateLoginInput) {
    loginWithPassword(username: $username, password: $password, secondFactor: $secondFactor) {
      ...AuthPayloadFields
    }
  }
`);

export const RequestCertificateChallenge = graphql(`
  mutation RequestCertificateChallenge {
    requestCertificateChallenge {
      id
      challenge
      expiresAt
    }
  }
`);

export const LoginWithCertificate = graphql(`
  mutation LoginWithCertificate($input: CertificateLoginInput!) {
    loginWithCertificate(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const ChangePassword = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ...AuthPayloadFields
    }
  }
`);

export const PasswordPolicyQuery = graphql(`
  query PasswordPolicy {
    passwordPolicy {
      minLength
      requiredClasses
      description
      idleTimeoutSeconds
    }
  }
`);

export const DivisionsQuery = graphql(`
  query Divisions($parent: String) {
    divisions(parent: $parent) {
      code
      name
      level
      parentCode
      fullName
    }
  }
`);

/** What an anonymous registrant may see of its own registration. */
export const RegisterEnterprise = graphql(`
  mutation RegisterEnterprise($input: EnterpriseRegistrationInput!) {
    registerEnterprise(input: $input) {
      organisationId
      name
      uscc
      username
      registrationStatus
    }
  }
`);

export const MyOrganisation = graphql(`
  query MyOrganisation {
    myOrganisation {
      ...OrganisationFields
    }
  }
`);

export const UpdateEnterpriseProfile = graphql(`
  mutation UpdateEnterpriseProfile($input: EnterpriseProfileInput!) {
    updateEnterpriseProfile(input: $input) {
      ...OrganisationFields
    }
  }
`);

export const OrganisationsQuery = graphql(`
  query Organisations($filter: OrganisationFilter, $page: PageInput) {
    organisations(filter: $filter, page: $page) {
      items {
        ...OrganisationFields
      }
      total
      page
      pageSize
    }
  }
`);

export const ApproveRegistration = graphql(`
  mutation ApproveRegistration($organisationId: ID!) {
    approveRegistration(organisationId: $organisationId) {
      ...RegistrationReviewFields
    }
  }
`);

export const RejectRegistration = graphql(`
  mutation RejectRegistration($organisationId: ID!, $reason: String!) {
    rejectRegistration(organisationId: $organisationId, reason: $reason) {
      ...RegistrationReviewFields
    }
  }
`);

export const AuditRecordsQuery = graphql(`
  query AuditRecords($filter: AuditFilter, $page: PageInput) {
    auditRecords(filter: $filter, page: $page) {
      items {
        seq
        at
        type
        subject
        object
        result
        detail
      }
      total
      page
      pageSize
    }
  }
`);

export const AuditChainVerificationQuery = graphql(`
  query AuditChainVerification {
    auditChainVerification {
      intact
      recordsChecked
      firstBrokenSeq
      verifiedAt
    }
  }
`);
