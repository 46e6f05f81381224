// 审核 and 事故 of 投保信息 (the insurer), from the list or the 详情. 审核: 复审通过 / 复审不通过 with 审核意见 (required to
// reject, and to change a decision already taken), the 浮动比例 within the plan's floor and cap with its reason, and
// the premium it gives. 事故: the enterprise's accidents of the previous 12 months (from claims, with their grades)
// and the ratio their worst grade proposes, next to the plan's floating table, whose 选用 opens 审核 with that ratio.
import { Alert, Button, Form, Input, Modal, Radio, Skeleton, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ReviewDecision } from '../../gql/graphql.ts';
import { DetailDescriptions } from '../../shared/detail/Detail.tsx';
import { FormModal } from '../../shared/form/FormModal.tsx';
import { groupThousands } from '../../shared/format.ts';
import { ACCIDENT_HISTORY_GRADE_LABELS } from '../../shared/labels.ts';
import { applyServerErrors, errorMessage } from '../../shared/graphql/errors.ts';
import {
  ApplicationAccidentsQuery,
  ApplicationQuery,
  PremiumQuoteQuery,
  ReviewApplication,
  type Application,
} from './graphql.ts';
import { checkRatio, isNonZeroRatio, ratioText } from './premium.ts';
import { FloatingTable, QuoteSummary } from './UnderwritingParts.tsx';

type ReviewValues = {
  decision: ReviewDecision;
  opinion?: string;
  floatingRatio?: string;
  floatingReason?: string;
};

const REVIEW_FIELDS = ['decision', 'opinion', 'floatingRatio', 'floatingReason'];

