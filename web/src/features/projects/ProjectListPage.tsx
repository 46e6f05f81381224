// 项目信息 (enterprise): the enterprise's own projects, search by 项目名称, filter by 状态, 查看 / 编辑, 新增项目, and
// each project's 投保状态 with 填报 (a new application) or 查看投保单 (the open one).
// The filter and page live in the URL so 返回 from a project comes back to the same list.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { MyProjectsQuery } from './graphql.ts';
import type { MyProjectsQuery as Result, ProjectFilter, ProjectStatus } from '../../gql/graphql.ts';
import { listStateFromSearch, listStateToSearch, type ProjectListState } from './project-form.ts';
import { dateText } from '../../shared/format.ts';
import { ProjectAmount, PROJECT_STATUS_OPTIONS, projectStatusColumn } from './ProjectParts.tsx';
import { PROJECT_PATHS, projectPath } from './routes.ts';
import { ListPage, StatusSearch } from '../../shared/list/ListPage.tsx';
import { applyPath, myApplicationPath } from '../underwriting/routes.ts';
import { insuranceStatusColumn, TwoLines } from '../underwriting/UnderwritingParts.tsx';

type Project = Result['myProjects']['items'][number];

export function ProjectListPage() {
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = listStateFromSearch(searchParams);
  const update = (patch: Partial<ProjectListState>) =>
    setSearchParams(listStateToSearch({ ...state, ...patch }), { replace: true });

  const filter: ProjectFilter = {};
  if (state.name) filter.name = state.name;
  if (state.status) filter.status = state.status;
  const [query] = useQuery({
    query: MyProjectsQuery,
    variables: { filter, page: { page: state.page, pageSize: state.pageSize } },
    // 投保状态 changes by the insurer's hand (复审, 出单): shown from the cache, then refreshed.
    requestPolicy: 'cache-and-network',
  });

  const columns: TableColumnsType<Project> = [
    {
      title: '项目名称 / 项目代码',
      dataIndex: 'name',
      key: 'name',
      render: (name: string, p) => (
        <TwoLines main={<Link to={projectPath(p.id)}>{name}</Link>} sub={p.code} />
      ),
    },
    {
      title: '行政区划 / 项目地址',
      key: 'address',
      render: (_, p) => (
        <TwoLines main={p.divisionCode} sub={`${p.address}${p.detailAddress ? ` ${p.detailAddress}` : ''}`} />
      ),
    },
    {
      title: '工程造价 / 投资规模',
      key: 'amount',
      align: 'right',
      width: 150,
      render: (_, p) => <ProjectAmount costYuan={p.costYuan} investmentWan={p.investmentWan} />,
    },
    {
      title: '计划开工 / 竣工日期',
      key: 'planned',
      width: 130,
      render: (_, p) => (
        <span>
          {dateText(p.plannedStart)}
          <br />
          {dateText(p.plannedEnd)}
        </span>
      ),
    },
    projectStatusColumn(),
    insuranceStatusColumn<Project>(),
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, p) => {
        // The open application (草稿, 待复审, 复审不通过, 可出单), or the issued one while the policy is in force.
        const application = p.insurance?.application;
        const open = application && application.status !== 'WITHDRAWN';
        return (
          <Space size={0} wrap>
            <Button type="link" size="small" onClick={() => void navigate(projectPath(p.id))}>
              查看
            </Button>
            <Button type="link" size="small" onClick={() => void navigate(projectPath(p.id, true))}>
              编辑
            </Button>
            {p.insurance?.canApply && (
              <Button type="link" size="small" onClick={() => void navigate(applyPath(p.id))}>
                填报
              </Button>
            )}
            {open && !p.insurance?.canApply && (
              <Button
                type="link"
                size="small"
                onClick={() => void navigate(myApplicationPath(application.id))}
              >
                {application.status === 'DRAFT'
                  ? '继续填报'
                  : application.status === 'REJECTED'
                    ? '修改投保单'
                    : '查看投保单'}
              </Button>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <ListPage
      title="项目信息"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(PROJECT_PATHS.new)}>
          新增项目
        </Button>
      }
      filters={
        <StatusSearch<ProjectStatus>
          status={state.status}
          statuses={PROJECT_STATUS_OPTIONS}
          statusWidth={120}
          onStatusChange={(status) => update({ status, page: 1 })}
          search={{ label: '项目名称', placeholder: '项目名称', width: 320, initial: state.name }}
          onSearch={(name) => update({ name, page: 1 })}
        />
      }
      rowKey="id"
      columns={columns}
      fit
      query={query}
      rows={(d) => d.myProjects}
      list={{ paging: state, setPaging: update }}
    />
  );
}
