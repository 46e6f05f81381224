// 机构管理 (PLATFORM_ADMIN): organisations of every type, searched by 单位类型, 名称, 统一社会信用代码, 行政区划 and
// 审核状态; 新增机构 (insurers, brokers, prevention organisations, regulator departments, the platform's own; enterprises
// register themselves); 查看 opens 机构详情 with its users and, for a broker, its 合作保险机构.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Select, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type {
  AdminOrganisationFieldsFragment as Organisation,
  OrganisationType,
  RegistrationStatus,
} from '../../gql/graphql.ts';
import { DivisionCascader } from '../../shared/divisions/DivisionCascader.tsx';
import { FormModal } from '../../shared/form/FormModal.tsx';
import { applyServerErrors } from '../../shared/graphql/errors.ts';
import { ORGANISATION_TYPE_LABELS, REGISTRATION_STATUS } from '../../shared/labels.ts';
import { clientPage } from '../../shared/list/client-pages.ts';
import { FilterForm, ListPage, useListState } from '../../shared/list/ListPage.tsx';
import { useAllPages } from '../../shared/list/useAllPages.ts';
import { asRule, checkEmail, checkMobile, checkUscc } from '../../shared/validation.ts';
import { RegistrationStatusTag } from '../enterprise/EnterpriseProfileFields.tsx';
import { CREATABLE_ORGANISATION_TYPES } from './accounts.ts';
import { AdminOrganisationsQuery, CreateOrganisation } from './graphql.ts';
import {
  matchesName,
  nameInBrowser,
  organisationFilterOf,
  type OrganisationSearch,
} from './organisations.ts';
import { adminOrganisationPath } from './routes.ts';

const TYPES = Object.keys(ORGANISATION_TYPE_LABELS) as OrganisationType[];
const STATUSES = Object.keys(REGISTRATION_STATUS) as RegistrationStatus[];

type OrganisationValues = {
  type: OrganisationType;
  name: string;
  divisionCode: string;
  uscc: string;
  contactName?: string;
  contactMobile?: string;
  contactEmail?: string;
};
const ORGANISATION_FIELDS = [
  'type',
  'name',
  'divisionCode',
  'uscc',
  'contactName',
  'contactMobile',
  'contactEmail',
];

