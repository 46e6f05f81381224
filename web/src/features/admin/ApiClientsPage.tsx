// API 客户端 (PLATFORM_ADMIN): the third-party platforms that query the GraphQL API with client credentials —
// 名称, 权限范围, 数据范围, 创建时间, 吊销. 新增 shows the secret once; 吊销 (confirmed) stops new tokens for good.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Popconfirm, Space, Tag, Typography, App } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ApiClientFieldsFragment as ApiClient } from '../../gql/graphql.ts';
import { DivisionCascader } from '../../shared/divisions/DivisionCascader.tsx';
import { DivisionName } from '../../shared/divisions/DivisionName.tsx';
import { FormModal } from '../../shared/form/FormModal.tsx';
import { dateTimeText } from '../../shared/format.ts';
import { alreadyProcessedMessage, applyServerErrors, errorMessage } from '../../shared/graphql/errors.ts';
import { clientPage, contains } from '../../shared/list/client-pages.ts';
import { ListPage, StatusSearch, useListState } from '../../shared/list/ListPage.tsx';
import { ApiClientsQuery, CreateApiClient, RevokeApiClient } from './graphql.ts';
import { alreadyProcessedSecret, OneTimeSecretModal, type OneTimeSecret } from './OneTimeSecret.tsx';
import { apiClientScopes, operationLabel, SUBGRAPH_LABELS } from './permissions.ts';

type ClientStatus = 'ACTIVE' | 'REVOKED';
const STATUSES: { value: ClientStatus; label: string }[] = [
  { value: 'ACTIVE', label: '有效' },
  { value: 'REVOKED', label: '已吊销' },
];

/** The scopes a client can be granted, each with what it opens (from the permission table). */
const SCOPES = apiClientScopes().map(({ scope, operations }) => {
  const [service] = scope.split(':');
  return {
    scope,
    label: `${SUBGRAPH_LABELS[service!] ?? service}（${scope.endsWith(':read') ? '查询' : '操作'}）`,
    description: operations.map((o) => operationLabel(o.key)).join('、'),
  };
});
const scopeLabel = (scope: string) => SCOPES.find((s) => s.scope === scope)?.label ?? scope;

type ClientValues = { name: string; scopes: string[]; jurisdiction: string };

