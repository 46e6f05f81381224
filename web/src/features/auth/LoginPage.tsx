import { LockOutlined, SafetyCertificateOutlined, UploadOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Flex, Form, Input, Tabs, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useClient, useMutation } from 'urql';
import { useAuth, type SignOutReason } from '../../shared/session/AuthContext.tsx';
import { isPasswordRequired, readCredential, type Credential } from './certificate.ts';
import { errorCode, errorMessage } from '../../shared/graphql/errors.ts';
import { LoginWithCertificate, LoginWithPassword, RequestCertificateChallenge } from './graphql.ts';
import type { LoginWithPasswordMutationVariables } from '../../gql/graphql.ts';
import { dateTimeText } from '../../shared/format.ts';
import { AuthShell } from './AuthShell.tsx';
import { signInHints } from './sign-in-hints.ts';

const HINTS = signInHints();

/** Who signs in on this tab, right under the tab bar. */
function TabHint({ children }: { children: string }) {
  return (
    <Typography.Paragraph type="secondary" style={{ marginTop: -4, marginBottom: 16, fontSize: 13 }}>
      {children}
    </Typography.Paragraph>
  );
}

const REASON_MESSAGES: Partial<Record<SignOutReason, string>> = {
  idle: '长时间未操作，已自动退出',
  expired: '登录已过期，请重新登录',
};

type CertificateProof = NonNullable<LoginWithPasswordMutationVariables['secondFactor']>;

/**
 * Signs a fresh server challenge with the chosen certificate's private key, in the browser (the key never leaves it).
 * Used by CA证书登录 and as the second factor of a platform operator's password login.
 */
function useCertificateProof() {
  const client = useClient();
  return async (credential: Credential): Promise<CertificateProof> => {
    const challenge = await client.mutation(RequestCertificateChallenge, {}).toPromise();
    const issued = challenge.data?.requestCertificateChallenge;
    if (!issued) throw new Error(errorMessage(challenge.error) || '获取登录挑战失败');
    return {
      challengeId: issued.id,
      certificate: credential.certificatePem,
      signature: await credential.sign(issued.challenge),
      algorithm: credential.algorithm,
    };
  };
}

function PasswordLogin() {
  const { signIn } = useAuth();
  const [{ fetching }, login] = useMutation(LoginWithPassword);
  const [error, setError] = useState<string | null>(null);
  // Set when the account also needs its certificate (platform operators): the second step of the same login.
  const [pending, setPending] = useState<{ username: string; password: string } | null>(null);

  const onFinish = async (values: { username: string; password: string }) => {
    setError(null);
    const credentials = { username: values.username.trim(), password: values.password };
    const result = await login(credentials);
    if (result.data?.loginWithPassword) signIn(result.data.loginWithPassword);
    else if (errorCode(result.error) === 'SECOND_FACTOR_REQUIRED') setPending(credentials);
    else setError(errorMessage(result.error) || '登录失败');
  };

  if (pending)
    return (
      <>
        <Alert
          type="info"
          showIcon
          title="密码正确。平台管理账号还须使用本人的CA证书完成第二重身份验证。"
          style={{ marginBottom: 16 }}
        />
        <CertificateForm
          submitLabel="验证证书并登录"
          onProof={async (secondFactor) => {
            const result = await login({ ...pending, secondFactor });
            if (result.data?.loginWithPassword) signIn(result.data.loginWithPassword);
            else throw new Error(errorMessage(result.error) || '登录失败');
          }}
        />
        <Button type="link" block onClick={() => setPending(null)}>
          返回密码登录
        </Button>
      </>
    );

  return (
    <Form name="passwordLogin" layout="vertical" onFinish={onFinish} requiredMark={false}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="username"
        label="用户名"
        rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" size="large" />
      </Form.Item>
      <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={fetching}>
        登录
      </Button>
    </Form>
  );
}

function CertificateLogin() {
  const { signIn } = useAuth();
  const client = useClient();
  return (
    <CertificateForm
      submitLabel="登录"
      onProof={async (input) => {
        const result = await client.mutation(LoginWithCertificate, { input }).toPromise();
        if (result.data?.loginWithCertificate) signIn(result.data.loginWithCertificate);
        else throw new Error(errorMessage(result.error) || '证书登录失败');
      }}
    />
  );
}

