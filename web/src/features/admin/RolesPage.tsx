// 角色管理 (PLATFORM_ADMIN): what each role may see (查询) and do (操作), read from the table generated from the
// schemas' @auth directives — the same rule the subgraphs enforce, so this page cannot say anything else than the
// authorization does. Roles are fixed by the platform; which organisations' users may hold each is identity's rule.
import { CheckOutlined } from '@ant-design/icons';
import { Alert, Card, Collapse, Descriptions, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { OrganisationType, Role } from '../../gql/graphql.ts';
import { ORGANISATION_TYPE_LABELS, ROLE_LABELS } from '../../shared/labels.ts';
import { ASSIGNABLE_ROLES } from './accounts.ts';
import {
  OPERATIONS,
  operationLabel,
  operationsOf,
  PUBLIC_OPERATIONS,
  SUBGRAPH_LABELS,
  type Operation,
} from './permissions.ts';

const ROLES = Object.keys(ROLE_LABELS) as Role[];

/** Which organisations' users may hold a role; API_CLIENT is a third-party platform's credential, not a user. */
function holders(role: Role): string {
  if (role === 'API_CLIENT') return '第三方平台（API 客户端，客户端凭证登录）';
  const types = (Object.keys(ASSIGNABLE_ROLES) as OrganisationType[]).filter((t) =>
    ASSIGNABLE_ROLES[t].includes(role),
  );
  return types.map((t) => `${ORGANISATION_TYPE_LABELS[t]}的用户`).join('、');
}

function OperationName({ operation }: { operation: Operation }) {
  return (
    <Space orientation="vertical" size={0}>
      <span>{operationLabel(operation.key)}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {operation.name}
      </Typography.Text>
    </Space>
  );
}

function operationColumns(role: Role | null): TableColumnsType<Operation> {
  return [
    { title: '接口', key: 'name', render: (_, o) => <OperationName operation={o} /> },
    { title: '服务', key: 'subgraph', width: 110, render: (_, o) => SUBGRAPH_LABELS[o.subgraph] },
    ...(role
      ? [
          {
            title: '同时开放给',
            key: 'others',
            render: (_: unknown, o: Operation) => {
              const others = (o.roles ?? []).filter((r) => r !== role);
              return others.length ? (
                <Space size={[4, 4]} wrap>
                  {others.map((r) => (
                    <Tag key={r}>{ROLE_LABELS[r]}</Tag>
                  ))}
                </Space>
              ) : (
                <Typography.Text type="secondary">仅此角色</Typography.Text>
              );
            },
          },
        ]
      : []),
    {
      title: '修改初始密码前',
      key: 'pending',
      width: 130,
      render: (_, o) => (o.roles === null || o.pendingPasswordChange ? '可用' : '不可用'),
    },
  ];
}

function OperationTable({ title, operations, role }: { title: string; operations: Operation[]; role: Role }) {
  return (
    <section aria-label={title}>
      <Typography.Title level={5}>
        {title}（{operations.length}）
      </Typography.Title>
      <Table<Operation>
        rowKey="key"
        size="small"
        pagination={false}
        columns={operationColumns(role)}
        dataSource={operations}
        locale={{ emptyText: '无' }}
      />
    </section>
  );
}

function RolePermissions({ role }: { role: Role }) {
  const { queries, mutations } = operationsOf(role);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 140 } }}
        items={[
          { key: 'role', label: '角色', children: `${ROLE_LABELS[role]}（${role}）` },
          { key: 'holders', label: '可授予', children: holders(role) },
          {
            key: 'count',
            label: '可调用接口',
            children: `查询 ${queries.length} 个，操作 ${mutations.length} 个（另有公开接口 ${PUBLIC_OPERATIONS.length} 个）`,
          },
        ]}
      />
      <OperationTable title="可查看（查询）" operations={queries} role={role} />
      <OperationTable title="可操作" operations={mutations} role={role} />
    </Space>
  );
}

/** Every operation against every role. */
function PermissionMatrix() {
  const columns: TableColumnsType<Operation> = [
    {
      title: '接口',
      key: 'name',
      fixed: 'left',
      width: 220,
      render: (_, o) => <OperationName operation={o} />,
    },
    ...ROLES.map((role) => ({
      title: ROLE_LABELS[role],
      key: role,
      width: 72,
      align: 'center' as const,
      render: (_: unknown, o: Operation) =>
        o.roles === null ? (
          <Typography.Text type="secondary">公开</Typography.Text>
        ) : o.roles.includes(role) ? (
          <CheckOutlined aria-label="可调用" style={{ color: '#52c41a' }} />
        ) : null,
    })),
  ];
  const rows = [...OPERATIONS].sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.subgraph.localeCompare(b.subgraph),
  );
  return (
    <Table<Operation>
      rowKey="key"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      sticky
    />
  );
}

export function RolesPage() {
  return (
    <Card title="角色管理">
      <Alert
        type="info"
        showIcon
        title="角色及其权限由平台的接口授权规则决定（每个查询和操作上的 @auth 声明），本页据此生成，与实际授权一致；为用户分配角色请到“用户管理”。"
        style={{ marginBottom: 16 }}
      />
      <Tabs
        items={[
          {
            key: 'roles',
            label: '按角色查看',
            children: (
              <Tabs
                tabPlacement="start"
                items={ROLES.map((role) => ({
                  key: role,
                  label: ROLE_LABELS[role],
                  children: <RolePermissions role={role} />,
                }))}
              />
            ),
          },
          { key: 'matrix', label: '权限矩阵', children: <PermissionMatrix /> },
        ]}
      />
      <Collapse
        style={{ marginTop: 16 }}
        items={[
          {
            key: 'public',
            label: `公开接口（${PUBLIC_OPERATIONS.length} 个，无需登录：登录、注册、字典等）`,
            children: (
              <Table<Operation>
                rowKey="key"
                size="small"
                pagination={false}
                columns={operationColumns(null)}
                dataSource={[...PUBLIC_OPERATIONS]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
