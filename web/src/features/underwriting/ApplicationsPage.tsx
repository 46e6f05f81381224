// 投保信息 (INSURER, BROKER), the manual's 二.1: the applications addressed to the insurer (a broker: those naming it
// and those of its partner insurers), searched by 施工企业名称, 项目名称 and 投保状态, with 统计 per status, 超期 and
// implausible premiums marked, and 导出. The insurer's actions per row: 审核 (待复审), 提交 (可出单), 详情, 事故;
// a broker views and exports only.
import { Button, Checkbox, Form, Input, Select, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import type { ApplicationRowFieldsFragment as Row, ApplicationStatus } from '../../gql/graphql.ts';
import { groupThousands } from '../../shared/format.ts';
import { APPLICATION_STATUS } from '../../shared/labels.ts';
import { FilterForm, ListPage, maskedColumn, useListState } from '../../shared/list/ListPage.tsx';
import { hasAnyRole, useViewer } from '../../shared/session/AuthContext.tsx';
import {
  applicationActions,
  applicationExportPath,
  applicationFilterOf,
  type ApplicationSearch,
} from './application-form.ts';
import { ApplicationsQuery } from './graphql.ts';
import { AccidentModal, ReviewModal } from './ReviewDialogs.tsx';
import { applicationDetailPath, issuePath } from './routes.ts';
import { ApplicationStatusTag, PremiumText, TwoLines } from './UnderwritingParts.tsx';

/** The statuses an insurer works with (drafts are the enterprise's alone). */
const STATUS_OPTIONS = (
  ['SUBMITTED', 'REJECTED', 'APPROVED', 'ISSUED', 'WITHDRAWN'] as ApplicationStatus[]
).map((value) => ({ value, label: APPLICATION_STATUS[value].label }));

/** 统计: the count per status over the search (whatever its 投保状态), and how many are past the review deadline. */
function StatusCounts({
  counts,
  overdue,
}: {
  counts: readonly { status: ApplicationStatus; label: string; count: number }[];
  overdue: number;
}) {
  const shown = counts.filter((c) => c.status !== 'DRAFT');
  const total = shown.reduce((n, c) => n + c.count, 0);
  return (
    <Space wrap size={[4, 8]} style={{ marginBottom: 16 }} aria-label="统计">
      <Typography.Text strong>统计：</Typography.Text>
      <Tag>合计 {total}</Tag>
      {shown.map((c) => (
        <Tag key={c.status} color={APPLICATION_STATUS[c.status].color}>
          {c.label} {c.count}
        </Tag>
      ))}
      {overdue > 0 && (
        <Tag color="error" title="待复审且已超过复审期限">
          超期 {overdue}
        </Tag>
      )}
    </Space>
  );
}

export function ApplicationsPage() {
  const navigate = useNavigate();
  const viewer = useViewer();
  const canDecide = hasAnyRole(viewer, ['INSURER']);
  const list = useListState<ApplicationSearch>({});
  const [reviewing, setReviewing] = useState<{ id: string; ratio?: string } | null>(null);
  const [accidentOf, setAccidentOf] = useState<string | null>(null);
  const [query, refetch] = useQuery({
    query: ApplicationsQuery,
    variables: { filter: applicationFilterOf(list.filter), page: list.paging },
    requestPolicy: 'cache-and-network',
  });
  const [overdue] = useQuery({
    query: ApplicationsQuery,
    variables: {
      filter: { ...applicationFilterOf(list.filter), status: null, overdue: true },
      page: { page: 1, pageSize: 10 },
    },
    requestPolicy: 'cache-and-network',
  });
  const overdueCount = overdue.data?.insuranceApplications.total ?? 0;

  const columns: TableColumnsType<Row> = [
    {
      title: '项目名称',
      dataIndex: 'projectName',
      key: 'projectName',
      render: (name: string, a) => (
        <TwoLines main={<Link to={applicationDetailPath(a.id)}>{name}</Link>} sub={a.enterpriseName} />
      ),
    },
    { title: '项目代码', dataIndex: 'projectCode', key: 'projectCode' },
    {
      title: '方案',
      key: 'plan',
      width: 64,
      render: (_, a) => <span title={a.plan.label}>{a.plan.code}</span>,
    },
    {
      title: '投资规模',
      dataIndex: 'investmentWan',
      key: 'investmentWan',
      align: 'right',
      width: 110,
      render: (v: string) => groupThousands(v),
    },
    {
      title: '预计保费(元)',
      key: 'quote',
      align: 'right',
      width: 130,
      render: (_, a) => <PremiumText yuan={a.quoteYuan} implausible={a.implausible} />,
    },
    { ...maskedColumn<Row>('联系电话', 'contactPhone'), width: 120 },
    {
      title: '投保状态',
      key: 'status',
      width: 110,
      render: (_, a) => (
        <Space size={4} wrap>
          <ApplicationStatusTag status={a.status} label={a.statusLabel} />
          {a.overdue && (
            <Tag color="error" title="已超过复审期限">
              超期
            </Tag>
          )}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, a) => (
        <Space size={0}>
          {applicationActions(a.status, canDecide).map((action) =>
            action === '审核' ? (
              <Button key={action} type="link" size="small" onClick={() => setReviewing({ id: a.id })}>
                审核
              </Button>
            ) : (
              <Button key={action} type="link" size="small" onClick={() => void navigate(issuePath(a.id))}>
                提交
              </Button>
            ),
          )}
          <Button type="link" size="small" onClick={() => void navigate(applicationDetailPath(a.id))}>
            详情
          </Button>
          <Button type="link" size="small" onClick={() => setAccidentOf(a.id)}>
            事故
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <ListPage
      title="投保信息"
      filters={
        <>
          <FilterForm<ApplicationSearch>
            onSearch={(search) => {
              // 查询 again with the same conditions shows what others have done since.
              list.search(search);
              refetch({ requestPolicy: 'network-only' });
            }}
            exporter={{
              subject: '投保信息',
              path: (format) => applicationExportPath(format, applicationFilterOf(list.filter)),
            }}
          >
            <Form.Item name="enterpriseName" label="施工企业名称">
              <Input allowClear placeholder="请输入施工企业名称" style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="projectName" label="项目名称">
              <Input allowClear placeholder="请输入项目名称" style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="status" label="投保状态">
              <Select<ApplicationStatus>
                allowClear
                placeholder="全部"
                style={{ width: 130 }}
                options={STATUS_OPTIONS}
              />
            </Form.Item>
            <Form.Item name="overdue" valuePropName="checked">
              <Checkbox>只看超期</Checkbox>
            </Form.Item>
          </FilterForm>
          <StatusCounts
            counts={query.data?.insuranceApplications.statusCounts ?? []}
            overdue={overdueCount}
          />
        </>
      }
      rowKey="id"
      columns={columns}
      fit
      query={query}
      rows={(d) => d.insuranceApplications}
      list={list}
    >
      <ReviewModal
        applicationId={reviewing?.id ?? null}
        initialRatio={reviewing?.ratio}
        onClose={(reviewed) => {
          setReviewing(null);
          if (reviewed) refetch({ requestPolicy: 'network-only' });
        }}
      />
      <AccidentModal
        applicationId={accidentOf}
        canDecide={canDecide}
        onChoose={(id, ratio) => {
          setAccidentOf(null);
          setReviewing({ id, ratio });
        }}
        onClose={() => setAccidentOf(null)}
      />
    </ListPage>
  );
}
