// Operations of the regulator's screens (企业信息 详情 资料, 项目信息). Literal graphql() calls, typed by codegen like
// identity.ts. The enterprise-side project pages keep their own documents in projects.ts: nothing is shared, so a
// change to one side's selection never alters the other's screens.
import { graphql } from '../gql/gql.ts';

/** One row of the regulator's 项目信息 list: the manual's columns and nothing more. */
export const RegulatorProjectRowFields = graphql(`
  fragment RegulatorProjectRowFields on Project {
    id
    name
    code
    divisionCode
    address
    constructorName
    constructorUscc
    ownerUnit
    costYuan
    investmentWan
    plannedStart
    plannedEnd
    status
    statusLabel
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

/** 企业信息 详情: the enterprise's uploaded documents (营业执照, 资质文件, 法人身份证 …), newest first. */
export const RegulatorEnterpriseDocumentsQuery = graphql(`
  query RegulatorEnterpriseDocuments($id: ID!) {
    organisation(id: $id) {
      id
      documents {
        ...DocumentFields
      }
    }
  }
`);

/** 资料下载: a short-lived signed link to a ZIP of the given documents. */
export const RegulatorDocumentsArchiveQuery = graphql(`
  query RegulatorDocumentsArchive($ids: [ID!]!, $name: String) {
    documentsArchiveUrl(ids: $ids, name: $name)
  }
`);
