// 修改密码. While mustChangePassword is set this is the only reachable page (forced variant, without the menu).
import { Alert, Button, Card, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useAuth } from '../../shared/session/AuthContext.tsx';
import { SaveForm } from '../../shared/form/SaveForm.tsx';
import { applyServerErrors } from '../../shared/graphql/errors.ts';
import { ChangePassword, PasswordPolicyQuery } from './graphql.ts';
import { AuthShell } from './AuthShell.tsx';
import { PasswordFields } from './PasswordFields.tsx';

function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm();
  const { signIn } = useAuth();
  const [policy] = useQuery({ query: PasswordPolicyQuery });
  const [{ fetching }, change] = useMutation(ChangePassword);
  const [error, setError] = useState<string | null>(null);

  const onSave = async (values: { currentPassword: string; newPassword: string }): Promise<string | null> => {
    setError(null);
    const result = await change({ currentPassword: values.currentPassword, newPassword: values.newPassword });
    if (result.data?.changePassword) {
      // The old session is revoked; the payload carries the new tokens.
      signIn(result.data.changePassword);
      onDone();
      return '密码已修改';
    }
    if (result.error) setError(applyServerErrors(form, result.error, ['currentPassword', 'newPassword']));
    return null;
  };

  return (
    <SaveForm form={form} layout="vertical" onSave={onSave} style={{ maxWidth: 420 }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="currentPassword"
        label="当前密码"
        rules={[{ required: true, message: '请输入当前密码' }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <PasswordFields
        policy={policy.data?.passwordPolicy}
        passwordName="newPassword"
        passwordLabel="新密码"
      />
      <Space>
        <Button type="primary" htmlType="submit" loading={fetching}>
          确定
        </Button>
      </Space>
    </SaveForm>
  );
}

export function ForcedChangePasswordPage() {
  const { signOut } = useAuth();
  return (
    <AuthShell title="修改密码" width={480}>
      <Alert
        type="warning"
        showIcon
        title="首次登录或密码已重置，请先修改密码后再使用系统。"
        style={{ marginBottom: 16 }}
      />
      <ChangePasswordForm onDone={() => undefined} />
      <Button type="link" style={{ paddingLeft: 0, marginTop: 8 }} onClick={() => void signOut('user')}>
        退出登录
      </Button>
    </AuthShell>
  );
}

export function ChangePasswordPage() {
  const [done, setDone] = useState(false);
  return (
    <Card title="修改密码">
      {done && (
        <Alert type="success" showIcon title="密码已修改" style={{ marginBottom: 16, maxWidth: 420 }} />
      )}
      <ChangePasswordForm onDone={() => setDone(true)} />
    </Card>
  );
}
