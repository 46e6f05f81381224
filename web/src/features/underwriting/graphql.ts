// Operations against the underwriting subgraph (在线填报 → 复审 → 出单, 保单, 保单台帐, 事故预防费, 方案), through the
// gateway. The documents of an application and a policy are documents' Document entities: the gateway resolves them
// for viewers who may read them (null otherwise).
import { graphql } from '../../gql/gql.ts';

export const PlanFields = graphql(`
  fragment PlanFields on InsurancePlan {
    id
    provinceCode
    code
    name
    label
    version
    effectiveFrom
    effectiveTo
    deathDisabilityLimitYuan
    medicalLimitYuan
    perAccidentLimitYuan
    cumulativeLimitYuan
    rateTiers {
      upToYuan
      rate
      rateLabel
    }
    minimumPremiumYuan
    plausibleMaximumPremiumYuan
    floatingRates {
      accidentGrade
      label
      ratio
    }
    floatingFloor
    floatingCap
    description
    createdAt
  }
`);

export const QuoteFields = graphql(`
  fragment QuoteFields on PremiumQuote {
    planId
    costYuan
    rate
    rateLabel
    floatingRatio
    computedYuan
    premiumYuan
    minimumApplied
    implausible
  }
`);

/** A row of 投保信息 (and of the enterprise's 在线填报 list). */
export const ApplicationRowFields = graphql(`
  fragment ApplicationRowFields on InsuranceApplication {
    id
    projectId
    projectName
    projectCode
    investmentWan
    enterpriseName
    contactPhone
    insurerName
    brokerName
    plan {
      id
      code
      name
      label
    }
    status
    statusLabel
    quoteYuan
    implausible
    overdue
    submittedAt
    reviewDueAt
    createdAt
    updatedAt
    version
  }
`);

export const ApplicationDocumentFields = graphql(`
  fragment ApplicationDocumentFields on ApplicationDocuments {
    businessLicense {
      ...DocumentFields
    }
    contract {
      ...DocumentFields
    }
    legalRepIdEmblem {
      ...DocumentFields
    }
    legalRepIdPortrait {
      ...DocumentFields
    }
    safetyLicense {
      ...DocumentFields
    }
    qualification {
      ...DocumentFields
    }
    agreement {
      ...DocumentFields
    }
  }
`);

/** The whole application: the form, 详情, 审核 and 提交 read it. */
export const ApplicationFields = graphql(`
  fragment ApplicationFields on InsuranceApplication {
    ...ApplicationRowFields
    costYuan
    divisionCode
    organisationId
    enterpriseUscc
    insurerId
    brokerId
    plan {
      ...PlanFields
    }
    documents {
      ...ApplicationDocumentFields
    }
    agreementAccepted
    floatingRatio
    floatingReason
    reviewOpinion
    reviewedAt
    policy {
      id
      policyNumber
    }
    history {
      id
      action
      actionLabel
      at
      actorUserId
      actorOrganisationId
      fromStatus
      toStatus
      note
    }
  }
`);

/** A row of 保单信息 and of the enterprise's 保单. */
export const PolicyRowFields = graphql(`
  fragment PolicyRowFields on Policy {
    id
    applicationId
    projectId
    policyNumber
    ownerUnit
    projectName
    projectCode
    enterpriseName
    insurerName
    brokerName
    plan {
      id
      code
      name
      label
    }
    premiumYuan
    implausible
    effectiveDate
    expiryDate
    status
    statusLabel
    renewalDue
    coverageShort
    issuedAt
    ledgerNumber
    application {
      id
      contactPhone
    }
  }
`);

export const PolicyFields = graphql(`
  fragment PolicyFields on Policy {
    ...PolicyRowFields
    divisionCode
    premiumReason
    quoteYuan
    plan {
      ...PlanFields
    }
    policyDocument {
      ...DocumentFields
    }
    agreementDocument {
      ...DocumentFields
    }
    preventionBudgetYuan
    preventionSpentYuan
    preventionRemainingYuan
    extensions {
      id
      fromExpiryDate
      toExpiryDate
      reason
      at
      actorUserId
    }
    application {
      id
      investmentWan
      documents {
        ...ApplicationDocumentFields
      }
    }
  }
`);

// --- 在线填报 (enterprise) -------------------------------------------------------------------------------------------

/** What the form offers: the insurers with their partner brokers, and the plans in force. */
export const ApplicationOptionsQuery = graphql(`
  query ApplicationOptions {
    underwritingInsurers {
      id
      name
      brokers {
        id
        name
      }
    }
    insurancePlans {
      ...PlanFields
    }
  }
`);

/** The project the form is for (name, code, amounts, 计划竣工日期) and its insurance. */
export const ApplicationProjectQuery = graphql(`
  query ApplicationProject($id: ID!) {
    project(id: $id) {
      id
      name
      code
      divisionCode
      costYuan
      investmentWan
      ownerUnit
      plannedStart
      plannedEnd
      status
      statusLabel
      insurance {
        status
        statusLabel
        canApply
        application {
          id
          status
        }
      }
    }
  }
`);

export const PremiumQuoteQuery = graphql(`
  query PremiumQuote($projectId: ID!, $planId: ID!, $floatingRatio: String) {
    premiumQuote(projectId: $projectId, planId: $planId, floatingRatio: $floatingRatio) {
      ...QuoteFields
    }
  }
`);

