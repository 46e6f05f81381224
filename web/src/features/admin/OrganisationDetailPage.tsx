// 机构详情 (PLATFORM_ADMIN): the organisation's registration, its users (新增用户 in it, and each user's actions), for a
// broker its 合作保险机构 (add / remove insurers), for an insurer the brokers partnering with it, for an enterprise its
// uploaded 企业资料.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Result, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type {
  AdminOrganisationQuery as OrganisationResult,
  PartnerFieldsFragment as Partner,
  RevealContactMutation,
} from '../../gql/graphql.ts';
import {
  DetailDescriptions,
  DetailPage,
  DetailPending,
  type DetailItem,
} from '../../shared/detail/Detail.tsx';
import { Documents } from '../../shared/documents/Documents.tsx';
import { dateTimeText } from '../../shared/format.ts';
import { errorMessage } from '../../shared/graphql/errors.ts';
import { ORGANISATION_TYPE_LABELS } from '../../shared/labels.ts';
import { FIRST_PAGE, listPagination, type Paging } from '../../shared/list/pagination.ts';
import { divisionText, RegistrationStatusTag } from '../enterprise/EnterpriseProfileFields.tsx';
import { RevealContact } from '../enterprise/graphql.ts';
import { AdminOrganisationQuery, AdminUsersQuery, InsurersQuery, SetPartnership } from './graphql.ts';
import { ADMIN_PATHS } from './routes.ts';
import { userColumns, useUserDialogs } from './UsersPage.tsx';

type Organisation = NonNullable<OrganisationResult['organisation']>;
type Contacts = Omit<RevealContactMutation['revealContact'], 'organisationId'>;

/** The profile; the contacts masked (PIPL) unless revealed with 查看完整信息. */
function OrganisationDescriptions({ org, contacts }: { org: Organisation; contacts: Contacts | null }) {
  const or = (v: string | null | undefined) => v || '—';
  const contact = (key: keyof Contacts) => or(contacts ? contacts[key] : org[key]);
  const items: DetailItem[] = [
    ['单位名称', org.name],
    ['单位类型', ORGANISATION_TYPE_LABELS[org.type]],
    ['统一社会信用代码', org.uscc],
    ['行政区划代码', divisionText(org)],
    ['审核状态', <RegistrationStatusTag key="s" status={org.registrationStatus} />],
    ['联系人姓名', or(org.contactName)],
    ['联系人手机', contact('contactMobile')],
    ['联系邮箱', contact('contactEmail')],
    ...(org.type === 'ENTERPRISE'
      ? ([
          ['工商注册地址', or(org.registeredAddress)],
          ['主要经营地址', or(org.businessAddress)],
          ['法人姓名', or(org.legalRepresentative)],
          ['法人手机', contact('legalRepresentativeMobile')],
          ['经营范围', or(org.businessScope)],
        ] satisfies DetailItem[])
      : []),
    ['创建时间', dateTimeText(org.createdAt)],
    ['更新时间', dateTimeText(org.updatedAt)],
  ];
  return <DetailDescriptions items={items} column={{ xs: 1, lg: 2 }} labelWidth={140} />;
}

