// 重大危险源登记 on the project detail: the project's registrations with 新增 / 编辑 / 删除 in a modal form. Every
// change lands in the project's 变更记录 (server side), hence onChanged reloads the whole project.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, Popconfirm, Select, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { FormModal } from '../../shared/form/FormModal.tsx';
import { applyServerErrors, errorCode, errorMessage } from '../../shared/graphql/errors.ts';
import {
  ProjectDictionariesQuery,
  RegisterMajorHazard,
  RemoveMajorHazard,
  UpdateMajorHazard,
} from './graphql.ts';
import type { MajorHazardFieldsFragment as MajorHazard, MajorHazardType } from '../../gql/graphql.ts';
import { dateRange, dateText } from '../../shared/format.ts';
import { maskedColumn } from '../../shared/list/ListPage.tsx';

type HazardFormValues = {
  type: MajorHazardType;
  location: string;
  controlMeasures: string;
  responsiblePerson: string;
  responsiblePhone: string;
  period: [Dayjs, Dayjs];
};

const DAY = 'YYYY-MM-DD';
const HAZARD_FIELDS = [
  'type',
  'location',
  'controlMeasures',
  'responsiblePerson',
  'responsiblePhone',
  'period',
];
/** The server names the two ends of the period; the form has one range field. */
const HAZARD_FIELD_ALIAS = { periodStart: 'period', periodEnd: 'period' };

/** null: closed; 'new': 新增; a hazard: 编辑. */
type Editing = null | 'new' | MajorHazard;

function MajorHazardModal({
  projectId,
  editing,
  onClose,
}: {
  projectId: string;
  editing: Editing;
  onClose: (changed: boolean) => void;
}) {
  const [form] = Form.useForm<HazardFormValues>();
  const [{ data: dict }] = useQuery({ query: ProjectDictionariesQuery });
  const [{ fetching: registering }, register] = useMutation(RegisterMajorHazard);
  const [{ fetching: updating }, update] = useMutation(UpdateMajorHazard);
  const [error, setError] = useState<string | null>(null);
  const existing = editing && editing !== 'new' ? editing : null;

  const onSave = async (v: HazardFormValues): Promise<string | null> => {
    setError(null);
    const input = {
      type: v.type,
      location: v.location.trim(),
      controlMeasures: v.controlMeasures.trim(),
      responsiblePerson: v.responsiblePerson.trim(),
      responsiblePhone: v.responsiblePhone.trim(),
      periodStart: v.period[0].format(DAY),
      periodEnd: v.period[1].format(DAY),
    };
    const result = existing
      ? await update({ id: existing.id, version: existing.version, input })
      : await register({ projectId, input });
    if (result.data) {
      onClose(true);
      return existing ? '已保存' : '已登记';
    }
    if (result.error) {
      setError(
        errorCode(result.error) === 'CONFLICT' && existing
          ? `${errorMessage(result.error)}。请关闭后刷新再编辑。`
          : applyServerErrors(form, result.error, HAZARD_FIELDS, HAZARD_FIELD_ALIAS),
      );
    }
    return null;
  };

  return (
    <FormModal<HazardFormValues>
      form={form}
      title={existing ? '编辑重大危险源' : '新增重大危险源'}
      open={editing !== null}
      width={640}
      saving={registering || updating}
      error={error}
      onCancel={() => onClose(false)}
      onClosed={() => setError(null)}
      onSave={onSave}
      layout="horizontal"
      labelCol={{ flex: '110px' }}
      wrapperCol={{ flex: 'auto' }}
      initialValues={
        existing
          ? {
              type: existing.type,
              location: existing.location,
              controlMeasures: existing.controlMeasures,
              responsiblePerson: existing.responsiblePerson,
              responsiblePhone: existing.responsiblePhone,
              period: [dayjs(dateText(existing.periodStart)), dayjs(dateText(existing.periodEnd))],
            }
          : undefined
      }
    >
      <Form.Item name="type" label="危险源类别" rules={[{ required: true, message: '请选择危险源类别' }]}>
        <Select
          placeholder="请选择"
          loading={!dict}
          options={dict?.majorHazardTypes.map((t) => ({ value: t.value, label: t.label })) ?? []}
        />
      </Form.Item>
      <Form.Item
        name="location"
        label="部位 / 位置"
        rules={[{ required: true, whitespace: true, message: '请输入部位或位置' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="controlMeasures"
        label="管控措施"
        rules={[{ required: true, whitespace: true, message: '请输入管控措施' }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item
        name="responsiblePerson"
        label="责任人"
        rules={[{ required: true, whitespace: true, message: '请输入责任人' }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="responsiblePhone"
        label="责任人电话"
        rules={[{ required: true, whitespace: true, message: '请输入责任人电话' }]}
      >
        <Input maxLength={20} inputMode="tel" />
      </Form.Item>
      <Form.Item name="period" label="起止日期" rules={[{ required: true, message: '请选择起止日期' }]}>
        <DatePicker.RangePicker />
      </Form.Item>
    </FormModal>
  );
}

export function MajorHazardSection({
  projectId,
  hazards,
  canRegister,
  onChanged,
}: {
  projectId: string;
  hazards: MajorHazard[];
  /** 竣工 projects take no new registrations (the server refuses them too). */
  canRegister: boolean;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Editing>(null);
  const [, remove] = useMutation(RemoveMajorHazard);

  const onRemove = async (h: MajorHazard) => {
    const result = await remove({ id: h.id });
    if (result.data) {
      message.success('已删除');
      onChanged();
    } else message.error(errorMessage(result.error));
  };

  const columns: TableColumnsType<MajorHazard> = [
    { title: '危险源类别', dataIndex: 'typeLabel', key: 'type' },
    { title: '部位 / 位置', dataIndex: 'location', key: 'location' },
    {
      title: '管控措施',
      dataIndex: 'controlMeasures',
      key: 'controlMeasures',
      ellipsis: true,
      width: 280,
    },
    { title: '责任人', dataIndex: 'responsiblePerson', key: 'responsiblePerson' },
    maskedColumn('责任人电话', 'responsiblePhone'),
    {
      title: '起止日期',
      key: 'period',
      render: (_, h) => dateRange(h.periodStart, h.periodEnd),
    },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      render: (_, h) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(h)}>
            编辑
          </Button>
          <Popconfirm
            title={`确定删除“${h.typeLabel}（${h.location}）”的登记？`}
            okText="确定"
            cancelText="取消"
            onConfirm={() => onRemove(h)}
          >
            <Button type="link" size="small" danger>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Card
      title="重大危险源登记"
      extra={
        canRegister && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增
          </Button>
        )
      }
    >
      <Table<MajorHazard>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={hazards}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '暂无重大危险源登记' }}
      />
      <MajorHazardModal
        projectId={projectId}
        editing={editing}
        onClose={(changed) => {
          setEditing(null);
          if (changed) onChanged();
        }}
      />
    </Card>
  );
}
