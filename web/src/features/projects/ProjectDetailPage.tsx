// 查看 (enterprise): every field of the project, 停工 / 复工 / 竣工 with a reason, 重大危险源登记 and the change
// history. Arriving from 新增项目 / 编辑, the save's warnings are listed on top: the project is saved, they advise.
import { Alert, Button, Card, Form, Input, Result, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  DetailDescriptions,
  DetailPage,
  DetailPending,
  type DetailItem,
} from '../../shared/detail/Detail.tsx';
import { FormModal } from '../../shared/form/FormModal.tsx';
import { applyServerErrors } from '../../shared/graphql/errors.ts';
import { useViewer } from '../../shared/session/AuthContext.tsx';
import { ChangeProjectStatus, ProjectQuery } from './graphql.ts';
import type { ProjectQuery as ProjectResult, ProjectStatus } from '../../gql/graphql.ts';
import { MajorHazardSection } from './MajorHazardSection.tsx';
import { dateText, dateTimeText, groupThousands } from '../../shared/format.ts';
import { changeValueText } from './history.ts';
import { statusActions } from './project-form.ts';
import type { SavedProjectState } from './ProjectFormPage.tsx';
import { ProjectStatusTag } from './ProjectParts.tsx';
import { PROJECT_PATHS, projectPath } from './routes.ts';

type Project = NonNullable<ProjectResult['project']>;
type Change = Project['history'][number];

const ACTION_LABELS: Record<string, string> = {
  CREATED: '新增项目',
  UPDATED: '编辑项目',
  STATUS_CHANGED: '状态变更',
  HAZARD_REGISTERED: '登记重大危险源',
  HAZARD_UPDATED: '修改重大危险源',
  HAZARD_REMOVED: '删除重大危险源',
};

function ProjectDescriptions({ project }: { project: Project }) {
  const coordinates =
    project.longitude !== null && project.latitude !== null
      ? `${project.longitude}, ${project.latitude}`
      : '—';
  const items: DetailItem[] = [
    ['项目名称', project.name],
    ['项目代码', project.code],
    ['行政区划代码', project.divisionCode],
    ['项目地址', project.address],
    ['项目详细地址', project.detailAddress || '—'],
    ['项目坐标（经度, 纬度）', coordinates],
    ['工程造价', `${groupThousands(project.costYuan)} 元`],
    ['投资规模', `${groupThousands(project.investmentWan)} 万元`],
    ['建设单位', project.ownerUnit],
    ['施工企业', project.constructorName],
    ['统一社会信用代码', project.constructorUscc],
    ['项目类别', project.categoryLabel],
    ['项目工期', `${project.durationDays} 天`],
    ['计划开工日期', dateText(project.plannedStart)],
    ['计划竣工日期', dateText(project.plannedEnd)],
    ['状态', <ProjectStatusTag key="s" status={project.status} label={project.statusLabel} />],
    ['登记时间', dateTimeText(project.createdAt)],
    ['更新时间', dateTimeText(project.updatedAt)],
  ];
  return <DetailDescriptions items={items} column={{ xs: 1, md: 2 }} />;
}

