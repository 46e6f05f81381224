// 注册审核 (PLATFORM_ADMIN, REGULATOR): enterprises waiting for review, with 通过 / 驳回. The regulator's 企业信息
// is the same list without the review actions, all statuses by default. 详情 shows the profile and the enterprise's
// uploaded documents (营业执照, 资质文件, 法人身份证) with 资料下载; phones are shown as the API returns them (masked).
import { Alert, App, Button, Form, Input, Popconfirm, Space } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Documents } from '../../shared/documents/Documents.tsx';
import { DetailDrawer } from '../../shared/detail/Detail.tsx';
import { FormModal } from '../../shared/form/FormModal.tsx';
import { errorMessage } from '../../shared/graphql/errors.ts';
import type {
  OrganisationFieldsFragment as Organisation,
  OrganisationFilter,
  RegistrationStatus,
} from '../../gql/graphql.ts';
import { ApproveRegistration, OrganisationsQuery, RejectRegistration } from './graphql.ts';
import { REGISTRATION_STATUS } from '../../shared/labels.ts';
import { dateTimeText } from '../../shared/format.ts';
import {
  divisionText,
  ProfileDescriptions,
  RegistrationStatusTag,
} from '../enterprise/EnterpriseProfileFields.tsx';
import { ListPage, maskedColumn, StatusSearch, useListState } from '../../shared/list/ListPage.tsx';

type Search = { status: RegistrationStatus | null; text: string };

export function OrganisationsPage({ mode }: { mode: 'review' | 'directory' }) {
  const review = mode === 'review';
  const { message } = App.useApp();
  const list = useListState<Search>({ status: review ? 'PENDING' : null, text: '' });
  const [detail, setDetail] = useState<Organisation | null>(null);
  const [rejecting, setRejecting] = useState<Organisation | null>(null);
  const [rejectForm] = Form.useForm<{ reason: string }>();
  const [, approve] = useMutation(ApproveRegistration);
  const [{ fetching: rejectingNow }, reject] = useMutation(RejectRegistration);

  const filter: OrganisationFilter = { type: 'ENTERPRISE' };
  if (list.filter.status) filter.status = list.filter.status;
  if (list.filter.text.trim()) filter.search = list.filter.text.trim();
  const [query, refetch] = useQuery({
    query: OrganisationsQuery,
    variables: { filter, page: list.paging },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const onApprove = async (org: Organisation) => {
    const result = await approve({ organisationId: org.id });
    if (result.data) {
      message.success(`已通过：${org.name}`);
      reload();
    } else message.error(errorMessage(result.error));
  };

  const onReject = async ({ reason }: { reason: string }): Promise<string | null> => {
    if (!rejecting) return null;
    const result = await reject({ organisationId: rejecting.id, reason: reason.trim() });
    if (result.data) {
      setRejecting(null);
      rejectForm.resetFields();
      reload();
      return `已驳回：${rejecting.name}`;
    }
    const field = result.error?.graphQLErrors[0]?.extensions?.['field'];
    if (field === 'reason') rejectForm.setFields([{ name: 'reason', errors: [errorMessage(result.error)] }]);
    else message.error(errorMessage(result.error));
    return null;
  };

  const columns: TableColumnsType<Organisation> = [
    { title: '企业名称', dataIndex: 'name', key: 'name' },
    { title: '统一社会信用代码', dataIndex: 'uscc', key: 'uscc', width: 190 },
    { title: '行政区划', key: 'division', render: (_, org) => divisionText(org) },
    { title: '联系人', dataIndex: 'contactName', key: 'contactName' },
    maskedColumn('联系人手机', 'contactMobile'),
    {
      title: '注册时间',
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: 170,
      render: (v: string) => dateTimeText(v),
    },
    {
      title: '状态',
      dataIndex: 'registrationStatus',
      key: 'status',
      render: (s: RegistrationStatus) => <RegistrationStatusTag status={s} />,
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, org) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDetail(org)}>
            详情
          </Button>
          {review && org.registrationStatus === 'PENDING' && (
            <>
              <Popconfirm
                title={`确定通过“${org.name}”的注册？`}
                okText="确定"
                cancelText="取消"
                onConfirm={() => onApprove(org)}
              >
                <Button type="link" size="small">
                  通过
                </Button>
              </Popconfirm>
              <Button type="link" size="small" danger onClick={() => setRejecting(org)}>
                驳回
              </Button>
            </>
          )}
        </Space>
      ),
    },
  ];

  return (
    <ListPage
      title={review ? '注册审核' : '企业信息'}
      filters={
        <StatusSearch<RegistrationStatus>
          status={list.filter.status}
          statuses={(['PENDING', 'APPROVED', 'REJECTED'] as const).map((s) => ({
            value: s,
            label: REGISTRATION_STATUS[s].label,
          }))}
          statusWidth={140}
          onStatusChange={(status) => list.search({ ...list.filter, status })}
          search={{
            label: '企业名称或统一社会信用代码',
            placeholder: '企业名称 / 统一社会信用代码',
            width: 340,
          }}
          onSearch={(text) => list.search({ ...list.filter, text })}
        />
      }
      rowKey="id"
      columns={columns}
      query={query}
      rows={(d) => d.organisations}
      list={list}
    >
      <DetailDrawer title="企业详情" open={detail !== null} onClose={() => setDetail(null)}>
        {detail && (
          <>
            <Space>
              审核状态：
              <RegistrationStatusTag status={detail.registrationStatus} />
            </Space>
            {detail.rejectionReason && <Alert type="error" title={`驳回原因：${detail.rejectionReason}`} />}
            <ProfileDescriptions org={detail} />
            <Documents organisation={detail} />
          </>
        )}
      </DetailDrawer>
      <FormModal<{ reason: string }>
        form={rejectForm}
        title={`驳回注册：${rejecting?.name ?? ''}`}
        open={rejecting !== null}
        width={520}
        danger
        saving={rejectingNow}
        onCancel={() => setRejecting(null)}
        onSave={onReject}
        layout="vertical"
      >
        <Form.Item
          name="reason"
          label="驳回原因"
          rules={[{ required: true, whitespace: true, message: '请输入驳回原因' }]}
        >
          <Input.TextArea rows={4} maxLength={500} showCount />
        </Form.Item>
      </FormModal>
    </ListPage>
  );
}

/** 注册审核 (PLATFORM_ADMIN, REGULATOR). */
export function RegistrationReviewPage() {
  return <OrganisationsPage mode="review" />;
}

/** 企业信息 (REGULATOR): every registered enterprise of the jurisdiction. */
export function EnterpriseDirectoryPage() {
  return <OrganisationsPage mode="directory" />;
}
