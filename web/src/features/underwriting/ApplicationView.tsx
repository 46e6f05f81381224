// 查看投保单 (enterprise): an application it can no longer change — 待复审 (with 撤回), 复审通过, 已投保, 已撤回 — with
// its documents and history.
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { DetailPage } from '../../shared/detail/Detail.tsx';
import { useRenewedLinks } from '../../shared/documents/Documents.tsx';
import { FormModal } from '../../shared/form/FormModal.tsx';
import { applyServerErrors } from '../../shared/graphql/errors.ts';
import { ApplicationDescriptions } from './ApplicationDescriptions.tsx';
import { WithdrawApplication, type Application } from './graphql.ts';
import { UNDERWRITING_PATHS } from './routes.ts';
import { ApplicationSections } from './UnderwritingParts.tsx';

/** 撤回 a 待复审 application, after a confirmation (with an optional reason). */
function WithdrawModal({
  application,
  open,
  onClose,
}: {
  application: Application;
  open: boolean;
  onClose: (withdrawn: boolean) => void;
}) {
  const [form] = Form.useForm<{ reason?: string }>();
  const [{ fetching }, withdraw] = useMutation(WithdrawApplication);
  const [error, setError] = useState<string | null>(null);
  const onSave = async ({ reason }: { reason?: string }): Promise<string | null> => {
    setError(null);
    const result = await withdraw({ id: application.id, reason: reason?.trim() || null });
    if (result.data) {
      onClose(true);
      return '投保单已撤回';
    }
    if (result.error) setError(applyServerErrors(form, result.error, ['reason']));
    return null;
  };
  return (
    <FormModal<{ reason?: string }>
      form={form}
      title={`撤回投保单：${application.projectName}`}
      open={open}
      width={520}
      okText="撤回"
      danger
      saving={fetching}
      error={error}
      notice={
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="确定撤回该投保单？撤回后保险机构不再复审，该项目可重新填报。"
        />
      }
      onCancel={() => onClose(false)}
      onClosed={() => setError(null)}
      onSave={onSave}
      layout="vertical"
    >
      <Form.Item name="reason" label="撤回原因（选填）">
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}

export function ApplicationView({
  application,
  onChanged,
}: {
  application: Application;
  onChanged: () => void;
}) {
  const navigate = useNavigate();
  const [withdrawing, setWithdrawing] = useState(false);
  useRenewedLinks(onChanged);
  return (
    <DetailPage
      title="查看投保单"
      backTo={UNDERWRITING_PATHS.applications}
      notices={
        application.status === 'SUBMITTED' ? (
          <Alert type="info" showIcon title="投保单已提交，等待保险机构复审。复审前可撤回。" />
        ) : application.status === 'APPROVED' ? (
          <Alert
            type="success"
            showIcon
            title="复审通过，等待保险机构出单；出单后可在“保单”中查看和下载电子保单。"
          />
        ) : undefined
      }
      actions={
        <>
          {application.status === 'SUBMITTED' && (
            <Button danger onClick={() => setWithdrawing(true)}>
              撤回
            </Button>
          )}
          {application.status === 'ISSUED' && (
            <Button type="primary" onClick={() => void navigate(UNDERWRITING_PATHS.policies)}>
              查看保单
            </Button>
          )}
        </>
      }
      sections={
        <>
          <ApplicationSections application={application} />
          <WithdrawModal
            application={application}
            open={withdrawing}
            onClose={(withdrawn) => {
              setWithdrawing(false);
              if (withdrawn) onChanged();
            }}
          />
        </>
      }
    >
      <ApplicationDescriptions application={application} />
    </DetailPage>
  );
}