export const ApplicationQuery = graphql(`
  query Application($id: ID!) {
    insuranceApplication(id: $id) {
      ...ApplicationFields
    }
  }
`);

export const SaveApplication = graphql(`
  mutation SaveApplication($id: ID, $version: Int, $input: ApplicationInput!) {
    saveInsuranceApplication(id: $id, version: $version, input: $input) {
      ...ApplicationFields
    }
  }
`);

export const SubmitApplication = graphql(`
  mutation SubmitApplication($id: ID!, $version: Int!) {
    submitInsuranceApplication(id: $id, version: $version) {
      ...ApplicationFields
    }
  }
`);

export const WithdrawApplication = graphql(`
  mutation WithdrawApplication($id: ID!, $reason: String) {
    withdrawInsuranceApplication(id: $id, reason: $reason) {
      ...ApplicationFields
    }
  }
`);

// --- Lists -----------------------------------------------------------------------------------------------------

export const ApplicationsQuery = graphql(`
  query Applications($filter: ApplicationFilter, $page: PageInput) {
    insuranceApplications(filter: $filter, page: $page) {
      items {
        ...ApplicationRowFields
      }
      total
      page
      pageSize
      statusCounts {
        status
        label
        count
      }
    }
  }
`);

export const PoliciesQuery = graphql(`
  query Policies($filter: PolicyFilter, $page: PageInput) {
    policies(filter: $filter, page: $page) {
      items {
        ...PolicyRowFields
        policyDocument {
          ...DocumentFields
        }
        agreementDocument {
          ...DocumentFields
        }
      }
      total
      page
      pageSize
    }
  }
`);

export const PolicyQuery = graphql(`
  query Policy($id: ID!) {
    policy(id: $id) {
      ...PolicyFields
    }
  }
`);

export const LedgerQuery = graphql(`
  query Ledger($filter: LedgerFilter, $page: PageInput) {
    policyLedger(filter: $filter, page: $page) {
      items {
        id
        ledgerNumber
        createdAt
        enterpriseName
        projectName
        contactPhone
        planLabel
        policyNumber
        premiumYuan
        implausible
        policyId
        insurerName
        brokerName
      }
      total
      page
      pageSize
    }
  }
`);

// --- 审核, 出单, 顺延, 联系电话 (insurer) ---------------------------------------------------------------------------

export const ReviewApplication = graphql(`
  mutation ReviewApplication($id: ID!, $version: Int!, $input: ReviewInput!) {
    reviewInsuranceApplication(id: $id, version: $version, input: $input) {
      ...ApplicationFields
    }
  }
`);

export const IssuePolicy = graphql(`
  mutation IssuePolicy($applicationId: ID!, $version: Int!, $input: IssuePolicyInput!) {
    issuePolicy(applicationId: $applicationId, version: $version, input: $input) {
      ...PolicyFields
    }
  }
`);

export const ExtendPolicy = graphql(`
  mutation ExtendPolicy($policyId: ID!, $input: ExtendPolicyInput!) {
    extendPolicy(policyId: $policyId, input: $input) {
      ...PolicyFields
    }
  }
`);

export const RevealApplicationContact = graphql(`
  mutation RevealApplicationContact($id: ID!) {
    revealApplicationContact(id: $id)
  }
`);

/** 提交 (出单): the application and its project (建设单位, 计划竣工日期). */
export const IssueFormQuery = graphql(`
  query IssueForm($id: ID!) {
    insuranceApplication(id: $id) {
      ...ApplicationFields
      project {
        id
        ownerUnit
        plannedStart
        plannedEnd
      }
    }
    insurancePlans {
      ...PlanFields
    }
  }
`);

// --- 事故预防费 ----------------------------------------------------------------------------------------------------

export const PreventionFeeQuery = graphql(`
  query PreventionFee($policyId: ID!) {
    preventionFeeLedger(policyId: $policyId) {
      budgetYuan
      share
      spentYuan
      remainingYuan
      entries {
        id
        date
        serviceItem
        serviceItemLabel
        amountYuan
        evidence {
          ...DocumentFields
        }
        note
        recordedAt
      }
    }
    preventionServiceItems {
      code
      label
    }
  }
`);

export const RecordPreventionFee = graphql(`
  mutation RecordPreventionFee($policyId: ID!, $input: PreventionFeeInput!) {
    recordPreventionFee(policyId: $policyId, input: $input) {
      id
    }
  }
`);

// --- 方案管理 (platform admin) -------------------------------------------------------------------------------------

export const PlansQuery = graphql(`
  query Plans($provinceCode: String) {
    insurancePlans(provinceCode: $provinceCode, includeHistory: true) {
      ...PlanFields
    }
  }
`);

export const PublishPlan = graphql(`
  mutation PublishPlan($input: InsurancePlanInput!) {
    publishInsurancePlan(input: $input) {
      ...PlanFields
    }
  }
`);

export const RetirePlan = graphql(`
  mutation RetirePlan($id: ID!, $lastDay: Date!) {
    retireInsurancePlan(id: $id, lastDay: $lastDay) {
      ...PlanFields
    }
  }
`);
