// 提交 (出单) of a 复审通过 application (INSURER), the manual's 投保信息 / 提交保单: 建设单位名称, 项目名称, 项目代码
// (prefilled), 方案, 保费(元) (prefilled with the quote; another amount needs 保费调整原因), 生效日期, 终止日期, 保单号,
// 保单文件 and 协议文件 (PDF), 我已阅读并同意《用户协议》, and, for a premium above the plan's plausible maximum, an
// explicit confirmation. A period that ends before the project's 计划竣工日期 is warned about, not refused.
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Empty,
  Form,
  Input,
  Radio,
  Space,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { IssueFormQuery as Result } from '../../gql/graphql.ts';
import { DetailPending } from '../../shared/detail/Detail.tsx';
import { DocumentPicker } from '../../shared/documents/Documents.tsx';
import { SaveForm } from '../../shared/form/SaveForm.tsx';
import { dateText } from '../../shared/format.ts';
import { applyServerErrors } from '../../shared/graphql/errors.ts';
import { IssueFormQuery, IssuePolicy, IssueProjectQuery, PremiumQuoteQuery } from './graphql.ts';
import {
  checkPeriod,
  checkYuan,
  isImplausiblePremium,
  periodWarnings,
  premiumDiffers,
  yuanText,
} from './premium.ts';
import { applicationDetailPath, policyDetailPath } from './routes.ts';
import { PlanDetailLink, QuoteSummary } from './UnderwritingParts.tsx';

type Application = NonNullable<Result['insuranceApplication']>;
type Plans = Result['insurancePlans'];

type IssueValues = {
  ownerUnit: string;
  projectName: string;
  projectCode: string;
  planId: string;
  premiumYuan: string;
  premiumReason?: string;
  effectiveDate?: Dayjs | null;
  expiryDate?: Dayjs | null;
  policyNumber: string;
  policyDocumentId?: string | null;
  agreementDocumentId?: string | null;
  agreementAccepted?: boolean;
  confirmImplausible?: boolean;
};

const ISSUE_FIELDS = [
  'ownerUnit',
  'projectName',
  'projectCode',
  'planId',
  'premiumYuan',
  'premiumReason',
  'effectiveDate',
  'expiryDate',
  'policyNumber',
  'policyDocumentId',
  'agreementDocumentId',
  'agreementAccepted',
  'confirmImplausible',
];

const DAY = 'YYYY-MM-DD';