/** 停工 / 复工 / 竣工 with the reason the history keeps. */
function StatusChangeModal({
  project,
  target,
  onClose,
}: {
  project: Project;
  target: { to: ProjectStatus; label: string } | null;
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const [{ fetching }, change] = useMutation(ChangeProjectStatus);
  const [error, setError] = useState<string | null>(null);

  const onSave = async ({ reason }: { reason: string }): Promise<string | null> => {
    if (!target) return null;
    setError(null);
    const result = await change({ id: project.id, status: target.to, reason: reason.trim() });
    if (result.data) {
      form.resetFields();
      onClose(true);
      return `已${target.label}`;
    }
    if (result.error) setError(applyServerErrors(form, result.error, ['reason']));
    return null;
  };

  return (
    <FormModal<{ reason: string }>
      form={form}
      title={`${target?.label ?? ''}：${project.name}`}
      open={target !== null}
      width={520}
      danger={target?.to !== 'UNDER_CONSTRUCTION'}
      saving={fetching}
      error={error}
      notice={
        target?.to === 'COMPLETED' && (
          <Alert type="warning" showIcon title="竣工后项目不能再变更状态。" style={{ marginBottom: 16 }} />
        )
      }
      onCancel={() => onClose(false)}
      onClosed={() => setError(null)}
      onSave={onSave}
      layout="vertical"
    >
      <Form.Item
        name="reason"
        label={`${target?.label ?? ''}原因`}
        rules={[{ required: true, whitespace: true, message: '请输入原因' }]}
      >
        <Input.TextArea rows={4} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}

function ProjectHistory({ history }: { history: Change[] }) {
  const viewer = useViewer();
  const actor = (c: Change) => {
    // 变更人 comes from identity (the login name on hover); an API client has none, an older server only the user id.
    const user = c.operator ? (
      <span title={c.operator.username}>{c.operator.displayName}</span>
    ) : c.actorUserId ? (
      `用户 ${c.actorUserId.slice(0, 8)}`
    ) : null;
    // The organisation only when it is not the viewer's own (an id would mean nothing to the enterprise).
    const own = c.actorOrganisationId === viewer.organisation?.id;
    const org = own ? null : c.actorOrganisationId;
    if (org && user)
      return (
        <>
          {org} · {user}
        </>
      );
    return user ?? org ?? (own ? viewer.organisation?.name : '—');
  };
  const columns: TableColumnsType<Change> = [
    {
      title: '时间',
      dataIndex: 'at',
      key: 'at',
      width: 170,
      render: (v: string) => dateTimeText(v),
    },
    { title: '操作人', key: 'actor', render: (_, c) => actor(c) },
    { title: '操作', dataIndex: 'action', key: 'action', render: (a: string) => ACTION_LABELS[a] ?? a },
    {
      title: '变更内容',
      key: 'changes',
      render: (_, c) =>
        c.changes.length ? (
          <Space orientation="vertical" size={0}>
            {c.changes.map((f) => (
              <span key={f.field}>
                {f.label}：{changeValueText(f.field, f.from)} → {changeValueText(f.field, f.to)}
              </span>
            ))}
          </Space>
        ) : (
          '—'
        ),
    },
    { title: '原因', dataIndex: 'reason', key: 'reason', render: (r: string | null) => r ?? '—' },
  ];
  return (
    <Table<Change>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={history}
      pagination={history.length > 10 ? { pageSize: 10, showTotal: (t) => `共 ${t} 项` } : false}
    />
  );
}

export function ProjectDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const saved = location.state as SavedProjectState | null;
  const [warningsOpen, setWarningsOpen] = useState(true);
  const [statusTarget, setStatusTarget] = useState<{ to: ProjectStatus; label: string } | null>(null);
  const [query, refetch] = useQuery({ query: ProjectQuery, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const project = query.data?.project;

  if (!project) {
    return (
      <DetailPending title="项目详情" query={query} missing={<Result status="404" title="项目不存在" />} />
    );
  }

  const completed = project.status === 'COMPLETED';
  return (
    <DetailPage
      title="项目详情"
      backTo={PROJECT_PATHS.list}
      notices={
        saved &&
        warningsOpen &&
        saved.warnings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            closable={{ onClose: () => setWarningsOpen(false) }}
            title={`项目已${saved.created ? '新增' : '保存'}，但请核对以下信息：`}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {saved.warnings.map((w) => (
                  <li key={`${w.code}-${w.field ?? ''}`}>{w.message}</li>
                ))}
              </ul>
            }
          />
        )
      }
      actions={
        <>
          {statusActions(project.status).map((a) => (
            <Button key={a.to} danger={a.to === 'SUSPENDED'} onClick={() => setStatusTarget(a)}>
              {a.label}
            </Button>
          ))}
          <Button type="primary" onClick={() => void navigate(projectPath(project.id, true))}>
            编辑
          </Button>
        </>
      }
      sections={
        <>
          <MajorHazardSection
            projectId={project.id}
            hazards={project.majorHazards}
            canRegister={!completed}
            onChanged={reload}
          />
          <Card title="变更记录">
            <ProjectHistory history={project.history} />
          </Card>
          <StatusChangeModal
            project={project}
            target={statusTarget}
            onClose={(changed) => {
              setStatusTarget(null);
              if (changed) reload();
            }}
          />
        </>
      }
    >
      <ProjectDescriptions project={project} />
    </DetailPage>
  );
}
