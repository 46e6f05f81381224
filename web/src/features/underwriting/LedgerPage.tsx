// 保单台帐 (INSURER, BROKER), the manual's 二.4: one row per issued policy, written when it was issued, newest first;
// searched by 单位名称 and 项目名称; 批量导出 of the whole search.
import { Form, Input } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { LedgerQuery as Result } from '../../gql/graphql.ts';
import { dateTimeText } from '../../shared/format.ts';
import { FilterForm, ListPage, maskedColumn, useListState } from '../../shared/list/ListPage.tsx';
import { ledgerExportPath, ledgerFilterOf, type LedgerSearch } from './application-form.ts';
import { LedgerQuery } from './graphql.ts';
import { policyDetailPath } from './routes.ts';
import { PremiumText } from './UnderwritingParts.tsx';

type Row = Result['policyLedger']['items'][number];

export function LedgerPage() {
  const list = useListState<LedgerSearch>({});
  const [query, refetch] = useQuery({
    query: LedgerQuery,
    variables: { filter: ledgerFilterOf(list.filter), page: list.paging },
    requestPolicy: 'cache-and-network',
  });

  const columns: TableColumnsType<Row> = [
    { title: '项目号', dataIndex: 'ledgerNumber', key: 'ledgerNumber' },
    { title: '创建时间', dataIndex: 'createdAt', key: 'createdAt', render: (v: string) => dateTimeText(v) },
    { title: '单位名称', dataIndex: 'enterpriseName', key: 'enterpriseName' },
    { title: '项目名称', dataIndex: 'projectName', key: 'projectName' },
    maskedColumn<Row>('联系方式', 'contactPhone'),
    { title: '参保方案', dataIndex: 'planLabel', key: 'planLabel' },
    {
      title: '保单号',
      dataIndex: 'policyNumber',
      key: 'policyNumber',
      render: (n: string, r) => <Link to={policyDetailPath(r.policyId)}>{n}</Link>,
    },
    {
      title: '保费',
      key: 'premium',
      align: 'right',
      render: (_, r) => <PremiumText yuan={r.premiumYuan} implausible={r.implausible} />,
    },
  ];

  return (
    <ListPage
      title="保单台帐"
      filters={
        <FilterForm<LedgerSearch>
          onSearch={(search) => {
            // 查询 again with the same conditions shows what others have done since.
            list.search(search);
            refetch({ requestPolicy: 'network-only' });
          }}
          exporter={{
            subject: '保单台帐',
            label: '批量导出',
            path: (format) => ledgerExportPath(format, ledgerFilterOf(list.filter)),
          }}
        >
          <Form.Item name="enterpriseName" label="单位名称">
            <Input allowClear placeholder="请输入单位名称" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="projectName" label="项目名称">
            <Input allowClear placeholder="请输入项目名称" style={{ width: 200 }} />
          </Form.Item>
        </FilterForm>
      }
      rowKey="id"
      columns={columns}
      fit
      query={query}
      rows={(d) => d.policyLedger}
      list={list}
    />
  );
}