function CreateApiClientModal({
  open,
  onClose,
}: {
  open: boolean;
  onClose: (secret: OneTimeSecret | null) => void;
}) {
  const [form] = Form.useForm<ClientValues>();
  const [{ fetching }, create] = useMutation(CreateApiClient);
  const [error, setError] = useState<string | null>(null);

  const onSave = async (v: ClientValues): Promise<string | null> => {
    setError(null);
    const result = await create({
      input: { name: v.name.trim(), scopes: v.scopes, jurisdiction: v.jurisdiction },
    });
    const created = result.data?.createApiClient;
    if (created) {
      onClose({
        title: 'API 客户端已创建',
        items: [
          { label: '名称', value: created.client.name },
          { label: '客户端 ID', value: created.client.clientId },
        ],
        secret: { label: '客户端密钥', value: created.clientSecret },
        hint: '请通过安全的方式交给第三方平台；它以客户端 ID 和密钥调用 issueClientToken 获取访问令牌。',
      });
      return `已新增 API 客户端：${created.client.name}`;
    }
    // Created by the first send, whose answer (with the secret) was lost.
    const done = alreadyProcessedMessage(result.error);
    if (done) {
      onClose(alreadyProcessedSecret('API 客户端已创建', [{ label: '名称', value: v.name.trim() }], done));
      return null;
    }
    if (result.error) setError(applyServerErrors(form, result.error, ['name', 'scopes', 'jurisdiction']));
    return null;
  };

  return (
    <FormModal<ClientValues>
      form={form}
      name="newApiClient"
      title="新增 API 客户端"
      open={open}
      width={640}
      saving={fetching}
      error={error}
      onCancel={() => onClose(null)}
      onClosed={() => setError(null)}
      onSave={onSave}
      layout="horizontal"
      labelCol={{ flex: '100px' }}
      wrapperCol={{ flex: 'auto' }}
      initialValues={{ scopes: [] }}
    >
      <Form.Item
        name="name"
        label="名称"
        extra="第三方平台的名称，如 省住建厅监管平台"
        rules={[
          { required: true, whitespace: true, message: '请输入名称' },
          { max: 100, message: '名称不能超过100个字符' },
        ]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="scopes"
        label="权限范围"
        rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个权限范围' }]}
      >
        <Checkbox.Group style={{ flexDirection: 'column', gap: 8 }}>
          {SCOPES.map((s) => (
            <Checkbox key={s.scope} value={s.scope}>
              {s.label} <Typography.Text code>{s.scope}</Typography.Text>
              <div>
                <Typography.Text type="secondary">{s.description}</Typography.Text>
              </div>
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
      <Form.Item
        name="jurisdiction"
        label="数据范围"
        extra="客户端只能查询这个行政区划内的数据"
        rules={[{ required: true, message: '请选择数据范围' }]}
      >
        <DivisionCascader changeOnSelect />
      </Form.Item>
    </FormModal>
  );
}

export function ApiClientsPage() {
  const { message } = App.useApp();
  const list = useListState<{ status: ClientStatus | null; text: string }>({ status: null, text: '' });
  const [query, refetch] = useQuery({ query: ApiClientsQuery });
  const [, revoke] = useMutation(RevokeApiClient);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<OneTimeSecret | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const found = (query.data?.apiClients ?? []).filter(
    (c) =>
      contains(c.name, list.filter.text) &&
      (!list.filter.status || (list.filter.status === 'REVOKED') === (c.revokedAt !== null)),
  );

  const onRevoke = async (client: ApiClient) => {
    const result = await revoke({ id: client.id });
    if (result.error) message.error(errorMessage(result.error));
    else {
      message.success(`已吊销：${client.name}`);
      reload();
    }
  };

  const columns: TableColumnsType<ApiClient> = [
    { title: '名称', dataIndex: 'name', key: 'name' },
    {
      title: '客户端 ID',
      dataIndex: 'clientId',
      key: 'clientId',
      render: (v: string) => (
        <Typography.Text copyable={{ tooltips: ['复制', '已复制'] }}>{v}</Typography.Text>
      ),
    },
    {
      title: '权限范围',
      dataIndex: 'scopes',
      key: 'scopes',
      render: (scopes: string[]) => (
        <Space size={[4, 4]} wrap>
          {scopes.map((s) => (
            <Tag key={s} title={s}>
              {scopeLabel(s)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: '数据范围',
      dataIndex: 'jurisdiction',
      key: 'jurisdiction',
      width: 150,
      render: (v: string | null) => <DivisionName code={v} />,
    },
    {
      title: '创建时间',
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: 110,
      render: (v: string) => dateTimeText(v),
    },
    {
      title: '状态',
      key: 'status',
      width: 120,
      render: (_, c) =>
        c.revokedAt ? (
          <Space orientation="vertical" size={0}>
            <Tag color="default">已吊销</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {dateTimeText(c.revokedAt)}
            </Typography.Text>
          </Space>
        ) : (
          <Tag color="success">有效</Tag>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 64,
      render: (_, c) =>
        c.revokedAt ? null : (
          <Popconfirm
            title={`吊销“${c.name}”？`}
            description="吊销后该客户端不能再获取访问令牌，且不能恢复。"
            okText="吊销"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={() => onRevoke(c)}
          >
            <Button type="link" size="small" danger>
              吊销
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <ListPage
      title="API 客户端"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新增 API 客户端
        </Button>
      }
      filters={
        <StatusSearch<ClientStatus>
          status={list.filter.status}
          statuses={STATUSES}
          statusWidth={120}
          onStatusChange={(status) => list.search({ ...list.filter, status })}
          search={{ label: '名称', placeholder: '名称', width: 280 }}
          onSearch={(text) => list.search({ ...list.filter, text })}
        />
      }
      rowKey="id"
      columns={columns}
      fit
      query={{
        data: query.data && clientPage(found, list.paging),
        fetching: query.fetching,
        error: query.error,
      }}
      rows={(d) => d}
      list={list}
    >
      <CreateApiClientModal
        open={creating}
        onClose={(created) => {
          setCreating(false);
          if (created) {
            setSecret(created);
            reload();
          }
        }}
      />
      <OneTimeSecretModal secret={secret} onClose={() => setSecret(null)} />
    </ListPage>
  );
}
