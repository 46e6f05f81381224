// 在线填报 (enterprise): its applications, drafts included — 继续填报 a draft, 修改 a 复审不通过 one (its 审核意见 under the
// status), 查看 the others. A new application starts from 填报 on a row of 项目信息.
import { Alert, Button, Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import type { ApplicationRowFieldsFragment as Row, ApplicationStatus } from '../../gql/graphql.ts';
import { dateTimeText } from '../../shared/format.ts';
import { APPLICATION_STATUS } from '../../shared/labels.ts';
import { ListPage, StatusSearch, useListState } from '../../shared/list/ListPage.tsx';
import { PROJECT_PATHS } from '../projects/routes.ts';
import { applicationFilterOf, type ApplicationSearch } from './application-form.ts';
import { ApplicationsQuery } from './graphql.ts';
import { myApplicationPath } from './routes.ts';
import { ApplicationStatusTag, PremiumText, TwoLines } from './UnderwritingParts.tsx';

const STATUS_OPTIONS = (Object.keys(APPLICATION_STATUS) as ApplicationStatus[]).map((value) => ({
  value,
  label: APPLICATION_STATUS[value].label,
}));

export function MyApplicationsPage() {
  const navigate = useNavigate();
  const list = useListState<ApplicationSearch>({});
  const [query] = useQuery({
    query: ApplicationsQuery,
    variables: { filter: applicationFilterOf(list.filter), page: list.paging },
    requestPolicy: 'cache-and-network',
  });

  const columns: TableColumnsType<Row> = [
    {
      title: '项目名称',
      key: 'projectName',
      render: (_, a) => (
        <TwoLines main={<Link to={myApplicationPath(a.id)}>{a.projectName}</Link>} sub={a.projectCode} />
      ),
    },
    {
      title: '保险机构 / 经纪公司',
      key: 'insurer',
      width: 220,
      render: (_, a) => <TwoLines main={a.insurerName} sub={a.brokerName} />,
    },
    { title: '方案', key: 'plan', width: 70, render: (_, a) => a.plan.name },
    {
      title: '预计保费(元)',
      key: 'quote',
      align: 'right',
      width: 120,
      render: (_, a) => <PremiumText yuan={a.quoteYuan} />,
    },
    {
      title: '投保状态',
      key: 'status',
      width: 110,
      render: (_, a) => <ApplicationStatusTag status={a.status} label={a.statusLabel} />,
    },
    {
      title: '更新时间',
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      width: 170,
      render: (v: string) => dateTimeText(v),
    },
    {
      title: '操作',
      key: 'actions',
      width: 100,
      render: (_, a) => (
        <Button type="link" size="small" onClick={() => void navigate(myApplicationPath(a.id))}>
          {a.status === 'DRAFT' ? '继续填报' : a.status === 'REJECTED' ? '修改' : '查看'}
        </Button>
      ),
    },
  ];

  const rejected =
    query.data?.insuranceApplications.statusCounts.find((c) => c.status === 'REJECTED')?.count ?? 0;
  return (
    <ListPage
      title="在线填报"
      notices={
        <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
          <Typography.Text type="secondary">
            新的投保单请在 <Link to={PROJECT_PATHS.list}>项目列表</Link> 中对未投保项目点击“填报”。
          </Typography.Text>
          {rejected > 0 && (
            <Alert
              type="error"
              showIcon
              title={`${rejected} 个投保单复审不通过，请按审核意见修改后重新提交。`}
              action={
                <Button size="small" onClick={() => list.search({ ...list.filter, status: 'REJECTED' })}>
                  查看
                </Button>
              }
            />
          )}
        </Space>
      }
      filters={
        <StatusSearch<ApplicationStatus>
          status={list.filter.status ?? null}
          statuses={STATUS_OPTIONS}
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
      rows={(d) => d.insuranceApplications}
      list={list}
    />
  );
}
