// 审计日志: identity's hash-chained audit log.
import { graphql } from '../../gql/gql.ts';

export const AuditRecordsQuery = graphql(`
  query AuditRecords($filter: AuditFilter, $page: PageInput) {
    auditRecords(filter: $filter, page: $page) {
      items {
        seq
        at
        type
        subject
        object
        result
        detail
        hash
      }
      total
      page
      pageSize
    }
  }
`);

export const AuditChainVerificationQuery = graphql(`
  query AuditChainVerification {
    auditChainVerification {
      intact
      recordsChecked
      firstBrokenSeq
      verifiedAt
    }
  }
`);

/** The types the log holds (the 类型 filter lists the known ones and these). */
export const AuditTypesQuery = graphql(`
  query AuditTypes {
    auditTypes
  }
`);