function CreateOrganisationModal({ open, onClose }: { open: boolean; onClose: (created: boolean) => void }) {
  const [form] = Form.useForm<OrganisationValues>();
  const [{ fetching }, create] = useMutation(CreateOrganisation);
  const [error, setError] = useState<string | null>(null);

  const onSave = async (v: OrganisationValues): Promise<string | null> => {
    setError(null);
    const blank = (s: string | undefined) => s?.trim() || null;
    const result = await create({
      input: {
        type: v.type,
        name: v.name.trim(),
        divisionCode: v.divisionCode,
        uscc: v.uscc.trim().toUpperCase(),
        contactName: blank(v.contactName),
        contactMobile: blank(v.contactMobile),
        contactEmail: blank(v.contactEmail),
      },
    });
    if (result.data) {
      onClose(true);
      return `已新增机构：${result.data.createOrganisation.name}`;
    }
    if (result.error) setError(applyServerErrors(form, result.error, ORGANISATION_FIELDS));
    return null;
  };

  return (
    <FormModal<OrganisationValues>
      form={form}
      name="newOrganisation"
      title="新增机构"
      open={open}
      width={640}
      saving={fetching}
      error={error}
      notice={
        <Alert
          type="info"
          showIcon
          title="施工企业通过“注册”自行登记，由注册审核通过；这里新增的机构无需审核。"
          style={{ marginBottom: 16 }}
        />
      }
      onCancel={() => onClose(false)}
      onClosed={() => setError(null)}
      onSave={onSave}
      layout="horizontal"
      labelCol={{ flex: '140px' }}
      wrapperCol={{ flex: 'auto' }}
    >
      <Form.Item name="type" label="单位类型" rules={[{ required: true, message: '请选择单位类型' }]}>
        <Select
          placeholder="请选择"
          options={CREATABLE_ORGANISATION_TYPES.map((t) => ({
            value: t,
            label: ORGANISATION_TYPE_LABELS[t],
          }))}
        />
      </Form.Item>
      <Form.Item
        name="name"
        label="单位名称"
        rules={[
          { required: true, whitespace: true, message: '请输入单位名称' },
          { max: 200, message: '单位名称不能超过200个字符' },
        ]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="divisionCode"
        label="行政区划代码"
        extra="职能部门选其管辖的省、市或区县"
        rules={[{ required: true, message: '请选择行政区划代码' }]}
      >
        <DivisionCascader changeOnSelect />
      </Form.Item>
      <Form.Item
        name="uscc"
        label="统一社会信用代码"
        normalize={(v: string | undefined) => v?.toUpperCase().replace(/\s/g, '')}
        rules={[{ required: true, whitespace: true, message: '请输入统一社会信用代码' }, asRule(checkUscc)]}
        validateFirst
      >
        <Input maxLength={18} placeholder="18位统一社会信用代码" />
      </Form.Item>
      <Form.Item
        name="contactName"
        label="联系人姓名"
        rules={[{ max: 50, message: '联系人姓名不能超过50个字符' }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="contactMobile" label="联系人手机" rules={[asRule(checkMobile)]}>
        <Input maxLength={11} inputMode="numeric" />
      </Form.Item>
      <Form.Item name="contactEmail" label="联系邮箱" rules={[asRule(checkEmail)]}>
        <Input maxLength={100} inputMode="email" />
      </Form.Item>
    </FormModal>
  );
}

export function OrganisationsPage() {
  const navigate = useNavigate();
  const list = useListState<OrganisationSearch>({});
  const [reload, setReload] = useState(0);
  const [creating, setCreating] = useState(false);
  const filter = organisationFilterOf(list.filter);
  const inBrowser = nameInBrowser(list.filter);

  const [paged, refetch] = useQuery({
    query: AdminOrganisationsQuery,
    variables: { filter, page: list.paging },
    pause: inBrowser,
  });
  const all = useAllPages({
    query: AdminOrganisationsQuery,
    variables: { filter },
    rows: (d) => d.organisations,
    pause: !inBrowser,
    reload,
  });
  const query = inBrowser
    ? {
        data:
          all.items &&
          clientPage(
            all.items.filter((o) => matchesName(o, list.filter)),
            list.paging,
          ),
        fetching: all.fetching,
        error: all.error,
      }
    : { data: paged.data?.organisations, fetching: paged.fetching, error: paged.error };

  // Fits the card at 1280 px: 创建时间 and the rest of the profile are in 查看.
  const columns: TableColumnsType<Organisation> = [
    { title: '单位名称', dataIndex: 'name', key: 'name' },
    {
      title: '单位类型',
      dataIndex: 'type',
      key: 'type',
      width: 120,
      render: (t: OrganisationType) => ORGANISATION_TYPE_LABELS[t],
    },
    { title: '统一社会信用代码', dataIndex: 'uscc', key: 'uscc', width: 180 },
    {
      title: '行政区划',
      key: 'division',
      width: 170,
      render: (_, o) => o.division?.fullName ?? o.divisionCode,
    },
    {
      title: '联系人',
      key: 'contact',
      width: 130,
      render: (_, o) =>
        o.contactName || o.contactMobile ? (
          <>
            <div>{o.contactName ?? '—'}</div>
            <Typography.Text type="secondary">{o.contactMobile ?? ''}</Typography.Text>
          </>
        ) : (
          '—'
        ),
    },
    {
      title: '审核状态',
      dataIndex: 'registrationStatus',
      key: 'status',
      width: 96,
      render: (s: RegistrationStatus) => <RegistrationStatusTag status={s} />,
    },
    {
      title: '操作',
      key: 'actions',
      width: 64,
      render: (_, o) => (
        <Button type="link" size="small" onClick={() => void navigate(adminOrganisationPath(o.id))}>
          查看
        </Button>
      ),
    },
  ];

  return (
    <ListPage
      title="机构管理"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新增机构
        </Button>
      }
      filters={
        <FilterForm<OrganisationSearch> onSearch={list.search}>
          <Form.Item name="type" label="单位类型">
            <Select<OrganisationType>
              allowClear
              placeholder="全部"
              style={{ width: 140 }}
              options={TYPES.map((t) => ({ value: t, label: ORGANISATION_TYPE_LABELS[t] }))}
            />
          </Form.Item>
          <Form.Item name="name" label="名称">
            <Input allowClear placeholder="单位名称" style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="uscc" label="统一社会信用代码">
            <Input allowClear style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="divisionCode" label="行政区划">
            <DivisionCascader changeOnSelect />
          </Form.Item>
          <Form.Item name="status" label="审核状态">
            <Select<RegistrationStatus>
              allowClear
              placeholder="全部"
              style={{ width: 110 }}
              options={STATUSES.map((s) => ({ value: s, label: REGISTRATION_STATUS[s].label }))}
            />
          </Form.Item>
        </FilterForm>
      }
      rowKey="id"
      columns={columns}
      fit
      query={query}
      rows={(d) => d}
      list={list}
    >
      <CreateOrganisationModal
        open={creating}
        onClose={(created) => {
          setCreating(false);
          if (!created) return;
          if (inBrowser) setReload((n) => n + 1);
          else refetch({ requestPolicy: 'network-only' });
        }}
      />
    </ListPage>
  );
}
