// Operations against the documents subgraph (uploaded files). Uploads themselves are plain HTTP (POST /files, see
// files.ts); GraphQL lists and deletes them.
import { graphql } from '../gql/gql.ts';

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