function IssueForm({
  application,
  plans,
  project,
}: {
  application: Application;
  plans: Plans;
  /** 建设单位 and 计划竣工日期 when the viewer may read the project. */
  project: { ownerUnit: string; plannedEnd: string } | null;
}) {
  const navigate = useNavigate();
  const [form] = Form.useForm<IssueValues>();
  const [{ fetching }, issue] = useMutation(IssuePolicy);
  const [error, setError] = useState<string | null>(null);
  // The application's own plan version is offered even when a newer one is in force.
  const choices = plans.some((p) => p.id === application.plan.id) ? plans : [application.plan, ...plans];
  const planId = Form.useWatch('planId', form) ?? application.plan.id;
  const plan = choices.find((p) => p.id === planId) ?? application.plan;
  const premium = Form.useWatch('premiumYuan', form);
  const effective = Form.useWatch('effectiveDate', form);
  const expiry = Form.useWatch('expiryDate', form);
  const [{ data: quoteData }] = useQuery({
    query: PremiumQuoteQuery,
    variables: {
      projectId: application.projectId,
      planId: plan.id,
      floatingRatio: application.floatingRatio,
    },
  });
  const quote = quoteData?.premiumQuote;
  const quoteYuan = quote?.premiumYuan ?? application.quoteYuan;
  const differs = premiumDiffers(premium, quoteYuan);
  const implausible = isImplausiblePremium(premium, plan.plausibleMaximumPremiumYuan);
  const warnings = periodWarnings({
    effectiveDate: effective?.format(DAY),
    expiryDate: expiry?.format(DAY),
    plannedEnd: project ? dateText(project.plannedEnd) : null,
  });

  const onSave = async (v: IssueValues): Promise<string | null> => {
    setError(null);
    const result = await issue({
      applicationId: application.id,
      version: application.version,
      input: {
        ownerUnit: v.ownerUnit.trim(),
        projectName: v.projectName.trim(),
        projectCode: v.projectCode.trim(),
        planId: v.planId,
        premiumYuan: v.premiumYuan.replace(/[,，\s]/g, ''),
        premiumReason: differs ? (v.premiumReason?.trim() ?? null) : null,
        effectiveDate: v.effectiveDate!.format(DAY),
        expiryDate: v.expiryDate!.format(DAY),
        policyNumber: v.policyNumber.trim(),
        policyDocumentId: v.policyDocumentId ?? '',
        agreementDocumentId: v.agreementDocumentId ?? '',
        agreementAccepted: v.agreementAccepted === true,
        confirmImplausible: implausible ? v.confirmImplausible === true : null,
      },
    });
    const policy = result.data?.issuePolicy;
    if (policy) {
      void navigate(policyDetailPath(policy.id), { replace: true });
      return `已出单，保单号 ${policy.policyNumber}`;
    }
    if (result.error) setError(applyServerErrors(form, result.error, ISSUE_FIELDS));
    return null;
  };

  const offset = { paddingLeft: 160 };
  return (
    <Card
      title="提交保单"
      extra={<Button onClick={() => void navigate(applicationDetailPath(application.id))}>返回</Button>}
    >
      <Typography.Paragraph type="secondary">
        施工企业：{application.enterpriseName}
        　复审通过后请及时联系施工企业出单，填写保单信息、上传电子保单及盖章生效后的协议文件。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <SaveForm<IssueValues>
        form={form}
        layout="horizontal"
        labelCol={{ flex: '160px' }}
        wrapperCol={{ flex: 'auto' }}
        style={{ maxWidth: 900 }}
        onSave={onSave}
        initialValues={{
          ownerUnit: project?.ownerUnit ?? '',
          projectName: application.projectName,
          projectCode: application.projectCode,
          planId: application.plan.id,
          premiumYuan: application.quoteYuan,
          agreementAccepted: false,
        }}
      >
        <Form.Item
          name="ownerUnit"
          label="建设单位名称"
          rules={[{ required: true, whitespace: true, message: '请填写建设单位名称' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="projectName"
          label="项目名称"
          rules={[{ required: true, whitespace: true, message: '请填写项目名称' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="projectCode"
          label="项目代码"
          rules={[{ required: true, whitespace: true, message: '请填写项目代码' }]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item label="方案" required>
          <Space wrap>
            <Form.Item name="planId" noStyle rules={[{ required: true, message: '请选择方案' }]}>
              <Radio.Group
                optionType="button"
                options={choices.map((p) => ({
                  value: p.id,
                  label: p.name,
                  title: `${p.label}（第 ${p.version} 版）`,
                }))}
              />
            </Form.Item>
            <PlanDetailLink plan={plan} />
          </Space>
        </Form.Item>
        <Form.Item label="复审保费">{quote ? <QuoteSummary quote={quote} title={null} /> : '—'}</Form.Item>
        <Form.Item label="保费(元)" required>
          <Space align="start" wrap>
            <Form.Item
              name="premiumYuan"
              noStyle
              rules={[
                {
                  validator: (_, v: string) =>
                    checkYuan(v) ? Promise.reject(new Error(checkYuan(v)!)) : Promise.resolve(),
                },
              ]}
            >
              <Input aria-label="保费(元)" style={{ width: 200 }} placeholder="0.00" suffix="元" />
            </Form.Item>
            {differs && (
              <Button onClick={() => form.setFieldsValue({ premiumYuan: quoteYuan })}>
                按报价填入 {yuanText(quoteYuan)}
              </Button>
            )}
          </Space>
        </Form.Item>
        {differs && (
          <Form.Item
            name="premiumReason"
            label="保费调整原因"
            extra={`与报价 ${yuanText(quoteYuan)} 元不同，须说明原因`}
            rules={[{ required: true, whitespace: true, message: '保费与报价不同，请填写保费调整原因' }]}
          >
            <Input.TextArea rows={2} maxLength={500} showCount />
          </Form.Item>
        )}
        <Form.Item
          name="effectiveDate"
          label="生效日期"
          rules={[{ required: true, message: '请选择生效日期' }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="expiryDate"
          label="终止日期"
          dependencies={['effectiveDate']}
          rules={[
            { required: true, message: '请选择终止日期' },
            ({ getFieldValue }) => ({
              validator: (_, v: Dayjs | null) => {
                const problem = checkPeriod(
                  (getFieldValue('effectiveDate') as Dayjs | null)?.format(DAY),
                  v?.format(DAY),
                );
                return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
              },
            }),
          ]}
          extra={
            project
              ? `项目计划竣工日期：${dateText(project.plannedEnd)}`
              : '请核对保险期间是否覆盖项目计划竣工日期（施工合同约定的竣工日期）'
          }
        >
          <DatePicker />
        </Form.Item>
        {warnings.length > 0 && (
          <div style={offset}>
            {warnings.map((w) => (
              <Alert key={w} type="warning" showIcon title={w} style={{ marginBottom: 16 }} />
            ))}
          </div>
        )}
        <Form.Item
          name="policyNumber"
          label="保单号"
          rules={[
            { required: true, whitespace: true, message: '请填写保单号' },
            { pattern: /^\s*[A-Za-z0-9-]{4,64}\s*$/, message: '保单号应为4至64位字母、数字或连字符' },
          ]}
        >
          <Input maxLength={64} style={{ maxWidth: 360 }} />
        </Form.Item>
        <Form.Item
          name="policyDocumentId"
          label="保单文件"
          rules={[{ required: true, message: '请上传保单文件（PDF）' }]}
        >
          <DocumentPicker kind="POLICY" label="保单文件" pdfOnly />
        </Form.Item>
        <Form.Item
          name="agreementDocumentId"
          label="协议文件"
          rules={[{ required: true, message: '请上传协议文件（PDF）' }]}
        >
          <DocumentPicker kind="AGREEMENT" label="协议文件" pdfOnly />
        </Form.Item>
        {implausible && (
          <Form.Item
            name="confirmImplausible"
            valuePropName="checked"
            style={offset}
            rules={[
              {
                validator: (_, v: boolean) =>
                  v ? Promise.resolve() : Promise.reject(new Error('保费超出方案合理上限，请核实后勾选确认')),
              },
            ]}
          >
            <Checkbox>
              <Typography.Text type="danger">
                保费 {yuanText(premium ?? '')} 元超出方案合理上限（
                {yuanText(plan.plausibleMaximumPremiumYuan)} 元），我已核实无误
              </Typography.Text>
            </Checkbox>
          </Form.Item>
        )}
        <Form.Item
          name="agreementAccepted"
          valuePropName="checked"
          style={offset}
          rules={[
            {
              validator: (_, v: boolean) =>
                v ? Promise.resolve() : Promise.reject(new Error('请阅读并勾选同意《用户协议》')),
            },
          ]}
        >
          <Checkbox>我已阅读并同意《用户协议》</Checkbox>
        </Form.Item>
        <div style={offset}>
          <Button type="primary" htmlType="submit" loading={fetching}>
            提交
          </Button>
        </div>
      </SaveForm>
    </Card>
  );
}

export function IssuePolicyPage() {
  const { id = '' } = useParams();
  const [query] = useQuery({ query: IssueFormQuery, variables: { id }, requestPolicy: 'network-only' });
  const application = query.data?.insuranceApplication;
  const [projectQuery] = useQuery({
    query: IssueProjectQuery,
    variables: { id: application?.projectId ?? '' },
    pause: !application,
  });
  if (!application || !query.data || (projectQuery.fetching && !projectQuery.data)) {
    return (
      <DetailPending
        title="提交保单"
        query={application ? { fetching: true } : query}
        missing={<Empty description="投保单不存在或无权查看" style={{ padding: 48 }} />}
      />
    );
  }
  if (application.status !== 'APPROVED') {
    return (
      <Card title="提交保单">
        <Alert
          type="info"
          showIcon
          title={`该投保单当前为“${application.statusLabel}”，只有复审通过（可出单）的投保单可以提交出单。`}
        />
      </Card>
    );
  }
  return (
    <IssueForm
      application={application}
      plans={query.data.insurancePlans}
      project={projectQuery.data?.project ?? null}
    />
  );
}
