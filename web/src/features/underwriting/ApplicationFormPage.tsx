// 在线填报 (enterprise), the manual's 一.3.1: 经纪公司 (optional) and its partner 保险机构, 方案 with 方案详情, 联系电话,
// the seven uploads (or the same documents already in 企业信息), 《用户协议》 to print, stamp, scan and upload,
// 我已阅读并同意, 预计保费 while filling in, 保存草稿 and 提交保单. A 复审不通过 application shows the 审核意见 on top
// and is corrected and resubmitted here; an application the enterprise can no longer change is shown read-only
// (查看投保单) with 撤回 while 待复审.
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Empty,
  Form,
  Input,
  Radio,
  Result,
  Select,
  Space,
  Typography,
} from 'antd';
import { useMemo, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type {
  ApplicationOptionsQuery as Options,
  ApplicationProjectQuery as ProjectResult,
  DocumentFieldsFragment as Document,
} from '../../gql/graphql.ts';
import { DetailDescriptions, DetailPending } from '../../shared/detail/Detail.tsx';
import { DocumentPicker } from '../../shared/documents/Documents.tsx';
import { DocumentsQuery } from '../../shared/documents/graphql.ts';
import { SaveForm } from '../../shared/form/SaveForm.tsx';
import { groupThousands } from '../../shared/format.ts';
import { applyServerErrors, errorCode, errorMessage } from '../../shared/graphql/errors.ts';
import { asRule } from '../../shared/validation.ts';
import { PROJECT_PATHS } from '../projects/routes.ts';
import { AgreementDialog } from './AgreementDialog.tsx';
import {
  APPLICATION_FORM_FIELDS,
  brokerOptions,
  DOCUMENT_SLOTS,
  insurerOptions,
  isEditable,
  toApplicationInput,
  type ApplicationFormValues,
} from './application-form.ts';
import {
  ApplicationOptionsQuery,
  ApplicationProjectQuery,
  ApplicationQuery,
  PremiumQuoteQuery,
  SaveApplication,
  SubmitApplication,
  type Application,
} from './graphql.ts';
import type { ApplicationStateFieldsFragment } from '../../gql/graphql.ts';
import { checkPhone } from './premium.ts';
import { ApplicationView } from './ApplicationView.tsx';
import { PlanDetailLink, QuoteSummary } from './UnderwritingParts.tsx';
import { myApplicationPath, UNDERWRITING_PATHS } from './routes.ts';

type Project = NonNullable<ProjectResult['project']>;
type Intent = 'draft' | 'submit';

const SLOT_KINDS = DOCUMENT_SLOTS.map((s) => s.kind);

function initialValues(application: Application | null): ApplicationFormValues {
  if (!application) return { agreementAccepted: false };
  const values: ApplicationFormValues = {
    brokerId: application.brokerId ?? null,
    insurerId: application.insurerId,
    planId: application.plan.id,
    // Masked in every answer (PIPL); sent back unchanged, the server keeps the number it holds.
    contactPhone: application.contactPhone,
    agreementAccepted: application.agreementAccepted,
  };
  for (const { slot } of DOCUMENT_SLOTS) values[slot] = application.documents[slot]?.id ?? null;
  return values;
}

/** 预计保费 of the chosen plan, recomputed as the choice changes. */
function LiveQuote({ projectId, planId }: { projectId: string; planId: string | undefined }) {
  const [{ data, error, fetching }] = useQuery({
    query: PremiumQuoteQuery,
    variables: { projectId, planId: planId ?? '' },
    pause: !planId,
  });
  if (!planId) return <Typography.Text type="secondary">选择方案后显示预计保费</Typography.Text>;
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  if (!data) return <Typography.Text type="secondary">{fetching ? '正在计算预计保费…' : ''}</Typography.Text>;
  return <QuoteSummary quote={data.premiumQuote} title={null} />;
}

function ApplicationForm({
  project,
  options,
  application,
}: {
  project: Project;
  options: Options;
  application: Application | null;
}) {
  const navigate = useNavigate();
  const [form] = Form.useForm<ApplicationFormValues>();
  // The application's id, version and state as last saved here: a new one gets its id with the first 保存草稿.
  const [saved, setSaved] = useState<ApplicationStateFieldsFragment | null>(application);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [agreementOpen, setAgreementOpen] = useState(false);
  const intent = useRef<Intent>('draft');
  const [{ fetching: saving }, save] = useMutation(SaveApplication);
  const [{ fetching: submitting }, submit] = useMutation(SubmitApplication);
  const [library, refetchLibrary] = useQuery({
    query: DocumentsQuery,
    variables: { kinds: SLOT_KINDS },
    requestPolicy: 'cache-and-network',
  });

  const brokerId = Form.useWatch('brokerId', form);
  const insurerId = Form.useWatch('insurerId', form);
  const planId = Form.useWatch('planId', form);
  const insurers = options.underwritingInsurers;
  const brokers = useMemo(() => brokerOptions(insurers), [insurers]);
  const allowedInsurers = insurerOptions(insurers, brokerId);
  const plans = options.insurancePlans;
  const plan = plans.find((p) => p.id === planId);
  const known = useMemo(
    () =>
      DOCUMENT_SLOTS.flatMap(({ slot }) =>
        application?.documents[slot] ? [application.documents[slot]] : [],
      ),
    [application],
  );
  const ownDocuments: readonly Document[] = library.data?.documents ?? [];

  const onValuesChange = (changed: Partial<ApplicationFormValues>, all: ApplicationFormValues) => {
    // A broker offers only its partner insurers: an insurer it does not work with is cleared.
    if (
      'brokerId' in changed &&
      all.insurerId &&
      !insurerOptions(insurers, all.brokerId).some((i) => i.id === all.insurerId)
    ) {
      form.setFieldsValue({ insurerId: undefined });
    }
  };

  const required = (message: string) => ({
    validator: (_: unknown, value: unknown) =>
      intent.current === 'submit' && !value ? Promise.reject(new Error(message)) : Promise.resolve(),
  });

  const onSave = async (values: ApplicationFormValues): Promise<string | null> => {
    setSaveError(null);
    setConflict(false);
    const input = toApplicationInput(project.id, values);
    const result = await save({ id: saved?.id ?? null, version: saved?.version ?? null, input });
    const draft = result.data?.saveInsuranceApplication;
    if (!draft) {
      if (result.error) {
        if (errorCode(result.error) === 'CONFLICT' && saved) setConflict(true);
        else setSaveError(applyServerErrors(form, result.error, APPLICATION_FORM_FIELDS));
      }
      return null;
    }
    setSaved(draft);
    if (intent.current === 'draft') return '草稿已保存';
    const submitted = await submit({ id: draft.id, version: draft.version });
    if (submitted.data) {
      void navigate(myApplicationPath(draft.id), { replace: true });
      return '保单已提交，等待保险机构复审';
    }
    if (submitted.error) setSaveError(applyServerErrors(form, submitted.error, APPLICATION_FORM_FIELDS));
    return null;
  };

  const run = (next: Intent) => {
    intent.current = next;
    form.submit();
  };

  const rejected = application?.status === 'REJECTED';
  return (
    <Card title={rejected ? '在线填报（修改后重新提交）' : '在线填报'}>
      {rejected && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={`复审不通过 — 审核意见：${application.reviewOpinion ?? '—'}`}
          description="请按审核意见修改投保信息或重新上传资料，然后点击“提交保单”重新提交。"
        />
      )}
      {conflict && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="该投保单已在别处被修改，您的修改未保存。"
          description="请重新加载后再修改（将放弃本页未保存的修改）。"
          action={<Button onClick={() => window.location.reload()}>重新加载</Button>}
        />
      )}
      <DetailDescriptions
        labelWidth={180}
        column={{ xs: 1, lg: 2 }}
        items={[
          ['项目名称', project.name],
          ['项目代码', project.code],
          ['投资规模(万元)', groupThousands(project.investmentWan)],
          ['建设单位', project.ownerUnit],
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 24px' }}>
        注：此处投资规模计价单位为：“万元”人民币
      </Typography.Paragraph>
      {saveError && <Alert type="error" showIcon title={saveError} style={{ marginBottom: 16 }} />}
      <SaveForm<ApplicationFormValues>
        form={form}
        layout="horizontal"
        labelCol={{ flex: '200px' }}
        wrapperCol={{ flex: 'auto' }}
        initialValues={initialValues(application)}
        onValuesChange={onValuesChange}
        onSave={onSave}
        style={{ maxWidth: 1000 }}
      >
        <Form.Item name="brokerId" label="经纪公司" extra="可不选；选择经纪公司后只列出其合作的保险机构">
          <Select<string>
            allowClear
            placeholder="不通过经纪公司"
            style={{ maxWidth: 400 }}
            options={brokers.map((b) => ({ value: b.id, label: b.name }))}
          />
        </Form.Item>
        <Form.Item name="insurerId" label="保险机构" rules={[{ required: true, message: '请选择保险机构' }]}>
          <Select<string>
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={allowedInsurers.length ? '请选择保险机构' : '暂无可选的保险机构'}
            style={{ maxWidth: 400 }}
            options={allowedInsurers.map((i) => ({ value: i.id, label: i.name }))}
          />
        </Form.Item>
        <Form.Item label="方案" required>
          <Space wrap>
            <Form.Item name="planId" noStyle rules={[{ required: true, message: '请选择方案' }]}>
              <Radio.Group
                optionType="button"
                options={plans.map((p) => ({ value: p.id, label: p.name, title: p.label }))}
              />
            </Form.Item>
            <PlanDetailLink plan={plan} />
          </Space>
        </Form.Item>
        <Form.Item label="预计保费">
          <LiveQuote projectId={project.id} planId={planId} />
        </Form.Item>
        <Form.Item
          name="contactPhone"
          label="联系电话"
          extra={
            saved
              ? '出于个人信息保护，已保存的号码脱敏显示；不修改则保留原号码，修改请填写完整号码'
              : '手机号码或固定电话（如 0451-82554666）'
          }
          rules={[
            { required: true, whitespace: true, message: '请填写联系电话' },
            asRule((v: string) => (saved && v === saved.contactPhone ? null : checkPhone(v))),
          ]}
        >
          <Input maxLength={20} style={{ maxWidth: 300 }} />
        </Form.Item>
        {DOCUMENT_SLOTS.map(({ slot, kind, label, pdfOnly }) => (
          <Form.Item
            key={slot}
            name={slot}
            label={label}
            required
            rules={[required(`请上传${label}`)]}
            extra={
              slot === 'agreement' ? (
                <span>
                  点击
                  <Button
                    type="link"
                    size="small"
                    onClick={() => setAgreementOpen(true)}
                    style={{ padding: 0 }}
                  >
                    《用户协议》
                  </Button>
                  打印该页面并盖章，逐页扫描生成 PDF 文件后上传
                </span>
              ) : undefined
            }
          >
            <DocumentPicker
              kind={kind}
              label={label}
              pdfOnly={pdfOnly}
              choices={ownDocuments.filter((d) => d.kind === kind)}
              known={known}
              onUploaded={() => refetchLibrary({ requestPolicy: 'network-only' })}
            />
          </Form.Item>
        ))}
        <Form.Item
          name="agreementAccepted"
          valuePropName="checked"
          wrapperCol={{ offset: 0 }}
          style={{ paddingLeft: 200 }}
          rules={[required('请阅读并勾选同意《用户协议》')]}
        >
          <Checkbox>
            我已阅读并同意
            <Button
              type="link"
              size="small"
              onClick={(e) => {
                e.preventDefault();
                setAgreementOpen(true);
              }}
              style={{ padding: 0 }}
            >
              《用户协议》
            </Button>
          </Checkbox>
        </Form.Item>
        <Space style={{ paddingLeft: 200 }}>
          <Button
            loading={saving && intent.current === 'draft'}
            disabled={submitting}
            onClick={() => run('draft')}
          >
            保存草稿
          </Button>
          <Button
            type="primary"
            loading={(saving || submitting) && intent.current === 'submit'}
            onClick={() => run('submit')}
          >
            提交保单
          </Button>
          <Button onClick={() => void navigate(UNDERWRITING_PATHS.applications)}>返回</Button>
        </Space>
      </SaveForm>
      <AgreementDialog
        open={agreementOpen}
        onClose={() => setAgreementOpen(false)}
        parties={{
          project,
          insurerName: insurers.find((i) => i.id === insurerId)?.name ?? null,
          brokerName: brokers.find((b) => b.id === brokerId)?.name ?? null,
          plan: plan ?? null,
        }}
      />
    </Card>
  );
}

/** The project and the choices the form needs; the application when there is one. */
function ApplicationFormLoader({
  projectId,
  application,
}: {
  projectId: string;
  application: Application | null;
}) {
  const [projectQuery] = useQuery({ query: ApplicationProjectQuery, variables: { id: projectId } });
  const [optionsQuery] = useQuery({ query: ApplicationOptionsQuery });
  const project = projectQuery.data?.project;
  const options = optionsQuery.data;
  if (!project || !options) {
    const query =
      projectQuery.error || !options
        ? { ...optionsQuery, error: projectQuery.error ?? optionsQuery.error }
        : projectQuery;
    return (
      <DetailPending title="在线填报" query={query} missing={<Result status="404" title="项目不存在" />} />
    );
  }
  return <ApplicationForm project={project} options={options} application={application} />;
}

/** 填报 from 项目信息: a new application, or the project's open one. */
export function NewApplicationPage() {
  const { projectId = '' } = useParams();
  const [query] = useQuery({ query: ApplicationProjectQuery, variables: { id: projectId } });
  // Decided once, on the project as it was when the page opened: the form's own 保存草稿 opens an application, and the
  // form must stay (with what is typed in it) rather than move to that application.
  const decision = useRef<'form' | 'open' | 'closed' | null>(null);
  const project = query.data?.project;
  if (!project) {
    return (
      <DetailPending title="在线填报" query={query} missing={<Result status="404" title="项目不存在" />} />
    );
  }
  const open = project.insurance?.application;
  decision.current ??= project.insurance?.canApply === false ? (open ? 'open' : 'closed') : 'form';
  if (decision.current === 'open' && open) return <Navigate to={myApplicationPath(open.id)} replace />;
  if (decision.current === 'closed' && project.insurance) {
    return (
      <Card title="在线填报">
        <Result
          status="info"
          title={`该项目当前不可填报（${project.insurance.statusLabel}）`}
          subTitle="已投保且保单未到期、或已竣工的项目无需再填报。"
          extra={<Link to={PROJECT_PATHS.list}>返回项目列表</Link>}
        />
      </Card>
    );
  }
  return <ApplicationFormLoader projectId={projectId} application={null} />;
}

/** An application of the enterprise: the form while it may be changed, else 查看投保单. */
export function EditApplicationPage() {
  const { id = '' } = useParams();
  const [query, refetch] = useQuery({ query: ApplicationQuery, variables: { id } });
  const application = query.data?.insuranceApplication;
  if (!application) {
    return (
      <DetailPending
        title="投保单"
        query={query}
        missing={<Empty description="投保单不存在或无权查看" style={{ padding: 48 }} />}
      />
    );
  }
  if (isEditable(application.status)) {
    // Not re-keyed by version: a save reloads the application, and what is typed in the form stays.
    return <ApplicationFormLoader projectId={application.projectId} application={application} />;
  }
  return (
    <ApplicationView application={application} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
  );
}
