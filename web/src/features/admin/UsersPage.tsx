// 用户管理 (PLATFORM_ADMIN): every account, searched by 用户名, 姓名, 所属机构, 角色 and 状态; 新增用户, 分配角色,
// 启用/停用, 解锁, 重置密码. The API filters by organisation only: with any other filter the list reads every page
// and filters in the browser (up to CLIENT_FILTER_LIMIT accounts, and it says so beyond).
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Select, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import type { AdminUserFieldsFragment as User, Role } from '../../gql/graphql.ts';
import { dateTimeText } from '../../shared/format.ts';
import { ROLE_LABELS } from '../../shared/labels.ts';
import { clientPage, CLIENT_FILTER_LIMIT } from '../../shared/list/client-pages.ts';
import { FilterForm, ListPage, useListState } from '../../shared/list/ListPage.tsx';
import { useAllPages } from '../../shared/list/useAllPages.ts';
import {
  filtersInBrowser,
  matchesUser,
  USER_STATES,
  userState,
  type UserSearch,
  type UserState,
} from './accounts.ts';
import { AdminUsersQuery } from './graphql.ts';
import { OneTimeSecretModal, type OneTimeSecret } from './OneTimeSecret.tsx';
import { OrganisationSelect, type OrganisationOption } from './OrganisationSelect.tsx';
import { CreateUserModal, RolesModal, UserActions } from './UserDialogs.tsx';

const ROLES = Object.keys(ROLE_LABELS).filter((r) => r !== 'API_CLIENT') as Role[];

export function UserStateTags({ user }: { user: User }) {
  const state = USER_STATES[userState(user)];
  return (
    <Space size={4} wrap>
      <Tag color={state.color}>{state.label}</Tag>
      {user.mustChangePassword && <Tag color="processing">待修改密码</Tag>}
    </Space>
  );
}

export function RoleTags({ roles }: { roles: readonly Role[] }) {
  return (
    <Space size={4} wrap>
      {roles.map((r) => (
        <Tag key={r}>{ROLE_LABELS[r]}</Tag>
      ))}
    </Space>
  );
}

/** The columns of a users table; 所属机构 only where users of several organisations are listed. */
export function userColumns(
  actions: (user: User) => ReactNode,
  withOrganisation: boolean,
): TableColumnsType<User> {
  // Fits the card at 1280 px: 姓名 with the mobile under it, the actions on two lines.
  return [
    { title: '用户名', dataIndex: 'username', key: 'username', width: 130 },
    {
      title: '姓名',
      key: 'name',
      width: 120,
      render: (_, u) => (
        <>
          <div>{u.displayName}</div>
          <Typography.Text type="secondary">{u.mobile ?? ''}</Typography.Text>
        </>
      ),
    },
    ...(withOrganisation
      ? [
          {
            title: '所属机构',
            key: 'organisation',
            render: (_: unknown, u: User) => u.organisation?.name ?? '—',
          },
        ]
      : []),
    { title: '角色', key: 'roles', width: 130, render: (_, u) => <RoleTags roles={u.roles} /> },
    { title: '状态', key: 'state', width: 100, render: (_, u) => <UserStateTags user={u} /> },
    {
      title: '最近登录',
      dataIndex: 'lastLoginAt',
      key: 'lastLoginAt',
      width: 110,
      render: (v: string | null) => (v ? dateTimeText(v) : '从未登录'),
    },
    { title: '操作', key: 'actions', width: 150, render: (_, u) => actions(u) },
  ];
}

/**
 * The dialogs of a users table — 新增用户 (in `organisation` when given), 分配角色, the one-time password — and the
 * actions of its rows; `onChanged` reloads the table.
 */
export function useUserDialogs(onChanged: () => void, organisation?: OrganisationOption) {
  const [assigning, setAssigning] = useState<User | null>(null);
  const [secret, setSecret] = useState<OneTimeSecret | null>(null);
  const [creating, setCreating] = useState(false);
  const actions = (user: User) => (
    <UserActions user={user} onAssignRoles={setAssigning} onChanged={onChanged} onSecret={setSecret} />
  );
  const dialogs = (
    <>
      <RolesModal
        user={assigning}
        onClose={(changed) => {
          setAssigning(null);
          if (changed) onChanged();
        }}
      />
      <OneTimeSecretModal secret={secret} onClose={() => setSecret(null)} />
      <CreateUserModal
        open={creating}
        organisation={organisation}
        onClose={() => setCreating(false)}
        onCreated={(issued) => {
          setCreating(false);
          setSecret(issued);
          onChanged();
        }}
      />
    </>
  );
  return { actions, dialogs, create: () => setCreating(true) };
}

export function UsersPage() {
  const list = useListState<UserSearch>({});
  const [reload, setReload] = useState(0);
  const [organisation, setOrganisation] = useState<OrganisationOption | undefined>();
  const inBrowser = filtersInBrowser(list.filter);
  const organisationId = list.filter.organisationId ?? null;

  const [paged, refetch] = useQuery({
    query: AdminUsersQuery,
    variables: { organisationId, page: list.paging },
    pause: inBrowser,
  });
  const all = useAllPages({
    query: AdminUsersQuery,
    variables: { organisationId },
    rows: (d) => d.users,
    pause: !inBrowser,
    reload,
  });
  const changed = () => {
    if (inBrowser) setReload((n) => n + 1);
    else refetch({ requestPolicy: 'network-only' });
  };
  const { actions, dialogs, create } = useUserDialogs(changed);

  const query = inBrowser
    ? {
        data:
          all.items &&
          clientPage(
            all.items.filter((u) => matchesUser(u, list.filter)),
            list.paging,
          ),
        fetching: all.fetching,
        error: all.error,
      }
    : { data: paged.data?.users, fetching: paged.fetching, error: paged.error };

  return (
    <ListPage
      title="用户管理"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={create}>
          新增用户
        </Button>
      }
      notices={
        inBrowser &&
        all.truncated && (
          <Alert
            type="warning"
            showIcon
            title={`用户较多，只在前 ${CLIENT_FILTER_LIMIT} 个用户中查询；请选择所属机构缩小范围。`}
            style={{ marginBottom: 16 }}
          />
        )
      }
      filters={
        <FilterForm<UserSearch>
          onSearch={(v) => list.search({ ...v, organisationId: v.organisationId || undefined })}
        >
          <Form.Item name="username" label="用户名">
            <Input allowClear style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="displayName" label="姓名">
            <Input allowClear style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="organisationId" label="所属机构">
            <OrganisationSelect
              width={220}
              initial={organisation}
              onPick={setOrganisation}
              placeholder="全部"
            />
          </Form.Item>
          <Form.Item name="role" label="角色">
            <Select<Role>
              allowClear
              placeholder="全部"
              style={{ width: 140 }}
              popupMatchSelectWidth={false}
              options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            />
          </Form.Item>
          <Form.Item name="state" label="状态">
            <Select<UserState>
              allowClear
              placeholder="全部"
              style={{ width: 100 }}
              options={(Object.keys(USER_STATES) as UserState[]).map((s) => ({
                value: s,
                label: USER_STATES[s].label,
              }))}
            />
          </Form.Item>
        </FilterForm>
      }
      rowKey="id"
      columns={userColumns(actions, true)}
      fit
      query={query}
      rows={(d) => d}
      list={list}
    >
      {dialogs}
    </ListPage>
  );
}
