// Operations against the analytics subgraph (监管统计) for the regulator's 数据大屏.
import { graphql } from '../../gql/gql.ts';

export const DivisionMetricsFields = graphql(`
  fragment DivisionMetricsFields on DivisionMetrics {
    divisionCode
    divisionName
    level
    projectTotal
    enterprisesWithProjects
    registeredEnterprises
    registrationRatio {
      numerator
      denominator
      percentage
    }
    insuredProjects
    insuranceRatio {
      numerator
      denominator
      percentage
    }
    claimCount
    claimAmountYuan
  }
`);

/** The viewer's jurisdiction (default) or a division inside it, with one level of breakdown and freshness. */
export const RegulatorMetricsQuery = graphql(`
  query RegulatorMetrics($divisionCode: String) {
    regulatorMetrics(divisionCode: $divisionCode) {
      divisionCode
      divisionName
      level
      projectTotal
      enterprisesWithProjects
      registeredEnterprises
      registrationRatio {
        numerator
        denominator
        percentage
      }
      insuredProjects
      insuranceRatio {
        numerator
        denominator
        percentage
      }
      claimCount
      claimAmountYuan
      children {
        ...DivisionMetricsFields
      }
      freshness {
        lastEventOccurredAt
        lastAppliedAt
        lagSeconds
        pending
      }
    }
  }
`);
