// The parts of the claims screens: the state and flags as tags, the claims' columns, 报案 / 新增理赔 (the manual's form
// with 项目名称 and 项目代码 from the policy and the 备注 counter) and the dialogs of the transitions, each refusal
// shown in Chinese next to its field.
import { Alert, Button, DatePicker, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ClaimStatus } from '../../gql/graphql.ts';
import { FormModal } from '../../shared/form/FormModal.tsx';
import { dateText, dateTimeText } from '../../shared/format.ts';
import { applyServerErrors } from '../../shared/graphql/errors.ts';
import { checkYuan } from '../underwriting/premium.ts';
import { TwoLines } from '../underwriting/UnderwritingParts.tsx';
import {
  CLAIM_ACTION_DONE,
  CLAIM_ACTION_LABELS,
  CLAIM_STATUS,
  claimFlags,
  plainYuan,
  toReportInput,
  type ClaimAction,
  type ReportValues,
} from './claims.ts';
import { money } from './money.ts';
import {
  AcceptClaim,
  ClaimFormOptionsQuery,
  CorrectClaim,
  DeclineClaim,
  ProvideClaimSupplement,
  ReopenClaim,
  ReportClaim,
  RequestClaimSupplement,
  SettleClaim,
  type ClaimRow,
} from './graphql.ts';
import { claimPath } from './routes.ts';

const REMARK_MAX = 500;

export function ClaimStatusTag({ status }: { status: ClaimStatus }) {
  const s = CLAIM_STATUS[status];
  return <Tag color={s.color}>{s.label}</Tag>;
}

export function ClaimFlagTags({ claim }: { claim: Parameters<typeof claimFlags>[0] }) {
  const flags = claimFlags(claim);
  if (!flags.length) return null;
  return (
    <Space size={4} wrap>
      {flags.map((f) => (
        <Tag key={f.label} color={f.color}>
          {f.label}
        </Tag>
      ))}
    </Space>
  );
}

const NO_WRAP = () => ({ style: { whiteSpace: 'nowrap' as const } });

/** The manual's columns of 理赔信息, the 理赔编号 leading to 理赔详情. */
export function claimColumns<Row extends ClaimRow>(withProject: boolean): TableColumnsType<Row> {
  return [
    {
      title: '理赔编号',
      dataIndex: 'claimNumber',
      key: 'claimNumber',
      width: 170,
      onCell: NO_WRAP,
      render: (n: string, c) => <Link to={claimPath(c.id)}>{n}</Link>,
    },
    ...(withProject
      ? ([
          {
            title: '项目名称 / 保单号',
            key: 'project',
            width: 190,
            render: (_, c) => <TwoLines main={c.projectName} sub={c.policyNumber} />,
          },
        ] as TableColumnsType<Row>)
      : []),
    {
      title: '出险日期',
      dataIndex: 'accidentDate',
      key: 'accidentDate',
      width: 100,
      onCell: NO_WRAP,
      render: dateText,
    },
    { title: '事故类别', dataIndex: 'categoryLabel', key: 'category', width: 90 },
    { title: '伤残人数', dataIndex: 'injuredCount', key: 'injured', width: 60, align: 'right' },
    { title: '死亡人数', dataIndex: 'deathCount', key: 'deaths', width: 60, align: 'right' },
    {
      title: '估损金额(元)',
      key: 'estimated',
      align: 'right',
      width: 110,
      render: (_, c) => money(c.estimatedLossYuan),
    },
    {
      title: '已决金额(元)',
      key: 'settled',
      align: 'right',
      width: 110,
      render: (_, c) => money(c.settledAmountYuan),
    },
    { title: '事故等级', dataIndex: 'gradeLabel', key: 'grade', width: 80 },
    {
      title: '状态',
      key: 'status',
      width: 120,
      render: (_, c) => (
        <Space size={4} wrap>
          <ClaimStatusTag status={c.status} />
          <ClaimFlagTags claim={c} />
        </Space>
      ),
    },
  ];
}

const today = () => dateTimeText(new Date(), 'YYYY-MM-DD');
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

