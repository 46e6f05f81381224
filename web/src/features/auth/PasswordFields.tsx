// 密码 + 确认密码 with the server's current password policy (public passwordPolicy query).
import { Form, Input } from 'antd';
import type { PasswordPolicyQuery } from '../../gql/graphql.ts';
import { asRule, checkPassword } from '../../shared/validation.ts';

type Props = {
  policy: PasswordPolicyQuery['passwordPolicy'] | undefined;
  passwordName: string;
  passwordLabel: string;
};

export function PasswordFields({ policy, passwordName, passwordLabel }: Props) {
  const confirmLabel = `确认${passwordLabel}`;
  return (
    <>
      <Form.Item
        name={passwordName}
        label={passwordLabel}
        extra={policy?.description}
        rules={[
          { required: true, message: `请输入${passwordLabel}` },
          ...(policy ? [asRule((v) => checkPassword(v, policy))] : []),
        ]}
        hasFeedback
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name={`${passwordName}Confirm`}
        label={confirmLabel}
        dependencies={[passwordName]}
        rules={[
          { required: true, message: `请再次输入${passwordLabel}` },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue(passwordName) === value
                ? Promise.resolve()
                : Promise.reject(new Error('两次输入的密码不一致')),
          }),
        ]}
        hasFeedback
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
