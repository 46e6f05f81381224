// Pieces the underwriting screens share: status tags, 方案详情 (the plan's terms), 预计保费, the history of an
// application and its documents.
import { Alert, Button, Card, Descriptions, Modal, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnType, TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import type {
  ApplicationDocumentFieldsFragment as ApplicationDocuments,
  ApplicationStatus,
  InsuranceStatus,
  PlanFieldsFragment as Plan,
  PolicyStatus,
  QuoteFieldsFragment as Quote,
} from '../../gql/graphql.ts';
import { TransitionHistory } from '../../shared/detail/TransitionHistory.tsx';
import { LabelledDocuments } from '../../shared/documents/Documents.tsx';
import { dateText, dateTimeText } from '../../shared/format.ts';
import { APPLICATION_STATUS, INSURANCE_STATUS, POLICY_STATUS } from '../../shared/labels.ts';
import { DOCUMENT_SLOTS } from './application-form.ts';
import type { Application } from './graphql.ts';
import { limitText, ratioText, tierRanges, toBasisPoints, yuanText } from './premium.ts';

export function ApplicationStatusTag({ status, label }: { status: ApplicationStatus; label?: string }) {
  const s = APPLICATION_STATUS[status];
  return <Tag color={s.color}>{label ?? s.label}</Tag>;
}

export function InsuranceStatusTag({ status, label }: { status: InsuranceStatus; label?: string }) {
  const s = INSURANCE_STATUS[status];
  return <Tag color={s.color}>{label ?? s.label}</Tag>;
}

/** The regulator's 投保状态 filter: 未投保 / 待复审 / 复审不通过 / 可出单 / 已投保 (drafts are the enterprise's alone). */
export const REGULATOR_INSURANCE_STATUS_OPTIONS = (
  ['UNINSURED', 'SUBMITTED', 'REJECTED', 'APPROVED', 'INSURED'] as InsuranceStatus[]
).map((value) => ({ value, label: INSURANCE_STATUS[value].label }));

/** The 投保状态 column of a project list (Project.insurance through federation; — where the viewer may not read it). */
export function insuranceStatusColumn<
  Row extends { insurance?: { status: InsuranceStatus; statusLabel: string } | null },
>(): TableColumnType<Row> {
  return {
    title: '投保状态',
    key: 'insurance',
    width: 100,
    render: (_, p) =>
      p.insurance ? <InsuranceStatusTag status={p.insurance.status} label={p.insurance.statusLabel} /> : '—',
  };
}

export function PolicyStatusTag({ status, label }: { status: PolicyStatus; label?: string }) {
  const s = POLICY_STATUS[status];
  return <Tag color={s.color}>{label ?? s.label}</Tag>;
}

/** An amount in 元 (right-aligned in tables), flagged when the premium is implausible for its plan. */
export function PremiumText({ yuan, implausible = false }: { yuan: string; implausible?: boolean }) {
  return (
    <Space size={4} wrap>
      <span>{yuanText(yuan)}</span>
      {implausible && (
        <Tag color="error" title="保费超出方案的合理范围，请核实">
          异常
        </Tag>
      )}
    </Space>
  );
}

/** The plan's floating table: 上一年度事故情况 → 浮动比例. */
export function FloatingTable({
  plan,
  selected,
  onSelect,
}: {
  plan: Plan;
  /** The ratio currently chosen (highlighted). */
  selected?: string | null | undefined;
  /** Offers 选用 per row. */
  onSelect?: (ratio: string) => void;
}) {
  type Row = Plan['floatingRates'][number];
  const columns: TableColumnsType<Row> = [
    { title: '上一年度事故情况', dataIndex: 'label', key: 'label' },
    { title: '浮动比例', dataIndex: 'ratio', key: 'ratio', width: 120, render: (r: string) => ratioText(r) },
  ];
  if (onSelect) {
    columns.push({
      title: '操作',
      key: 'select',
      width: 100,
      render: (_, r) =>
        selected !== undefined && selected !== null && toBasisPoints(selected) === toBasisPoints(r.ratio) ? (
          <Tag color="blue">已选用</Tag>
        ) : (
          <Button type="link" size="small" onClick={() => onSelect(r.ratio)}>
            选用
          </Button>
        ),
    });
  }
  return (
    <Table<Row>
      rowKey="accidentGrade"
      size="small"
      columns={columns}
      dataSource={plan.floatingRates}
      pagination={false}
      footer={() => `浮动范围：${ratioText(plan.floatingFloor)} 至 ${ratioText(plan.floatingCap)}`}
    />
  );
}

/** 方案详情: limits, rate tiers, minimum premium, floating table. */
export function PlanTerms({ plan }: { plan: Plan }) {
  type Tier = Plan['rateTiers'][number];
  const ranges = tierRanges(plan.rateTiers);
  const tiers = plan.rateTiers.map((t, i) => ({ ...t, range: ranges[i]! }));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions
        bordered
        size="small"
        column={2}
        items={[
          { key: 'name', label: '方案', children: `${plan.name}（${plan.label}）` },
          {
            key: 'version',
            label: '版本',
            children: `第 ${plan.version} 版，${dateText(plan.effectiveFrom)} 起${
              plan.effectiveTo ? `至 ${dateText(plan.effectiveTo)}` : ''
            }`,
          },
          { key: 'death', label: '每人死亡伤残限额', children: limitText(plan.deathDisabilityLimitYuan) },
          { key: 'medical', label: '每人医疗费用限额', children: limitText(plan.medicalLimitYuan) },
          { key: 'accident', label: '每次事故限额', children: limitText(plan.perAccidentLimitYuan) },
          { key: 'cumulative', label: '累计限额', children: limitText(plan.cumulativeLimitYuan) },
          { key: 'minimum', label: '最低保费', children: `${yuanText(plan.minimumPremiumYuan)} 元` },
          {
            key: 'maximum',
            label: '保费合理上限',
            children: `${yuanText(plan.plausibleMaximumPremiumYuan)} 元`,
          },
        ]}
      />
      <div>
        <Typography.Text strong>费率（按工程造价）</Typography.Text>
        <Table<Tier & { range: string }>
          rowKey="range"
          size="small"
          style={{ marginTop: 8 }}
          pagination={false}
          dataSource={tiers}
          columns={[
            { title: '工程造价', dataIndex: 'range', key: 'range' },
            { title: '费率', dataIndex: 'rateLabel', key: 'rate', width: 120 },
          ]}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          保费 = 工程造价 × 费率 × (1 + 浮动比例)，不低于最低保费
        </Typography.Text>
      </div>
      <div>
        <Typography.Text strong>浮动比例（按上一年度事故情况）</Typography.Text>
        <div style={{ marginTop: 8 }}>
          <FloatingTable plan={plan} />
        </div>
      </div>
      {plan.description && <Alert type="info" title={plan.description} />}
    </Space>
  );
}

