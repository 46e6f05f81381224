// Operations against the claims subgraph (理赔), through the gateway: the claims of a policy with 累计金额 and its
// limits (保单信息 › 理赔), the lists (理赔信息), one claim with its history and corrections, and every transition.
// Each mutation carries an Idempotency-Key (shared/graphql/client.ts), so a repeated 确定 answers the first claim.
import { graphql } from '../../gql/gql.ts';
import type { ClaimPolicyQuery as ClaimPolicyResult, ClaimQuery as ClaimResult } from '../../gql/graphql.ts';

export type ClaimPolicy = NonNullable<ClaimPolicyResult['claimPolicy']>;
export type ClaimRow = ClaimPolicy['claims'][number];
export type ClaimDetail = NonNullable<ClaimResult['claim']>;

/** A claim as the lists and the transition dialogs need it. */
export const ClaimRowFields = graphql(`
  fragment ClaimRowFields on Claim {
    id
    claimNumber
    policyId
    policyNumber
    projectName
    projectCode
    divisionCode
    status
    statusLabel
    accidentDate
    categoryCode
    categoryLabel
    injuredCount
    deathCount
    estimatedLossYuan
    settledAmountYuan
    settledDate
    reportedDate
    grade
    gradeLabel
    lateReported
    likelyDuplicate
    overdue
    supplementRequested
    supplementNote
    version
  }
`);

export const ClaimPolicyQuery = graphql(`
  query ClaimPolicy($policyId: ID!) {
    claimPolicy(policyId: $policyId) {
      policyId
      policyNumber
      projectName
      projectCode
      effectiveDate
      expiryDate
      deathDisabilityLimitYuan
      medicalLimitYuan
      perAccidentLimitYuan
      cumulativeLimitYuan
      settledTotalYuan
      claims {
        ...ClaimRowFields
      }
    }
  }
`);

export const ClaimsQuery = graphql(`
  query Claims($filter: ClaimFilter, $page: ClaimPageInput) {
    claims(filter: $filter, page: $page) {
      items {
        ...ClaimRowFields
      }
      total
      page
      pageSize
    }
  }
`);

export const ClaimQuery = graphql(`
  query Claim($id: ID!) {
    claim(id: $id) {
      ...ClaimRowFields
      accidentPlace
      description
      categoryStandard
      directLossYuan
      declineReason
      remark
      acceptedAt
      decisionDueAt
      reportedBy
      createdAt
      history {
        id
        actionLabel
        at
        fromStatus
        toStatus
        note
      }
      corrections {
        id
        label
        from
        to
        reason
        at
      }
    }
  }
`);

/** 事故类别 of the standard in use, and the rules the form shows (备注 at most N characters). */
export const ClaimFormOptionsQuery = graphql(`
  query ClaimFormOptions {
    accidentCategories {
      standard
      code
      label
    }
    claimSettings {
      categoryStandard
      reportingDays
      remarkMaxLength
    }
  }
`);

export const ReportClaim = graphql(`
  mutation ReportClaim($input: ReportClaimInput!) {
    reportClaim(input: $input) {
      ...ClaimRowFields
    }
  }
`);

export const AcceptClaim = graphql(`
  mutation AcceptClaim($id: ID!, $version: Int!) {
    acceptClaim(id: $id, version: $version) {
      ...ClaimRowFields
    }
  }
`);

export const RequestClaimSupplement = graphql(`
  mutation RequestClaimSupplement($id: ID!, $version: Int!, $note: String!) {
    requestClaimSupplement(id: $id, version: $version, note: $note) {
      ...ClaimRowFields
    }
  }
`);

export const ProvideClaimSupplement = graphql(`
  mutation ProvideClaimSupplement($id: ID!, $version: Int!, $note: String!) {
    provideClaimSupplement(id: $id, version: $version, note: $note) {
      ...ClaimRowFields
    }
  }
`);

export const SettleClaim = graphql(`
  mutation SettleClaim($id: ID!, $version: Int!, $input: SettleClaimInput!) {
    settleClaim(id: $id, version: $version, input: $input) {
      ...ClaimRowFields
    }
  }
`);

export const DeclineClaim = graphql(`
  mutation DeclineClaim($id: ID!, $version: Int!, $reason: String!) {
    declineClaim(id: $id, version: $version, reason: $reason) {
      ...ClaimRowFields
    }
  }
`);

export const ReopenClaim = graphql(`
  mutation ReopenClaim($id: ID!, $version: Int!, $reason: String!) {
    reopenClaim(id: $id, version: $version, reason: $reason) {
      ...ClaimRowFields
    }
  }
`);

export const CorrectClaim = graphql(`
  mutation CorrectClaim($id: ID!, $version: Int!, $input: CorrectClaimInput!) {
    correctClaim(id: $id, version: $version, input: $input) {
      ...ClaimRowFields
    }
  }
`);

/** 保险机构 for the regulator's filter. */
export const ClaimInsurersQuery = graphql(`
  query ClaimInsurers {
    insurers {
      id
      name
    }
  }
`);

/** 施工企业 for the regulator's filter: found by part of the name or 统一社会信用代码. */
export const ClaimEnterprisesQuery = graphql(`
  query ClaimEnterprises($search: String) {
    organisations(filter: { type: ENTERPRISE, search: $search }, page: { page: 1, pageSize: 20 }) {
      items {
        id
        name
      }
    }
  }
`);
