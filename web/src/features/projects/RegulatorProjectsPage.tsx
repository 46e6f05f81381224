// 项目信息 (REGULATOR, PLATFORM_ADMIN): the projects of the viewer's jurisdiction, searched by 行政区划代码 (any
// level), 项目名称, 单位名称 (施工企业 or 建设单位), 投保状态 and 项目状态; 查看 opens the project read-only with its
// 重大危险源; 导出 downloads the same search as XLSX or CSV. The table has the Heilongjiang manual's columns, so it fits
// the screen (it was 2,207 px wide in 1,062): everything else is in 查看. 保险机构, 承保时间, 保费(元) and 投保状态 are
// projects' own copy of underwriting's facts (so they filter and export); a 已投保 project's 电子保单 opens online
// (underwriting's policy, through federation). 联系方式 comes when projects carry the enterprise's contact.
import { Button, Form, Input, Select, Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import type {
  InsuranceStatus,
  ProjectStatus,
  RegulatorProjectRowFieldsFragment as ProjectRow,
} from '../../gql/graphql.ts';
import { DivisionCascader } from '../../shared/divisions/DivisionCascader.tsx';
import { useRenewedLinks } from '../../shared/documents/Documents.tsx';
import { dateTimeText, groupThousands } from '../../shared/format.ts';
import { FilterForm, ListPage, rowNumberColumn, useListState } from '../../shared/list/ListPage.tsx';
import { useViewer } from '../../shared/session/AuthContext.tsx';
import { RegulatorProjectsQuery } from './graphql.ts';
import { projectExportPath, projectFilterOf, type ProjectSearch } from './projectExport.ts';
import { PROJECT_STATUS_OPTIONS } from './ProjectParts.tsx';
import { ProjectDetailDrawer } from './RegulatorProjectDetail.tsx';
import {
  InsuranceStatusTag,
  PremiumText,
  REGULATOR_INSURANCE_STATUS_OPTIONS,
} from '../underwriting/UnderwritingParts.tsx';

export function RegulatorProjectsPage() {
  const viewer = useViewer();
  const list = useListState<ProjectSearch>({});
  const [viewing, setViewing] = useState<string | null>(null);
  const [query, refetch] = useQuery({
    query: RegulatorProjectsQuery,
    variables: { filter: projectFilterOf(list.filter), page: list.paging },
  });
  // The 电子保单 links are signed for a few minutes.
  useRenewedLinks(refetch);

  const columns: TableColumnsType<ProjectRow> = [
    rowNumberColumn(list.paging),
    { title: '项目名称', dataIndex: 'name', key: 'name', width: 170 },
    { title: '项目地址', dataIndex: 'address', key: 'address', width: 110 },
    // The enterprise that builds it is the one that insures it.
    { title: '投保单位', dataIndex: 'constructorName', key: 'constructorName', width: 140 },
    {
      title: '投资规模(万元)',
      dataIndex: 'investmentWan',
      key: 'investmentWan',
      align: 'right',
      width: 100,
      render: (v: string) => groupThousands(v),
    },
    { title: '保险机构', dataIndex: 'insurerName', key: 'insurerName', width: 140 },
    {
      title: '承保时间',
      dataIndex: 'insuredAt',
      key: 'insuredAt',
      width: 100,
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (v: string | null) => dateTimeText(v, 'YYYY-MM-DD'),
    },
    {
      title: '保费(元)',
      dataIndex: 'insuredPremiumYuan',
      key: 'insuredPremiumYuan',
      align: 'right',
      width: 96,
      render: (v: string | null, p) =>
        v ? <PremiumText yuan={v} implausible={p.insuredPremiumImplausible} /> : '0',
    },
    {
      title: '投保状态',
      key: 'insuranceStatus',
      width: 100,
      render: (_, p) => <InsuranceStatusTag status={p.insuranceStatus} label={p.insuranceStatusLabel} />,
    },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_, p) => {
        const policyDocument = p.insurance?.policy?.policyDocument;
        return (
          <Space orientation="vertical" size={0} align="start">
            <Button type="link" size="small" onClick={() => setViewing(p.id)}>
              查看
            </Button>
            {policyDocument && (
              <Typography.Link
                href={policyDocument.downloadUrl}
                target="_blank"
                rel="noopener noreferrer"
                style={{ padding: '0 7px', whiteSpace: 'nowrap' }}
              >
                电子保单
              </Typography.Link>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <ListPage
      title="项目信息"
      filters={
        <FilterForm<ProjectSearch>
          onSearch={list.search}
          exporter={{
            subject: '项目信息',
            path: (format) => projectExportPath(format, projectFilterOf(list.filter)),
          }}
        >
          <Form.Item name="divisionCode" label="行政区划代码">
            <DivisionCascader within={viewer.jurisdiction ?? null} changeOnSelect />
          </Form.Item>
          <Form.Item name="name" label="项目名称">
            <Input allowClear placeholder="请输入项目名称" style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="unitName" label="单位名称">
            <Input allowClear placeholder="施工企业 / 建设单位" style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="insuranceStatus" label="投保状态">
            <Select<InsuranceStatus>
              allowClear
              placeholder="全部"
              style={{ width: 120 }}
              options={REGULATOR_INSURANCE_STATUS_OPTIONS}
            />
          </Form.Item>
          <Form.Item name="status" label="项目状态">
            <Select<ProjectStatus>
              allowClear
              placeholder="全部"
              style={{ width: 120 }}
              options={PROJECT_STATUS_OPTIONS}
            />
          </Form.Item>
        </FilterForm>
      }
      rowKey="id"
      columns={columns}
      fit
      query={query}
      rows={(d) => d.projects}
      list={list}
    >
      <ProjectDetailDrawer projectId={viewing} onClose={() => setViewing(null)} />
    </ListPage>
  );
}
