// 保单详情 (INSURER, BROKER), the manual's 保单信息 / 保单详情: the policy as issued, every file (the application's seven,
// 保单文件, 协议文件) with 文件查看 and 资料下载, 顺延 (a new 终止日期 with its reason; the insurer) and its history, and
// 事故预防费, and 理赔 (the claims of the policy with 累计金额; the insurer's 新增理赔 and transitions).
import { Alert, Button, Card, DatePicker, Empty, Form, Input, Skeleton, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { DetailDescriptions, DetailPage, DetailPending } from '../../shared/detail/Detail.tsx';
import { useRenewedLinks } from '../../shared/documents/Documents.tsx';
import { FormModal } from '../../shared/form/FormModal.tsx';
import { dateRange, dateText, dateTimeText, groupThousands } from '../../shared/format.ts';
import { applyServerErrors, errorMessage } from '../../shared/graphql/errors.ts';
import { hasAnyRole, useViewer } from '../../shared/session/AuthContext.tsx';
import { ApplicationDocumentsQuery, ExtendPolicy, PolicyQuery, type Policy } from './graphql.ts';
import { PolicyClaimsSection } from '../claims/PolicyClaimsSection.tsx';
import { PreventionFeeSection } from './PreventionFeeSection.tsx';
import { applicationDetailPath, UNDERWRITING_PATHS } from './routes.ts';
import {
  ApplicationDocumentsSection,
  PlanDetailLink,
  PolicyState,
  PremiumText,
} from './UnderwritingParts.tsx';
import { yuanText } from './premium.ts';

type ExtendValues = { expiryDate?: Dayjs | null; reason?: string };

/** 顺延: a later 终止日期 and why (an endorsement; the history keeps every one). */
function ExtendModal({
  policy,
  open,
  onClose,
}: {
  policy: Policy;
  open: boolean;
  onClose: (saved: boolean) => void;
}) {
  const [form] = Form.useForm<ExtendValues>();
  const [{ fetching }, extend] = useMutation(ExtendPolicy);
  const [error, setError] = useState<string | null>(null);
  const onSave = async (v: ExtendValues): Promise<string | null> => {
    setError(null);
    const result = await extend({
      policyId: policy.id,
      input: { expiryDate: v.expiryDate!.format('YYYY-MM-DD'), reason: v.reason!.trim() },
    });
    if (result.data) {
      onClose(true);
      return `已顺延至 ${result.data.extendPolicy.expiryDate}`;
    }
    if (result.error) setError(applyServerErrors(form, result.error, ['expiryDate', 'reason']));
    return null;
  };
  return (
    <FormModal<ExtendValues>
      form={form}
      title={`顺延：${policy.policyNumber}`}
      open={open}
      width={520}
      saving={fetching}
      error={error}
      notice={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`当前终止日期：${policy.expiryDate}`}
        />
      }
      onCancel={() => onClose(false)}
      onClosed={() => setError(null)}
      onSave={onSave}
      layout="vertical"
    >
      <Form.Item
        name="expiryDate"
        label="新的终止日期"
        rules={[
          { required: true, message: '请选择新的终止日期' },
          {
            validator: (_, v: Dayjs | null) =>
              v && v.format('YYYY-MM-DD') <= policy.expiryDate
                ? Promise.reject(new Error(`顺延后的终止日期应晚于原终止日期（${policy.expiryDate}）`))
                : Promise.resolve(),
          },
        ]}
      >
        <DatePicker />
      </Form.Item>
      <Form.Item
        name="reason"
        label="顺延原因"
        rules={[{ required: true, whitespace: true, message: '请填写顺延原因' }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          showCount
          placeholder="如：项目工期延长，计划竣工日期调整为…"
        />
      </Form.Item>
    </FormModal>
  );
}

/** The application's seven documents, then 保单文件 and 协议文件, with 资料下载 of all. */
function PolicyDocumentsSection({ policy }: { policy: Policy }) {
  const [query, refetch] = useQuery({
    query: ApplicationDocumentsQuery,
    variables: { id: policy.applicationId },
  });
  useRenewedLinks(refetch);
  const documents = query.data?.insuranceApplication?.documents;
  if (!documents)
    return query.error ? (
      <Alert type="error" showIcon title={errorMessage(query.error)} />
    ) : (
      <Skeleton active />
    );
  return (
    <ApplicationDocumentsSection
      documents={documents}
      archiveName={`${policy.policyNumber}-资料`}
      extra={[
        ['保单文件', policy.policyDocument],
        ['协议文件', policy.agreementDocument],
      ]}
    />
  );
}

function Extensions({ extensions }: { extensions: Policy['extensions'] }) {
  type Row = Policy['extensions'][number];
  const columns: TableColumnsType<Row> = [
    { title: '时间', dataIndex: 'at', key: 'at', width: 170, render: (v: string) => dateTimeText(v) },
    { title: '原终止日期', dataIndex: 'fromExpiryDate', key: 'from', width: 120, render: dateText },
    { title: '顺延至', dataIndex: 'toExpiryDate', key: 'to', width: 120, render: dateText },
    { title: '顺延原因', dataIndex: 'reason', key: 'reason' },
  ];
  return (
    <Table<Row>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={extensions}
      pagination={false}
      locale={{ emptyText: '暂无顺延记录' }}
    />
  );
}

export function PolicyDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const viewer = useViewer();
  const isInsurer = hasAnyRole(viewer, ['INSURER']);
  const [query, refetch] = useQuery({ query: PolicyQuery, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useRenewedLinks(refetch);
  const [extending, setExtending] = useState(false);
  const policy = query.data?.policy;
  if (!policy) {
    return (
      <DetailPending
        title="保单详情"
        query={query}
        missing={<Empty description="保单不存在或无权查看" style={{ padding: 48 }} />}
      />
    );
  }
  return (
    <DetailPage
      title="保单详情"
      backTo={UNDERWRITING_PATHS.insurerPolicies}
      notices={
        <>
          {policy.renewalDue && (
            <Alert
              type="warning"
              showIcon
              title="续保提醒：保单即将到期而项目仍在施工，请联系施工企业续保或办理顺延。"
            />
          )}
          {policy.coverageShort && (
            <Alert type="warning" showIcon title="保险期间未覆盖项目计划竣工日期，竣工前需顺延或续保。" />
          )}
        </>
      }
      actions={
        <>
          {isInsurer && policy.status !== 'EXPIRED' && (
            <Button onClick={() => setExtending(true)}>顺延</Button>
          )}
          <Button onClick={() => void navigate(applicationDetailPath(policy.applicationId))}>投保详情</Button>
        </>
      }
      sections={
        <>
          <Card>
            <PolicyDocumentsSection policy={policy} />
          </Card>
          <Card title="顺延记录">
            <Extensions extensions={policy.extensions} />
          </Card>
          <PreventionFeeSection
            policyId={policy.id}
            effectiveDate={policy.effectiveDate}
            canRecord={isInsurer}
            onChanged={reload}
          />
          <PolicyClaimsSection policyId={policy.id} viewer={isInsurer ? 'insurer' : 'reader'} />
          <ExtendModal
            policy={policy}
            open={extending}
            onClose={(saved) => {
              setExtending(false);
              if (saved) reload();
            }}
          />
        </>
      }
    >
      <DetailDescriptions
        column={{ xs: 1, lg: 2 }}
        items={[
          ['企业名称', policy.enterpriseName],
          ['投资规模(万元)', groupThousands(policy.application.investmentWan)],
          ['联系电话', policy.application.contactPhone],
          ['项目名称', policy.projectName],
          ['项目代码', policy.projectCode],
          ['建设单位名称', policy.ownerUnit],
          ['经纪公司', policy.brokerName ?? '—'],
          ['保险机构', policy.insurerName],
          [
            '方案',
            <Space key="plan">
              <span>
                {policy.plan.name}（{policy.plan.label}）
              </span>
              <PlanDetailLink plan={policy.plan} />
            </Space>,
          ],
          ['保单号', policy.policyNumber],
          [
            '保费(元)',
            <PremiumText key="premium" yuan={policy.premiumYuan} implausible={policy.implausible} />,
          ],
          [
            '保费调整原因',
            policy.premiumReason ? `${policy.premiumReason}（报价 ${yuanText(policy.quoteYuan)} 元）` : '—',
          ],
          ['保险期间', dateRange(policy.effectiveDate, policy.expiryDate)],
          ['保单状态', <PolicyState key="state" policy={policy} />],
          ['承保时间', dateTimeText(policy.issuedAt)],
          ['台帐项目号', policy.ledgerNumber],
        ]}
      />
    </DetailPage>
  );
}
