// 企业信息: the enterprise's own registered profile (identity).
import { graphql } from '../../gql/gql.ts';

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

/** 查看完整信息 of the own contacts (masked everywhere else, PIPL): what 进入编辑 fills the form with; audited. */
export const RevealContact = graphql(`
  mutation RevealContact($organisationId: ID!) {
    revealContact(organisationId: $organisationId) {
      organisationId
      contactMobile
      contactEmail
      legalRepresentativeMobile
    }
  }
`);