/** 方案详情 as a link that opens the terms in a dialog. */
export function PlanDetailLink({
  plan,
  children = '方案详情',
}: {
  plan: Plan | null | undefined;
  children?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="link" size="small" disabled={!plan} onClick={() => setOpen(true)} style={{ padding: 0 }}>
        {children}
      </Button>
      {plan && (
        <Modal
          title={`方案详情：${plan.name}`}
          open={open}
          width={760}
          footer={<Button onClick={() => setOpen(false)}>关闭</Button>}
          onCancel={() => setOpen(false)}
        >
          <PlanTerms plan={plan} />
        </Modal>
      )}
    </>
  );
}

/** 预计保费 with how it was reached (工程造价 × 费率 × (1 + 浮动比例), the minimum, the plausibility flag). */
export function QuoteSummary({ quote, title = '预计保费' }: { quote: Quote; title?: string | null }) {
  return (
    <Space orientation="vertical" size={4}>
      <Space align="baseline">
        {title && <Typography.Text>{title}：</Typography.Text>}
        <Typography.Text strong style={{ fontSize: 20 }} aria-label={title ?? '预计保费'}>
          {yuanText(quote.premiumYuan)} 元
        </Typography.Text>
        {quote.implausible && <Tag color="error">超出方案合理上限</Tag>}
      </Space>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        工程造价 {yuanText(quote.costYuan)} 元 × 费率 {quote.rateLabel} × (1 + 浮动比例{' '}
        {ratioText(quote.floatingRatio)}) = {yuanText(quote.computedYuan)} 元
        {quote.minimumApplied && '，低于最低保费，按最低保费计'}
      </Typography.Text>
    </Space>
  );
}

/** Every transition of an application, newest first (the server's order). */
export function ApplicationHistory({ history }: { history: Application['history'] }) {
  return (
    <TransitionHistory
      history={history}
      statusTag={(status: ApplicationStatus) => <ApplicationStatusTag status={status} />}
    />
  );
}

