// 注册审核 and the regulator's 企业信息: organisations and the review of their registration (identity).
import { graphql } from '../../gql/gql.ts';

export const RegistrationReviewFields = graphql(`
  fragment RegistrationReviewFields on Organisation {
    id
    registrationStatus
    rejectionReason
    reviewedAt
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
