// 事故预防费 of one policy: the budget (保费 × the province's share, at most 21 %), the entries (日期, 服务项目, 金额,
// 凭证, 备注) and what remains; 新增 (the issuing insurer) is refused by the server beyond the budget, with the figures.
import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Select,
  Statistic,
  Table,
  Typography,
  Flex,
} from 'antd';
import type { TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { PreventionFeeQuery as Result } from '../../gql/graphql.ts';
import { DocumentPicker, useRenewedLinks } from '../../shared/documents/Documents.tsx';
import { FormModal } from '../../shared/form/FormModal.tsx';
import { dateText, dateTimeText } from '../../shared/format.ts';
import { applyServerErrors, errorMessage } from '../../shared/graphql/errors.ts';
import { PreventionFeeQuery, RecordPreventionFee } from './graphql.ts';
import { checkYuan, ratioText, yuanText } from './premium.ts';
import { FileLinks } from './UnderwritingParts.tsx';

type Ledger = NonNullable<Result['preventionFeeLedger']>;
type Entry = Ledger['entries'][number];

type FeeValues = {
  date?: Dayjs | null;
  serviceItem?: string;
  amountYuan?: string;
  evidenceDocumentId?: string | null;
  note?: string;
};

const FEE_FIELDS = ['date', 'serviceItem', 'amountYuan', 'evidenceDocumentId', 'note'];

function NewFeeModal({
  policyId,
  effectiveDate,
  remainingYuan,
  items,
  open,
  onClose,
}: {
  policyId: string;
  effectiveDate: string;
  remainingYuan: string;
  items: Result['preventionServiceItems'];
  open: boolean;
  onClose: (saved: boolean) => void;
}) {
  const [form] = Form.useForm<FeeValues>();
  const [{ fetching }, record] = useMutation(RecordPreventionFee);
  const [error, setError] = useState<string | null>(null);
  const today = dateTimeText(new Date(), 'YYYY-MM-DD');

  const onSave = async (v: FeeValues): Promise<string | null> => {
    setError(null);
    const result = await record({
      policyId,
      input: {
        date: v.date!.format('YYYY-MM-DD'),
        serviceItem: v.serviceItem!,
        amountYuan: (v.amountYuan ?? '').replace(/[,，\s]/g, ''),
        evidenceDocumentId: v.evidenceDocumentId || null,
        note: v.note?.trim() || null,
      },
    });
    if (result.data) {
      onClose(true);
      return '已新增事故预防费记录';
    }
    if (result.error) setError(applyServerErrors(form, result.error, FEE_FIELDS));
    return null;
  };

  return (
    <FormModal<FeeValues>
      form={form}
      title="新增事故预防费"
      open={open}
      width={640}
      saving={fetching}
      error={error}
      notice={
        <Typography.Paragraph type="secondary">
          剩余预算 {yuanText(remainingYuan)} 元，超出预算的记录不能保存。
        </Typography.Paragraph>
      }
      onCancel={() => onClose(false)}
      onClosed={() => setError(null)}
      onSave={onSave}
      layout="horizontal"
      labelCol={{ flex: '100px' }}
    >
      <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker
          disabledDate={(d) => d.format('YYYY-MM-DD') > today || d.format('YYYY-MM-DD') < effectiveDate}
        />
      </Form.Item>
      <Form.Item name="serviceItem" label="服务项目" rules={[{ required: true, message: '请选择服务项目' }]}>
        <Select options={items.map((i) => ({ value: i.code, label: `${i.code} ${i.label}` }))} />
      </Form.Item>
      <Form.Item
        name="amountYuan"
        label="金额(元)"
        required
        rules={[
          {
            validator: (_, v: string) => {
              const problem = checkYuan(v, '金额');
              return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
            },
          },
        ]}
      >
        <Input style={{ width: 200 }} suffix="元" />
      </Form.Item>
      <Form.Item name="evidenceDocumentId" label="凭证">
        <DocumentPicker kind="OTHER" label="凭证" />
      </Form.Item>
      <Form.Item name="note" label="备注">
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}

export function PreventionFeeSection({
  policyId,
  effectiveDate,
  canRecord,
  onChanged,
}: {
  policyId: string;
  effectiveDate: string;
  /** The issuing insurer records spending; brokers and regulators look. */
  canRecord: boolean;
  onChanged: () => void;
}) {
  const [query, refetch] = useQuery({ query: PreventionFeeQuery, variables: { policyId } });
  useRenewedLinks(refetch);
  const [adding, setAdding] = useState(false);
  const ledger = query.data?.preventionFeeLedger;

  const columns: TableColumnsType<Entry> = [
    { title: '日期', dataIndex: 'date', key: 'date', width: 110, render: dateText },
    { title: '服务项目', dataIndex: 'serviceItemLabel', key: 'serviceItem' },
    { title: '金额(元)', key: 'amount', align: 'right', render: (_, e) => yuanText(e.amountYuan) },
    { title: '凭证', key: 'evidence', render: (_, e) => <FileLinks doc={e.evidence} /> },
    { title: '备注', dataIndex: 'note', key: 'note', render: (n: string | null) => n ?? '—' },
    {
      title: '记录时间',
      dataIndex: 'recordedAt',
      key: 'recordedAt',
      width: 170,
      render: (v: string) => dateTimeText(v),
    },
  ];

  return (
    <Card
      title="事故预防费"
      extra={
        canRecord &&
        ledger && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            新增
          </Button>
        )
      }
    >
      {query.error && <Alert type="error" showIcon title={errorMessage(query.error)} />}
      {ledger && (
        <>
          <Flex gap={48} wrap style={{ marginBottom: 16 }}>
            <Statistic
              title={`预算（保费 × ${ratioText(ledger.share).replace('+', '')}）`}
              value={yuanText(ledger.budgetYuan)}
              suffix="元"
            />
            <Statistic title="已使用" value={yuanText(ledger.spentYuan)} suffix="元" />
            <Statistic title="剩余" value={yuanText(ledger.remainingYuan)} suffix="元" />
          </Flex>
          <Table<Entry>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={ledger.entries}
            pagination={ledger.entries.length > 10 ? { pageSize: 10, showTotal: (t) => `共 ${t} 项` } : false}
            locale={{ emptyText: '暂无事故预防费记录' }}
          />
          <NewFeeModal
            policyId={policyId}
            effectiveDate={effectiveDate}
            remainingYuan={ledger.remainingYuan}
            items={query.data?.preventionServiceItems ?? []}
            open={adding}
            onClose={(saved) => {
              setAdding(false);
              if (saved) {
                refetch({ requestPolicy: 'network-only' });
                onChanged();
              }
            }}
          />
        </>
      )}
    </Card>
  );
}
