// 新增项目 and 编辑 (enterprise). Fields in the manuals' order; 施工企业 and its 统一社会信用代码 come from 企业信息
// (read-only); 项目地址 is derived from the chosen county; one amount in 元 or 万元, sent as an exact decimal string.
// After saving, the project detail shows the server's warnings (template code, duplicates): saved, but advised.
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Select,
  Skeleton,
  Space,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { DivisionCascader } from '../../shared/divisions/DivisionCascader.tsx';
import { SaveForm } from '../../shared/form/SaveForm.tsx';
import { applyServerErrors, errorCode, errorMessage } from '../../shared/graphql/errors.ts';
import { DivisionsQuery } from '../../shared/divisions/graphql.ts';
import { MyOrganisation } from '../enterprise/graphql.ts';
import { CreateProject, ProjectDictionariesQuery, ProjectQuery, UpdateProject } from './graphql.ts';
import type { ProjectFieldsFragment as Project, ProjectWarningFieldsFragment } from '../../gql/graphql.ts';
import {
  AMOUNT_UNITS,
  checkAmount,
  checkDuration,
  convertAmount,
  inclusiveDays,
  normaliseDecimal,
  PROJECT_FIELD_ALIAS,
  PROJECT_FORM_FIELDS,
  toProjectInput,
  type AmountUnit,
  type ProjectFormValues,
} from './project-form.ts';
import { dateText } from '../../shared/format.ts';
import { PROJECT_PATHS, projectPath } from './routes.ts';

/** Handed to the detail page through the router state: the warnings of the save that led there. */
export type SavedProjectState = { warnings: ProjectWarningFieldsFragment[]; created: boolean };

type FormValues = Omit<ProjectFormValues, 'plannedStart' | 'plannedEnd'> & {
  plannedStart?: Dayjs | null;
  plannedEnd?: Dayjs | null;
};

const DAY = 'YYYY-MM-DD';
const COUNTY_CODE = /^\d{4}(?!00)\d{2}$/;

function isBlank(v: number | null | undefined): boolean {
  return v === null || v === undefined;
}

/** 项目地址 of a county code, e.g. 黑龙江省哈尔滨市南岗区, from the divisions dictionary (cached). */
function useDivisionFullName(code: string | undefined, fallback: string): string {
  const client = useClient();
  const [name, setName] = useState(fallback);
  useEffect(() => {
    if (!code || !COUNTY_CODE.test(code)) {
      setName('');
      return;
    }
    let cancelled = false;
    void client
      .query(DivisionsQuery, { parent: `${code.slice(0, 4)}00` }, { requestPolicy: 'cache-first' })
      .toPromise()
      .then((r) => {
        const found = r.data?.divisions.find((d) => d.code === code);
        if (!cancelled) setName(found?.fullName ?? '');
      });
    return () => {
      cancelled = true;
    };
  }, [client, code]);
  return name;
}

function initialValues(project: Project | null): Partial<FormValues> {
  if (!project) return { amountUnit: 'WAN' };
  return {
    name: project.name,
    code: project.code,
    divisionCode: project.divisionCode,
    detailAddress: project.detailAddress ?? '',
    longitude: project.longitude,
    latitude: project.latitude,
    // Heilongjiang's manual works in 投资规模 (万元); the exact amount is the same in either unit.
    amountUnit: 'WAN',
    amount: normaliseDecimal(project.investmentWan),
    ownerUnit: project.ownerUnit,
    category: project.category,
    durationDays: project.durationDays,
    plannedStart: dayjs(dateText(project.plannedStart)),
    plannedEnd: dayjs(dateText(project.plannedEnd)),
  };
}

