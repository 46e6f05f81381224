// 保单信息 (INSURER, BROKER), the manual's 二.2: the issued policies, newest first, searched by 施工企业名称, 项目名称,
// 保单号 and 保单状态 (including 续保提醒); 详情 has every file, 顺延, 事故预防费 and 理赔 (the row's 理赔 leads there).
import { Button, Form, Input, Select } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import type { PoliciesQuery as Result } from '../../gql/graphql.ts';
import { FilterForm, ListPage, useListState } from '../../shared/list/ListPage.tsx';
import { policyFilterOf, type PolicySearch } from './application-form.ts';
import { PoliciesQuery } from './graphql.ts';
import { policyDetailPath } from './routes.ts';
import { POLICY_STATUS_OPTIONS, policyColumns } from './UnderwritingParts.tsx';

type Row = Result['policies']['items'][number];

export function PoliciesPage() {
  const navigate = useNavigate();
  const list = useListState<PolicySearch>({});
  const [query, refetch] = useQuery({
    query: PoliciesQuery,
    variables: { filter: policyFilterOf(list.filter), page: list.paging },
    requestPolicy: 'cache-and-network',
  });

  const columns: TableColumnsType<Row> = [
    {
      title: '项目名称',
      dataIndex: 'projectName',
      key: 'projectName',
      render: (name: string, p) => <Link to={policyDetailPath(p.id)}>{name}</Link>,
    },
    { title: '项目代码', dataIndex: 'projectCode', key: 'projectCode' },
    { title: '方案', key: 'plan', width: 100, render: (_, p) => p.plan.label },
    // Masked as the API sends it (PIPL).
    { title: '联系电话', key: 'contactPhone', width: 120, render: (_, p) => p.application.contactPhone },
    { title: '保单号', dataIndex: 'policyNumber', key: 'policyNumber', width: 150 },
    ...policyColumns<Row>(),
    {
      title: '操作',
      key: 'actions',
      width: 110,
      render: (_, p) => (
        <>
          <Button type="link" size="small" onClick={() => void navigate(policyDetailPath(p.id))}>
            详情
          </Button>
          <Button type="link" size="small" onClick={() => void navigate(`${policyDetailPath(p.id)}#claims`)}>
            理赔
          </Button>
        </>
      ),
    },
  ];

  return (
    <ListPage
      title="保单信息"
      filters={
        <FilterForm<PolicySearch>
          onSearch={(search) => {
            // 查询 again with the same conditions shows what others have done since.
            list.search(search);
            refetch({ requestPolicy: 'network-only' });
          }}
        >
          <Form.Item name="enterpriseName" label="施工企业名称">
            <Input allowClear placeholder="请输入施工企业名称" style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="projectName" label="项目名称">
            <Input allowClear placeholder="请输入项目名称" style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="policyNumber" label="保单号">
            <Input allowClear placeholder="完整保单号" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="status" label="状态">
            <Select allowClear placeholder="全部" style={{ width: 120 }} options={POLICY_STATUS_OPTIONS} />
          </Form.Item>
        </FilterForm>
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