/** 用户: the organisation's accounts, 新增用户 in it. */
function OrganisationUsers({ org }: { org: Organisation }) {
  const [paging, setPaging] = useState<Paging>(FIRST_PAGE);
  const [query, refetch] = useQuery({
    query: AdminUsersQuery,
    variables: { organisationId: org.id, page: paging },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const { actions, dialogs, create } = useUserDialogs(reload, {
    value: org.id,
    label: org.name,
    type: org.type,
  });
  const users = query.data?.users;
  return (
    <Card
      title="用户"
      extra={
        <Button icon={<PlusOutlined />} onClick={create}>
          新增用户
        </Button>
      }
    >
      <Table
        rowKey="id"
        size="small"
        columns={userColumns(actions, false)}
        dataSource={users?.items ?? []}
        loading={query.fetching}
        locale={{ emptyText: <Empty description="该机构还没有用户" /> }}
        pagination={listPagination(paging, users?.total ?? 0, setPaging)}
      />
      {dialogs}
    </Card>
  );
}

/** A partner organisation's columns, under the name of its kind. */
function partnerColumns(kind: string): TableColumnsType<Partner> {
  return [
    { title: kind, dataIndex: 'name', key: 'name' },
    { title: '统一社会信用代码', dataIndex: 'uscc', key: 'uscc', width: 200 },
    { title: '行政区划', key: 'division', render: (_, p) => p.division?.fullName ?? '—' },
  ];
}

/** 合作保险机构 of a broker: the insurers whose applications it may handle. */
function BrokerPartners({ org, onChanged }: { org: Organisation; onChanged: () => void }) {
  const { message } = App.useApp();
  const [{ data: insurers }] = useQuery({ query: InsurersQuery });
  const [{ fetching }, setPartnership] = useMutation(SetPartnership);
  const [adding, setAdding] = useState<string | undefined>();
  const partnerIds = new Set(org.partners.map((p) => p.id));
  const candidates = (insurers?.insurers ?? []).filter((i) => !partnerIds.has(i.id));

  const change = async (insurer: Pick<Partner, 'id' | 'name'>, active: boolean) => {
    const result = await setPartnership({ brokerId: org.id, insurerId: insurer.id, active });
    if (result.error) {
      message.error(errorMessage(result.error));
      return;
    }
    message.success(active ? `已添加合作保险机构：${insurer.name}` : `已移除合作保险机构：${insurer.name}`);
    setAdding(undefined);
    onChanged();
  };

  return (
    <Card
      title="合作保险机构"
      role="region"
      aria-label="合作保险机构"
      extra={
        <Space.Compact>
          <Select
            aria-label="选择保险机构"
            placeholder="选择保险机构"
            style={{ width: 280 }}
            value={adding}
            onChange={setAdding}
            showSearch={{ optionFilterProp: 'label' }}
            options={candidates.map((i) => ({ value: i.id, label: i.name }))}
            notFoundContent="没有可添加的保险机构"
          />
          <Button
            type="primary"
            disabled={!adding}
            loading={fetching}
            onClick={() => {
              const insurer = candidates.find((i) => i.id === adding);
              if (insurer) void change(insurer, true);
            }}
          >
            添加
          </Button>
        </Space.Compact>
      }
    >
      <Typography.Paragraph type="secondary">
        经纪公司可查看和办理其合作保险机构的投保业务。
      </Typography.Paragraph>
      <Table<Partner>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={org.partners}
        locale={{ emptyText: <Empty description="尚未添加合作保险机构" /> }}
        columns={[
          ...partnerColumns('保险机构'),
          {
            title: '操作',
            key: 'actions',
            width: 80,
            render: (_, p) => (
              <Popconfirm
                title={`移除合作保险机构“${p.name}”？`}
                description="移除后该经纪公司不能再办理这家保险机构的投保业务。"
                okText="移除"
                okButtonProps={{ danger: true }}
                cancelText="取消"
                onConfirm={() => change(p, false)}
              >
                <Button type="link" size="small" danger>
                  移除
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** The brokers an insurer partners with (kept on each broker's page). */
function InsurerPartners({ org }: { org: Organisation }) {
  return (
    <Card title="合作经纪公司">
      <Typography.Paragraph type="secondary">合作关系在经纪公司的机构详情中维护。</Typography.Paragraph>
      <Table<Partner>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={org.partners}
        locale={{ emptyText: <Empty description="暂无合作经纪公司" /> }}
        columns={partnerColumns('经纪公司')}
      />
    </Card>
  );
}

/** 查看完整信息: the contacts in full, which identity records in the audit log. */
function RevealContacts({
  org,
  onRevealed,
}: {
  org: Organisation;
  onRevealed: (contacts: Contacts) => void;
}) {
  const { message } = App.useApp();
  const [{ fetching }, reveal] = useMutation(RevealContact);
  return (
    <Popconfirm
      title="查看完整联系方式？"
      description="联系方式属于个人信息，查看将记入审计日志。"
      okText="查看"
      cancelText="取消"
      onConfirm={async () => {
        const result = await reveal({ organisationId: org.id });
        if (!result.data) return void message.error(errorMessage(result.error));
        const { organisationId: _, ...contacts } = result.data.revealContact;
        onRevealed(contacts);
      }}
    >
      <Button loading={fetching}>查看完整信息</Button>
    </Popconfirm>
  );
}

export function OrganisationDetailPage() {
  const { id = '' } = useParams();
  const [query, refetch] = useQuery({ query: AdminOrganisationQuery, variables: { id } });
  // Revealed for this organisation only (the page stays mounted from one 机构详情 to the next).
  const [revealed, setRevealed] = useState<{ id: string; contacts: Contacts } | null>(null);
  const contacts = revealed?.id === id ? revealed.contacts : null;
  const org = query.data?.organisation;
  if (!org) {
    return (
      <DetailPending title="机构详情" query={query} missing={<Result status="404" title="机构不存在" />} />
    );
  }
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <DetailPage
      title="机构详情"
      backTo={ADMIN_PATHS.organisations}
      actions={
        !contacts && <RevealContacts org={org} onRevealed={(c) => setRevealed({ id: org.id, contacts: c })} />
      }
      sections={
        <>
          <OrganisationUsers org={org} />
          {org.type === 'BROKER' && <BrokerPartners org={org} onChanged={reload} />}
          {org.type === 'INSURER' && <InsurerPartners org={org} />}
          {org.type === 'ENTERPRISE' && (
            <Card title="企业资料">
              <Documents organisation={org} />
            </Card>
          )}
        </>
      }
    >
      <OrganisationDescriptions org={org} contacts={contacts} />
    </DetailPage>
  );
}
