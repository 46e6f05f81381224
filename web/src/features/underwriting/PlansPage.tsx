// 方案管理 (PLATFORM_ADMIN, 系统管理): the plans of a province with every version (insurancePlans includeHistory),
// 方案详情, 发布新版本 (limits, rate tiers, minimum, plausible maximum, floating table, floor and cap, the first day;
// the version it replaces ends the day before) and 停用 (a last day; policies keep the version they were issued under).
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Divider,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { PlanFieldsFragment as Plan } from '../../gql/graphql.ts';
import { DivisionsQuery } from '../../shared/divisions/graphql.ts';
import { FormModal } from '../../shared/form/FormModal.tsx';
import { dateText, dateTimeText } from '../../shared/format.ts';
import { applyServerErrors, errorMessage } from '../../shared/graphql/errors.ts';
import { ACCIDENT_HISTORY_GRADE_LABELS } from '../../shared/labels.ts';
import { PlansQuery, PublishPlan, RetirePlan } from './graphql.ts';
import {
  ACCIDENT_GRADES,
  blankPlanValues,
  checkFloating,
  checkTiers,
  planFormValues,
  planState,
  toPlanInput,
  type PlanFormValues,
} from './plan-form.ts';
import { checkYuan, ratioText, yuanText } from './premium.ts';
import { PlanDetailLink } from './UnderwritingParts.tsx';

const DAY = 'YYYY-MM-DD';
type FormValues = Omit<PlanFormValues, 'effectiveFrom'> & { effectiveFrom?: Dayjs | null };

const PLAN_FIELDS = [
  'code',
  'name',
  'effectiveFrom',
  'deathDisabilityLimitYuan',
  'medicalLimitYuan',
  'perAccidentLimitYuan',
  'cumulativeLimitYuan',
  'rateTiers',
  'minimumPremiumYuan',
  'plausibleMaximumPremiumYuan',
  'floatingRates',
  'floatingFloor',
  'floatingCap',
  'description',
];

const yuanRule = (label: string) => ({
  validator: (_: unknown, v: string) => {
    const problem = checkYuan(v, label);
    return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
  },
});

function YuanItem({ name, label, extra }: { name: keyof FormValues; label: string; extra?: string }) {
  return (
    <Form.Item name={name} label={label} extra={extra} rules={[yuanRule(label)]}>
      <Input suffix="元" style={{ width: 220 }} />
    </Form.Item>
  );
}

