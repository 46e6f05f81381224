// 项目信息 (REGULATOR, PLATFORM_ADMIN): the projects of the viewer's jurisdiction, searched by 行政区划代码 (any
// level), 项目名称, 单位名称 (施工企业 or 建设单位) and 状态; 查看 opens the project read-only with its 重大危险源; 导出
// downloads the same search as XLSX or CSV. 投保状态 (manual) is left out until the insurance module provides it.
import { DownOutlined, ExportOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Dropdown, Form, Input, Select, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useViewer } from '../../shared/session/AuthContext.tsx';
import { DivisionCascader } from '../../shared/divisions/DivisionCascader.tsx';
import { errorMessage } from '../../shared/graphql/errors.ts';
import { authorizedFetch } from '../../shared/documents/files.ts';
import { RegulatorProjectsQuery } from './graphql.ts';
import type { ProjectStatus, RegulatorProjectRowFieldsFragment as ProjectRow } from '../../gql/graphql.ts';
import { dateRange, formatSize, groupThousands } from '../../shared/format.ts';
import {
  defaultExportFileName,
  exportErrorMessage,
  fileNameFromContentDisposition,
  projectExportPath,
  projectFilterOf,
  readBodyWithProgress,
  type ExportFormat,
  type ProjectSearch,
} from './projectExport.ts';
import { PROJECT_STATUS_OPTIONS, ProjectDetailDrawer, ProjectStatusTag } from './RegulatorProjectDetail.tsx';
import { listPagination } from '../../shared/list/pagination.ts';

/** Saves a blob under a name, through a temporary object URL. */
function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * 导出: the export needs the bearer token, so it cannot be a plain link; it is fetched, its progress shown, and the
 * blob saved under the server's file name.
 */
function ProjectExportButton({ search }: { search: ProjectSearch }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const key = 'project-export';

  const run = async (format: ExportFormat) => {
    setBusy(true);
    message.open({ key, type: 'loading', content: '正在导出…', duration: 0 });
    try {
      const response = await authorizedFetch(projectExportPath(format, projectFilterOf(search)));
      if (!response.ok) {
        message.open({
          key,
          type: 'error',
          content: exportErrorMessage(response.status, await response.text()),
        });
        return;
      }
      const blob = await readBodyWithProgress(response, (received, total) => {
        const content = total
          ? `正在导出… ${Math.floor((received / total) * 100)}%`
          : `正在导出… 已接收 ${formatSize(received)}`;
        message.open({ key, type: 'loading', content, duration: 0 });
      });
      const name = fileNameFromContentDisposition(
        response.headers.get('content-disposition'),
        defaultExportFileName(format),
      );
      saveBlob(blob, name);
      message.open({ key, type: 'success', content: `导出完成：${name}` });
    } catch {
      message.open({ key, type: 'error', content: '导出失败：无法连接服务器，请稍后重试' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dropdown
      disabled={busy}
      menu={{
        items: [
          { key: 'xlsx', label: '导出 Excel（XLSX）' },
          { key: 'csv', label: '导出 CSV' },
        ],
        onClick: ({ key: format }) => void run(format as ExportFormat),
      }}
    >
      <Button icon={<ExportOutlined />} loading={busy}>
        导出 <DownOutlined />
      </Button>
    </Dropdown>
  );
}

type SearchForm = { divisionCode?: string; name?: string; unitName?: string; status?: ProjectStatus };

function ProjectSearchBar({
  jurisdiction,
  onSearch,
  current,
}: {
  jurisdiction: string | null;
  onSearch: (search: ProjectSearch) => void;
  current: ProjectSearch;
}) {
  const [form] = Form.useForm<SearchForm>();
  return (
    <Form<SearchForm>
      form={form}
      layout="inline"
      onFinish={(values) => onSearch(values)}
      style={{ marginBottom: 16, rowGap: 12 }}
    >
      <Form.Item name="divisionCode" label="行政区划代码">
        <DivisionCascader within={jurisdiction} changeOnSelect />
      </Form.Item>
      <Form.Item name="name" label="项目名称">
        <Input allowClear placeholder="请输入项目名称" style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="unitName" label="单位名称">
        <Input allowClear placeholder="施工企业 / 建设单位" style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="status" label="状态">
        <Select<ProjectStatus>
          allowClear
          placeholder="全部"
          style={{ width: 120 }}
          options={PROJECT_STATUS_OPTIONS.map(({ value, label }) => ({ value, label }))}
        />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button
            onClick={() => {
              form.resetFields();
              onSearch({});
            }}
          >
            重置
          </Button>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          <ProjectExportButton search={current} />
        </Space>
      </Form.Item>
    </Form>
  );
}

export function RegulatorProjectsPage() {
  const viewer = useViewer();
  const [search, setSearch] = useState<ProjectSearch>({});
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const [viewing, setViewing] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: RegulatorProjectsQuery,
    variables: { filter: projectFilterOf(search), page },
  });

  const columns: TableColumnsType<ProjectRow> = [
    {
      title: '序号',
      key: 'index',
      width: 64,
      render: (_, __, i) => (page.page - 1) * page.pageSize + i + 1,
    },
    { title: '项目名称', dataIndex: 'name', key: 'name' },
    { title: '项目代码', dataIndex: 'code', key: 'code' },
    { title: '行政区划', key: 'division', render: (_, p) => `${p.divisionCode}, ${p.address}` },
    { title: '施工企业', dataIndex: 'constructorName', key: 'constructorName' },
    { title: '统一社会信用代码', dataIndex: 'constructorUscc', key: 'constructorUscc', width: 190 },
    { title: '建设单位', dataIndex: 'ownerUnit', key: 'ownerUnit' },
    {
      title: '工程造价(元)/投资规模(万元)',
      key: 'cost',
      align: 'right',
      render: (_, p) => (
        <>
          <div>{groupThousands(p.costYuan)}</div>
          <div style={{ color: 'rgba(0,0,0,0.45)' }}>{groupThousands(p.investmentWan)}</div>
        </>
      ),
    },
    {
      title: '计划开工/竣工日期',
      key: 'dates',
      width: 210,
      render: (_, p) => dateRange(p.plannedStart, p.plannedEnd),
    },
    {
      title: '状态',
      key: 'status',
      width: 80,
      render: (_, p) => <ProjectStatusTag status={p.status} label={p.statusLabel} />,
    },
    {
      title: '操作',
      key: 'actions',
      width: 72,
      fixed: 'right',
      render: (_, p) => (
        <Button type="link" size="small" onClick={() => setViewing(p.id)}>
          查看
        </Button>
      ),
    },
  ];

  return (
    <Card title="项目信息">
      <ProjectSearchBar
        jurisdiction={viewer.jurisdiction ?? null}
        current={search}
        onSearch={(s) => {
          setSearch(s);
          setPage((p) => ({ ...p, page: 1 }));
        }}
      />
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      <Table<ProjectRow>
        rowKey="id"
        columns={columns}
        dataSource={data?.projects.items ?? []}
        loading={fetching}
        scroll={{ x: 'max-content' }}
        pagination={listPagination(page, data?.projects.total ?? 0, setPage)}
      />
      <ProjectDetailDrawer projectId={viewing} onClose={() => setViewing(null)} />
    </Card>
  );
}
