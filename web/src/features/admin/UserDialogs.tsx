// 新增用户, 分配角色 and each user's actions (启用/停用, 解锁, 重置密码): shared by 用户管理 and the users of 机构详情.
// The initial or reset password comes back once and is shown in OneTimeSecretModal.
import { App, Button, Checkbox, Form, Input, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { AdminUserFieldsFragment as User, OrganisationType, Role } from '../../gql/graphql.ts';
import { DivisionCascader } from '../../shared/divisions/DivisionCascader.tsx';
import { FormModal } from '../../shared/form/FormModal.tsx';
import { alreadyProcessedMessage, applyServerErrors, errorMessage } from '../../shared/graphql/errors.ts';
import { ROLE_LABELS } from '../../shared/labels.ts';
import { asRule, checkMobile } from '../../shared/validation.ts';
import { ASSIGNABLE_ROLES, isLocked, USERNAME } from './accounts.ts';
import { CreateUser, ResetPassword, SetUserEnabled, SetUserRoles, UnlockUser } from './graphql.ts';
import { alreadyProcessedSecret, type OneTimeSecret } from './OneTimeSecret.tsx';
import { OrganisationSelect, type OrganisationOption } from './OrganisationSelect.tsx';

const roleOptions = (type: OrganisationType | undefined) =>
  (type ? ASSIGNABLE_ROLES[type] : []).map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** The dialog for the password a new or reset account must change at first sign-in. */
export function passwordSecret(
  title: string,
  user: Pick<User, 'username' | 'displayName'>,
  password: string,
): OneTimeSecret {
  return {
    title,
    items: accountItems(user),
    secret: { label: '初始密码', value: password },
    hint: '请通过安全的方式交给用户本人；用户首次登录时须修改密码。',
  };
}

const accountItems = (user: Pick<User, 'username' | 'displayName'>) => [
  { label: '用户名', value: user.username },
  { label: '姓名', value: user.displayName },
];

type CreateUserValues = {
  organisationId: string;
  username: string;
  displayName: string;
  mobile?: string;
  roles: Role[];
  jurisdiction?: string;
};

const CREATE_USER_FIELDS = ['organisationId', 'username', 'displayName', 'mobile', 'roles', 'jurisdiction'];

/** 新增用户: in an organisation chosen here, or the one given (机构详情). */
export function CreateUserModal({
  open,
  organisation,
  onClose,
  onCreated,
}: {
  open: boolean;
  organisation?: OrganisationOption | undefined;
  onClose: () => void;
  onCreated: (secret: OneTimeSecret) => void;
}) {
  const [form] = Form.useForm<CreateUserValues>();
  const [{ fetching }, create] = useMutation(CreateUser);
  const [error, setError] = useState<string | null>(null);
  const [orgType, setOrgType] = useState<OrganisationType | undefined>(organisation?.type);
  const roles = Form.useWatch('roles', form) ?? [];

  const onSave = async (v: CreateUserValues): Promise<string | null> => {
    setError(null);
    const result = await create({
      input: {
        organisationId: v.organisationId,
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        mobile: v.mobile?.trim() || null,
        roles: v.roles,
        jurisdiction: v.roles.includes('REGULATOR') ? (v.jurisdiction ?? null) : null,
      },
    });
    const issued = result.data?.createUser;
    if (issued) {
      onCreated(passwordSecret('用户已创建', issued.user, issued.initialPassword));
      return `已新增用户：${issued.user.username}`;
    }
    // The first send created the account, but its answer (with the password) was lost: no error, no second account.
    const done = alreadyProcessedMessage(result.error);
    if (done) {
      const user = { username: v.username.trim(), displayName: v.displayName.trim() };
      onCreated(alreadyProcessedSecret('用户已创建', accountItems(user), done));
      return null;
    }
    if (result.error) setError(applyServerErrors(form, result.error, CREATE_USER_FIELDS));
    return null;
  };

  return (
    <FormModal<CreateUserValues>
      form={form}
      name="newUser"
      title="新增用户"
      open={open}
      saving={fetching}
      error={error}
      onCancel={onClose}
      onClosed={() => setError(null)}
      onSave={onSave}
      layout="horizontal"
      labelCol={{ flex: '100px' }}
      wrapperCol={{ flex: 'auto' }}
      initialValues={{
        organisationId: organisation?.value,
        roles: organisation ? ASSIGNABLE_ROLES[organisation.type].slice(0, 1) : [],
      }}
    >
      <Form.Item
        name="organisationId"
        label="所属机构"
        rules={[{ required: true, message: '请选择所属机构' }]}
      >
        <OrganisationSelect
          disabled={!!organisation}
          initial={organisation}
          onPick={(o) => {
            setOrgType(o?.type);
            // The roles depend on the kind of organisation.
            form.setFieldsValue({ roles: o ? ASSIGNABLE_ROLES[o.type].slice(0, 1) : [] });
          }}
        />
      </Form.Item>
      <Form.Item
        name="username"
        label="用户名"
        extra="登录用，字母、数字和 _ . @ -，3至64位"
        rules={[
          { required: true, whitespace: true, message: '请输入用户名' },
          { pattern: USERNAME, message: '用户名只能包含字母、数字和 _ . @ -，长度3到64位' },
        ]}
      >
        <Input maxLength={64} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label="姓名"
        rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="mobile" label="手机" rules={[asRule(checkMobile)]}>
        <Input maxLength={11} inputMode="numeric" />
      </Form.Item>
      <Form.Item
        name="roles"
        label="角色"
        extra={orgType ? undefined : '请先选择所属机构'}
        rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个角色' }]}
      >
        <Checkbox.Group options={roleOptions(orgType)} />
      </Form.Item>
      {roles.includes('REGULATOR') && (
        <Form.Item
          name="jurisdiction"
          label="管辖区域"
          extra="职能部门用户只能查看管辖区域内的数据"
          rules={[{ required: true, message: '请选择管辖区域' }]}
        >
          <DivisionCascader changeOnSelect />
        </Form.Item>
      )}
    </FormModal>
  );
}

/** 分配角色: the roles its organisation's type allows. */
export function RolesModal({ user, onClose }: { user: User | null; onClose: (changed: boolean) => void }) {
  const [form] = Form.useForm<{ roles: Role[] }>();
  const [{ fetching }, setRoles] = useMutation(SetUserRoles);
  const [error, setError] = useState<string | null>(null);

  const onSave = async ({ roles }: { roles: Role[] }): Promise<string | null> => {
    if (!user) return null;
    setError(null);
    const result = await setRoles({ userId: user.id, roles });
    if (result.data) {
      onClose(true);
      return `已为 ${user.username} 分配角色：${roles.map((r) => ROLE_LABELS[r]).join('、')}`;
    }
    if (result.error) setError(applyServerErrors(form, result.error, ['roles']));
    return null;
  };

  return (
    <FormModal<{ roles: Role[] }>
      form={form}
      name="userRoles"
      title={`分配角色：${user?.displayName ?? ''}（${user?.username ?? ''}）`}
      open={user !== null}
      saving={fetching}
      error={error}
      onCancel={() => onClose(false)}
      onClosed={() => setError(null)}
      onSave={onSave}
      layout="vertical"
      initialValues={{ roles: user?.roles ?? [] }}
    >
      <Form.Item
        name="roles"
        label={`角色（${user?.organisation?.name ?? ''}的用户可拥有的角色）`}
        rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个角色' }]}
      >
        <Checkbox.Group options={roleOptions(user?.organisation?.type)} />
      </Form.Item>
    </FormModal>
  );
}

/** The actions of one user's row: 分配角色, 停用 / 启用, 解锁 (when locked), 重置密码. */
export function UserActions({
  user,
  onAssignRoles,
  onChanged,
  onSecret,
}: {
  user: User;
  onAssignRoles: (user: User) => void;
  onChanged: () => void;
  onSecret: (secret: OneTimeSecret) => void;
}) {
  const { message } = App.useApp();
  const [, setEnabled] = useMutation(SetUserEnabled);
  const [, unlock] = useMutation(UnlockUser);
  const [, reset] = useMutation(ResetPassword);
  const who = `${user.displayName}（${user.username}）`;
  // The switch's Popconfirm is controlled: left to itself, the one that had just confirmed 停用 could stay "open"
  // while its popup had gone (the row re-rendered as the list reloaded), and the next click on 启用 only closed it.
  const [confirmingToggle, setConfirmingToggle] = useState(false);
  const toggle = user.enabled
    ? { label: '停用', description: '停用后该用户不能登录，已登录的会话立即失效。' }
    : { label: '启用', description: undefined };

  const run = async (action: () => Promise<{ error?: Parameters<typeof errorMessage>[0] }>, done: string) => {
    const result = await action();
    if (result.error) {
      message.error(errorMessage(result.error));
      return false;
    }
    message.success(done);
    onChanged();
    return true;
  };

  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={() => onAssignRoles(user)}>
        分配角色
      </Button>
      {/* One Popconfirm whichever way it switches: swapping two while the list reloads after the last switch closed
          the one that had just opened. */}
      <Popconfirm
        open={confirmingToggle}
        onOpenChange={setConfirmingToggle}
        title={`${toggle.label} ${who}？`}
        description={toggle.description}
        okText={toggle.label}
        okButtonProps={{ danger: user.enabled }}
        cancelText="取消"
        onConfirm={async () => {
          await run(
            () => setEnabled({ userId: user.id, enabled: !user.enabled }),
            `已${toggle.label}：${who}`,
          );
          setConfirmingToggle(false);
        }}
      >
        <Button type="link" size="small" danger={user.enabled}>
          {toggle.label}
        </Button>
      </Popconfirm>
      {isLocked(user) && (
        <Popconfirm
          title={`解锁 ${who}？`}
          description="解锁后该用户可立即再次尝试登录。"
          okText="解锁"
          cancelText="取消"
          onConfirm={() => run(() => unlock({ userId: user.id }), `已解锁：${who}`)}
        >
          <Button type="link" size="small">
            解锁
          </Button>
        </Popconfirm>
      )}
      <Popconfirm
        title={`重置 ${who} 的密码？`}
        description="原密码立即失效；新的初始密码只显示一次，用户首次登录时须修改。"
        okText="重置"
        okButtonProps={{ danger: true }}
        cancelText="取消"
        onConfirm={async () => {
          const result = await reset({ userId: user.id });
          const issued = result.data?.resetPassword;
          const done = alreadyProcessedMessage(result.error);
          if (done) {
            onSecret(alreadyProcessedSecret('密码已重置', accountItems(user), done));
            onChanged();
            return;
          }
          if (!issued) {
            message.error(errorMessage(result.error));
            return;
          }
          message.success(`已重置密码：${who}`);
          onSecret(passwordSecret('密码已重置', issued.user, issued.initialPassword));
          onChanged();
        }}
      >
        <Button type="link" size="small" danger>
          重置密码
        </Button>
      </Popconfirm>
    </Space>
  );
}