function useApplication(id: string | null) {
  const [query] = useQuery({
    query: ApplicationQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  return { query, application: id ? (query.data?.insuranceApplication ?? null) : null };
}

function ApplicationSummary({ application: a }: { application: Application }) {
  return (
    <DetailDescriptions
      labelWidth={120}
      column={2}
      items={[
        ['项目名称', a.projectName],
        ['项目代码', a.projectCode],
        ['施工企业', a.enterpriseName],
        ['投资规模(万元)', groupThousands(a.investmentWan)],
        ['方案', `${a.plan.name}（${a.plan.label}）`],
        ['保险机构', a.insurerName],
      ]}
    />
  );
}

/** The premium at the ratio being typed (the server's quote; nothing while the ratio is not valid). */
function RatioQuote({ application, ratio }: { application: Application; ratio: string | undefined }) {
  const valid = checkRatio(ratio, application.plan.floatingFloor, application.plan.floatingCap) === null;
  const floatingRatio = (ratio ?? '').trim() || '0';
  const [{ data, error }] = useQuery({
    query: PremiumQuoteQuery,
    variables: { projectId: application.projectId, planId: application.plan.id, floatingRatio },
    pause: !valid,
  });
  if (!valid) return null;
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  return data ? <QuoteSummary quote={data.premiumQuote} title="复审后保费" /> : null;
}

function ReviewForm({
  application,
  initialRatio,
  onClose,
}: {
  application: Application;
  initialRatio: string | undefined;
  onClose: (reviewed: boolean) => void;
}) {
  const [form] = Form.useForm<ReviewValues>();
  const [{ fetching }, review] = useMutation(ReviewApplication);
  const [error, setError] = useState<string | null>(null);
  const decision = Form.useWatch('decision', form);
  const ratio = Form.useWatch('floatingRatio', form);
  const { plan } = application;
  const changing = application.status === 'APPROVED';

  const onSave = async (v: ReviewValues): Promise<string | null> => {
    setError(null);
    const result = await review({
      id: application.id,
      version: application.version,
      input: {
        decision: v.decision,
        opinion: v.opinion?.trim() || null,
        floatingRatio: v.floatingRatio?.trim() || '0',
        floatingReason: v.floatingReason?.trim() || null,
      },
    });
    if (result.data) {
      onClose(true);
      return v.decision === 'APPROVE' ? '复审通过，可出单' : '复审不通过，已退回施工企业';
    }
    if (result.error) setError(applyServerErrors(form, result.error, REVIEW_FIELDS));
    return null;
  };

  return (
    <FormModal<ReviewValues>
      form={form}
      title={`审核：${application.projectName}`}
      open
      width={760}
      saving={fetching}
      error={error}
      notice={
        <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
          <Typography.Text type="secondary">
            请审核保额、项目名称、项目代码、投保方案等信息是否符合《黑龙江省建筑施工安全生产责任保险实施细则》的要求。
          </Typography.Text>
          <ApplicationSummary application={application} />
          {changing && (
            <Alert type="warning" showIcon title="该投保单已复审通过：变更审核结论须在审核意见中说明原因。" />
          )}
        </Space>
      }
      onCancel={() => onClose(false)}
      onSave={onSave}
      layout="vertical"
      initialValues={{
        decision: 'APPROVE',
        floatingRatio: initialRatio ?? application.floatingRatio,
        floatingReason: application.floatingReason ?? undefined,
      }}
    >
      <Form.Item name="decision" label="审核结果" rules={[{ required: true, message: '请选择审核结果' }]}>
        <Radio.Group
          options={[
            { value: 'APPROVE', label: '复审通过' },
            { value: 'REJECT', label: '复审不通过' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="opinion"
        label="审核意见"
        extra={decision === 'REJECT' ? '请填写不通过原因，施工企业将按审核意见重新填报' : undefined}
        rules={[
          {
            required: decision === 'REJECT' || changing,
            whitespace: true,
            message: decision === 'REJECT' ? '复审不通过时请填写审核意见（不通过原因）' : '请填写审核意见',
          },
        ]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
      {decision !== 'REJECT' && (
        <>
          <Form.Item
            name="floatingRatio"
            label="浮动比例"
            extra={`方案规定范围 ${ratioText(plan.floatingFloor)} 至 ${ratioText(plan.floatingCap)}，如 -0.10 表示下浮10%；可在下表按上一年度事故情况选用`}
            rules={[
              {
                validator: (_, v: string | undefined) => {
                  const problem = checkRatio(v, plan.floatingFloor, plan.floatingCap);
                  return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                },
              },
            ]}
          >
            <Input style={{ width: 160 }} />
          </Form.Item>
          <div style={{ marginBottom: 16 }}>
            <FloatingTable
              plan={plan}
              selected={ratio}
              onSelect={(r) => {
                form.setFieldsValue({ floatingRatio: r });
                void form.validateFields(['floatingRatio']).catch(() => undefined);
              }}
            />
          </div>
          <Form.Item
            name="floatingReason"
            label="浮动原因"
            rules={[
              {
                required: isNonZeroRatio(ratio),
                whitespace: true,
                message: '调整浮动比例时请填写原因（如上一年度事故情况）',
              },
            ]}
          >
            <Input maxLength={500} placeholder="如：上一年度无事故" />
          </Form.Item>
          <RatioQuote application={application} ratio={ratio} />
        </>
      )}
    </FormModal>
  );
}

/** 审核 of one application (loaded afresh: the row may be stale). */
export function ReviewModal({
  applicationId,
  initialRatio,
  onClose,
}: {
  /** null: closed. */
  applicationId: string | null;
  /** A ratio chosen in 事故. */
  initialRatio?: string | undefined;
  onClose: (reviewed: boolean) => void;
}) {
  const { query, application } = useApplication(applicationId);
  if (!applicationId) return null;
  if (!application) {
    return (
      <Modal title="审核" open footer={null} onCancel={() => onClose(false)}>
        {query.error ? (
          <Alert type="error" showIcon title={errorMessage(query.error)} />
        ) : (
          <Skeleton active />
        )}
      </Modal>
    );
  }
  return <ReviewForm application={application} initialRatio={initialRatio} onClose={onClose} />;
}

/** 上一年度事故情况: the accidents claims recorded for the enterprise in the 12 months up to today. */
function RecentAccidents({ applicationId }: { applicationId: string }) {
  const [query] = useQuery({
    query: ApplicationAccidentsQuery,
    variables: { id: applicationId },
    requestPolicy: 'network-only',
  });
  if (query.error) return <Alert type="error" showIcon title={errorMessage(query.error)} />;
  const a = query.data?.insuranceApplication;
  if (!a) return <Skeleton active />;
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Table
        size="small"
        rowKey="claimId"
        pagination={false}
        dataSource={a.accidents}
        locale={{ emptyText: '上一年度无事故：近12个月内无该施工企业的出险记录' }}
        columns={[
          { title: '出险日期', dataIndex: 'accidentDate', key: 'accidentDate', width: 100 },
          { title: '项目代码', dataIndex: 'projectCode', key: 'projectCode' },
          { title: '事故类别', dataIndex: 'categoryLabel', key: 'categoryLabel' },
          {
            title: '死亡/伤残',
            key: 'persons',
            width: 90,
            render: (_, x) => `${x.deathCount} / ${x.injuredCount}`,
          },
          { title: '事故等级', dataIndex: 'gradeLabel', key: 'gradeLabel', width: 100 },
          { title: '理赔状态', dataIndex: 'statusLabel', key: 'statusLabel', width: 90 },
        ]}
      />
      <Typography.Text data-testid="proposed-ratio">
        按上一年度事故情况（{ACCIDENT_HISTORY_GRADE_LABELS[a.proposedAccidentGrade]}），建议浮动比例：
        <Typography.Text strong>{ratioText(a.proposedFloatingRatio)}</Typography.Text>
      </Typography.Text>
    </Space>
  );
}

/** 事故: last year's accidents with the ratio they propose, and the floating table to choose from. */
export function AccidentModal({
  applicationId,
  canDecide,
  onChoose,
  onClose,
}: {
  applicationId: string | null;
  /** The insurer on a 待复审 or 复审通过 application may choose a ratio (it opens 审核). */
  canDecide: boolean;
  onChoose: (applicationId: string, ratio: string) => void;
  onClose: () => void;
}) {
  const { query, application } = useApplication(applicationId);
  const choosing =
    canDecide &&
    application !== null &&
    (application.status === 'SUBMITTED' || application.status === 'APPROVED');
  return (
    <Modal
      title={`事故${application ? `：${application.enterpriseName}` : ''}`}
      open={applicationId !== null}
      width={720}
      onCancel={onClose}
      footer={<Button onClick={onClose}>关闭</Button>}
      destroyOnHidden
    >
      {!application ? (
        query.error ? (
          <Alert type="error" showIcon title={errorMessage(query.error)} />
        ) : (
          <Skeleton active />
        )
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            上一年度事故情况
          </Typography.Title>
          <RecentAccidents applicationId={application.id} />
          <Typography.Title level={5} style={{ margin: 0 }}>
            保费浮动比例（{application.plan.name}）
          </Typography.Title>
          <Typography.Text>
            当前浮动比例：{ratioText(application.floatingRatio)}
            {application.floatingReason ? `（${application.floatingReason}）` : ''}
          </Typography.Text>
          <FloatingTable
            plan={application.plan}
            selected={application.floatingRatio}
            onSelect={choosing ? (ratio) => onChoose(application.id, ratio) : undefined}
          />
          {choosing && (
            <Typography.Text type="secondary">
              按施工企业上一年度事故情况“选用”浮动比例后，在审核中确认。
            </Typography.Text>
          )}
        </Space>
      )}
    </Modal>
  );
}