function ProjectForm({ project, onReload }: { project: Project | null; onReload?: () => void }) {
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const [{ data: org }] = useQuery({ query: MyOrganisation });
  const [{ data: dict }] = useQuery({ query: ProjectDictionariesQuery });
  const [{ fetching: creating }, create] = useMutation(CreateProject);
  const [{ fetching: updating }, update] = useMutation(UpdateProject);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);

  const divisionCode = Form.useWatch('divisionCode', form);
  const amountUnit = Form.useWatch('amountUnit', form) ?? 'WAN';
  const address = useDivisionFullName(divisionCode, project?.address ?? '');
  const constructor = org?.myOrganisation;

  const onValuesChange = (changed: Partial<FormValues>, all: FormValues) => {
    // 项目工期 follows the dates; the user may still adjust it by a day (contracts count with or without day one).
    if ('plannedStart' in changed || 'plannedEnd' in changed) {
      const days = inclusiveDays(all.plannedStart?.format(DAY), all.plannedEnd?.format(DAY));
      if (days !== null && days > 0) form.setFieldsValue({ durationDays: days });
    }
  };

  const onUnitChange = (to: AmountUnit) => {
    const from: AmountUnit = to === 'YUAN' ? 'WAN' : 'YUAN';
    const amount = form.getFieldValue('amount') as string | undefined;
    // Keep the amount the user typed, re-expressed exactly; the unit's own decimal limit then validates it.
    if (amount) form.setFieldsValue({ amount: convertAmount(amount, from, to) ?? amount });
    void form.validateFields(['amount']).catch(() => undefined);
  };

  const onSave = async (values: FormValues): Promise<string | null> => {
    setSaveError(null);
    setConflict(false);
    const input = toProjectInput({
      ...values,
      plannedStart: values.plannedStart!.format(DAY),
      plannedEnd: values.plannedEnd!.format(DAY),
    });
    const result = project
      ? await update({ id: project.id, version: project.version, input })
      : await create({ input });
    const payload = result.data
      ? 'createProject' in result.data
        ? result.data.createProject
        : result.data.updateProject
      : null;
    if (payload) {
      const state: SavedProjectState = { warnings: payload.warnings, created: !project };
      void navigate(projectPath(payload.project.id), { state });
      return project ? '项目已保存' : '项目已新增';
    }
    if (result.error) {
      if (errorCode(result.error) === 'CONFLICT' && project) setConflict(true);
      else setSaveError(applyServerErrors(form, result.error, PROJECT_FORM_FIELDS, PROJECT_FIELD_ALIAS));
    }
    return null;
  };

  const unit = AMOUNT_UNITS[amountUnit];
  return (
    <SaveForm<FormValues>
      form={form}
      layout="horizontal"
      labelCol={{ flex: '160px' }}
      wrapperCol={{ flex: 'auto' }}
      initialValues={initialValues(project)}
      onValuesChange={onValuesChange}
      onSave={onSave}
      style={{ maxWidth: 900 }}
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          title="该项目已被其他人修改，您的修改未保存。"
          description="请重新加载最新的项目信息后再编辑（重新加载将放弃本页未保存的修改）。"
          action={<Button onClick={onReload}>重新加载</Button>}
          style={{ marginBottom: 16 }}
        />
      )}
      {saveError && <Alert type="error" showIcon title={saveError} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="name"
        label="项目名称"
        rules={[{ required: true, whitespace: true, message: '请输入项目名称' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="code"
        label="项目代码"
        extra="黑龙江省投资项目在线审批监管平台的项目代码，例如 2408-232723-04-01-996708"
        normalize={(v: string) => v.toUpperCase()}
        rules={[
          { required: true, whitespace: true, message: '请输入项目代码' },
          { pattern: /^[A-Za-z0-9-]{3,64}$/, message: '项目代码由字母、数字和“-”组成，3至64位' },
        ]}
      >
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item
        name="divisionCode"
        label="行政区划代码"
        extra="应填报施工项目所在地区县级区划代码"
        rules={[
          { required: true, message: '请选择行政区划代码' },
          { pattern: COUNTY_CODE, message: '请选择区县级行政区划' },
        ]}
      >
        <DivisionCascader />
      </Form.Item>
      <Form.Item label="项目地址" required>
        <Input value={address} readOnly placeholder="选择行政区划后自动生成" aria-label="项目地址" />
      </Form.Item>
      <Form.Item name="detailAddress" label="项目详细地址">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="项目坐标" extra="选填，WGS-84 经纬度；经度、纬度须同时填写">
        <Space>
          <Form.Item
            name="longitude"
            noStyle
            dependencies={['latitude']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, v: number | null | undefined) =>
                  isBlank(v) !== isBlank(getFieldValue('latitude') as number | null | undefined)
                    ? Promise.reject(new Error('经度、纬度须同时填写'))
                    : Promise.resolve(),
              }),
            ]}
          >
            <InputNumber
              aria-label="经度"
              placeholder="经度"
              min={73}
              max={136}
              precision={6}
              style={{ width: 180 }}
            />
          </Form.Item>
          <Form.Item name="latitude" noStyle>
            <InputNumber
              aria-label="纬度"
              placeholder="纬度"
              min={3}
              max={54}
              precision={6}
              style={{ width: 180 }}
            />
          </Form.Item>
        </Space>
      </Form.Item>
      <Form.Item label={unit.label} required>
        <Space.Compact block>
          <Form.Item name="amountUnit" noStyle>
            <Radio.Group
              optionType="button"
              onChange={(e) => onUnitChange(e.target.value as AmountUnit)}
              options={[
                { value: 'YUAN', label: '工程造价(元)' },
                { value: 'WAN', label: '投资规模(万元)' },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="amount"
            noStyle
            rules={[
              {
                validator: (_, v: string | undefined) => {
                  const problem = checkAmount(v, form.getFieldValue('amountUnit') as AmountUnit);
                  return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                },
              },
            ]}
          >
            <Input
              aria-label={unit.label}
              inputMode="decimal"
              suffix={unit.suffix}
              style={{ maxWidth: 320 }}
            />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item
        name="ownerUnit"
        label="建设单位"
        rules={[{ required: true, whitespace: true, message: '请输入建设单位' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="施工企业" required extra="取自企业信息">
        <Input value={project?.constructorName ?? constructor?.name ?? ''} readOnly aria-label="施工企业" />
      </Form.Item>
      <Form.Item label="统一社会信用代码" required>
        <Input
          value={project?.constructorUscc ?? constructor?.uscc ?? ''}
          readOnly
          aria-label="统一社会信用代码"
        />
      </Form.Item>
      <Form.Item name="category" label="项目类别" rules={[{ required: true, message: '请选择项目类别' }]}>
        <Select
          options={dict?.projectCategories.map((c) => ({ value: c.value, label: c.label })) ?? []}
          loading={!dict}
          placeholder="请选择"
        />
      </Form.Item>
      <Form.Item
        name="durationDays"
        label="项目工期"
        dependencies={['plannedStart', 'plannedEnd']}
        rules={[
          { required: true, message: '请输入项目工期' },
          ({ getFieldValue }) => ({
            validator: (_, v: number | null) => {
              const problem = checkDuration(
                v,
                (getFieldValue('plannedStart') as Dayjs | null)?.format(DAY),
                (getFieldValue('plannedEnd') as Dayjs | null)?.format(DAY),
              );
              return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
            },
          }),
        ]}
        extra="根据计划开工、竣工日期自动计算（含首尾两日），可调整1天"
      >
        <InputNumber min={1} precision={0} suffix="天" style={{ width: 180 }} />
      </Form.Item>
      <Form.Item
        name="plannedStart"
        label="计划开工日期"
        rules={[{ required: true, message: '请选择计划开工日期' }]}
      >
        <DatePicker />
      </Form.Item>
      <Form.Item
        name="plannedEnd"
        label="计划竣工日期"
        dependencies={['plannedStart']}
        rules={[
          { required: true, message: '请选择计划竣工日期' },
          ({ getFieldValue }) => ({
            validator: (_, v: Dayjs | null) => {
              const start = getFieldValue('plannedStart') as Dayjs | null;
              return v && start && v.isBefore(start, 'day')
                ? Promise.reject(new Error('计划竣工日期不能早于计划开工日期'))
                : Promise.resolve();
            },
          }),
        ]}
      >
        <DatePicker />
      </Form.Item>
      <Form.Item label={null}>
        <Space>
          <Button type="primary" htmlType="submit" loading={creating || updating}>
            提交
          </Button>
          <Button onClick={() => void navigate(project ? projectPath(project.id) : PROJECT_PATHS.list)}>
            取消
          </Button>
        </Space>
      </Form.Item>
    </SaveForm>
  );
}

export function NewProjectPage() {
  return (
    <Card title="新增项目">
      <ProjectForm project={null} />
    </Card>
  );
}

export function EditProjectPage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ProjectQuery, variables: { id } });
  const project = data?.project ?? null;
  return (
    <Card title="编辑项目">
      {project ? (
        // A new version re-mounts the form with the reloaded values (after a CONFLICT and 重新加载).
        <ProjectForm
          key={project.version}
          project={project}
          onReload={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : fetching ? (
        <Skeleton active />
      ) : error ? (
        <Alert type="error" showIcon title={errorMessage(error)} />
      ) : (
        <Result status="404" title="项目不存在" />
      )}
    </Card>
  );
}