/** The application's seven documents by the form's labels, with 文件查看 and 资料下载. */
export function ApplicationDocumentsSection({
  documents,
  archiveName,
  extra = [],
}: {
  documents: ApplicationDocuments;
  archiveName?: string;
  /** Further documents after the seven (a policy's 保单文件 and 协议文件). */
  extra?: readonly (readonly [string, ApplicationDocuments['agreement']])[];
}) {
  return (
    <LabelledDocuments
      title="投保资料"
      archiveName={archiveName}
      items={[...DOCUMENT_SLOTS.map(({ slot, label }) => [label, documents[slot]] as const), ...extra]}
    />
  );
}

/** 复审期限 with 超期 marked. */
export function ReviewDue({ dueAt, overdue }: { dueAt: string | null; overdue: boolean }) {
  if (!dueAt) return <>—</>;
  return (
    <Space size={4}>
      <span>{dateTimeText(dueAt, 'YYYY-MM-DD HH:mm')}</span>
      {overdue && <Tag color="error">超期</Tag>}
    </Space>
  );
}

/** A file of a row (保单文件, 协议文件): 查看 in a new tab and 下载; — when there is none. */
export function FileLinks({ doc }: { doc: ApplicationDocuments['agreement'] }) {
  if (!doc) return <>—</>;
  return (
    <Space size={8} style={{ whiteSpace: 'nowrap' }}>
      <Typography.Link href={doc.downloadUrl} target="_blank" rel="noopener noreferrer">
        查看
      </Typography.Link>
      <Typography.Link href={doc.downloadUrl} download={doc.fileName}>
        下载
      </Typography.Link>
    </Space>
  );
}

/** 保单状态 with 续保提醒 and 保险期间未覆盖竣工 where they apply. */
export function PolicyState({
  policy,
}: {
  policy: { status: PolicyStatus; statusLabel: string; renewalDue: boolean; coverageShort: boolean };
}) {
  return (
    <Space size={4} wrap>
      <PolicyStatusTag status={policy.status} label={policy.statusLabel} />
      {policy.renewalDue && <Tag color="orange">续保提醒</Tag>}
      {policy.coverageShort && (
        <Tag color="gold" title="保险期间未覆盖项目计划竣工日期">
          未覆盖竣工
        </Tag>
      )}
    </Space>
  );
}

/** 保单状态 filter options: the four states and 续保提醒. */
export const POLICY_STATUS_OPTIONS = [
  ...(Object.keys(POLICY_STATUS) as PolicyStatus[]).map((value) => ({
    value,
    label: POLICY_STATUS[value].label,
  })),
  { value: 'RENEWAL_DUE' as const, label: '续保提醒' },
];

/** The sections under an application's fields: its documents (with 资料下载) and its 办理记录. */
export function ApplicationSections({
  application,
  error,
}: {
  application: Application;
  /** What the query could not read (a document the viewer may not see comes back null with an error). */
  error?: string | undefined;
}) {
  return (
    <>
      <Card>
        {error && (
          <Alert type="warning" showIcon title={`部分资料无法显示：${error}`} style={{ marginBottom: 12 }} />
        )}
        <ApplicationDocumentsSection
          documents={application.documents}
          archiveName={`${application.enterpriseName}-${application.projectName}-投保资料`}
        />
      </Card>
      <Card title="办理记录">
        <ApplicationHistory history={application.history} />
      </Card>
    </>
  );
}

type PolicyRow = {
  premiumYuan: string;
  implausible: boolean;
  effectiveDate: string;
  expiryDate: string;
  status: PolicyStatus;
  statusLabel: string;
  renewalDue: boolean;
  coverageShort: boolean;
};

/**
 * The 保费(元), 保险期间 and 保单状态 columns of a policy list; `flagImplausible`: mark a premium above the plan's
 * plausible maximum (for the insurer's and broker's checks, not the enterprise's list).
 */
export function policyColumns<Row extends PolicyRow>(flagImplausible = true): TableColumnsType<Row> {
  return [
    {
      title: '保费(元)',
      key: 'premium',
      align: 'right',
      width: 110,
      render: (_, p) => <PremiumText yuan={p.premiumYuan} implausible={flagImplausible && p.implausible} />,
    },
    {
      title: '保险期间',
      key: 'period',
      width: 110,
      render: (_, p) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {dateText(p.effectiveDate)}
          <br />至 {dateText(p.expiryDate)}
        </span>
      ),
    },
    { title: '保单状态', key: 'status', width: 100, render: (_, p) => <PolicyState policy={p} /> },
  ];
}

/** A cell of two lines: the value and, smaller and grey, what qualifies it (项目代码 under 项目名称). */
export function TwoLines({ main, sub }: { main: ReactNode; sub?: ReactNode }) {
  return (
    <Space orientation="vertical" size={0}>
      {main}
      {sub && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {sub}
        </Typography.Text>
      )}
    </Space>
  );
}
