// GB/T 2260 行政区划 from identity's public dictionary.
import { graphql } from '../../gql/gql.ts';

export const DivisionsQuery = graphql(`
  query Divisions($parent: String) {
    divisions(parent: $parent) {
      code
      name
      level
      parentCode
      fullName
    }
  }
`);

export const DivisionQuery = graphql(`
  query Division($code: String!) {
    division(code: $code) {
      code
      fullName
    }
  }
`);
