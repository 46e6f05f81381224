// 企业信息 (enterprise): the registered profile and its review status; 进入编辑 → 保存. Saving after 已驳回
// resubmits the registration for review.
import { Alert, App, Button, Divider, Empty, Form, Space } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Documents, type DocumentKindLabel } from '../../shared/documents/Documents.tsx';
import {
  EnterpriseProfileFields,
  PROFILE_FIELDS,
  ProfileDescriptions,
  RegistrationStatusTag,
  toProfileInput,
} from './EnterpriseProfileFields.tsx';
import { DetailPage, DetailPending } from '../../shared/detail/Detail.tsx';
import { SaveForm } from '../../shared/form/SaveForm.tsx';
import { applyServerErrors } from '../../shared/graphql/errors.ts';
import { MyOrganisation, RevealContact, UpdateEnterpriseProfile } from './graphql.ts';

/** The documents of 企业信息, in the manual's order. */
const PROFILE_DOCUMENTS: DocumentKindLabel[] = [
  { kind: 'BUSINESS_LICENSE', label: '营业执照' },
  { kind: 'QUALIFICATION', label: '资质文件' },
  { kind: 'LEGAL_REP_ID_PORTRAIT', label: '法人身份证人像面' },
  { kind: 'LEGAL_REP_ID_EMBLEM', label: '法人身份证国徽面' },
];

export function EnterpriseProfilePage() {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [query, refetch] = useQuery({ query: MyOrganisation });
  const [{ fetching: saving }, update] = useMutation(UpdateEnterpriseProfile);
  const [{ fetching: revealing }, reveal] = useMutation(RevealContact);
  const [editing, setEditing] = useState(false);
  // The contacts in full, revealed for the edit form (every answer masks them).
  const [contacts, setContacts] = useState<Record<string, string | null>>({});
  const [saveError, setSaveError] = useState<string | null>(null);

  const org = query.data?.myOrganisation;
  if (!org) {
    return <DetailPending title="企业信息" query={query} missing={<Empty description="暂无企业信息" />} />;
  }

  const rejected = org.registrationStatus === 'REJECTED';

  const onSave = async (values: Record<string, unknown>): Promise<string | null> => {
    setSaveError(null);
    const result = await update({ input: toProfileInput(values) });
    if (result.data?.updateEnterpriseProfile) {
      const resubmitted = rejected && result.data.updateEnterpriseProfile.registrationStatus === 'PENDING';
      setEditing(false);
      refetch({ requestPolicy: 'network-only' });
      return resubmitted ? '已保存，已重新提交审核' : '已保存';
    }
    if (result.error) setSaveError(applyServerErrors(form, result.error, PROFILE_FIELDS));
    return null;
  };

  return (
    <DetailPage
      title="企业信息"
      actions={
        <>
          审核状态：
          <RegistrationStatusTag status={org.registrationStatus} />
        </>
      }
    >
      {org.registrationStatus === 'PENDING' && (
        <Alert
          type="info"
          showIcon
          title="企业注册信息审核中，审核通过后即可使用全部功能。"
          style={{ marginBottom: 16 }}
        />
      )}
      {rejected && (
        <Alert
          type="error"
          showIcon
          title={`注册审核已驳回。驳回原因：${org.rejectionReason ?? '—'}`}
          description="请点击“进入编辑”修改企业信息，保存后将重新提交审核。"
          style={{ marginBottom: 16 }}
        />
      )}
      {editing ? (
        <SaveForm
          form={form}
          layout="horizontal"
          labelCol={{ flex: '160px' }}
          wrapperCol={{ flex: 'auto' }}
          initialValues={Object.fromEntries(
            PROFILE_FIELDS.map((k) => [k, (k in contacts ? contacts[k] : org[k]) ?? '']),
          )}
          onSave={onSave}
          style={{ maxWidth: 900 }}
        >
          {saveError && <Alert type="error" showIcon title={saveError} style={{ marginBottom: 16 }} />}
          {rejected && (
            <Alert type="warning" showIcon title="保存后将重新提交审核" style={{ marginBottom: 16 }} />
          )}
          <EnterpriseProfileFields />
          <Form.Item label={null}>
            <Space>
              <Button type="primary" htmlType="submit" loading={saving}>
                保存
              </Button>
              <Button
                onClick={() => {
                  setEditing(false);
                  setSaveError(null);
                }}
              >
                取消
              </Button>
            </Space>
          </Form.Item>
        </SaveForm>
      ) : (
        <>
          <ProfileDescriptions org={org} />
          <Button
            type="primary"
            style={{ marginTop: 16 }}
            loading={revealing}
            onClick={async () => {
              const result = await reveal({ organisationId: org.id });
              if (!result.data)
                return void message.error(result.error?.graphQLErrors[0]?.message ?? '加载失败');
              const { organisationId: _, ...full } = result.data.revealContact;
              setContacts(full);
              setEditing(true);
            }}
          >
            进入编辑
          </Button>
        </>
      )}
      <Divider titlePlacement="start">企业资料</Divider>
      <Documents kinds={PROFILE_DOCUMENTS} />
    </DetailPage>
  );
}
