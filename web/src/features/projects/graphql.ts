// Operations against the projects subgraph (项目信息, 重大危险源登记), through the gateway at /graphql. Literal
// graphql() calls: codegen generates their types into src/gql/. The regulator's screens (at the end) keep documents of
// their own: nothing is shared with the enterprise's, so a change to one side's selection never alters the other's
// screens.
import { graphql } from '../../gql/gql.ts';

export const ProjectFields = graphql(`
  fragment ProjectFields on Project {
    id
    name
    code
    divisionCode
    address
    detailAddress
    longitude
    latitude
    costYuan
    investmentWan
    ownerUnit
    constructorName
    constructorUscc
    category
    categoryLabel
    durationDays
    plannedStart
    plannedEnd
    status
    statusLabel
    createdAt
    updatedAt
    version
  }
`);

export const MajorHazardFields = graphql(`
  fragment MajorHazardFields on MajorHazardSource {
    id
    projectId
    type
    typeLabel
    location
    controlMeasures
    responsiblePerson
    responsiblePhone
    periodStart
    periodEnd
    version
  }
`);

export const ProjectWarningFields = graphql(`
  fragment ProjectWarningFields on ProjectWarning {
    code
    message
    field
  }
`);

export const MyProjectsQuery = graphql(`
  query MyProjects($filter: ProjectFilter, $sort: ProjectSort, $page: PageInput) {
    myProjects(filter: $filter, sort: $sort, page: $page) {
      items {
        ...ProjectFields
        # 投保状态 and 填报 / 查看投保单 (underwriting, through federation).
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
      total
      page
      pageSize
    }
  }
`);

export const ProjectQuery = graphql(`
  query Project($id: ID!) {
    project(id: $id) {
      ...ProjectFields
      majorHazards {
        ...MajorHazardFields
      }
      history {
        id
        action
        at
        actorUserId
        actorOrganisationId
        operator {
          username
          displayName
        }
        reason
        majorHazardId
        changes {
          field
          label
          from
          to
        }
      }
    }
  }
`);

export const ProjectDictionariesQuery = graphql(`
  query ProjectDictionaries {
    projectCategories {
      value
      label
    }
    majorHazardTypes {
      value
      label
    }
  }
`);

export const CreateProject = graphql(`
  mutation CreateProject($input: ProjectInput!) {
    createProject(input: $input) {
      project {
        ...ProjectFields
      }
      warnings {
        ...ProjectWarningFields
      }
    }
  }
`);

export const UpdateProject = graphql(`
  mutation UpdateProject($id: ID!, $version: Int!, $input: ProjectInput!) {
    updateProject(id: $id, version: $version, input: $input) {
      project {
        ...ProjectFields
      }
      warnings {
        ...ProjectWarningFields
      }
    }
  }
`);

export const ChangeProjectStatus = graphql(`
  mutation ChangeProjectStatus($id: ID!, $status: ProjectStatus!, $reason: String) {
    changeProjectStatus(id: $id, status: $status, reason: $reason) {
      ...ProjectFields
    }
  }
`);

export const RegisterMajorHazard = graphql(`
  mutation RegisterMajorHazard($projectId: ID!, $input: MajorHazardInput!) {
    registerMajorHazard(projectId: $projectId, input: $input) {
      ...MajorHazardFields
    }
  }
`);

export const UpdateMajorHazard = graphql(`
  mutation UpdateMajorHazard($id: ID!, $version: Int!, $input: MajorHazardInput!) {
    updateMajorHazard(id: $id, version: $version, input: $input) {
      ...MajorHazardFields
    }
  }
`);

export const RemoveMajorHazard = graphql(`
  mutation RemoveMajorHazard($id: ID!) {
    removeMajorHazard(id: $id) {
      id
      version
    }
  }
`);

/** One row of the regulator's 项目信息 list: the manual's columns and nothing more (the rest is in 查看). */
export const RegulatorProjectRowFields = graphql(`
  fragment RegulatorProjectRowFields on Project {
    id
    name
    divisionCode
    address
    constructorName
    investmentWan
    status
    statusLabel
    # 保险机构, 承保时间, 保费(元), 投保状态: projects' own copy (filterable); the 电子保单 from underwriting.
    insuranceStatus
    insuranceStatusLabel
    insurerName
    insuredPremiumYuan
    insuredPremiumImplausible
    insuredAt
    insurance {
      policy {
        id
        policyDocument {
          id
          fileName
          downloadUrl
        }
      }
    }
  }
`);

export const RegulatorProjectsQuery = graphql(`
  query RegulatorProjects($filter: ProjectFilter, $page: PageInput) {
    projects(filter: $filter, page: $page) {
      items {
        ...RegulatorProjectRowFields
      }
      total
      page
      pageSize
    }
  }
`);

/** 查看: the whole project read-only, with its 重大危险源 (phones arrive masked for regulators). */
export const RegulatorProjectQuery = graphql(`
  query RegulatorProject($id: ID!) {
    project(id: $id) {
      ...RegulatorProjectRowFields
      code
      constructorUscc
      ownerUnit
      costYuan
      plannedStart
      plannedEnd
      detailAddress
      longitude
      latitude
      categoryLabel
      durationDays
      createdAt
      updatedAt
      majorHazards {
        ...MajorHazardFields
      }
    }
  }
`);