/** Certificate file + password → a signed challenge handed to `onProof`; errors it throws are shown on the form. */
function CertificateForm({
  submitLabel,
  onProof,
}: {
  submitLabel: string;
  onProof: (proof: CertificateProof) => Promise<void>;
}) {
  const prove = useCertificateProof();
  const [form] = Form.useForm<{ password?: string }>();
  const [file, setFile] = useState<File | null>(null);
  const [credential, setCredential] = useState<Credential | null>(null);
  const [busy, setBusy] = useState<'reading' | 'signing' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fileMissing, setFileMissing] = useState(false);

  // Reads overlap (choosing the file starts one, leaving the password field another, and the first read also loads
  // the crypto code): only the latest may set the state, or a stale "password required" undoes a good read.
  const latestRead = useRef(0);
  const read = async (f: File | null = file, quiet = false): Promise<Credential | null> => {
    if (!f) {
      setFileMissing(true);
      return null;
    }
    const id = ++latestRead.current;
    setBusy('reading');
    setError(null);
    try {
      const loaded = await readCredential(f, form.getFieldValue('password') ?? '');
      if (id !== latestRead.current) return null;
      setCredential(loaded);
      return loaded;
    } catch (e) {
      if (id !== latestRead.current) return null;
      setCredential(null);
      // Right after choosing a PKCS#12 file the password is usually still empty: ask for it, not an error.
      if (quiet && isPasswordRequired(e)) form.setFields([{ name: 'password', errors: ['请输入证书密码'] }]);
      else setError(e instanceof Error ? e.message : '证书读取失败');
      return null;
    } finally {
      if (id === latestRead.current) setBusy(null);
    }
  };

  const onLogin = async () => {
    const loaded = credential ?? (await read());
    if (!loaded) return;
    setBusy('signing');
    setError(null);
    try {
      await onProof(await prove(loaded));
    } catch (e) {
      setError(e instanceof Error ? e.message : '证书验证失败');
    } finally {
      setBusy(null);
    }
  };

  return (
    <Form form={form} name="certificateLogin" layout="vertical" requiredMark={false} onFinish={onLogin}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        label="证书文件"
        htmlFor="certificateFile"
        validateStatus={fileMissing ? 'error' : undefined}
        help={fileMissing ? '请选择证书文件' : undefined}
        extra="支持 PKCS#12（.p12 / .pfx）或包含证书和私钥的 PEM 文件；私钥只在本机浏览器中使用，不会上传。"
      >
        <Upload
          id="certificateFile"
          accept=".p12,.pfx,.pem,.crt,.key"
          maxCount={1}
          fileList={file ? [{ uid: 'certificate', name: file.name, status: 'done' }] : []}
          beforeUpload={(f) => {
            setFile(f);
            setCredential(null);
            setFileMissing(false);
            // An unencrypted PEM (or a password already typed) can be read right away.
            void read(f, true);
            return false;
          }}
          onRemove={() => {
            setFile(null);
            setCredential(null);
            setError(null);
          }}
        >
          <Button icon={<UploadOutlined />}>选择证书文件</Button>
        </Upload>
      </Form.Item>
      <Form.Item name="password" label="证书密码">
        <Input.Password
          autoComplete="off"
          size="large"
          onChange={() => {
            setCredential(null);
            setError(null);
          }}
          onBlur={() => {
            if (file && !credential) void read();
          }}
        />
      </Form.Item>
      {credential && (
        <Descriptions
          size="small"
          column={1}
          bordered
          style={{ marginBottom: 16 }}
          items={[
            { key: 'subject', label: '证书主体', children: credential.subject },
            { key: 'notAfter', label: '有效期至', children: dateTimeText(credential.notAfter) },
          ]}
        />
      )}
      <Button
        type="primary"
        htmlType="submit"
        block
        size="large"
        icon={<SafetyCertificateOutlined />}
        loading={busy !== null}
      >
        {busy === 'reading' ? '正在读取证书' : busy === 'signing' ? '正在签名验证' : submitLabel}
      </Button>
    </Form>
  );
}

export function LoginPage() {
  const { state } = useAuth();
  const reason = state.status === 'anonymous' && state.reason ? REASON_MESSAGES[state.reason] : undefined;
  // /login?tab=certificate opens CA证书登录 directly (bookmarkable for certificate users).
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const tab = params.get('tab') === 'certificate' ? 'certificate' : 'password';
  return (
    <AuthShell title="登录" width={440}>
      {reason && <Alert type="warning" showIcon title={reason} style={{ marginBottom: 16 }} />}
      <Tabs
        centered
        activeKey={tab}
        onChange={(key) =>
          setParams(key === 'certificate' ? { tab: key } : {}, { replace: true, state: location.state })
        }
        items={[
          {
            key: 'password',
            label: '密码登录',
            children: (
              <>
                <TabHint>{HINTS.password}</TabHint>
                <PasswordLogin />
              </>
            ),
          },
          {
            key: 'certificate',
            label: 'CA证书登录',
            children: (
              <>
                <TabHint>{HINTS.certificate}</TabHint>
                <CertificateLogin />
              </>
            ),
          },
        ]}
      />
      <Flex justify="center" style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">
          施工企业还没有账号？<Link to="/register">注册</Link>
        </Typography.Text>
      </Flex>
    </AuthShell>
  );
}
