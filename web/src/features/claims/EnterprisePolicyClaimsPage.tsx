// 报案 (enterprise): one of its policies with its claims (状态, 补充材料 requests with 提交补充材料) and 报案, the form
// the insurer's 新增理赔 uses, on its own policy.
import { Empty } from 'antd';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { DetailDescriptions, DetailPage, DetailPending } from '../../shared/detail/Detail.tsx';
import { dateRange } from '../../shared/format.ts';
import { UNDERWRITING_PATHS } from '../underwriting/routes.ts';
import { ClaimPolicyQuery } from './graphql.ts';
import { PolicyClaimsSection } from './PolicyClaimsSection.tsx';

export function EnterprisePolicyClaimsPage() {
  const { id = '' } = useParams();
  const [query] = useQuery({ query: ClaimPolicyQuery, variables: { policyId: id } });
  const policy = query.data?.claimPolicy;
  if (!policy) {
    return (
      <DetailPending
        title="保单理赔"
        query={query}
        missing={<Empty description="保单不存在或无权查看" style={{ padding: 48 }} />}
      />
    );
  }
  return (
    <DetailPage
      title="保单理赔"
      backTo={UNDERWRITING_PATHS.policies}
      sections={<PolicyClaimsSection policyId={policy.policyId} viewer="enterprise" />}
    >
      <DetailDescriptions
        column={{ xs: 1, lg: 2 }}
        items={[
          ['保单号', policy.policyNumber],
          ['保险期间', dateRange(policy.effectiveDate, policy.expiryDate)],
          ['项目名称', policy.projectName],
          ['项目代码', policy.projectCode],
        ]}
      />
    </DetailPage>
  );
}
