// Operations against the underwriting subgraph (在线填报 → 复审 → 出单, 保单, 保单台帐, 事故预防费, 方案), through the
// gateway. The documents of an application and a policy are documents' Document entities: the gateway resolves them
// for viewers who may read them (null otherwise).
import { graphql } from '../../gql/gql.ts';
import type {
  ApplicationQuery as ApplicationResult,
  PolicyQuery as PolicyResult,
} from '../../gql/graphql.ts';

/** An application as ApplicationQuery reads it. */
export type Application = NonNullable<ApplicationResult['insuranceApplication']>;
/** A policy as PolicyQuery reads it. */
export type Policy = NonNullable<PolicyResult['policy']>;

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

/**
 * The seven documents of an application with what their previews need, spelt out in each: the gateway's static cost
 * multiplies every fragment level (a DocumentFields spread per slot would double the cost of 详情, close to its limit).
 */
export const ApplicationDocumentFields = graphql(`
  fragment ApplicationDocumentFields on ApplicationDocuments {
    businessLicense {
      id
      fileName
      size
      contentType
      uploadedAt
      downloadUrl
      thumbnailUrl
    }
    contract {
      id
      fileName
      size
      contentType
      uploadedAt
      downloadUrl
      thumbnailUrl
    }
    legalRepIdEmblem {
      id
      fileName
      size
      contentType
      uploadedAt
      downloadUrl
      thumbnailUrl
    }
    legalRepIdPortrait {
      id
      fileName
      size
      contentType
      uploadedAt
      downloadUrl
      thumbnailUrl
    }
    safetyLicense {
      id
      fileName
      size
      contentType
      uploadedAt
      downloadUrl
      thumbnailUrl
    }
    qualification {
      id
      fileName
      size
      contentType
      uploadedAt
      downloadUrl
      thumbnailUrl
    }
    agreement {
      id
      fileName
      size
      contentType
      uploadedAt
      downloadUrl
      thumbnailUrl
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

/**
 * The whole application: the form, 查看投保单, 详情 and 审核 read it. Inline rather than one fragment: the gateway's
 * static cost counts every fragment level (×2.25), and seven documents with their signed links are costly enough.
 */
/** 事故: the enterprise's accidents of the previous 12 months and the floating ratio they point to. */
export const ApplicationAccidentsQuery = graphql(`
  query ApplicationAccidents($id: ID!) {
    insuranceApplication(id: $id) {
      id
      proposedAccidentGrade
      proposedFloatingRatio
      accidents {
        claimId
        claimNumber
        policyNumber
        projectCode
        accidentDate
        categoryLabel
        gradeLabel
        deathCount
        injuredCount
        statusLabel
      }
    }
  }
`);

export const ApplicationQuery = graphql(`
  query Application($id: ID!) {
    insuranceApplication(id: $id) {
      ...ApplicationRowFields
      costYuan
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
        actionLabel
        at
        fromStatus
        toStatus
        note
      }
    }
  }
`);

/** What a write answers: the new version and state (the page reloads the rest). */
export const ApplicationStateFields = graphql(`
  fragment ApplicationStateFields on InsuranceApplication {
    id
    version
    status
    statusLabel
    contactPhone
    reviewOpinion
  }
`);

export const SaveApplication = graphql(`
  mutation SaveApplication($id: ID, $version: Int, $input: ApplicationInput!) {
    saveInsuranceApplication(id: $id, version: $version, input: $input) {
      ...ApplicationStateFields
    }
  }
`);

export const SubmitApplication = graphql(`
  mutation SubmitApplication($id: ID!, $version: Int!) {
    submitInsuranceApplication(id: $id, version: $version) {
      ...ApplicationStateFields
    }
  }
`);

export const WithdrawApplication = graphql(`
  mutation WithdrawApplication($id: ID!, $reason: String) {
    withdrawInsuranceApplication(id: $id, reason: $reason) {
      ...ApplicationStateFields
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

/** 保单详情: the policy, every file (the application's seven, 保单文件, 协议文件) and the 顺延 history. */
export const PolicyQuery = graphql(`
  query Policy($id: ID!) {
    policy(id: $id) {
      ...PolicyRowFields
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
      extensions {
        id
        fromExpiryDate
        toExpiryDate
        reason
        at
      }
      application {
        id
        investmentWan
      }
    }
  }
`);

/** The application's documents of a policy (its own query: within the policy they would cost too much). */
export const ApplicationDocumentsQuery = graphql(`
  query ApplicationDocuments($id: ID!) {
    insuranceApplication(id: $id) {
      id
      documents {
        ...ApplicationDocumentFields
      }
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
      ...ApplicationStateFields
    }
  }
`);

export const IssuePolicy = graphql(`
  mutation IssuePolicy($applicationId: ID!, $version: Int!, $input: IssuePolicyInput!) {
    issuePolicy(applicationId: $applicationId, version: $version, input: $input) {
      id
      policyNumber
    }
  }
`);

export const ExtendPolicy = graphql(`
  mutation ExtendPolicy($policyId: ID!, $input: ExtendPolicyInput!) {
    extendPolicy(policyId: $policyId, input: $input) {
      id
      expiryDate
    }
  }
`);

export const RevealApplicationContact = graphql(`
  mutation RevealApplicationContact($id: ID!) {
    revealApplicationContact(id: $id)
  }
`);

/** 提交 (出单): the application and the plans in force. */
export const IssueFormQuery = graphql(`
  query IssueForm($id: ID!) {
    insuranceApplication(id: $id) {
      id
      version
      status
      statusLabel
      projectId
      projectName
      projectCode
      enterpriseName
      quoteYuan
      floatingRatio
      plan {
        ...PlanFields
      }
    }
    insurancePlans {
      ...PlanFields
    }
  }
`);

/**
 * 建设单位 and 计划竣工日期 for 提交, where the viewer may read the project (projects decides; an insurer may not): a
 * query of its own, so a project out of reach leaves the application readable.
 */
export const IssueProjectQuery = graphql(`
  query IssueProject($id: ID!) {
    project(id: $id) {
      id
      ownerUnit
      plannedEnd
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
