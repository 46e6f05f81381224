/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AdminOrganisationFields on Organisation {\n    id\n    type\n    name\n    divisionCode\n    division {\n      code\n      name\n      fullName\n    }\n    uscc\n    contactName\n    contactMobile\n    registrationStatus\n    createdAt\n  }\n": typeof types.AdminOrganisationFieldsFragmentDoc,
    "\n  query AdminOrganisations($filter: OrganisationFilter, $page: PageInput) {\n    organisations(filter: $filter, page: $page) {\n      items {\n        ...AdminOrganisationFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.AdminOrganisationsDocument,
    "\n  fragment PartnerFields on Organisation {\n    id\n    type\n    name\n    uscc\n    division {\n      code\n      fullName\n    }\n  }\n": typeof types.PartnerFieldsFragmentDoc,
    "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n      partners {\n        ...PartnerFields\n      }\n    }\n  }\n": typeof types.AdminOrganisationDocument,
    "\n  query Insurers {\n    insurers {\n      ...PartnerFields\n    }\n  }\n": typeof types.InsurersDocument,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...AdminOrganisationFields\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation SetPartnership($brokerId: ID!, $insurerId: ID!, $active: Boolean!) {\n    setPartnership(brokerId: $brokerId, insurerId: $insurerId, active: $active) {\n      id\n      partners {\n        ...PartnerFields\n      }\n    }\n  }\n": typeof types.SetPartnershipDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    username\n    displayName\n    mobile\n    roles\n    jurisdiction\n    enabled\n    lockedUntil\n    mustChangePassword\n    lastLoginAt\n    createdAt\n    organisation {\n      id\n      name\n      type\n    }\n  }\n": typeof types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers($organisationId: ID, $page: PageInput) {\n    users(organisationId: $organisationId, page: $page) {\n      items {\n        ...AdminUserFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...AdminUserFields\n      }\n      initialPassword\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.SetUserRolesDocument,
    "\n  mutation SetUserEnabled($userId: ID!, $enabled: Boolean!) {\n    setUserEnabled(userId: $userId, enabled: $enabled) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.SetUserEnabledDocument,
    "\n  mutation UnlockUser($userId: ID!) {\n    unlockUser(userId: $userId) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      user {\n        ...AdminUserFields\n      }\n      initialPassword\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment ApiClientFields on ApiClient {\n    id\n    name\n    clientId\n    scopes\n    jurisdiction\n    revokedAt\n    createdAt\n  }\n": typeof types.ApiClientFieldsFragmentDoc,
    "\n  query ApiClients {\n    apiClients {\n      ...ApiClientFields\n    }\n  }\n": typeof types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: ApiClientInput!) {\n    createApiClient(input: $input) {\n      client {\n        ...ApiClientFields\n      }\n      clientSecret\n    }\n  }\n": typeof types.CreateApiClientDocument,
    "\n  mutation RevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) {\n      ...ApiClientFields\n    }\n  }\n": typeof types.RevokeApiClientDocument,
    "\n  query AuditRecords($filter: AuditFilter, $page: PageInput) {\n    auditRecords(filter: $filter, page: $page) {\n      items {\n        seq\n        at\n        type\n        subject\n        object\n        result\n        detail\n        hash\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.AuditRecordsDocument,
    "\n  query AuditChainVerification {\n    auditChainVerification {\n      intact\n      recordsChecked\n      firstBrokenSeq\n      verifiedAt\n    }\n  }\n": typeof types.AuditChainVerificationDocument,
    "\n  query AuditTypes {\n    auditTypes\n  }\n": typeof types.AuditTypesDocument,
    "\n  mutation LoginWithPassword($username: String!, $password: String!, $secondFactor: CertificateLoginInput) {\n    loginWithPassword(username: $username, password: $password, secondFactor: $secondFactor) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LoginWithPasswordDocument,
    "\n  mutation RequestCertificateChallenge {\n    requestCertificateChallenge {\n      id\n      challenge\n      expiresAt\n    }\n  }\n": typeof types.RequestCertificateChallengeDocument,
    "\n  mutation LoginWithCertificate($input: CertificateLoginInput!) {\n    loginWithCertificate(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LoginWithCertificateDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      requiredClasses\n      description\n      idleTimeoutSeconds\n    }\n  }\n": typeof types.PasswordPolicyDocument,
    "\n  mutation RegisterEnterprise($input: EnterpriseRegistrationInput!) {\n    registerEnterprise(input: $input) {\n      organisationId\n      name\n      uscc\n      username\n      registrationStatus\n    }\n  }\n": typeof types.RegisterEnterpriseDocument,
    "\n  fragment ClaimRowFields on Claim {\n    id\n    claimNumber\n    policyId\n    policyNumber\n    projectName\n    projectCode\n    divisionCode\n    status\n    statusLabel\n    accidentDate\n    categoryCode\n    categoryLabel\n    injuredCount\n    deathCount\n    estimatedLossYuan\n    settledAmountYuan\n    settledDate\n    reportedDate\n    grade\n    gradeLabel\n    lateReported\n    likelyDuplicate\n    overdue\n    supplementRequested\n    supplementNote\n    version\n  }\n": typeof types.ClaimRowFieldsFragmentDoc,
    "\n  query ClaimPolicy($policyId: ID!) {\n    claimPolicy(policyId: $policyId) {\n      policyId\n      policyNumber\n      projectName\n      projectCode\n      effectiveDate\n      expiryDate\n      deathDisabilityLimitYuan\n      medicalLimitYuan\n      perAccidentLimitYuan\n      cumulativeLimitYuan\n      settledTotalYuan\n      claims {\n        ...ClaimRowFields\n      }\n    }\n  }\n": typeof types.ClaimPolicyDocument,
    "\n  query Claims($filter: ClaimFilter, $page: ClaimPageInput) {\n    claims(filter: $filter, page: $page) {\n      items {\n        ...ClaimRowFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.ClaimsDocument,
    "\n  query Claim($id: ID!) {\n    claim(id: $id) {\n      ...ClaimRowFields\n      accidentPlace\n      description\n      categoryStandard\n      directLossYuan\n      declineReason\n      remark\n      acceptedAt\n      decisionDueAt\n      reportedBy\n      createdAt\n      history {\n        id\n        actionLabel\n        at\n        fromStatus\n        toStatus\n        note\n      }\n      corrections {\n        id\n        label\n        from\n        to\n        reason\n        at\n      }\n    }\n  }\n": typeof types.ClaimDocument,
    "\n  query ClaimFormOptions {\n    accidentCategories {\n      standard\n      code\n      label\n    }\n    claimSettings {\n      categoryStandard\n      reportingDays\n      remarkMaxLength\n    }\n  }\n": typeof types.ClaimFormOptionsDocument,
    "\n  mutation ReportClaim($input: ReportClaimInput!) {\n    reportClaim(input: $input) {\n      ...ClaimRowFields\n    }\n  }\n": typeof types.ReportClaimDocument,
    "\n  mutation AcceptClaim($id: ID!, $version: Int!) {\n    acceptClaim(id: $id, version: $version) {\n      ...ClaimRowFields\n    }\n  }\n": typeof types.AcceptClaimDocument,
    "\n  mutation RequestClaimSupplement($id: ID!, $version: Int!, $note: String!) {\n    requestClaimSupplement(id: $id, version: $version, note: $note) {\n      ...ClaimRowFields\n    }\n  }\n": typeof types.RequestClaimSupplementDocument,
    "\n  mutation ProvideClaimSupplement($id: ID!, $version: Int!, $note: String!) {\n    provideClaimSupplement(id: $id, version: $version, note: $note) {\n      ...ClaimRowFields\n    }\n  }\n": typeof types.ProvideClaimSupplementDocument,
    "\n  mutation SettleClaim($id: ID!, $version: Int!, $input: SettleClaimInput!) {\n    settleClaim(id: $id, version: $version, input: $input) {\n      ...ClaimRowFields\n    }\n  }\n": typeof types.SettleClaimDocument,
    "\n  mutation DeclineClaim($id: ID!, $version: Int!, $reason: String!) {\n    declineClaim(id: $id, version: $version, reason: $reason) {\n      ...ClaimRowFields\n    }\n  }\n": typeof types.DeclineClaimDocument,
    "\n  mutation ReopenClaim($id: ID!, $version: Int!, $reason: String!) {\n    reopenClaim(id: $id, version: $version, reason: $reason) {\n      ...ClaimRowFields\n    }\n  }\n": typeof types.ReopenClaimDocument,
    "\n  mutation CorrectClaim($id: ID!, $version: Int!, $input: CorrectClaimInput!) {\n    correctClaim(id: $id, version: $version, input: $input) {\n      ...ClaimRowFields\n    }\n  }\n": typeof types.CorrectClaimDocument,
    "\n  query ClaimInsurers {\n    insurers {\n      id\n      name\n    }\n  }\n": typeof types.ClaimInsurersDocument,
    "\n  query ClaimEnterprises($search: String) {\n    organisations(filter: { type: ENTERPRISE, search: $search }, page: { page: 1, pageSize: 20 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ClaimEnterprisesDocument,
    "\n  fragment DivisionMetricsFields on DivisionMetrics {\n    divisionCode\n    divisionName\n    level\n    projectTotal\n    enterprisesWithProjects\n    registeredEnterprises\n    registrationRatio {\n      numerator\n      denominator\n      percentage\n    }\n    insuredProjects\n    insuranceRatio {\n      numerator\n      denominator\n      percentage\n    }\n    claimCount\n    claimAmountYuan\n  }\n": typeof types.DivisionMetricsFieldsFragmentDoc,
    "\n  query RegulatorMetrics($divisionCode: String) {\n    regulatorMetrics(divisionCode: $divisionCode) {\n      divisionCode\n      divisionName\n      level\n      projectTotal\n      enterprisesWithProjects\n      registeredEnterprises\n      registrationRatio {\n        numerator\n        denominator\n        percentage\n      }\n      insuredProjects\n      insuranceRatio {\n        numerator\n        denominator\n        percentage\n      }\n      claimCount\n      claimAmountYuan\n      children {\n        ...DivisionMetricsFields\n      }\n      freshness {\n        lastEventOccurredAt\n        lastAppliedAt\n        lagSeconds\n        pending\n      }\n    }\n  }\n": typeof types.RegulatorMetricsDocument,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    type\n    name\n    divisionCode\n    division {\n      code\n      name\n      fullName\n    }\n    uscc\n    registeredAddress\n    businessAddress\n    contactName\n    contactMobile\n    contactEmail\n    legalRepresentative\n    legalRepresentativeMobile\n    businessScope\n    registrationStatus\n    rejectionReason\n    reviewedAt\n    createdAt\n    updatedAt\n  }\n": typeof types.OrganisationFieldsFragmentDoc,
    "\n  query MyOrganisation {\n    myOrganisation {\n      ...OrganisationFields\n    }\n  }\n": typeof types.MyOrganisationDocument,
    "\n  mutation UpdateEnterpriseProfile($input: EnterpriseProfileInput!) {\n    updateEnterpriseProfile(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.UpdateEnterpriseProfileDocument,
    "\n  mutation RevealContact($organisationId: ID!) {\n    revealContact(organisationId: $organisationId) {\n      organisationId\n      contactMobile\n      contactEmail\n      legalRepresentativeMobile\n    }\n  }\n": typeof types.RevealContactDocument,
    "\n  fragment RegistrationReviewFields on Organisation {\n    id\n    registrationStatus\n    rejectionReason\n    reviewedAt\n  }\n": typeof types.RegistrationReviewFieldsFragmentDoc,
    "\n  query Organisations($filter: OrganisationFilter, $page: PageInput) {\n    organisations(filter: $filter, page: $page) {\n      items {\n        ...OrganisationFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  mutation ApproveRegistration($organisationId: ID!) {\n    approveRegistration(organisationId: $organisationId) {\n      ...RegistrationReviewFields\n    }\n  }\n": typeof types.ApproveRegistrationDocument,
    "\n  mutation RejectRegistration($organisationId: ID!, $reason: String!) {\n    rejectRegistration(organisationId: $organisationId, reason: $reason) {\n      ...RegistrationReviewFields\n    }\n  }\n": typeof types.RejectRegistrationDocument,
    "\n  fragment ProjectFields on Project {\n    id\n    name\n    code\n    divisionCode\n    address\n    detailAddress\n    longitude\n    latitude\n    costYuan\n    investmentWan\n    ownerUnit\n    constructorName\n    constructorUscc\n    category\n    categoryLabel\n    durationDays\n    plannedStart\n    plannedEnd\n    status\n    statusLabel\n    createdAt\n    updatedAt\n    version\n  }\n": typeof types.ProjectFieldsFragmentDoc,
    "\n  fragment MajorHazardFields on MajorHazardSource {\n    id\n    projectId\n    type\n    typeLabel\n    location\n    controlMeasures\n    responsiblePerson\n    responsiblePhone\n    periodStart\n    periodEnd\n    version\n  }\n": typeof types.MajorHazardFieldsFragmentDoc,
    "\n  fragment ProjectWarningFields on ProjectWarning {\n    code\n    message\n    field\n  }\n": typeof types.ProjectWarningFieldsFragmentDoc,
    "\n  query MyProjects($filter: ProjectFilter, $sort: ProjectSort, $page: PageInput) {\n    myProjects(filter: $filter, sort: $sort, page: $page) {\n      items {\n        ...ProjectFields\n        # 投保状态 and 填报 / 查看投保单 (underwriting, through federation).\n        insurance {\n          status\n          statusLabel\n          canApply\n          application {\n            id\n            status\n          }\n        }\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.MyProjectsDocument,
    "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n      majorHazards {\n        ...MajorHazardFields\n      }\n      history {\n        id\n        action\n        at\n        actorUserId\n        actorOrganisationId\n        operator {\n          username\n          displayName\n        }\n        reason\n        majorHazardId\n        changes {\n          field\n          label\n          from\n          to\n        }\n      }\n    }\n  }\n": typeof types.ProjectDocument,
    "\n  query ProjectDictionaries {\n    projectCategories {\n      value\n      label\n    }\n    majorHazardTypes {\n      value\n      label\n    }\n  }\n": typeof types.ProjectDictionariesDocument,
    "\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      project {\n        ...ProjectFields\n      }\n      warnings {\n        ...ProjectWarningFields\n      }\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $version: Int!, $input: ProjectInput!) {\n    updateProject(id: $id, version: $version, input: $input) {\n      project {\n        ...ProjectFields\n      }\n      warnings {\n        ...ProjectWarningFields\n      }\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  mutation ChangeProjectStatus($id: ID!, $status: ProjectStatus!, $reason: String) {\n    changeProjectStatus(id: $id, status: $status, reason: $reason) {\n      ...ProjectFields\n    }\n  }\n": typeof types.ChangeProjectStatusDocument,
    "\n  mutation RegisterMajorHazard($projectId: ID!, $input: MajorHazardInput!) {\n    registerMajorHazard(projectId: $projectId, input: $input) {\n      ...MajorHazardFields\n    }\n  }\n": typeof types.RegisterMajorHazardDocument,
    "\n  mutation UpdateMajorHazard($id: ID!, $version: Int!, $input: MajorHazardInput!) {\n    updateMajorHazard(id: $id, version: $version, input: $input) {\n      ...MajorHazardFields\n    }\n  }\n": typeof types.UpdateMajorHazardDocument,
    "\n  mutation RemoveMajorHazard($id: ID!) {\n    removeMajorHazard(id: $id) {\n      id\n      version\n    }\n  }\n": typeof types.RemoveMajorHazardDocument,
    "\n  fragment RegulatorProjectRowFields on Project {\n    id\n    name\n    divisionCode\n    address\n    constructorName\n    investmentWan\n    status\n    statusLabel\n    # 保险机构, 承保时间, 保费(元), 投保状态: projects' own copy (filterable); the 电子保单 from underwriting.\n    insuranceStatus\n    insuranceStatusLabel\n    insurerName\n    insuredPremiumYuan\n    insuredPremiumImplausible\n    insuredAt\n    insurance {\n      policy {\n        id\n        policyDocument {\n          id\n          fileName\n          downloadUrl\n        }\n      }\n    }\n  }\n": typeof types.RegulatorProjectRowFieldsFragmentDoc,
    "\n  query RegulatorProjects($filter: ProjectFilter, $page: PageInput) {\n    projects(filter: $filter, page: $page) {\n      items {\n        ...RegulatorProjectRowFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.RegulatorProjectsDocument,
    "\n  query RegulatorProject($id: ID!) {\n    project(id: $id) {\n      ...RegulatorProjectRowFields\n      code\n      constructorUscc\n      ownerUnit\n      costYuan\n      plannedStart\n      plannedEnd\n      detailAddress\n      longitude\n      latitude\n      categoryLabel\n      durationDays\n      createdAt\n      updatedAt\n      majorHazards {\n        ...MajorHazardFields\n      }\n    }\n  }\n": typeof types.RegulatorProjectDocument,
    "\n  fragment PlanFields on InsurancePlan {\n    id\n    provinceCode\n    code\n    name\n    label\n    version\n    effectiveFrom\n    effectiveTo\n    deathDisabilityLimitYuan\n    medicalLimitYuan\n    perAccidentLimitYuan\n    cumulativeLimitYuan\n    rateTiers {\n      upToYuan\n      rate\n      rateLabel\n    }\n    minimumPremiumYuan\n    plausibleMaximumPremiumYuan\n    floatingRates {\n      accidentGrade\n      label\n      ratio\n    }\n    floatingFloor\n    floatingCap\n    description\n    createdAt\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  fragment QuoteFields on PremiumQuote {\n    planId\n    costYuan\n    rate\n    rateLabel\n    floatingRatio\n    computedYuan\n    premiumYuan\n    minimumApplied\n    implausible\n  }\n": typeof types.QuoteFieldsFragmentDoc,
    "\n  fragment ApplicationRowFields on InsuranceApplication {\n    id\n    projectId\n    projectName\n    projectCode\n    investmentWan\n    enterpriseName\n    contactPhone\n    insurerName\n    brokerName\n    plan {\n      id\n      code\n      name\n      label\n    }\n    status\n    statusLabel\n    quoteYuan\n    implausible\n    overdue\n    submittedAt\n    reviewDueAt\n    createdAt\n    updatedAt\n    version\n  }\n": typeof types.ApplicationRowFieldsFragmentDoc,
    "\n  fragment ApplicationDocumentFields on ApplicationDocuments {\n    businessLicense {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    contract {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    legalRepIdEmblem {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    legalRepIdPortrait {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    safetyLicense {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    qualification {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    agreement {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n  }\n": typeof types.ApplicationDocumentFieldsFragmentDoc,
    "\n  fragment PolicyRowFields on Policy {\n    id\n    applicationId\n    projectId\n    policyNumber\n    ownerUnit\n    projectName\n    projectCode\n    enterpriseName\n    insurerName\n    brokerName\n    plan {\n      id\n      code\n      name\n      label\n    }\n    premiumYuan\n    implausible\n    effectiveDate\n    expiryDate\n    status\n    statusLabel\n    renewalDue\n    coverageShort\n    issuedAt\n    ledgerNumber\n    application {\n      id\n      contactPhone\n    }\n  }\n": typeof types.PolicyRowFieldsFragmentDoc,
    "\n  query ApplicationOptions {\n    underwritingInsurers {\n      id\n      name\n      brokers {\n        id\n        name\n      }\n    }\n    insurancePlans {\n      ...PlanFields\n    }\n  }\n": typeof types.ApplicationOptionsDocument,
    "\n  query ApplicationProject($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      code\n      divisionCode\n      costYuan\n      investmentWan\n      ownerUnit\n      plannedStart\n      plannedEnd\n      status\n      statusLabel\n      insurance {\n        status\n        statusLabel\n        canApply\n        application {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.ApplicationProjectDocument,
    "\n  query PremiumQuote($projectId: ID!, $planId: ID!, $floatingRatio: String) {\n    premiumQuote(projectId: $projectId, planId: $planId, floatingRatio: $floatingRatio) {\n      ...QuoteFields\n    }\n  }\n": typeof types.PremiumQuoteDocument,
    "\n  query ApplicationAccidents($id: ID!) {\n    insuranceApplication(id: $id) {\n      id\n      proposedAccidentGrade\n      proposedFloatingRatio\n      accidents {\n        claimId\n        claimNumber\n        policyNumber\n        projectCode\n        accidentDate\n        categoryLabel\n        gradeLabel\n        deathCount\n        injuredCount\n        statusLabel\n      }\n    }\n  }\n": typeof types.ApplicationAccidentsDocument,
    "\n  query Application($id: ID!) {\n    insuranceApplication(id: $id) {\n      ...ApplicationRowFields\n      costYuan\n      organisationId\n      enterpriseUscc\n      insurerId\n      brokerId\n      plan {\n        ...PlanFields\n      }\n      documents {\n        ...ApplicationDocumentFields\n      }\n      agreementAccepted\n      floatingRatio\n      floatingReason\n      reviewOpinion\n      reviewedAt\n      policy {\n        id\n        policyNumber\n      }\n      history {\n        id\n        actionLabel\n        at\n        fromStatus\n        toStatus\n        note\n      }\n    }\n  }\n": typeof types.ApplicationDocument,
    "\n  fragment ApplicationStateFields on InsuranceApplication {\n    id\n    version\n    status\n    statusLabel\n    contactPhone\n    reviewOpinion\n  }\n": typeof types.ApplicationStateFieldsFragmentDoc,
    "\n  mutation SaveApplication($id: ID, $version: Int, $input: ApplicationInput!) {\n    saveInsuranceApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationStateFields\n    }\n  }\n": typeof types.SaveApplicationDocument,
    "\n  mutation SubmitApplication($id: ID!, $version: Int!) {\n    submitInsuranceApplication(id: $id, version: $version) {\n      ...ApplicationStateFields\n    }\n  }\n": typeof types.SubmitApplicationDocument,
    "\n  mutation WithdrawApplication($id: ID!, $reason: String) {\n    withdrawInsuranceApplication(id: $id, reason: $reason) {\n      ...ApplicationStateFields\n    }\n  }\n": typeof types.WithdrawApplicationDocument,
    "\n  query Applications($filter: ApplicationFilter, $page: PageInput) {\n    insuranceApplications(filter: $filter, page: $page) {\n      items {\n        ...ApplicationRowFields\n      }\n      total\n      page\n      pageSize\n      statusCounts {\n        status\n        label\n        count\n      }\n    }\n  }\n": typeof types.ApplicationsDocument,
    "\n  query Policies($filter: PolicyFilter, $page: PageInput) {\n    policies(filter: $filter, page: $page) {\n      items {\n        ...PolicyRowFields\n        policyDocument {\n          ...DocumentFields\n        }\n        agreementDocument {\n          ...DocumentFields\n        }\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.PoliciesDocument,
    "\n  query Policy($id: ID!) {\n    policy(id: $id) {\n      ...PolicyRowFields\n      premiumReason\n      quoteYuan\n      plan {\n        ...PlanFields\n      }\n      policyDocument {\n        ...DocumentFields\n      }\n      agreementDocument {\n        ...DocumentFields\n      }\n      extensions {\n        id\n        fromExpiryDate\n        toExpiryDate\n        reason\n        at\n      }\n      application {\n        id\n        investmentWan\n      }\n    }\n  }\n": typeof types.PolicyDocument,
    "\n  query ApplicationDocuments($id: ID!) {\n    insuranceApplication(id: $id) {\n      id\n      documents {\n        ...ApplicationDocumentFields\n      }\n    }\n  }\n": typeof types.ApplicationDocumentsDocument,
    "\n  query Ledger($filter: LedgerFilter, $page: PageInput) {\n    policyLedger(filter: $filter, page: $page) {\n      items {\n        id\n        ledgerNumber\n        createdAt\n        enterpriseName\n        projectName\n        contactPhone\n        planLabel\n        policyNumber\n        premiumYuan\n        implausible\n        policyId\n        insurerName\n        brokerName\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.LedgerDocument,
    "\n  mutation ReviewApplication($id: ID!, $version: Int!, $input: ReviewInput!) {\n    reviewInsuranceApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationStateFields\n    }\n  }\n": typeof types.ReviewApplicationDocument,
    "\n  mutation IssuePolicy($applicationId: ID!, $version: Int!, $input: IssuePolicyInput!) {\n    issuePolicy(applicationId: $applicationId, version: $version, input: $input) {\n      id\n      policyNumber\n    }\n  }\n": typeof types.IssuePolicyDocument,
    "\n  mutation ExtendPolicy($policyId: ID!, $input: ExtendPolicyInput!) {\n    extendPolicy(policyId: $policyId, input: $input) {\n      id\n      expiryDate\n    }\n  }\n": typeof types.ExtendPolicyDocument,
    "\n  mutation RevealApplicationContact($id: ID!) {\n    revealApplicationContact(id: $id)\n  }\n": typeof types.RevealApplicationContactDocument,
    "\n  query IssueForm($id: ID!) {\n    insuranceApplication(id: $id) {\n      id\n      version\n      status\n      statusLabel\n      projectId\n      projectName\n      projectCode\n      enterpriseName\n      quoteYuan\n      floatingRatio\n      plan {\n        ...PlanFields\n      }\n    }\n    insurancePlans {\n      ...PlanFields\n    }\n  }\n": typeof types.IssueFormDocument,
    "\n  query IssueProject($id: ID!) {\n    project(id: $id) {\n      id\n      ownerUnit\n      plannedEnd\n    }\n  }\n": typeof types.IssueProjectDocument,
    "\n  query PreventionFee($policyId: ID!) {\n    preventionFeeLedger(policyId: $policyId) {\n      budgetYuan\n      share\n      spentYuan\n      remainingYuan\n      entries {\n        id\n        date\n        serviceItem\n        serviceItemLabel\n        amountYuan\n        evidence {\n          ...DocumentFields\n        }\n        note\n        recordedAt\n      }\n    }\n    preventionServiceItems {\n      code\n      label\n    }\n  }\n": typeof types.PreventionFeeDocument,
    "\n  mutation RecordPreventionFee($policyId: ID!, $input: PreventionFeeInput!) {\n    recordPreventionFee(policyId: $policyId, input: $input) {\n      id\n    }\n  }\n": typeof types.RecordPreventionFeeDocument,
    "\n  query Plans($provinceCode: String) {\n    insurancePlans(provinceCode: $provinceCode, includeHistory: true) {\n      ...PlanFields\n    }\n  }\n": typeof types.PlansDocument,
    "\n  mutation PublishPlan($input: InsurancePlanInput!) {\n    publishInsurancePlan(input: $input) {\n      ...PlanFields\n    }\n  }\n": typeof types.PublishPlanDocument,
    "\n  mutation RetirePlan($id: ID!, $lastDay: Date!) {\n    retireInsurancePlan(id: $id, lastDay: $lastDay) {\n      ...PlanFields\n    }\n  }\n": typeof types.RetirePlanDocument,
    "\n  query Divisions($parent: String) {\n    divisions(parent: $parent) {\n      code\n      name\n      level\n      parentCode\n      fullName\n    }\n  }\n": typeof types.DivisionsDocument,
    "\n  query Division($code: String!) {\n    division(code: $code) {\n      code\n      fullName\n    }\n  }\n": typeof types.DivisionDocument,
    "\n  fragment DocumentFields on Document {\n    id\n    kind\n    kindLabel\n    fileName\n    size\n    contentType\n    uploadedAt\n    downloadUrl\n    thumbnailUrl\n  }\n": typeof types.DocumentFieldsFragmentDoc,
    "\n  query Documents($kinds: [DocumentKind!]) {\n    documents(kinds: $kinds) {\n      ...DocumentFields\n    }\n  }\n": typeof types.DocumentsDocument,
    "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n": typeof types.DeleteDocumentDocument,
    "\n  query RegulatorEnterpriseDocuments($id: ID!) {\n    organisation(id: $id) {\n      id\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n": typeof types.RegulatorEnterpriseDocumentsDocument,
    "\n  query RegulatorDocumentsArchive($ids: [ID!]!, $name: String) {\n    documentsArchiveUrl(ids: $ids, name: $name)\n  }\n": typeof types.RegulatorDocumentsArchiveDocument,
    "\n  fragment ViewerFields on Viewer {\n    user {\n      username\n      displayName\n    }\n    organisation {\n      id\n      name\n      type\n      divisionCode\n      registrationStatus\n    }\n    roles\n    jurisdiction\n    mustChangePassword\n    idleTimeoutSeconds\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    expiresIn\n    refreshToken\n    mustChangePassword\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  fragment AdminOrganisationFields on Organisation {\n    id\n    type\n    name\n    divisionCode\n    division {\n      code\n      name\n      fullName\n    }\n    uscc\n    contactName\n    contactMobile\n    registrationStatus\n    createdAt\n  }\n": types.AdminOrganisationFieldsFragmentDoc,
    "\n  query AdminOrganisations($filter: OrganisationFilter, $page: PageInput) {\n    organisations(filter: $filter, page: $page) {\n      items {\n        ...AdminOrganisationFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.AdminOrganisationsDocument,
    "\n  fragment PartnerFields on Organisation {\n    id\n    type\n    name\n    uscc\n    division {\n      code\n      fullName\n    }\n  }\n": types.PartnerFieldsFragmentDoc,
    "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n      partners {\n        ...PartnerFields\n      }\n    }\n  }\n": types.AdminOrganisationDocument,
    "\n  query Insurers {\n    insurers {\n      ...PartnerFields\n    }\n  }\n": types.InsurersDocument,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...AdminOrganisationFields\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation SetPartnership($brokerId: ID!, $insurerId: ID!, $active: Boolean!) {\n    setPartnership(brokerId: $brokerId, insurerId: $insurerId, active: $active) {\n      id\n      partners {\n        ...PartnerFields\n      }\n    }\n  }\n": types.SetPartnershipDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    username\n    displayName\n    mobile\n    roles\n    jurisdiction\n    enabled\n    lockedUntil\n    mustChangePassword\n    lastLoginAt\n    createdAt\n    organisation {\n      id\n      name\n      type\n    }\n  }\n": types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers($organisationId: ID, $page: PageInput) {\n    users(organisationId: $organisationId, page: $page) {\n      items {\n        ...AdminUserFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...AdminUserFields\n      }\n      initialPassword\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      ...AdminUserFields\n    }\n  }\n": types.SetUserRolesDocument,
    "\n  mutation SetUserEnabled($userId: ID!, $enabled: Boolean!) {\n    setUserEnabled(userId: $userId, enabled: $enabled) {\n      ...AdminUserFields\n    }\n  }\n": types.SetUserEnabledDocument,
    "\n  mutation UnlockUser($userId: ID!) {\n    unlockUser(userId: $userId) {\n      ...AdminUserFields\n    }\n  }\n": types.UnlockUserDocument,
    "\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      user {\n        ...AdminUserFields\n      }\n      initialPassword\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  fragment ApiClientFields on ApiClient {\n    id\n    name\n    clientId\n    scopes\n    jurisdiction\n    revokedAt\n    createdAt\n  }\n": types.ApiClientFieldsFragmentDoc,
    "\n  query ApiClients {\n    apiClients {\n      ...ApiClientFields\n    }\n  }\n": types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: ApiClientInput!) {\n    createApiClient(input: $input) {\n      client {\n        ...ApiClientFields\n      }\n      clientSecret\n    }\n  }\n": types.CreateApiClientDocument,
    "\n  mutation RevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) {\n      ...ApiClientFields\n    }\n  }\n": types.RevokeApiClientDocument,
    "\n  query AuditRecords($filter: AuditFilter, $page: PageInput) {\n    auditRecords(filter: $filter, page: $page) {\n      items {\n        seq\n        at\n        type\n        subject\n        object\n        result\n        detail\n        hash\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.AuditRecordsDocument,
    "\n  query AuditChainVerification {\n    auditChainVerification {\n      intact\n      recordsChecked\n      firstBrokenSeq\n      verifiedAt\n    }\n  }\n": types.AuditChainVerificationDocument,
    "\n  query AuditTypes {\n    auditTypes\n  }\n": types.AuditTypesDocument,
    "\n  mutation LoginWithPassword($username: String!, $password: String!, $secondFactor: CertificateLoginInput) {\n    loginWithPassword(username: $username, password: $password, secondFactor: $secondFactor) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LoginWithPasswordDocument,
    "\n  mutation RequestCertificateChallenge {\n    requestCertificateChallenge {\n      id\n      challenge\n      expiresAt\n    }\n  }\n": types.RequestCertificateChallengeDocument,
    "\n  mutation LoginWithCertificate($input: CertificateLoginInput!) {\n    loginWithCertificate(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LoginWithCertificateDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...AuthPayloadFields\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      requiredClasses\n      description\n      idleTimeoutSeconds\n    }\n  }\n": types.PasswordPolicyDocument,
    "\n  mutation RegisterEnterprise($input: EnterpriseRegistrationInput!) {\n    registerEnterprise(input: $input) {\n      organisationId\n      name\n      uscc\n      username\n      registrationStatus\n    }\n  }\n": types.RegisterEnterpriseDocument,
    "\n  fragment ClaimRowFields on Claim {\n    id\n    claimNumber\n    policyId\n    policyNumber\n    projectName\n    projectCode\n    divisionCode\n    status\n    statusLabel\n    accidentDate\n    categoryCode\n    categoryLabel\n    injuredCount\n    deathCount\n    estimatedLossYuan\n    settledAmountYuan\n    settledDate\n    reportedDate\n    grade\n    gradeLabel\n    lateReported\n    likelyDuplicate\n    overdue\n    supplementRequested\n    supplementNote\n    version\n  }\n": types.ClaimRowFieldsFragmentDoc,
    "\n  query ClaimPolicy($policyId: ID!) {\n    claimPolicy(policyId: $policyId) {\n      policyId\n      policyNumber\n      projectName\n      projectCode\n      effectiveDate\n      expiryDate\n      deathDisabilityLimitYuan\n      medicalLimitYuan\n      perAccidentLimitYuan\n      cumulativeLimitYuan\n      settledTotalYuan\n      claims {\n        ...ClaimRowFields\n      }\n    }\n  }\n": types.ClaimPolicyDocument,
    "\n  query Claims($filter: ClaimFilter, $page: ClaimPageInput) {\n    claims(filter: $filter, page: $page) {\n      items {\n        ...ClaimRowFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.ClaimsDocument,
    "\n  query Claim($id: ID!) {\n    claim(id: $id) {\n      ...ClaimRowFields\n      accidentPlace\n      description\n      categoryStandard\n      directLossYuan\n      declineReason\n      remark\n      acceptedAt\n      decisionDueAt\n      reportedBy\n      createdAt\n      history {\n        id\n        actionLabel\n        at\n        fromStatus\n        toStatus\n        note\n      }\n      corrections {\n        id\n        label\n        from\n        to\n        reason\n        at\n      }\n    }\n  }\n": types.ClaimDocument,
    "\n  query ClaimFormOptions {\n    accidentCategories {\n      standard\n      code\n      label\n    }\n    claimSettings {\n      categoryStandard\n      reportingDays\n      remarkMaxLength\n    }\n  }\n": types.ClaimFormOptionsDocument,
    "\n  mutation ReportClaim($input: ReportClaimInput!) {\n    reportClaim(input: $input) {\n      ...ClaimRowFields\n    }\n  }\n": types.ReportClaimDocument,
    "\n  mutation AcceptClaim($id: ID!, $version: Int!) {\n    acceptClaim(id: $id, version: $version) {\n      ...ClaimRowFields\n    }\n  }\n": types.AcceptClaimDocument,
    "\n  mutation RequestClaimSupplement($id: ID!, $version: Int!, $note: String!) {\n    requestClaimSupplement(id: $id, version: $version, note: $note) {\n      ...ClaimRowFields\n    }\n  }\n": types.RequestClaimSupplementDocument,
    "\n  mutation ProvideClaimSupplement($id: ID!, $version: Int!, $note: String!) {\n    provideClaimSupplement(id: $id, version: $version, note: $note) {\n      ...ClaimRowFields\n    }\n  }\n": types.ProvideClaimSupplementDocument,
    "\n  mutation SettleClaim($id: ID!, $version: Int!, $input: SettleClaimInput!) {\n    settleClaim(id: $id, version: $version, input: $input) {\n      ...ClaimRowFields\n    }\n  }\n": types.SettleClaimDocument,
    "\n  mutation DeclineClaim($id: ID!, $version: Int!, $reason: String!) {\n    declineClaim(id: $id, version: $version, reason: $reason) {\n      ...ClaimRowFields\n    }\n  }\n": types.DeclineClaimDocument,
    "\n  mutation ReopenClaim($id: ID!, $version: Int!, $reason: String!) {\n    reopenClaim(id: $id, version: $version, reason: $reason) {\n      ...ClaimRowFields\n    }\n  }\n": types.ReopenClaimDocument,
    "\n  mutation CorrectClaim($id: ID!, $version: Int!, $input: CorrectClaimInput!) {\n    correctClaim(id: $id, version: $version, input: $input) {\n      ...ClaimRowFields\n    }\n  }\n": types.CorrectClaimDocument,
    "\n  query ClaimInsurers {\n    insurers {\n      id\n      name\n    }\n  }\n": types.ClaimInsurersDocument,
    "\n  query ClaimEnterprises($search: String) {\n    organisations(filter: { type: ENTERPRISE, search: $search }, page: { page: 1, pageSize: 20 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.ClaimEnterprisesDocument,
    "\n  fragment DivisionMetricsFields on DivisionMetrics {\n    divisionCode\n    divisionName\n    level\n    projectTotal\n    enterprisesWithProjects\n    registeredEnterprises\n    registrationRatio {\n      numerator\n      denominator\n      percentage\n    }\n    insuredProjects\n    insuranceRatio {\n      numerator\n      denominator\n      percentage\n    }\n    claimCount\n    claimAmountYuan\n  }\n": types.DivisionMetricsFieldsFragmentDoc,
    "\n  query RegulatorMetrics($divisionCode: String) {\n    regulatorMetrics(divisionCode: $divisionCode) {\n      divisionCode\n      divisionName\n      level\n      projectTotal\n      enterprisesWithProjects\n      registeredEnterprises\n      registrationRatio {\n        numerator\n        denominator\n        percentage\n      }\n      insuredProjects\n      insuranceRatio {\n        numerator\n        denominator\n        percentage\n      }\n      claimCount\n      claimAmountYuan\n      children {\n        ...DivisionMetricsFields\n      }\n      freshness {\n        lastEventOccurredAt\n        lastAppliedAt\n        lagSeconds\n        pending\n      }\n    }\n  }\n": types.RegulatorMetricsDocument,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    type\n    name\n    divisionCode\n    division {\n      code\n      name\n      fullName\n    }\n    uscc\n    registeredAddress\n    businessAddress\n    contactName\n    contactMobile\n    contactEmail\n    legalRepresentative\n    legalRepresentativeMobile\n    businessScope\n    registrationStatus\n    rejectionReason\n    reviewedAt\n    createdAt\n    updatedAt\n  }\n": types.OrganisationFieldsFragmentDoc,
    "\n  query MyOrganisation {\n    myOrganisation {\n      ...OrganisationFields\n    }\n  }\n": types.MyOrganisationDocument,
    "\n  mutation UpdateEnterpriseProfile($input: EnterpriseProfileInput!) {\n    updateEnterpriseProfile(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": types.UpdateEnterpriseProfileDocument,
    "\n  mutation RevealContact($organisationId: ID!) {\n    revealContact(organisationId: $organisationId) {\n      organisationId\n      contactMobile\n      contactEmail\n      legalRepresentativeMobile\n    }\n  }\n": types.RevealContactDocument,
    "\n  fragment RegistrationReviewFields on Organisation {\n    id\n    registrationStatus\n    rejectionReason\n    reviewedAt\n  }\n": types.RegistrationReviewFieldsFragmentDoc,
    "\n  query Organisations($filter: OrganisationFilter, $page: PageInput) {\n    organisations(filter: $filter, page: $page) {\n      items {\n        ...OrganisationFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.OrganisationsDocument,
    "\n  mutation ApproveRegistration($organisationId: ID!) {\n    approveRegistration(organisationId: $organisationId) {\n      ...RegistrationReviewFields\n    }\n  }\n": types.ApproveRegistrationDocument,
    "\n  mutation RejectRegistration($organisationId: ID!, $reason: String!) {\n    rejectRegistration(organisationId: $organisationId, reason: $reason) {\n      ...RegistrationReviewFields\n    }\n  }\n": types.RejectRegistrationDocument,
    "\n  fragment ProjectFields on Project {\n    id\n    name\n    code\n    divisionCode\n    address\n    detailAddress\n    longitude\n    latitude\n    costYuan\n    investmentWan\n    ownerUnit\n    constructorName\n    constructorUscc\n    category\n    categoryLabel\n    durationDays\n    plannedStart\n    plannedEnd\n    status\n    statusLabel\n    createdAt\n    updatedAt\n    version\n  }\n": types.ProjectFieldsFragmentDoc,
    "\n  fragment MajorHazardFields on MajorHazardSource {\n    id\n    projectId\n    type\n    typeLabel\n    location\n    controlMeasures\n    responsiblePerson\n    responsiblePhone\n    periodStart\n    periodEnd\n    version\n  }\n": types.MajorHazardFieldsFragmentDoc,
    "\n  fragment ProjectWarningFields on ProjectWarning {\n    code\n    message\n    field\n  }\n": types.ProjectWarningFieldsFragmentDoc,
    "\n  query MyProjects($filter: ProjectFilter, $sort: ProjectSort, $page: PageInput) {\n    myProjects(filter: $filter, sort: $sort, page: $page) {\n      items {\n        ...ProjectFields\n        # 投保状态 and 填报 / 查看投保单 (underwriting, through federation).\n        insurance {\n          status\n          statusLabel\n          canApply\n          application {\n            id\n            status\n          }\n        }\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.MyProjectsDocument,
    "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n      majorHazards {\n        ...MajorHazardFields\n      }\n      history {\n        id\n        action\n        at\n        actorUserId\n        actorOrganisationId\n        operator {\n          username\n          displayName\n        }\n        reason\n        majorHazardId\n        changes {\n          field\n          label\n          from\n          to\n        }\n      }\n    }\n  }\n": types.ProjectDocument,
    "\n  query ProjectDictionaries {\n    projectCategories {\n      value\n      label\n    }\n    majorHazardTypes {\n      value\n      label\n    }\n  }\n": types.ProjectDictionariesDocument,
    "\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      project {\n        ...ProjectFields\n      }\n      warnings {\n        ...ProjectWarningFields\n      }\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $version: Int!, $input: ProjectInput!) {\n    updateProject(id: $id, version: $version, input: $input) {\n      project {\n        ...ProjectFields\n      }\n      warnings {\n        ...ProjectWarningFields\n      }\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  mutation ChangeProjectStatus($id: ID!, $status: ProjectStatus!, $reason: String) {\n    changeProjectStatus(id: $id, status: $status, reason: $reason) {\n      ...ProjectFields\n    }\n  }\n": types.ChangeProjectStatusDocument,
    "\n  mutation RegisterMajorHazard($projectId: ID!, $input: MajorHazardInput!) {\n    registerMajorHazard(projectId: $projectId, input: $input) {\n      ...MajorHazardFields\n    }\n  }\n": types.RegisterMajorHazardDocument,
    "\n  mutation UpdateMajorHazard($id: ID!, $version: Int!, $input: MajorHazardInput!) {\n    updateMajorHazard(id: $id, version: $version, input: $input) {\n      ...MajorHazardFields\n    }\n  }\n": types.UpdateMajorHazardDocument,
    "\n  mutation RemoveMajorHazard($id: ID!) {\n    removeMajorHazard(id: $id) {\n      id\n      version\n    }\n  }\n": types.RemoveMajorHazardDocument,
    "\n  fragment RegulatorProjectRowFields on Project {\n    id\n    name\n    divisionCode\n    address\n    constructorName\n    investmentWan\n    status\n    statusLabel\n    # 保险机构, 承保时间, 保费(元), 投保状态: projects' own copy (filterable); the 电子保单 from underwriting.\n    insuranceStatus\n    insuranceStatusLabel\n    insurerName\n    insuredPremiumYuan\n    insuredPremiumImplausible\n    insuredAt\n    insurance {\n      policy {\n        id\n        policyDocument {\n          id\n          fileName\n          downloadUrl\n        }\n      }\n    }\n  }\n": types.RegulatorProjectRowFieldsFragmentDoc,
    "\n  query RegulatorProjects($filter: ProjectFilter, $page: PageInput) {\n    projects(filter: $filter, page: $page) {\n      items {\n        ...RegulatorProjectRowFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.RegulatorProjectsDocument,
    "\n  query RegulatorProject($id: ID!) {\n    project(id: $id) {\n      ...RegulatorProjectRowFields\n      code\n      constructorUscc\n      ownerUnit\n      costYuan\n      plannedStart\n      plannedEnd\n      detailAddress\n      longitude\n      latitude\n      categoryLabel\n      durationDays\n      createdAt\n      updatedAt\n      majorHazards {\n        ...MajorHazardFields\n      }\n    }\n  }\n": types.RegulatorProjectDocument,
    "\n  fragment PlanFields on InsurancePlan {\n    id\n    provinceCode\n    code\n    name\n    label\n    version\n    effectiveFrom\n    effectiveTo\n    deathDisabilityLimitYuan\n    medicalLimitYuan\n    perAccidentLimitYuan\n    cumulativeLimitYuan\n    rateTiers {\n      upToYuan\n      rate\n      rateLabel\n    }\n    minimumPremiumYuan\n    plausibleMaximumPremiumYuan\n    floatingRates {\n      accidentGrade\n      label\n      ratio\n    }\n    floatingFloor\n    floatingCap\n    description\n    createdAt\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  fragment QuoteFields on PremiumQuote {\n    planId\n    costYuan\n    rate\n    rateLabel\n    floatingRatio\n    computedYuan\n    premiumYuan\n    minimumApplied\n    implausible\n  }\n": types.QuoteFieldsFragmentDoc,
    "\n  fragment ApplicationRowFields on InsuranceApplication {\n    id\n    projectId\n    projectName\n    projectCode\n    investmentWan\n    enterpriseName\n    contactPhone\n    insurerName\n    brokerName\n    plan {\n      id\n      code\n      name\n      label\n    }\n    status\n    statusLabel\n    quoteYuan\n    implausible\n    overdue\n    submittedAt\n    reviewDueAt\n    createdAt\n    updatedAt\n    version\n  }\n": types.ApplicationRowFieldsFragmentDoc,
    "\n  fragment ApplicationDocumentFields on ApplicationDocuments {\n    businessLicense {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    contract {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    legalRepIdEmblem {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    legalRepIdPortrait {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    safetyLicense {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    qualification {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    agreement {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n  }\n": types.ApplicationDocumentFieldsFragmentDoc,
    "\n  fragment PolicyRowFields on Policy {\n    id\n    applicationId\n    projectId\n    policyNumber\n    ownerUnit\n    projectName\n    projectCode\n    enterpriseName\n    insurerName\n    brokerName\n    plan {\n      id\n      code\n      name\n      label\n    }\n    premiumYuan\n    implausible\n    effectiveDate\n    expiryDate\n    status\n    statusLabel\n    renewalDue\n    coverageShort\n    issuedAt\n    ledgerNumber\n    application {\n      id\n      contactPhone\n    }\n  }\n": types.PolicyRowFieldsFragmentDoc,
    "\n  query ApplicationOptions {\n    underwritingInsurers {\n      id\n      name\n      brokers {\n        id\n        name\n      }\n    }\n    insurancePlans {\n      ...PlanFields\n    }\n  }\n": types.ApplicationOptionsDocument,
    "\n  query ApplicationProject($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      code\n      divisionCode\n      costYuan\n      investmentWan\n      ownerUnit\n      plannedStart\n      plannedEnd\n      status\n      statusLabel\n      insurance {\n        status\n        statusLabel\n        canApply\n        application {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.ApplicationProjectDocument,
    "\n  query PremiumQuote($projectId: ID!, $planId: ID!, $floatingRatio: String) {\n    premiumQuote(projectId: $projectId, planId: $planId, floatingRatio: $floatingRatio) {\n      ...QuoteFields\n    }\n  }\n": types.PremiumQuoteDocument,
    "\n  query ApplicationAccidents($id: ID!) {\n    insuranceApplication(id: $id) {\n      id\n      proposedAccidentGrade\n      proposedFloatingRatio\n      accidents {\n        claimId\n        claimNumber\n        policyNumber\n        projectCode\n        accidentDate\n        categoryLabel\n        gradeLabel\n        deathCount\n        injuredCount\n        statusLabel\n      }\n    }\n  }\n": types.ApplicationAccidentsDocument,
    "\n  query Application($id: ID!) {\n    insuranceApplication(id: $id) {\n      ...ApplicationRowFields\n      costYuan\n      organisationId\n      enterpriseUscc\n      insurerId\n      brokerId\n      plan {\n        ...PlanFields\n      }\n      documents {\n        ...ApplicationDocumentFields\n      }\n      agreementAccepted\n      floatingRatio\n      floatingReason\n      reviewOpinion\n      reviewedAt\n      policy {\n        id\n        policyNumber\n      }\n      history {\n        id\n        actionLabel\n        at\n        fromStatus\n        toStatus\n        note\n      }\n    }\n  }\n": types.ApplicationDocument,
    "\n  fragment ApplicationStateFields on InsuranceApplication {\n    id\n    version\n    status\n    statusLabel\n    contactPhone\n    reviewOpinion\n  }\n": types.ApplicationStateFieldsFragmentDoc,
    "\n  mutation SaveApplication($id: ID, $version: Int, $input: ApplicationInput!) {\n    saveInsuranceApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationStateFields\n    }\n  }\n": types.SaveApplicationDocument,
    "\n  mutation SubmitApplication($id: ID!, $version: Int!) {\n    submitInsuranceApplication(id: $id, version: $version) {\n      ...ApplicationStateFields\n    }\n  }\n": types.SubmitApplicationDocument,
    "\n  mutation WithdrawApplication($id: ID!, $reason: String) {\n    withdrawInsuranceApplication(id: $id, reason: $reason) {\n      ...ApplicationStateFields\n    }\n  }\n": types.WithdrawApplicationDocument,
    "\n  query Applications($filter: ApplicationFilter, $page: PageInput) {\n    insuranceApplications(filter: $filter, page: $page) {\n      items {\n        ...ApplicationRowFields\n      }\n      total\n      page\n      pageSize\n      statusCounts {\n        status\n        label\n        count\n      }\n    }\n  }\n": types.ApplicationsDocument,
    "\n  query Policies($filter: PolicyFilter, $page: PageInput) {\n    policies(filter: $filter, page: $page) {\n      items {\n        ...PolicyRowFields\n        policyDocument {\n          ...DocumentFields\n        }\n        agreementDocument {\n          ...DocumentFields\n        }\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.PoliciesDocument,
    "\n  query Policy($id: ID!) {\n    policy(id: $id) {\n      ...PolicyRowFields\n      premiumReason\n      quoteYuan\n      plan {\n        ...PlanFields\n      }\n      policyDocument {\n        ...DocumentFields\n      }\n      agreementDocument {\n        ...DocumentFields\n      }\n      extensions {\n        id\n        fromExpiryDate\n        toExpiryDate\n        reason\n        at\n      }\n      application {\n        id\n        investmentWan\n      }\n    }\n  }\n": types.PolicyDocument,
    "\n  query ApplicationDocuments($id: ID!) {\n    insuranceApplication(id: $id) {\n      id\n      documents {\n        ...ApplicationDocumentFields\n      }\n    }\n  }\n": types.ApplicationDocumentsDocument,
    "\n  query Ledger($filter: LedgerFilter, $page: PageInput) {\n    policyLedger(filter: $filter, page: $page) {\n      items {\n        id\n        ledgerNumber\n        createdAt\n        enterpriseName\n        projectName\n        contactPhone\n        planLabel\n        policyNumber\n        premiumYuan\n        implausible\n        policyId\n        insurerName\n        brokerName\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.LedgerDocument,
    "\n  mutation ReviewApplication($id: ID!, $version: Int!, $input: ReviewInput!) {\n    reviewInsuranceApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationStateFields\n    }\n  }\n": types.ReviewApplicationDocument,
    "\n  mutation IssuePolicy($applicationId: ID!, $version: Int!, $input: IssuePolicyInput!) {\n    issuePolicy(applicationId: $applicationId, version: $version, input: $input) {\n      id\n      policyNumber\n    }\n  }\n": types.IssuePolicyDocument,
    "\n  mutation ExtendPolicy($policyId: ID!, $input: ExtendPolicyInput!) {\n    extendPolicy(policyId: $policyId, input: $input) {\n      id\n      expiryDate\n    }\n  }\n": types.ExtendPolicyDocument,
    "\n  mutation RevealApplicationContact($id: ID!) {\n    revealApplicationContact(id: $id)\n  }\n": types.RevealApplicationContactDocument,
    "\n  query IssueForm($id: ID!) {\n    insuranceApplication(id: $id) {\n      id\n      version\n      status\n      statusLabel\n      projectId\n      projectName\n      projectCode\n      enterpriseName\n      quoteYuan\n      floatingRatio\n      plan {\n        ...PlanFields\n      }\n    }\n    insurancePlans {\n      ...PlanFields\n    }\n  }\n": types.IssueFormDocument,
    "\n  query IssueProject($id: ID!) {\n    project(id: $id) {\n      id\n      ownerUnit\n      plannedEnd\n    }\n  }\n": types.IssueProjectDocument,
    "\n  query PreventionFee($policyId: ID!) {\n    preventionFeeLedger(policyId: $policyId) {\n      budgetYuan\n      share\n      spentYuan\n      remainingYuan\n      entries {\n        id\n        date\n        serviceItem\n        serviceItemLabel\n        amountYuan\n        evidence {\n          ...DocumentFields\n        }\n        note\n        recordedAt\n      }\n    }\n    preventionServiceItems {\n      code\n      label\n    }\n  }\n": types.PreventionFeeDocument,
    "\n  mutation RecordPreventionFee($policyId: ID!, $input: PreventionFeeInput!) {\n    recordPreventionFee(policyId: $policyId, input: $input) {\n      id\n    }\n  }\n": types.RecordPreventionFeeDocument,
    "\n  query Plans($provinceCode: String) {\n    insurancePlans(provinceCode: $provinceCode, includeHistory: true) {\n      ...PlanFields\n    }\n  }\n": types.PlansDocument,
    "\n  mutation PublishPlan($input: InsurancePlanInput!) {\n    publishInsurancePlan(input: $input) {\n      ...PlanFields\n    }\n  }\n": types.PublishPlanDocument,
    "\n  mutation RetirePlan($id: ID!, $lastDay: Date!) {\n    retireInsurancePlan(id: $id, lastDay: $lastDay) {\n      ...PlanFields\n    }\n  }\n": types.RetirePlanDocument,
    "\n  query Divisions($parent: String) {\n    divisions(parent: $parent) {\n      code\n      name\n      level\n      parentCode\n      fullName\n    }\n  }\n": types.DivisionsDocument,
    "\n  query Division($code: String!) {\n    division(code: $code) {\n      code\n      fullName\n    }\n  }\n": types.DivisionDocument,
    "\n  fragment DocumentFields on Document {\n    id\n    kind\n    kindLabel\n    fileName\n    size\n    contentType\n    uploadedAt\n    downloadUrl\n    thumbnailUrl\n  }\n": types.DocumentFieldsFragmentDoc,
    "\n  query Documents($kinds: [DocumentKind!]) {\n    documents(kinds: $kinds) {\n      ...DocumentFields\n    }\n  }\n": types.DocumentsDocument,
    "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n": types.DeleteDocumentDocument,
    "\n  query RegulatorEnterpriseDocuments($id: ID!) {\n    organisation(id: $id) {\n      id\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n": types.RegulatorEnterpriseDocumentsDocument,
    "\n  query RegulatorDocumentsArchive($ids: [ID!]!, $name: String) {\n    documentsArchiveUrl(ids: $ids, name: $name)\n  }\n": types.RegulatorDocumentsArchiveDocument,
    "\n  fragment ViewerFields on Viewer {\n    user {\n      username\n      displayName\n    }\n    organisation {\n      id\n      name\n      type\n      divisionCode\n      registrationStatus\n    }\n    roles\n    jurisdiction\n    mustChangePassword\n    idleTimeoutSeconds\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    expiresIn\n    refreshToken\n    mustChangePassword\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminOrganisationFields on Organisation {\n    id\n    type\n    name\n    divisionCode\n    division {\n      code\n      name\n      fullName\n    }\n    uscc\n    contactName\n    contactMobile\n    registrationStatus\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AdminOrganisationFields on Organisation {\n    id\n    type\n    name\n    divisionCode\n    division {\n      code\n      name\n      fullName\n    }\n    uscc\n    contactName\n    contactMobile\n    registrationStatus\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisations($filter: OrganisationFilter, $page: PageInput) {\n    organisations(filter: $filter, page: $page) {\n      items {\n        ...AdminOrganisationFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisations($filter: OrganisationFilter, $page: PageInput) {\n    organisations(filter: $filter, page: $page) {\n      items {\n        ...AdminOrganisationFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerFields on Organisation {\n    id\n    type\n    name\n    uscc\n    division {\n      code\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerFields on Organisation {\n    id\n    type\n    name\n    uscc\n    division {\n      code\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n      partners {\n        ...PartnerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n      partners {\n        ...PartnerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Insurers {\n    insurers {\n      ...PartnerFields\n    }\n  }\n"): (typeof documents)["\n  query Insurers {\n    insurers {\n      ...PartnerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...AdminOrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...AdminOrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPartnership($brokerId: ID!, $insurerId: ID!, $active: Boolean!) {\n    setPartnership(brokerId: $brokerId, insurerId: $insurerId, active: $active) {\n      id\n      partners {\n        ...PartnerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPartnership($brokerId: ID!, $insurerId: ID!, $active: Boolean!) {\n    setPartnership(brokerId: $brokerId, insurerId: $insurerId, active: $active) {\n      id\n      partners {\n        ...PartnerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserFields on User {\n    id\n    username\n    displayName\n    mobile\n    roles\n    jurisdiction\n    enabled\n    lockedUntil\n    mustChangePassword\n    lastLoginAt\n    createdAt\n    organisation {\n      id\n      name\n      type\n    }\n  }\n"): (typeof documents)["\n  fragment AdminUserFields on User {\n    id\n    username\n    displayName\n    mobile\n    roles\n    jurisdiction\n    enabled\n    lockedUntil\n    mustChangePassword\n    lastLoginAt\n    createdAt\n    organisation {\n      id\n      name\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($organisationId: ID, $page: PageInput) {\n    users(organisationId: $organisationId, page: $page) {\n      items {\n        ...AdminUserFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($organisationId: ID, $page: PageInput) {\n    users(organisationId: $organisationId, page: $page) {\n      items {\n        ...AdminUserFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...AdminUserFields\n      }\n      initialPassword\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...AdminUserFields\n      }\n      initialPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserEnabled($userId: ID!, $enabled: Boolean!) {\n    setUserEnabled(userId: $userId, enabled: $enabled) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserEnabled($userId: ID!, $enabled: Boolean!) {\n    setUserEnabled(userId: $userId, enabled: $enabled) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($userId: ID!) {\n    unlockUser(userId: $userId) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockUser($userId: ID!) {\n    unlockUser(userId: $userId) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      user {\n        ...AdminUserFields\n      }\n      initialPassword\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($userId: ID!) {\n    resetPassword(userId: $userId) {\n      user {\n        ...AdminUserFields\n      }\n      initialPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiClientFields on ApiClient {\n    id\n    name\n    clientId\n    scopes\n    jurisdiction\n    revokedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ApiClientFields on ApiClient {\n    id\n    name\n    clientId\n    scopes\n    jurisdiction\n    revokedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiClients {\n    apiClients {\n      ...ApiClientFields\n    }\n  }\n"): (typeof documents)["\n  query ApiClients {\n    apiClients {\n      ...ApiClientFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiClient($input: ApiClientInput!) {\n    createApiClient(input: $input) {\n      client {\n        ...ApiClientFields\n      }\n      clientSecret\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiClient($input: ApiClientInput!) {\n    createApiClient(input: $input) {\n      client {\n        ...ApiClientFields\n      }\n      clientSecret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) {\n      ...ApiClientFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) {\n      ...ApiClientFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditRecords($filter: AuditFilter, $page: PageInput) {\n    auditRecords(filter: $filter, page: $page) {\n      items {\n        seq\n        at\n        type\n        subject\n        object\n        result\n        detail\n        hash\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query AuditRecords($filter: AuditFilter, $page: PageInput) {\n    auditRecords(filter: $filter, page: $page) {\n      items {\n        seq\n        at\n        type\n        subject\n        object\n        result\n        detail\n        hash\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChainVerification {\n    auditChainVerification {\n      intact\n      recordsChecked\n      firstBrokenSeq\n      verifiedAt\n    }\n  }\n"): (typeof documents)["\n  query AuditChainVerification {\n    auditChainVerification {\n      intact\n      recordsChecked\n      firstBrokenSeq\n      verifiedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTypes {\n    auditTypes\n  }\n"): (typeof documents)["\n  query AuditTypes {\n    auditTypes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginWithPassword($username: String!, $password: String!, $secondFactor: CertificateLoginInput) {\n    loginWithPassword(username: $username, password: $password, secondFactor: $secondFactor) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation LoginWithPassword($username: String!, $password: String!, $secondFactor: CertificateLoginInput) {\n    loginWithPassword(username: $username, password: $password, secondFactor: $secondFactor) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCertificateChallenge {\n    requestCertificateChallenge {\n      id\n      challenge\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestCertificateChallenge {\n    requestCertificateChallenge {\n      id\n      challenge\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginWithCertificate($input: CertificateLoginInput!) {\n    loginWithCertificate(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation LoginWithCertificate($input: CertificateLoginInput!) {\n    loginWithCertificate(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      requiredClasses\n      description\n      idleTimeoutSeconds\n    }\n  }\n"): (typeof documents)["\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      requiredClasses\n      description\n      idleTimeoutSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterEnterprise($input: EnterpriseRegistrationInput!) {\n    registerEnterprise(input: $input) {\n      organisationId\n      name\n      uscc\n      username\n      registrationStatus\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterEnterprise($input: EnterpriseRegistrationInput!) {\n    registerEnterprise(input: $input) {\n      organisationId\n      name\n      uscc\n      username\n      registrationStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimRowFields on Claim {\n    id\n    claimNumber\n    policyId\n    policyNumber\n    projectName\n    projectCode\n    divisionCode\n    status\n    statusLabel\n    accidentDate\n    categoryCode\n    categoryLabel\n    injuredCount\n    deathCount\n    estimatedLossYuan\n    settledAmountYuan\n    settledDate\n    reportedDate\n    grade\n    gradeLabel\n    lateReported\n    likelyDuplicate\n    overdue\n    supplementRequested\n    supplementNote\n    version\n  }\n"): (typeof documents)["\n  fragment ClaimRowFields on Claim {\n    id\n    claimNumber\n    policyId\n    policyNumber\n    projectName\n    projectCode\n    divisionCode\n    status\n    statusLabel\n    accidentDate\n    categoryCode\n    categoryLabel\n    injuredCount\n    deathCount\n    estimatedLossYuan\n    settledAmountYuan\n    settledDate\n    reportedDate\n    grade\n    gradeLabel\n    lateReported\n    likelyDuplicate\n    overdue\n    supplementRequested\n    supplementNote\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimPolicy($policyId: ID!) {\n    claimPolicy(policyId: $policyId) {\n      policyId\n      policyNumber\n      projectName\n      projectCode\n      effectiveDate\n      expiryDate\n      deathDisabilityLimitYuan\n      medicalLimitYuan\n      perAccidentLimitYuan\n      cumulativeLimitYuan\n      settledTotalYuan\n      claims {\n        ...ClaimRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimPolicy($policyId: ID!) {\n    claimPolicy(policyId: $policyId) {\n      policyId\n      policyNumber\n      projectName\n      projectCode\n      effectiveDate\n      expiryDate\n      deathDisabilityLimitYuan\n      medicalLimitYuan\n      perAccidentLimitYuan\n      cumulativeLimitYuan\n      settledTotalYuan\n      claims {\n        ...ClaimRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Claims($filter: ClaimFilter, $page: ClaimPageInput) {\n    claims(filter: $filter, page: $page) {\n      items {\n        ...ClaimRowFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query Claims($filter: ClaimFilter, $page: ClaimPageInput) {\n    claims(filter: $filter, page: $page) {\n      items {\n        ...ClaimRowFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Claim($id: ID!) {\n    claim(id: $id) {\n      ...ClaimRowFields\n      accidentPlace\n      description\n      categoryStandard\n      directLossYuan\n      declineReason\n      remark\n      acceptedAt\n      decisionDueAt\n      reportedBy\n      createdAt\n      history {\n        id\n        actionLabel\n        at\n        fromStatus\n        toStatus\n        note\n      }\n      corrections {\n        id\n        label\n        from\n        to\n        reason\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query Claim($id: ID!) {\n    claim(id: $id) {\n      ...ClaimRowFields\n      accidentPlace\n      description\n      categoryStandard\n      directLossYuan\n      declineReason\n      remark\n      acceptedAt\n      decisionDueAt\n      reportedBy\n      createdAt\n      history {\n        id\n        actionLabel\n        at\n        fromStatus\n        toStatus\n        note\n      }\n      corrections {\n        id\n        label\n        from\n        to\n        reason\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimFormOptions {\n    accidentCategories {\n      standard\n      code\n      label\n    }\n    claimSettings {\n      categoryStandard\n      reportingDays\n      remarkMaxLength\n    }\n  }\n"): (typeof documents)["\n  query ClaimFormOptions {\n    accidentCategories {\n      standard\n      code\n      label\n    }\n    claimSettings {\n      categoryStandard\n      reportingDays\n      remarkMaxLength\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportClaim($input: ReportClaimInput!) {\n    reportClaim(input: $input) {\n      ...ClaimRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReportClaim($input: ReportClaimInput!) {\n    reportClaim(input: $input) {\n      ...ClaimRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptClaim($id: ID!, $version: Int!) {\n    acceptClaim(id: $id, version: $version) {\n      ...ClaimRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptClaim($id: ID!, $version: Int!) {\n    acceptClaim(id: $id, version: $version) {\n      ...ClaimRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestClaimSupplement($id: ID!, $version: Int!, $note: String!) {\n    requestClaimSupplement(id: $id, version: $version, note: $note) {\n      ...ClaimRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestClaimSupplement($id: ID!, $version: Int!, $note: String!) {\n    requestClaimSupplement(id: $id, version: $version, note: $note) {\n      ...ClaimRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvideClaimSupplement($id: ID!, $version: Int!, $note: String!) {\n    provideClaimSupplement(id: $id, version: $version, note: $note) {\n      ...ClaimRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProvideClaimSupplement($id: ID!, $version: Int!, $note: String!) {\n    provideClaimSupplement(id: $id, version: $version, note: $note) {\n      ...ClaimRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettleClaim($id: ID!, $version: Int!, $input: SettleClaimInput!) {\n    settleClaim(id: $id, version: $version, input: $input) {\n      ...ClaimRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation SettleClaim($id: ID!, $version: Int!, $input: SettleClaimInput!) {\n    settleClaim(id: $id, version: $version, input: $input) {\n      ...ClaimRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineClaim($id: ID!, $version: Int!, $reason: String!) {\n    declineClaim(id: $id, version: $version, reason: $reason) {\n      ...ClaimRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineClaim($id: ID!, $version: Int!, $reason: String!) {\n    declineClaim(id: $id, version: $version, reason: $reason) {\n      ...ClaimRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenClaim($id: ID!, $version: Int!, $reason: String!) {\n    reopenClaim(id: $id, version: $version, reason: $reason) {\n      ...ClaimRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenClaim($id: ID!, $version: Int!, $reason: String!) {\n    reopenClaim(id: $id, version: $version, reason: $reason) {\n      ...ClaimRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectClaim($id: ID!, $version: Int!, $input: CorrectClaimInput!) {\n    correctClaim(id: $id, version: $version, input: $input) {\n      ...ClaimRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectClaim($id: ID!, $version: Int!, $input: CorrectClaimInput!) {\n    correctClaim(id: $id, version: $version, input: $input) {\n      ...ClaimRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimInsurers {\n    insurers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ClaimInsurers {\n    insurers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimEnterprises($search: String) {\n    organisations(filter: { type: ENTERPRISE, search: $search }, page: { page: 1, pageSize: 20 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimEnterprises($search: String) {\n    organisations(filter: { type: ENTERPRISE, search: $search }, page: { page: 1, pageSize: 20 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DivisionMetricsFields on DivisionMetrics {\n    divisionCode\n    divisionName\n    level\n    projectTotal\n    enterprisesWithProjects\n    registeredEnterprises\n    registrationRatio {\n      numerator\n      denominator\n      percentage\n    }\n    insuredProjects\n    insuranceRatio {\n      numerator\n      denominator\n      percentage\n    }\n    claimCount\n    claimAmountYuan\n  }\n"): (typeof documents)["\n  fragment DivisionMetricsFields on DivisionMetrics {\n    divisionCode\n    divisionName\n    level\n    projectTotal\n    enterprisesWithProjects\n    registeredEnterprises\n    registrationRatio {\n      numerator\n      denominator\n      percentage\n    }\n    insuredProjects\n    insuranceRatio {\n      numerator\n      denominator\n      percentage\n    }\n    claimCount\n    claimAmountYuan\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegulatorMetrics($divisionCode: String) {\n    regulatorMetrics(divisionCode: $divisionCode) {\n      divisionCode\n      divisionName\n      level\n      projectTotal\n      enterprisesWithProjects\n      registeredEnterprises\n      registrationRatio {\n        numerator\n        denominator\n        percentage\n      }\n      insuredProjects\n      insuranceRatio {\n        numerator\n        denominator\n        percentage\n      }\n      claimCount\n      claimAmountYuan\n      children {\n        ...DivisionMetricsFields\n      }\n      freshness {\n        lastEventOccurredAt\n        lastAppliedAt\n        lagSeconds\n        pending\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegulatorMetrics($divisionCode: String) {\n    regulatorMetrics(divisionCode: $divisionCode) {\n      divisionCode\n      divisionName\n      level\n      projectTotal\n      enterprisesWithProjects\n      registeredEnterprises\n      registrationRatio {\n        numerator\n        denominator\n        percentage\n      }\n      insuredProjects\n      insuranceRatio {\n        numerator\n        denominator\n        percentage\n      }\n      claimCount\n      claimAmountYuan\n      children {\n        ...DivisionMetricsFields\n      }\n      freshness {\n        lastEventOccurredAt\n        lastAppliedAt\n        lagSeconds\n        pending\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationFields on Organisation {\n    id\n    type\n    name\n    divisionCode\n    division {\n      code\n      name\n      fullName\n    }\n    uscc\n    registeredAddress\n    businessAddress\n    contactName\n    contactMobile\n    contactEmail\n    legalRepresentative\n    legalRepresentativeMobile\n    businessScope\n    registrationStatus\n    rejectionReason\n    reviewedAt\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment OrganisationFields on Organisation {\n    id\n    type\n    name\n    divisionCode\n    division {\n      code\n      name\n      fullName\n    }\n    uscc\n    registeredAddress\n    businessAddress\n    contactName\n    contactMobile\n    contactEmail\n    legalRepresentative\n    legalRepresentativeMobile\n    businessScope\n    registrationStatus\n    rejectionReason\n    reviewedAt\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisation {\n    myOrganisation {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  query MyOrganisation {\n    myOrganisation {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEnterpriseProfile($input: EnterpriseProfileInput!) {\n    updateEnterpriseProfile(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEnterpriseProfile($input: EnterpriseProfileInput!) {\n    updateEnterpriseProfile(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealContact($organisationId: ID!) {\n    revealContact(organisationId: $organisationId) {\n      organisationId\n      contactMobile\n      contactEmail\n      legalRepresentativeMobile\n    }\n  }\n"): (typeof documents)["\n  mutation RevealContact($organisationId: ID!) {\n    revealContact(organisationId: $organisationId) {\n      organisationId\n      contactMobile\n      contactEmail\n      legalRepresentativeMobile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistrationReviewFields on Organisation {\n    id\n    registrationStatus\n    rejectionReason\n    reviewedAt\n  }\n"): (typeof documents)["\n  fragment RegistrationReviewFields on Organisation {\n    id\n    registrationStatus\n    rejectionReason\n    reviewedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($filter: OrganisationFilter, $page: PageInput) {\n    organisations(filter: $filter, page: $page) {\n      items {\n        ...OrganisationFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query Organisations($filter: OrganisationFilter, $page: PageInput) {\n    organisations(filter: $filter, page: $page) {\n      items {\n        ...OrganisationFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveRegistration($organisationId: ID!) {\n    approveRegistration(organisationId: $organisationId) {\n      ...RegistrationReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveRegistration($organisationId: ID!) {\n    approveRegistration(organisationId: $organisationId) {\n      ...RegistrationReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectRegistration($organisationId: ID!, $reason: String!) {\n    rejectRegistration(organisationId: $organisationId, reason: $reason) {\n      ...RegistrationReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectRegistration($organisationId: ID!, $reason: String!) {\n    rejectRegistration(organisationId: $organisationId, reason: $reason) {\n      ...RegistrationReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectFields on Project {\n    id\n    name\n    code\n    divisionCode\n    address\n    detailAddress\n    longitude\n    latitude\n    costYuan\n    investmentWan\n    ownerUnit\n    constructorName\n    constructorUscc\n    category\n    categoryLabel\n    durationDays\n    plannedStart\n    plannedEnd\n    status\n    statusLabel\n    createdAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment ProjectFields on Project {\n    id\n    name\n    code\n    divisionCode\n    address\n    detailAddress\n    longitude\n    latitude\n    costYuan\n    investmentWan\n    ownerUnit\n    constructorName\n    constructorUscc\n    category\n    categoryLabel\n    durationDays\n    plannedStart\n    plannedEnd\n    status\n    statusLabel\n    createdAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MajorHazardFields on MajorHazardSource {\n    id\n    projectId\n    type\n    typeLabel\n    location\n    controlMeasures\n    responsiblePerson\n    responsiblePhone\n    periodStart\n    periodEnd\n    version\n  }\n"): (typeof documents)["\n  fragment MajorHazardFields on MajorHazardSource {\n    id\n    projectId\n    type\n    typeLabel\n    location\n    controlMeasures\n    responsiblePerson\n    responsiblePhone\n    periodStart\n    periodEnd\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectWarningFields on ProjectWarning {\n    code\n    message\n    field\n  }\n"): (typeof documents)["\n  fragment ProjectWarningFields on ProjectWarning {\n    code\n    message\n    field\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProjects($filter: ProjectFilter, $sort: ProjectSort, $page: PageInput) {\n    myProjects(filter: $filter, sort: $sort, page: $page) {\n      items {\n        ...ProjectFields\n        # 投保状态 and 填报 / 查看投保单 (underwriting, through federation).\n        insurance {\n          status\n          statusLabel\n          canApply\n          application {\n            id\n            status\n          }\n        }\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query MyProjects($filter: ProjectFilter, $sort: ProjectSort, $page: PageInput) {\n    myProjects(filter: $filter, sort: $sort, page: $page) {\n      items {\n        ...ProjectFields\n        # 投保状态 and 填报 / 查看投保单 (underwriting, through federation).\n        insurance {\n          status\n          statusLabel\n          canApply\n          application {\n            id\n            status\n          }\n        }\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n      majorHazards {\n        ...MajorHazardFields\n      }\n      history {\n        id\n        action\n        at\n        actorUserId\n        actorOrganisationId\n        operator {\n          username\n          displayName\n        }\n        reason\n        majorHazardId\n        changes {\n          field\n          label\n          from\n          to\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n      majorHazards {\n        ...MajorHazardFields\n      }\n      history {\n        id\n        action\n        at\n        actorUserId\n        actorOrganisationId\n        operator {\n          username\n          displayName\n        }\n        reason\n        majorHazardId\n        changes {\n          field\n          label\n          from\n          to\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectDictionaries {\n    projectCategories {\n      value\n      label\n    }\n    majorHazardTypes {\n      value\n      label\n    }\n  }\n"): (typeof documents)["\n  query ProjectDictionaries {\n    projectCategories {\n      value\n      label\n    }\n    majorHazardTypes {\n      value\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      project {\n        ...ProjectFields\n      }\n      warnings {\n        ...ProjectWarningFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      project {\n        ...ProjectFields\n      }\n      warnings {\n        ...ProjectWarningFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($id: ID!, $version: Int!, $input: ProjectInput!) {\n    updateProject(id: $id, version: $version, input: $input) {\n      project {\n        ...ProjectFields\n      }\n      warnings {\n        ...ProjectWarningFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($id: ID!, $version: Int!, $input: ProjectInput!) {\n    updateProject(id: $id, version: $version, input: $input) {\n      project {\n        ...ProjectFields\n      }\n      warnings {\n        ...ProjectWarningFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeProjectStatus($id: ID!, $status: ProjectStatus!, $reason: String) {\n    changeProjectStatus(id: $id, status: $status, reason: $reason) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeProjectStatus($id: ID!, $status: ProjectStatus!, $reason: String) {\n    changeProjectStatus(id: $id, status: $status, reason: $reason) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterMajorHazard($projectId: ID!, $input: MajorHazardInput!) {\n    registerMajorHazard(projectId: $projectId, input: $input) {\n      ...MajorHazardFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterMajorHazard($projectId: ID!, $input: MajorHazardInput!) {\n    registerMajorHazard(projectId: $projectId, input: $input) {\n      ...MajorHazardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMajorHazard($id: ID!, $version: Int!, $input: MajorHazardInput!) {\n    updateMajorHazard(id: $id, version: $version, input: $input) {\n      ...MajorHazardFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMajorHazard($id: ID!, $version: Int!, $input: MajorHazardInput!) {\n    updateMajorHazard(id: $id, version: $version, input: $input) {\n      ...MajorHazardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMajorHazard($id: ID!) {\n    removeMajorHazard(id: $id) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMajorHazard($id: ID!) {\n    removeMajorHazard(id: $id) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegulatorProjectRowFields on Project {\n    id\n    name\n    divisionCode\n    address\n    constructorName\n    investmentWan\n    status\n    statusLabel\n    # 保险机构, 承保时间, 保费(元), 投保状态: projects' own copy (filterable); the 电子保单 from underwriting.\n    insuranceStatus\n    insuranceStatusLabel\n    insurerName\n    insuredPremiumYuan\n    insuredPremiumImplausible\n    insuredAt\n    insurance {\n      policy {\n        id\n        policyDocument {\n          id\n          fileName\n          downloadUrl\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RegulatorProjectRowFields on Project {\n    id\n    name\n    divisionCode\n    address\n    constructorName\n    investmentWan\n    status\n    statusLabel\n    # 保险机构, 承保时间, 保费(元), 投保状态: projects' own copy (filterable); the 电子保单 from underwriting.\n    insuranceStatus\n    insuranceStatusLabel\n    insurerName\n    insuredPremiumYuan\n    insuredPremiumImplausible\n    insuredAt\n    insurance {\n      policy {\n        id\n        policyDocument {\n          id\n          fileName\n          downloadUrl\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegulatorProjects($filter: ProjectFilter, $page: PageInput) {\n    projects(filter: $filter, page: $page) {\n      items {\n        ...RegulatorProjectRowFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query RegulatorProjects($filter: ProjectFilter, $page: PageInput) {\n    projects(filter: $filter, page: $page) {\n      items {\n        ...RegulatorProjectRowFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegulatorProject($id: ID!) {\n    project(id: $id) {\n      ...RegulatorProjectRowFields\n      code\n      constructorUscc\n      ownerUnit\n      costYuan\n      plannedStart\n      plannedEnd\n      detailAddress\n      longitude\n      latitude\n      categoryLabel\n      durationDays\n      createdAt\n      updatedAt\n      majorHazards {\n        ...MajorHazardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegulatorProject($id: ID!) {\n    project(id: $id) {\n      ...RegulatorProjectRowFields\n      code\n      constructorUscc\n      ownerUnit\n      costYuan\n      plannedStart\n      plannedEnd\n      detailAddress\n      longitude\n      latitude\n      categoryLabel\n      durationDays\n      createdAt\n      updatedAt\n      majorHazards {\n        ...MajorHazardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanFields on InsurancePlan {\n    id\n    provinceCode\n    code\n    name\n    label\n    version\n    effectiveFrom\n    effectiveTo\n    deathDisabilityLimitYuan\n    medicalLimitYuan\n    perAccidentLimitYuan\n    cumulativeLimitYuan\n    rateTiers {\n      upToYuan\n      rate\n      rateLabel\n    }\n    minimumPremiumYuan\n    plausibleMaximumPremiumYuan\n    floatingRates {\n      accidentGrade\n      label\n      ratio\n    }\n    floatingFloor\n    floatingCap\n    description\n    createdAt\n  }\n"): (typeof documents)["\n  fragment PlanFields on InsurancePlan {\n    id\n    provinceCode\n    code\n    name\n    label\n    version\n    effectiveFrom\n    effectiveTo\n    deathDisabilityLimitYuan\n    medicalLimitYuan\n    perAccidentLimitYuan\n    cumulativeLimitYuan\n    rateTiers {\n      upToYuan\n      rate\n      rateLabel\n    }\n    minimumPremiumYuan\n    plausibleMaximumPremiumYuan\n    floatingRates {\n      accidentGrade\n      label\n      ratio\n    }\n    floatingFloor\n    floatingCap\n    description\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteFields on PremiumQuote {\n    planId\n    costYuan\n    rate\n    rateLabel\n    floatingRatio\n    computedYuan\n    premiumYuan\n    minimumApplied\n    implausible\n  }\n"): (typeof documents)["\n  fragment QuoteFields on PremiumQuote {\n    planId\n    costYuan\n    rate\n    rateLabel\n    floatingRatio\n    computedYuan\n    premiumYuan\n    minimumApplied\n    implausible\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationRowFields on InsuranceApplication {\n    id\n    projectId\n    projectName\n    projectCode\n    investmentWan\n    enterpriseName\n    contactPhone\n    insurerName\n    brokerName\n    plan {\n      id\n      code\n      name\n      label\n    }\n    status\n    statusLabel\n    quoteYuan\n    implausible\n    overdue\n    submittedAt\n    reviewDueAt\n    createdAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment ApplicationRowFields on InsuranceApplication {\n    id\n    projectId\n    projectName\n    projectCode\n    investmentWan\n    enterpriseName\n    contactPhone\n    insurerName\n    brokerName\n    plan {\n      id\n      code\n      name\n      label\n    }\n    status\n    statusLabel\n    quoteYuan\n    implausible\n    overdue\n    submittedAt\n    reviewDueAt\n    createdAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationDocumentFields on ApplicationDocuments {\n    businessLicense {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    contract {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    legalRepIdEmblem {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    legalRepIdPortrait {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    safetyLicense {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    qualification {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    agreement {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationDocumentFields on ApplicationDocuments {\n    businessLicense {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    contract {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    legalRepIdEmblem {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    legalRepIdPortrait {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    safetyLicense {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    qualification {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n    agreement {\n      id\n      fileName\n      size\n      contentType\n      uploadedAt\n      downloadUrl\n      thumbnailUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyRowFields on Policy {\n    id\n    applicationId\n    projectId\n    policyNumber\n    ownerUnit\n    projectName\n    projectCode\n    enterpriseName\n    insurerName\n    brokerName\n    plan {\n      id\n      code\n      name\n      label\n    }\n    premiumYuan\n    implausible\n    effectiveDate\n    expiryDate\n    status\n    statusLabel\n    renewalDue\n    coverageShort\n    issuedAt\n    ledgerNumber\n    application {\n      id\n      contactPhone\n    }\n  }\n"): (typeof documents)["\n  fragment PolicyRowFields on Policy {\n    id\n    applicationId\n    projectId\n    policyNumber\n    ownerUnit\n    projectName\n    projectCode\n    enterpriseName\n    insurerName\n    brokerName\n    plan {\n      id\n      code\n      name\n      label\n    }\n    premiumYuan\n    implausible\n    effectiveDate\n    expiryDate\n    status\n    statusLabel\n    renewalDue\n    coverageShort\n    issuedAt\n    ledgerNumber\n    application {\n      id\n      contactPhone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationOptions {\n    underwritingInsurers {\n      id\n      name\n      brokers {\n        id\n        name\n      }\n    }\n    insurancePlans {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  query ApplicationOptions {\n    underwritingInsurers {\n      id\n      name\n      brokers {\n        id\n        name\n      }\n    }\n    insurancePlans {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationProject($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      code\n      divisionCode\n      costYuan\n      investmentWan\n      ownerUnit\n      plannedStart\n      plannedEnd\n      status\n      statusLabel\n      insurance {\n        status\n        statusLabel\n        canApply\n        application {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationProject($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      code\n      divisionCode\n      costYuan\n      investmentWan\n      ownerUnit\n      plannedStart\n      plannedEnd\n      status\n      statusLabel\n      insurance {\n        status\n        statusLabel\n        canApply\n        application {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremiumQuote($projectId: ID!, $planId: ID!, $floatingRatio: String) {\n    premiumQuote(projectId: $projectId, planId: $planId, floatingRatio: $floatingRatio) {\n      ...QuoteFields\n    }\n  }\n"): (typeof documents)["\n  query PremiumQuote($projectId: ID!, $planId: ID!, $floatingRatio: String) {\n    premiumQuote(projectId: $projectId, planId: $planId, floatingRatio: $floatingRatio) {\n      ...QuoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationAccidents($id: ID!) {\n    insuranceApplication(id: $id) {\n      id\n      proposedAccidentGrade\n      proposedFloatingRatio\n      accidents {\n        claimId\n        claimNumber\n        policyNumber\n        projectCode\n        accidentDate\n        categoryLabel\n        gradeLabel\n        deathCount\n        injuredCount\n        statusLabel\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationAccidents($id: ID!) {\n    insuranceApplication(id: $id) {\n      id\n      proposedAccidentGrade\n      proposedFloatingRatio\n      accidents {\n        claimId\n        claimNumber\n        policyNumber\n        projectCode\n        accidentDate\n        categoryLabel\n        gradeLabel\n        deathCount\n        injuredCount\n        statusLabel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Application($id: ID!) {\n    insuranceApplication(id: $id) {\n      ...ApplicationRowFields\n      costYuan\n      organisationId\n      enterpriseUscc\n      insurerId\n      brokerId\n      plan {\n        ...PlanFields\n      }\n      documents {\n        ...ApplicationDocumentFields\n      }\n      agreementAccepted\n      floatingRatio\n      floatingReason\n      reviewOpinion\n      reviewedAt\n      policy {\n        id\n        policyNumber\n      }\n      history {\n        id\n        actionLabel\n        at\n        fromStatus\n        toStatus\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query Application($id: ID!) {\n    insuranceApplication(id: $id) {\n      ...ApplicationRowFields\n      costYuan\n      organisationId\n      enterpriseUscc\n      insurerId\n      brokerId\n      plan {\n        ...PlanFields\n      }\n      documents {\n        ...ApplicationDocumentFields\n      }\n      agreementAccepted\n      floatingRatio\n      floatingReason\n      reviewOpinion\n      reviewedAt\n      policy {\n        id\n        policyNumber\n      }\n      history {\n        id\n        actionLabel\n        at\n        fromStatus\n        toStatus\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationStateFields on InsuranceApplication {\n    id\n    version\n    status\n    statusLabel\n    contactPhone\n    reviewOpinion\n  }\n"): (typeof documents)["\n  fragment ApplicationStateFields on InsuranceApplication {\n    id\n    version\n    status\n    statusLabel\n    contactPhone\n    reviewOpinion\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveApplication($id: ID, $version: Int, $input: ApplicationInput!) {\n    saveInsuranceApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveApplication($id: ID, $version: Int, $input: ApplicationInput!) {\n    saveInsuranceApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitApplication($id: ID!, $version: Int!) {\n    submitInsuranceApplication(id: $id, version: $version) {\n      ...ApplicationStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitApplication($id: ID!, $version: Int!) {\n    submitInsuranceApplication(id: $id, version: $version) {\n      ...ApplicationStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawApplication($id: ID!, $reason: String) {\n    withdrawInsuranceApplication(id: $id, reason: $reason) {\n      ...ApplicationStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawApplication($id: ID!, $reason: String) {\n    withdrawInsuranceApplication(id: $id, reason: $reason) {\n      ...ApplicationStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Applications($filter: ApplicationFilter, $page: PageInput) {\n    insuranceApplications(filter: $filter, page: $page) {\n      items {\n        ...ApplicationRowFields\n      }\n      total\n      page\n      pageSize\n      statusCounts {\n        status\n        label\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query Applications($filter: ApplicationFilter, $page: PageInput) {\n    insuranceApplications(filter: $filter, page: $page) {\n      items {\n        ...ApplicationRowFields\n      }\n      total\n      page\n      pageSize\n      statusCounts {\n        status\n        label\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Policies($filter: PolicyFilter, $page: PageInput) {\n    policies(filter: $filter, page: $page) {\n      items {\n        ...PolicyRowFields\n        policyDocument {\n          ...DocumentFields\n        }\n        agreementDocument {\n          ...DocumentFields\n        }\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query Policies($filter: PolicyFilter, $page: PageInput) {\n    policies(filter: $filter, page: $page) {\n      items {\n        ...PolicyRowFields\n        policyDocument {\n          ...DocumentFields\n        }\n        agreementDocument {\n          ...DocumentFields\n        }\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Policy($id: ID!) {\n    policy(id: $id) {\n      ...PolicyRowFields\n      premiumReason\n      quoteYuan\n      plan {\n        ...PlanFields\n      }\n      policyDocument {\n        ...DocumentFields\n      }\n      agreementDocument {\n        ...DocumentFields\n      }\n      extensions {\n        id\n        fromExpiryDate\n        toExpiryDate\n        reason\n        at\n      }\n      application {\n        id\n        investmentWan\n      }\n    }\n  }\n"): (typeof documents)["\n  query Policy($id: ID!) {\n    policy(id: $id) {\n      ...PolicyRowFields\n      premiumReason\n      quoteYuan\n      plan {\n        ...PlanFields\n      }\n      policyDocument {\n        ...DocumentFields\n      }\n      agreementDocument {\n        ...DocumentFields\n      }\n      extensions {\n        id\n        fromExpiryDate\n        toExpiryDate\n        reason\n        at\n      }\n      application {\n        id\n        investmentWan\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationDocuments($id: ID!) {\n    insuranceApplication(id: $id) {\n      id\n      documents {\n        ...ApplicationDocumentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationDocuments($id: ID!) {\n    insuranceApplication(id: $id) {\n      id\n      documents {\n        ...ApplicationDocumentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ledger($filter: LedgerFilter, $page: PageInput) {\n    policyLedger(filter: $filter, page: $page) {\n      items {\n        id\n        ledgerNumber\n        createdAt\n        enterpriseName\n        projectName\n        contactPhone\n        planLabel\n        policyNumber\n        premiumYuan\n        implausible\n        policyId\n        insurerName\n        brokerName\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query Ledger($filter: LedgerFilter, $page: PageInput) {\n    policyLedger(filter: $filter, page: $page) {\n      items {\n        id\n        ledgerNumber\n        createdAt\n        enterpriseName\n        projectName\n        contactPhone\n        planLabel\n        policyNumber\n        premiumYuan\n        implausible\n        policyId\n        insurerName\n        brokerName\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewApplication($id: ID!, $version: Int!, $input: ReviewInput!) {\n    reviewInsuranceApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewApplication($id: ID!, $version: Int!, $input: ReviewInput!) {\n    reviewInsuranceApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePolicy($applicationId: ID!, $version: Int!, $input: IssuePolicyInput!) {\n    issuePolicy(applicationId: $applicationId, version: $version, input: $input) {\n      id\n      policyNumber\n    }\n  }\n"): (typeof documents)["\n  mutation IssuePolicy($applicationId: ID!, $version: Int!, $input: IssuePolicyInput!) {\n    issuePolicy(applicationId: $applicationId, version: $version, input: $input) {\n      id\n      policyNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendPolicy($policyId: ID!, $input: ExtendPolicyInput!) {\n    extendPolicy(policyId: $policyId, input: $input) {\n      id\n      expiryDate\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendPolicy($policyId: ID!, $input: ExtendPolicyInput!) {\n    extendPolicy(policyId: $policyId, input: $input) {\n      id\n      expiryDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealApplicationContact($id: ID!) {\n    revealApplicationContact(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevealApplicationContact($id: ID!) {\n    revealApplicationContact(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssueForm($id: ID!) {\n    insuranceApplication(id: $id) {\n      id\n      version\n      status\n      statusLabel\n      projectId\n      projectName\n      projectCode\n      enterpriseName\n      quoteYuan\n      floatingRatio\n      plan {\n        ...PlanFields\n      }\n    }\n    insurancePlans {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  query IssueForm($id: ID!) {\n    insuranceApplication(id: $id) {\n      id\n      version\n      status\n      statusLabel\n      projectId\n      projectName\n      projectCode\n      enterpriseName\n      quoteYuan\n      floatingRatio\n      plan {\n        ...PlanFields\n      }\n    }\n    insurancePlans {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssueProject($id: ID!) {\n    project(id: $id) {\n      id\n      ownerUnit\n      plannedEnd\n    }\n  }\n"): (typeof documents)["\n  query IssueProject($id: ID!) {\n    project(id: $id) {\n      id\n      ownerUnit\n      plannedEnd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreventionFee($policyId: ID!) {\n    preventionFeeLedger(policyId: $policyId) {\n      budgetYuan\n      share\n      spentYuan\n      remainingYuan\n      entries {\n        id\n        date\n        serviceItem\n        serviceItemLabel\n        amountYuan\n        evidence {\n          ...DocumentFields\n        }\n        note\n        recordedAt\n      }\n    }\n    preventionServiceItems {\n      code\n      label\n    }\n  }\n"): (typeof documents)["\n  query PreventionFee($policyId: ID!) {\n    preventionFeeLedger(policyId: $policyId) {\n      budgetYuan\n      share\n      spentYuan\n      remainingYuan\n      entries {\n        id\n        date\n        serviceItem\n        serviceItemLabel\n        amountYuan\n        evidence {\n          ...DocumentFields\n        }\n        note\n        recordedAt\n      }\n    }\n    preventionServiceItems {\n      code\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPreventionFee($policyId: ID!, $input: PreventionFeeInput!) {\n    recordPreventionFee(policyId: $policyId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPreventionFee($policyId: ID!, $input: PreventionFeeInput!) {\n    recordPreventionFee(policyId: $policyId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans($provinceCode: String) {\n    insurancePlans(provinceCode: $provinceCode, includeHistory: true) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  query Plans($provinceCode: String) {\n    insurancePlans(provinceCode: $provinceCode, includeHistory: true) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPlan($input: InsurancePlanInput!) {\n    publishInsurancePlan(input: $input) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishPlan($input: InsurancePlanInput!) {\n    publishInsurancePlan(input: $input) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetirePlan($id: ID!, $lastDay: Date!) {\n    retireInsurancePlan(id: $id, lastDay: $lastDay) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetirePlan($id: ID!, $lastDay: Date!) {\n    retireInsurancePlan(id: $id, lastDay: $lastDay) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Divisions($parent: String) {\n    divisions(parent: $parent) {\n      code\n      name\n      level\n      parentCode\n      fullName\n    }\n  }\n"): (typeof documents)["\n  query Divisions($parent: String) {\n    divisions(parent: $parent) {\n      code\n      name\n      level\n      parentCode\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Division($code: String!) {\n    division(code: $code) {\n      code\n      fullName\n    }\n  }\n"): (typeof documents)["\n  query Division($code: String!) {\n    division(code: $code) {\n      code\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentFields on Document {\n    id\n    kind\n    kindLabel\n    fileName\n    size\n    contentType\n    uploadedAt\n    downloadUrl\n    thumbnailUrl\n  }\n"): (typeof documents)["\n  fragment DocumentFields on Document {\n    id\n    kind\n    kindLabel\n    fileName\n    size\n    contentType\n    uploadedAt\n    downloadUrl\n    thumbnailUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Documents($kinds: [DocumentKind!]) {\n    documents(kinds: $kinds) {\n      ...DocumentFields\n    }\n  }\n"): (typeof documents)["\n  query Documents($kinds: [DocumentKind!]) {\n    documents(kinds: $kinds) {\n      ...DocumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegulatorEnterpriseDocuments($id: ID!) {\n    organisation(id: $id) {\n      id\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegulatorEnterpriseDocuments($id: ID!) {\n    organisation(id: $id) {\n      id\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegulatorDocumentsArchive($ids: [ID!]!, $name: String) {\n    documentsArchiveUrl(ids: $ids, name: $name)\n  }\n"): (typeof documents)["\n  query RegulatorDocumentsArchive($ids: [ID!]!, $name: String) {\n    documentsArchiveUrl(ids: $ids, name: $name)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    user {\n      username\n      displayName\n    }\n    organisation {\n      id\n      name\n      type\n      divisionCode\n      registrationStatus\n    }\n    roles\n    jurisdiction\n    mustChangePassword\n    idleTimeoutSeconds\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    user {\n      username\n      displayName\n    }\n    organisation {\n      id\n      name\n      type\n      divisionCode\n      registrationStatus\n    }\n    roles\n    jurisdiction\n    mustChangePassword\n    idleTimeoutSeconds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    expiresIn\n    refreshToken\n    mustChangePassword\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    expiresIn\n    refreshToken\n    mustChangePassword\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;