/** 发布新版本 (of `base`) or a new plan (base null). */
function PublishModal({
  provinceCode,
  base,
  open,
  onClose,
}: {
  provinceCode: string;
  base: Plan | null;
  open: boolean;
  onClose: (published: boolean) => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const [{ fetching }, publish] = useMutation(PublishPlan);
  const [error, setError] = useState<string | null>(null);
  const initial: FormValues = {
    ...(base ? planFormValues(base) : blankPlanValues(provinceCode)),
    effectiveFrom: dayjs().add(1, 'day'),
  };

  const onSave = async (v: FormValues): Promise<string | null> => {
    setError(null);
    const result = await publish({
      input: toPlanInput({ ...v, effectiveFrom: v.effectiveFrom!.format(DAY) }),
    });
    const plan = result.data?.publishInsurancePlan;
    if (plan) {
      onClose(true);
      return `已发布${plan.name}第 ${plan.version} 版，${dateText(plan.effectiveFrom)} 起生效`;
    }
    if (result.error) setError(applyServerErrors(form, result.error, PLAN_FIELDS));
    return null;
  };

  return (
    <FormModal<FormValues>
      form={form}
      title={base ? `发布新版本：${base.name}` : '发布新方案'}
      open={open}
      width={880}
      saving={fetching}
      error={error}
      okText="发布"
      notice={
        base && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={`新版本自生效日期起替代第 ${base.version} 版（原版本于前一日终止）；已出单的保单仍按原版本。`}
          />
        )
      }
      onCancel={() => onClose(false)}
      onClosed={() => setError(null)}
      onSave={onSave}
      layout="horizontal"
      labelCol={{ flex: '150px' }}
      // The lists' rows keep their values (FormModal's preserve={false} drops nested list values on React's
      // development re-mount); the dialog is mounted afresh each time anyway.
      preserve
      initialValues={initial}
    >
      <Form.Item name="provinceCode" label="省级行政区划代码">
        <Input disabled style={{ width: 120 }} />
      </Form.Item>
      <Form.Item
        name="code"
        label="方案代码"
        normalize={(v: string) => v.toUpperCase()}
        rules={[
          { required: true, whitespace: true, message: '请填写方案代码' },
          { pattern: /^[A-Z0-9]{1,8}$/, message: '方案代码为1至8位字母或数字，如 A' },
        ]}
      >
        <Input disabled={!!base} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item
        name="name"
        label="方案名称"
        rules={[{ required: true, whitespace: true, message: '请填写方案名称' }]}
      >
        <Input maxLength={50} style={{ width: 220 }} placeholder="如 方案A" />
      </Form.Item>
      <Form.Item
        name="effectiveFrom"
        label="生效日期"
        rules={[{ required: true, message: '请选择生效日期' }]}
      >
        <DatePicker />
      </Form.Item>
      <Divider titlePlacement="start">保障限额</Divider>
      <YuanItem
        name="deathDisabilityLimitYuan"
        label="每人死亡伤残限额"
        extra="不低于 40万元（应急〔2025〕27号）"
      />
      <YuanItem name="medicalLimitYuan" label="每人医疗费用限额" />
      <YuanItem name="perAccidentLimitYuan" label="每次事故限额" />
      <YuanItem name="cumulativeLimitYuan" label="累计限额" />
      <Divider titlePlacement="start">费率</Divider>
      <Form.List
        name="rateTiers"
        rules={[
          {
            validator: (_, tiers: PlanFormValues['rateTiers']) => {
              const problem = checkTiers(tiers ?? []);
              return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <div style={{ paddingLeft: 150 }}>
            <Typography.Paragraph type="secondary">
              按工程造价分档，自低到高；每档费率适用于全部工程造价；最后一档不设上限（留空）。
            </Typography.Paragraph>
            {fields.map((field, i) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex', marginBottom: 8 }}>
                <Typography.Text>第 {i + 1} 档：工程造价 ≤</Typography.Text>
                <Form.Item name={[field.name, 'upToYuan']} noStyle>
                  <Input
                    aria-label={`第${i + 1}档工程造价上限`}
                    suffix="元"
                    placeholder="不设上限"
                    style={{ width: 200 }}
                  />
                </Form.Item>
                <Typography.Text>费率</Typography.Text>
                <Form.Item name={[field.name, 'ratePermille']} noStyle>
                  <Input aria-label={`第${i + 1}档费率`} suffix="‰" style={{ width: 120 }} />
                </Form.Item>
                {fields.length > 1 && (
                  <MinusCircleOutlined aria-label="删除此档" onClick={() => remove(field.name)} />
                )}
              </Space>
            ))}
            <Form.ErrorList errors={errors} />
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              style={{ margin: '8px 0 16px' }}
              onClick={() => add({ upToYuan: null, ratePermille: '' }, Math.max(fields.length - 1, 0))}
            >
              增加一档
            </Button>
          </div>
        )}
      </Form.List>
      <YuanItem name="minimumPremiumYuan" label="最低保费" />
      <YuanItem
        name="plausibleMaximumPremiumYuan"
        label="保费合理上限"
        extra="高于此保费的出单须确认，并在列表中标记"
      />
      <Divider titlePlacement="start">浮动比例</Divider>
      <Form.Item label="浮动范围" required>
        <Space>
          <Form.Item name="floatingFloor" noStyle>
            <Input aria-label="浮动下限" style={{ width: 100 }} />
          </Form.Item>
          至
          <Form.Item name="floatingCap" noStyle>
            <Input aria-label="浮动上限" style={{ width: 100 }} />
          </Form.Item>
          <Typography.Text type="secondary">如 -0.30 至 0.30</Typography.Text>
        </Space>
      </Form.Item>
      <Form.List
        name="floatingRates"
        rules={[
          {
            validator: () => {
              const v = form.getFieldsValue([
                'floatingRates',
                'floatingFloor',
                'floatingCap',
              ]) as PlanFormValues;
              const problem = checkFloating(v);
              return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
            },
          },
        ]}
      >
        {(fields, _, { errors }) => (
          <>
            {fields.map((field, i) => (
              <Form.Item
                key={field.key}
                name={[field.name, 'ratio']}
                label={ACCIDENT_HISTORY_GRADE_LABELS[ACCIDENT_GRADES[i] ?? 'NONE']}
              >
                <Input style={{ width: 100 }} />
              </Form.Item>
            ))}
            <div style={{ paddingLeft: 150 }}>
              <Form.ErrorList errors={errors} />
            </div>
          </>
        )}
      </Form.List>
      <Form.Item name="description" label="说明">
        <Input.TextArea
          rows={3}
          maxLength={2000}
          showCount
          placeholder="保障范围、适用说明等，在方案详情中显示"
        />
      </Form.Item>
    </FormModal>
  );
}

/** 停用: the last day the version is in force. */
function RetireModal({ plan, onClose }: { plan: Plan | null; onClose: (retired: boolean) => void }) {
  const [form] = Form.useForm<{ lastDay?: Dayjs | null }>();
  const [{ fetching }, retire] = useMutation(RetirePlan);
  const [error, setError] = useState<string | null>(null);
  const onSave = async (v: { lastDay?: Dayjs | null }): Promise<string | null> => {
    if (!plan) return null;
    setError(null);
    const result = await retire({ id: plan.id, lastDay: v.lastDay!.format(DAY) });
    if (result.data) {
      onClose(true);
      return `${plan.name}第 ${plan.version} 版将于 ${v.lastDay!.format(DAY)} 后停用`;
    }
    if (result.error) setError(applyServerErrors(form, result.error, ['lastDay']));
    return null;
  };
  return (
    <FormModal<{ lastDay?: Dayjs | null }>
      form={form}
      title={`停用：${plan?.name ?? ''}第 ${plan?.version ?? ''} 版`}
      open={plan !== null}
      width={480}
      okText="停用"
      danger
      saving={fetching}
      error={error}
      notice={
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="停用后该方案不再用于新的投保单；已出单的保单不受影响。"
        />
      }
      onCancel={() => onClose(false)}
      onClosed={() => setError(null)}
      onSave={onSave}
      layout="vertical"
      initialValues={{ lastDay: dayjs() }}
    >
      <Form.Item name="lastDay" label="最后生效日" rules={[{ required: true, message: '请选择最后生效日' }]}>
        <DatePicker />
      </Form.Item>
    </FormModal>
  );
}

export function PlansPage() {
  const [provinceCode, setProvinceCode] = useState('230000');
  const [{ data: provinces }] = useQuery({ query: DivisionsQuery, variables: { parent: null } });
  const [query, refetch] = useQuery({ query: PlansQuery, variables: { provinceCode } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [publishing, setPublishing] = useState<{ base: Plan | null } | null>(null);
  const [retiring, setRetiring] = useState<Plan | null>(null);
  const today = dateTimeText(new Date(), DAY);
  const plans = [...(query.data?.insurancePlans ?? [])].sort(
    (a, b) => a.code.localeCompare(b.code) || b.version - a.version,
  );

  const columns: TableColumnsType<Plan> = [
    {
      title: '方案',
      key: 'name',
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <span>{p.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {p.label}
          </Typography.Text>
        </Space>
      ),
    },
    { title: '版本', dataIndex: 'version', key: 'version', width: 90, render: (v: number) => `第 ${v} 版` },
    {
      title: '生效期间',
      key: 'period',
      render: (_, p) => `${dateText(p.effectiveFrom)} 至 ${p.effectiveTo ? dateText(p.effectiveTo) : '长期'}`,
    },
    {
      title: '状态',
      key: 'state',
      width: 90,
      render: (_, p) => {
        const s = planState(p, today);
        return <Tag color={s.color}>{s.label}</Tag>;
      },
    },
    { title: '费率', key: 'rates', render: (_, p) => p.rateTiers.map((t) => t.rateLabel).join(' / ') },
    {
      title: '最低保费(元)',
      key: 'minimum',
      align: 'right',
      render: (_, p) => yuanText(p.minimumPremiumYuan),
    },
    {
      title: '浮动范围',
      key: 'floating',
      render: (_, p) => `${ratioText(p.floatingFloor)} 至 ${ratioText(p.floatingCap)}`,
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, p) => {
        const state = planState(p, today);
        return (
          <Space size={8}>
            <PlanDetailLink plan={p} />
            {state.label !== '已停用' && (
              <>
                <Button type="link" size="small" onClick={() => setPublishing({ base: p })}>
                  发布新版本
                </Button>
                <Button type="link" size="small" danger onClick={() => setRetiring(p)}>
                  停用
                </Button>
              </>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <Card
      title="方案管理"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setPublishing({ base: null })}>
          发布新方案
        </Button>
      }
    >
      <Space style={{ marginBottom: 16 }}>
        <span>省份：</span>
        <Select<string>
          aria-label="省份"
          showSearch={{ optionFilterProp: 'label' }}
          value={provinceCode}
          style={{ width: 200 }}
          onChange={setProvinceCode}
          options={(provinces?.divisions ?? [{ code: '230000', name: '黑龙江省' }]).map((d) => ({
            value: d.code,
            label: d.name,
          }))}
        />
      </Space>
      {query.error && (
        <Alert type="error" showIcon title={errorMessage(query.error)} style={{ marginBottom: 16 }} />
      )}
      <Table<Plan>
        rowKey="id"
        columns={columns}
        dataSource={plans}
        loading={query.fetching}
        pagination={false}
        locale={{ emptyText: '该省份暂无方案' }}
      />
      {publishing && (
        <PublishModal
          provinceCode={provinceCode}
          base={publishing.base}
          open
          onClose={(published) => {
            setPublishing(null);
            if (published) reload();
          }}
        />
      )}
      <RetireModal
        plan={retiring}
        onClose={(retired) => {
          setRetiring(null);
          if (retired) reload();
        }}
      />
    </Card>
  );
}
