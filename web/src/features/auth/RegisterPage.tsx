// 注册: an enterprise registers itself and its first user; the organisation then waits for review (审核中).
import { Alert, Button, Descriptions, Divider, Form, Input, Result, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  EnterpriseProfileFields,
  PROFILE_FIELDS,
  toProfileInput,
} from '../enterprise/EnterpriseProfileFields.tsx';
import { SaveForm } from '../../shared/form/SaveForm.tsx';
import { applyServerErrors } from '../../shared/graphql/errors.ts';
import type { RegisterEnterpriseMutation } from '../../gql/graphql.ts';
import { PasswordPolicyQuery, RegisterEnterprise } from './graphql.ts';
import { REGISTRATION_STATUS } from '../../shared/labels.ts';
import { AuthShell } from './AuthShell.tsx';
import { PasswordFields } from './PasswordFields.tsx';

/** What an anonymous registrant may see of its own registration. */
type Registered = RegisterEnterpriseMutation['registerEnterprise'];

export function RegisterPage() {
  const [form] = Form.useForm();
  const [{ fetching }, register] = useMutation(RegisterEnterprise);
  const [policy] = useQuery({ query: PasswordPolicyQuery });
  const [error, setError] = useState<string | null>(null);
  const [registered, setRegistered] = useState<Registered | null>(null);

  const onSave = async (values: Record<string, unknown>): Promise<string | null> => {
    setError(null);
    const profile = toProfileInput(values);
    const username = String(values['username'] ?? '').trim();
    const result = await register({
      input: { profile, username: username || null, password: String(values['password']) },
    });
    if (result.data?.registerEnterprise) {
      setRegistered(result.data.registerEnterprise);
      return '注册已提交';
    }
    if (result.error)
      setError(applyServerErrors(form, result.error, [...PROFILE_FIELDS, 'username', 'password']));
    return null;
  };

  if (registered) {
    const status = REGISTRATION_STATUS[registered.registrationStatus];
    return (
      <AuthShell title="注册" width={720}>
        <Result
          status="success"
          title="注册成功，审核中"
          subTitle="平台将审核您的企业信息，审核通过后即可使用全部功能。审核期间可登录查看审核状态。"
          extra={
            <Link to="/login">
              <Button type="primary">返回登录</Button>
            </Link>
          }
        >
          <Descriptions
            column={1}
            bordered
            size="small"
            items={[
              { key: 'name', label: '企业名称', children: registered.name },
              { key: 'uscc', label: '统一社会信用代码', children: registered.uscc },
              { key: 'status', label: '审核状态', children: <Tag color={status.color}>{status.label}</Tag> },
            ]}
          />
        </Result>
      </AuthShell>
    );
  }

  return (
    <AuthShell title="企业用户注册" width={760}>
      <SaveForm
        form={form}
        layout="horizontal"
        labelCol={{ flex: '150px' }}
        wrapperCol={{ flex: 'auto' }}
        labelWrap
        onSave={onSave}
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Divider titlePlacement="start">企业信息</Divider>
        <EnterpriseProfileFields />
        <Divider titlePlacement="start">登录信息</Divider>
        <Form.Item name="username" label="登录名" extra="选填，不填写时默认为统一社会信用代码">
          <Input maxLength={50} autoComplete="username" />
        </Form.Item>
        <PasswordFields policy={policy.data?.passwordPolicy} passwordName="password" passwordLabel="密码" />
        <Form.Item label={null}>
          <Space>
            <Button type="primary" htmlType="submit" loading={fetching}>
              确定
            </Button>
            <Link to="/login">已有账号，去登录</Link>
          </Space>
        </Form.Item>
      </SaveForm>
    </AuthShell>
  );
}