type ReportFormValues = Omit<ReportValues, 'accidentDate' | 'reportedDate'> & {
  accidentDate?: Dayjs | null;
  reportedDate?: Dayjs | null;
};

const REPORT_FIELDS = [
  'accidentDate',
  'accidentPlace',
  'description',
  'categoryCode',
  'injuredCount',
  'deathCount',
  'estimatedLossYuan',
  'reportedDate',
  'remark',
];

function yuanRule(label: string) {
  return {
    validator: (_: unknown, v: string) => {
      const problem = checkYuan(v, label);
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  };
}

/** 备注 with the manual's counter (10 / 500). */
function RemarkItem({ name = 'remark', label = '备注' }: { name?: string; label?: string }) {
  return (
    <Form.Item name={name} label={label}>
      <Input.TextArea rows={3} maxLength={REMARK_MAX} showCount />
    </Form.Item>
  );
}

/**
 * 新增理赔 (the insurer, with 提交日期) or 报案 (the enterprise, reported today) on one policy: 项目名称 and 项目代码
 * come from the policy and cannot be changed.
 */
export function ReportClaimModal({
  policy,
  byInsurer,
  open,
  onClose,
}: {
  policy: { policyId: string; projectName: string; projectCode: string; effectiveDate: string };
  byInsurer: boolean;
  open: boolean;
  onClose: (saved: boolean) => void;
}) {
  const [form] = Form.useForm<ReportFormValues>();
  const [options] = useQuery({ query: ClaimFormOptionsQuery });
  const [{ fetching }, report] = useMutation(ReportClaim);
  const [error, setError] = useState<string | null>(null);
  const title = byInsurer ? '新增理赔' : '报案';

  const onSave = async (v: ReportFormValues): Promise<string | null> => {
    setError(null);
    const input = toReportInput(
      policy.policyId,
      { ...v, accidentDate: day(v.accidentDate), reportedDate: day(v.reportedDate) ?? null },
      byInsurer,
    );
    const result = await report({ input });
    if (result.data) {
      onClose(true);
      const c = result.data.reportClaim;
      const flags = claimFlags(c).map((f) => f.label);
      return `已${title}，理赔编号 ${c.claimNumber}${flags.length ? `（${flags.join('、')}）` : ''}`;
    }
    if (result.error) setError(applyServerErrors(form, result.error, REPORT_FIELDS));
    return null;
  };

  return (
    <FormModal<ReportFormValues>
      form={form}
      title={title}
      open={open}
      width={680}
      saving={fetching}
      error={error}
      layout="horizontal"
      labelCol={{ flex: '100px' }}
      initialValues={{ injuredCount: 0, deathCount: 0 }}
      notice={
        <Typography.Paragraph type="secondary">
          出险后 {options.data?.claimSettings.reportingDays ?? 30} 天以后提交的将标记为逾期报案。
        </Typography.Paragraph>
      }
      onSave={onSave}
      onCancel={() => onClose(false)}
      onClosed={() => setError(null)}
    >
      <Form.Item label="项目名称">
        <Input value={policy.projectName} disabled aria-label="项目名称" />
      </Form.Item>
      <Form.Item label="项目代码">
        <Input value={policy.projectCode} disabled aria-label="项目代码" />
      </Form.Item>
      <Form.Item name="accidentDate" label="出险日期" rules={[{ required: true, message: '请选择出险日期' }]}>
        <DatePicker
          disabledDate={(d) =>
            d.format('YYYY-MM-DD') > today() || d.format('YYYY-MM-DD') < policy.effectiveDate
          }
        />
      </Form.Item>
      <Form.Item
        name="accidentPlace"
        label="出险地点"
        rules={[{ required: true, whitespace: true, message: '请填写出险地点' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="description"
        label="事故经过"
        rules={[{ required: true, whitespace: true, message: '请填写事故经过' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="categoryCode" label="事故类别" rules={[{ required: true, message: '请选择事故类别' }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={options.fetching}
          options={(options.data?.accidentCategories ?? []).map((c) => ({ value: c.code, label: c.label }))}
        />
      </Form.Item>
      <Form.Item name="injuredCount" label="伤残人数" rules={[{ required: true, message: '请填写伤残人数' }]}>
        <InputNumber min={0} precision={0} />
      </Form.Item>
      <Form.Item name="deathCount" label="死亡人数" rules={[{ required: true, message: '请填写死亡人数' }]}>
        <InputNumber min={0} precision={0} />
      </Form.Item>
      <Form.Item name="estimatedLossYuan" label="估损金额" required rules={[yuanRule('估损金额')]}>
        <Input style={{ width: 200 }} suffix="元" />
      </Form.Item>
      {byInsurer && (
        <Form.Item name="reportedDate" label="提交日期" extra="不填为今天">
          <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') > today()} />
        </Form.Item>
      )}
      <RemarkItem />
    </FormModal>
  );
}

type ActionValues = {
  note?: string;
  reason?: string;
  amountYuan?: string;
  settledDate?: Dayjs | null;
  remark?: string;
  injuredCount?: number | null;
  deathCount?: number | null;
  estimatedLossYuan?: string;
  settledAmountYuan?: string;
};

const ACTION_FIELDS = [
  'note',
  'reason',
  'amountYuan',
  'settledDate',
  'remark',
  'injuredCount',
  'deathCount',
  'estimatedLossYuan',
  'settledAmountYuan',
];

function reasonItem(name: 'note' | 'reason', label: string, placeholder?: string) {
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true, whitespace: true, message: `请填写${label}` }]}
    >
      <Input.TextArea rows={3} maxLength={500} showCount placeholder={placeholder} />
    </Form.Item>
  );
}

/** Only what was changed goes to 更正; at least one figure must change. */
function correction(claim: ClaimRow, v: ActionValues) {
  const changed: {
    injuredCount?: number;
    deathCount?: number;
    estimatedLossYuan?: string;
    settledAmountYuan?: string;
  } = {};
  if (v.injuredCount != null && v.injuredCount !== claim.injuredCount) changed.injuredCount = v.injuredCount;
  if (v.deathCount != null && v.deathCount !== claim.deathCount) changed.deathCount = v.deathCount;
  const estimated = plainYuan(v.estimatedLossYuan);
  if (estimated && estimated !== claim.estimatedLossYuan) changed.estimatedLossYuan = estimated;
  const settled = plainYuan(v.settledAmountYuan);
  if (settled && settled !== claim.settledAmountYuan) changed.settledAmountYuan = settled;
  return changed;
}

/** One transition's dialog: its fields, the mutation, the server's refusals next to them. */
export function ClaimActionModal({
  claim,
  action,
  onClose,
}: {
  claim: ClaimRow;
  action: ClaimAction | null;
  onClose: (saved: boolean) => void;
}) {
  const [form] = Form.useForm<ActionValues>();
  const [error, setError] = useState<string | null>(null);
  const [accept, doAccept] = useMutation(AcceptClaim);
  const [supplement, doSupplement] = useMutation(RequestClaimSupplement);
  const [provide, doProvide] = useMutation(ProvideClaimSupplement);
  const [settle, doSettle] = useMutation(SettleClaim);
  const [decline, doDecline] = useMutation(DeclineClaim);
  const [reopen, doReopen] = useMutation(ReopenClaim);
  const [correct, doCorrect] = useMutation(CorrectClaim);
  const saving = [accept, supplement, provide, settle, decline, reopen, correct].some((m) => m.fetching);
  const label = action ? CLAIM_ACTION_LABELS[action] : '';
  const ids = { id: claim.id, version: claim.version };

  const send = async (v: ActionValues) => {
    switch (action) {
      case 'accept':
        return doAccept(ids);
      case 'supplement':
        return doSupplement({ ...ids, note: v.note!.trim() });
      case 'provide':
        return doProvide({ ...ids, note: v.note!.trim() });
      case 'settle':
        return doSettle({
          ...ids,
          input: {
            amountYuan: plainYuan(v.amountYuan),
            settledDate: day(v.settledDate)!,
            remark: v.remark?.trim() || null,
          },
        });
      case 'decline':
        return doDecline({ ...ids, reason: v.reason!.trim() });
      case 'reopen':
        return doReopen({ ...ids, reason: v.reason!.trim() });
      case 'correct':
        return doCorrect({ ...ids, input: { ...correction(claim, v), reason: v.reason!.trim() } });
      default:
        return null;
    }
  };

  const onSave = async (v: ActionValues): Promise<string | null> => {
    setError(null);
    if (action === 'correct' && !Object.keys(correction(claim, v)).length) {
      setError('请至少更正一项');
      return null;
    }
    const result = await send(v);
    if (!result) return null;
    if (result.data) {
      onClose(true);
      return `${claim.claimNumber}：${CLAIM_ACTION_DONE[action!]}`;
    }
    if (result.error) {
      setError(
        applyServerErrors(form, result.error, ACTION_FIELDS, action === 'settle' ? {} : { input: 'reason' }),
      );
    }
    return null;
  };

  return (
    <FormModal<ActionValues>
      form={form}
      title={`${label}：${claim.claimNumber}`}
      open={action !== null}
      width={560}
      saving={saving}
      error={error}
      danger={action === 'decline'}
      okText={label}
      notice={
        action === 'provide' && claim.supplementNote ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={`保险机构要求补充材料：${claim.supplementNote}`}
          />
        ) : action === 'accept' ? (
          <Typography.Paragraph>受理后开始计算决定期限。</Typography.Paragraph>
        ) : undefined
      }
      onCancel={() => onClose(false)}
      onClosed={() => setError(null)}
      onSave={onSave}
      layout="vertical"
      initialValues={
        action === 'correct'
          ? {
              injuredCount: claim.injuredCount,
              deathCount: claim.deathCount,
              estimatedLossYuan: claim.estimatedLossYuan,
              settledAmountYuan: claim.settledAmountYuan ?? undefined,
            }
          : {}
      }
    >
      {action === 'supplement' && reasonItem('note', '补充材料说明', '如：请上传事故认定书、医疗证明')}
      {action === 'provide' && reasonItem('note', '补充说明', '如：已补充上传事故认定书')}
      {action === 'settle' && (
        <>
          <Form.Item name="amountYuan" label="已决金额" required rules={[yuanRule('已决金额')]}>
            <Input style={{ width: 200 }} suffix="元" />
          </Form.Item>
          <Form.Item
            name="settledDate"
            label="已决日期"
            rules={[{ required: true, message: '请选择已决日期' }]}
          >
            <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') > today()} />
          </Form.Item>
          <RemarkItem />
        </>
      )}
      {action === 'decline' && reasonItem('reason', '拒赔原因')}
      {action === 'reopen' && reasonItem('reason', '重新受理原因')}
      {action === 'correct' && (
        <>
          <Form.Item name="injuredCount" label="伤残人数">
            <InputNumber min={0} precision={0} />
          </Form.Item>
          <Form.Item name="deathCount" label="死亡人数">
            <InputNumber min={0} precision={0} />
          </Form.Item>
          <Form.Item name="estimatedLossYuan" label="估损金额">
            <Input style={{ width: 200 }} suffix="元" />
          </Form.Item>
          {claim.status === 'SETTLED' && (
            <Form.Item name="settledAmountYuan" label="已决金额">
              <Input style={{ width: 200 }} suffix="元" />
            </Form.Item>
          )}
          {reasonItem('reason', '更正原因')}
        </>
      )}
    </FormModal>
  );
}

/** The buttons of the transitions a claim's state allows, for one row. */
export function ClaimActionButtons({
  actions,
  onAction,
}: {
  actions: readonly ClaimAction[];
  onAction: (action: ClaimAction) => void;
}) {
  return (
    <Space size={0} wrap>
      {actions.map((a) => (
        <Button key={a} type="link" size="small" danger={a === 'decline'} onClick={() => onAction(a)}>
          {CLAIM_ACTION_LABELS[a]}
        </Button>
      ))}
    </Space>
  );
}
