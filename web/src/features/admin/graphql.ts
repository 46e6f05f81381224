// 系统管理: organisations, users and roles, partnerships and API clients (identity; PLATFORM_ADMIN only).
import { graphql } from '../../gql/gql.ts';

/** One row of 机构管理. */
export const AdminOrganisationFields = graphql(`
  fragment AdminOrganisationFields on Organisation {
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
    contactName
    contactMobile
    registrationStatus
    createdAt
  }
`);

export const AdminOrganisationsQuery = graphql(`
  query AdminOrganisations($filter: OrganisationFilter, $page: PageInput) {
    organisations(filter: $filter, page: $page) {
      items {
        ...AdminOrganisationFields
      }
      total
      page
      pageSize
    }
  }
`);

export const PartnerFields = graphql(`
  fragment PartnerFields on Organisation {
    id
    type
    name
    uscc
    division {
      code
      fullName
    }
  }
`);

/** 机构详情: the whole profile (enterprises have more of it), its partners. */
export const AdminOrganisationQuery = graphql(`
  query AdminOrganisation($id: ID!) {
    organisation(id: $id) {
      ...OrganisationFields
      partners {
        ...PartnerFields
      }
    }
  }
`);

/** The insurers a broker may partner with (approved ones). */
export const InsurersQuery = graphql(`
  query Insurers {
    insurers {
      ...PartnerFields
    }
  }
`);

export const CreateOrganisation = graphql(`
  mutation CreateOrganisation($input: OrganisationInput!) {
    createOrganisation(input: $input) {
      ...AdminOrganisationFields
    }
  }
`);

export const SetPartnership = graphql(`
  mutation SetPartnership($brokerId: ID!, $insurerId: ID!, $active: Boolean!) {
    setPartnership(brokerId: $brokerId, insurerId: $insurerId, active: $active) {
      id
      partners {
        ...PartnerFields
      }
    }
  }
`);

/** One row of 用户管理. */
export const AdminUserFields = graphql(`
  fragment AdminUserFields on User {
    id
    username
    displayName
    mobile
    roles
    jurisdiction
    enabled
    lockedUntil
    mustChangePassword
    lastLoginAt
    createdAt
    organisation {
      id
      name
      type
    }
  }
`);

export const AdminUsersQuery = graphql(`
  query AdminUsers($organisationId: ID, $page: PageInput) {
    users(organisationId: $organisationId, page: $page) {
      items {
        ...AdminUserFields
      }
      total
      page
      pageSize
    }
  }
`);

export const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        ...AdminUserFields
      }
      initialPassword
    }
  }
`);

export const SetUserRoles = graphql(`
  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {
    setUserRoles(userId: $userId, roles: $roles) {
      ...AdminUserFields
    }
  }
`);

export const SetUserEnabled = graphql(`
  mutation SetUserEnabled($userId: ID!, $enabled: Boolean!) {
    setUserEnabled(userId: $userId, enabled: $enabled) {
      ...AdminUserFields
    }
  }
`);

export const UnlockUser = graphql(`
  mutation UnlockUser($userId: ID!) {
    unlockUser(userId: $userId) {
      ...AdminUserFields
    }
  }
`);

export const ResetPassword = graphql(`
  mutation ResetPassword($userId: ID!) {
    resetPassword(userId: $userId) {
      user {
        ...AdminUserFields
      }
      initialPassword
    }
  }
`);

export const ApiClientFields = graphql(`
  fragment ApiClientFields on ApiClient {
    id
    name
    clientId
    scopes
    jurisdiction
    revokedAt
    createdAt
  }
`);

export const ApiClientsQuery = graphql(`
  query ApiClients {
    apiClients {
      ...ApiClientFields
    }
  }
`);

export const CreateApiClient = graphql(`
  mutation CreateApiClient($input: ApiClientInput!) {
    createApiClient(input: $input) {
      client {
        ...ApiClientFields
      }
      clientSecret
    }
  }
`);

export const RevokeApiClient = graphql(`
  mutation RevokeApiClient($id: ID!) {
    revokeApiClient(id: $id) {
      ...ApiClientFields
    }
  }
`);
