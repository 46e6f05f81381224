// 详情 of 投保信息 (INSURER, BROKER): the application as filled in, every document with 文件查看 and 资料下载 (all as one
// ZIP), the history, and 查看完整信息 of the 联系电话 (the insurer; recorded in the history). The insurer also has
// 审核 (待复审), 提交 (可出单) and 事故 here.
import { Alert, Button, Empty, Space } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { DetailPage, DetailPending } from '../../shared/detail/Detail.tsx';
import { useRenewedLinks } from '../../shared/documents/Documents.tsx';
import { errorMessage } from '../../shared/graphql/errors.ts';
import { hasAnyRole, useViewer } from '../../shared/session/AuthContext.tsx';
import { ApplicationDescriptions } from './ApplicationDescriptions.tsx';
import { applicationActions } from './application-form.ts';
import { ApplicationQuery, RevealApplicationContact } from './graphql.ts';
import { AccidentModal, ReviewModal } from './ReviewDialogs.tsx';
import { issuePath, policyDetailPath, UNDERWRITING_PATHS } from './routes.ts';
import { ApplicationSections } from './UnderwritingParts.tsx';

/** 联系电话 masked, with 查看完整信息 for those who may (the reveal is recorded in the application's history). */
function ContactPhone({
  id,
  masked,
  canReveal,
  onRevealed,
}: {
  id: string;
  masked: string;
  canReveal: boolean;
  onRevealed: () => void;
}) {
  const [{ fetching, error }, reveal] = useMutation(RevealApplicationContact);
  const [full, setFull] = useState<string | null>(null);
  return (
    <Space wrap>
      <span>{full ?? masked}</span>
      {canReveal && !full && (
        <Button
          type="link"
          size="small"
          loading={fetching}
          onClick={async () => {
            const result = await reveal({ id });
            if (result.data) {
              setFull(result.data.revealApplicationContact);
              onRevealed();
            }
          }}
        >
          查看完整信息
        </Button>
      )}
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
    </Space>
  );
}

export function ApplicationDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const viewer = useViewer();
  const canDecide = hasAnyRole(viewer, ['INSURER']);
  const [query, refetch] = useQuery({ query: ApplicationQuery, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useRenewedLinks(refetch);
  const [reviewing, setReviewing] = useState<{ ratio?: string } | null>(null);
  const [accident, setAccident] = useState(false);
  const application = query.data?.insuranceApplication;

  if (!application) {
    return (
      <DetailPending
        title="投保详情"
        query={query}
        missing={<Empty description="投保单不存在或无权查看" style={{ padding: 48 }} />}
      />
    );
  }
  const actions = applicationActions(application.status, canDecide);
  return (
    <DetailPage
      title="投保详情"
      backTo={UNDERWRITING_PATHS.insurerApplications}
      notices={
        application.overdue && <Alert type="error" showIcon title="该投保单已超过复审期限，请尽快审核。" />
      }
      actions={
        <>
          {actions.includes('审核') && (
            <Button type="primary" onClick={() => setReviewing({})}>
              审核
            </Button>
          )}
          {actions.includes('提交') && (
            <Button type="primary" onClick={() => void navigate(issuePath(application.id))}>
              提交
            </Button>
          )}
          <Button onClick={() => setAccident(true)}>事故</Button>
          {application.policy && (
            <Button onClick={() => void navigate(policyDetailPath(application.policy!.id))}>
              保单 {application.policy.policyNumber}
            </Button>
          )}
        </>
      }
      sections={
        <>
          <ApplicationSections application={application} error={query.error && errorMessage(query.error)} />
          <ReviewModal
            applicationId={reviewing ? application.id : null}
            initialRatio={reviewing?.ratio}
            onClose={(reviewed) => {
              setReviewing(null);
              if (reviewed) reload();
            }}
          />
          <AccidentModal
            applicationId={accident ? application.id : null}
            canDecide={canDecide}
            onChoose={(_, ratio) => {
              setAccident(false);
              setReviewing({ ratio });
            }}
            onClose={() => setAccident(false)}
          />
        </>
      }
    >
      <ApplicationDescriptions
        application={application}
        phone={
          <ContactPhone
            id={application.id}
            masked={application.contactPhone}
            canReveal={hasAnyRole(viewer, ['INSURER', 'PLATFORM_ADMIN'])}
            onRevealed={reload}
          />
        }
      />
    </DetailPage>
  );
}
