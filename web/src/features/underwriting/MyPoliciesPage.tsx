// 保单 (enterprise): its policies with 保单文件 and 协议文件 to look at and download, the 保单状态 (未生效 / 有效 /
// 即将到期 / 已过期) and 续保提醒 with 续保 (a new application for the project); 理赔 leads to 报案 and the policy's claims.
import { Alert, Button, Space } from 'antd';
import type { TableColumnsType } from 'antd';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import type { PoliciesQuery as Result } from '../../gql/graphql.ts';
import { useRenewedLinks } from '../../shared/documents/Documents.tsx';
import { ListPage, StatusSearch, useListState } from '../../shared/list/ListPage.tsx';
import { policyFilterOf, type PolicySearch } from './application-form.ts';
import { PoliciesQuery } from './graphql.ts';
import { enterprisePolicyClaimsPath } from '../claims/routes.ts';
import { applyPath } from './routes.ts';
import { FileLinks, POLICY_STATUS_OPTIONS, policyColumns, TwoLines } from './UnderwritingParts.tsx';

type Row = Result['policies']['items'][number];

export function MyPoliciesPage() {
  const navigate = useNavigate();
  const list = useListState<PolicySearch>({});
  const [query, refetch] = useQuery({
    query: PoliciesQuery,
    variables: { filter: policyFilterOf(list.filter), page: list.paging },
    requestPolicy: 'cache-and-network',
  });
  useRenewedLinks(refetch);
  const [renewals] = useQuery({
    query: PoliciesQuery,
    variables: { filter: { renewalDue: true }, page: { page: 1, pageSize: 10 } },
  });
  const renewalCount = renewals.data?.policies.total ?? 0;

  const columns: TableColumnsType<Row> = [
    {
      title: '保单号 / 方案',
      key: 'policyNumber',
      width: 170,
      render: (_, p) => <TwoLines main={p.policyNumber} sub={p.plan.label} />,
    },
    {
      title: '项目名称',
      key: 'project',
      render: (_, p) => <TwoLines main={p.projectName} sub={p.projectCode} />,
    },
    { title: '保险机构', dataIndex: 'insurerName', key: 'insurerName', width: 150 },
    ...policyColumns<Row>(false),
    {
      title: '保单文件 / 协议文件',
      key: 'files',
      width: 160,
      render: (_, p) => (
        <TwoLines
          main={
            <Space size={8}>
              保单文件 <FileLinks doc={p.policyDocument} />
            </Space>
          }
          sub={
            <Space size={8}>
              协议文件 <FileLinks doc={p.agreementDocument} />
            </Space>
          }
        />
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 110,
      render: (_, p) => (
        <>
          {p.status !== 'PENDING' && (
            <Button type="link" size="small" onClick={() => void navigate(enterprisePolicyClaimsPath(p.id))}>
              理赔
            </Button>
          )}
          {p.renewalDue && (
            <Button type="link" size="small" onClick={() => void navigate(applyPath(p.projectId))}>
              续保
            </Button>
          )}
        </>
      ),
    },
  ];

  return (
    <ListPage
      title="保单"
      notices={
        renewalCount > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={`续保提醒：${renewalCount} 份保单即将到期而项目仍在施工，请及时续保（不得脱保）。`}
            action={
              <Button size="small" onClick={() => list.search({ ...list.filter, status: 'RENEWAL_DUE' })}>
                查看
              </Button>
            }
          />
        )
      }
      filters={
        <StatusSearch
          status={list.filter.status ?? null}
          statuses={POLICY_STATUS_OPTIONS}
          statusWidth={130}
          onStatusChange={(status) => list.search({ ...list.filter, status: status ?? undefined })}
          search={{ label: '项目名称', placeholder: '项目名称', width: 320 }}
          onSearch={(projectName) => list.search({ ...list.filter, projectName })}
        />
      }
      rowKey="id"
      columns={columns}
      fit
      query={query}
      rows={(d) => d.policies}
      list={list}
    />
  );
}
