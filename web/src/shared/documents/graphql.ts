// Operations against the documents subgraph (uploaded files). Uploads themselves are plain HTTP (POST /files, see
// files.ts); GraphQL lists them (the viewer's own, or an organisation's for a regulator), deletes them and signs
// 资料下载 archives.
import { graphql } from '../../gql/gql.ts';

export const DocumentFields = graphql(`
  fragment DocumentFields on Document {
    id
    kind
    kindLabel
    fileName
    size
    contentType
    uploadedAt
    downloadUrl
    thumbnailUrl
  }
`);

/** The viewer's own organisation's documents of these kinds (newest first). */
export const DocumentsQuery = graphql(`
  query Documents($kinds: [DocumentKind!]) {
    documents(kinds: $kinds) {
      ...DocumentFields
    }
  }
`);

export const DeleteDocument = graphql(`
  mutation DeleteDocument($id: ID!) {
    deleteDocument(id: $id)
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
