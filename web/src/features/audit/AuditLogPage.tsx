// 审计日志 (PLATFORM_ADMIN, AUDITOR): the hash-chained audit log, newest first, and a check of the chain.
import { SafetyOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, Select, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { errorMessage } from '../../shared/graphql/errors.ts';
import type {
  AuditChainVerificationQuery as ChainVerificationResult,
  AuditFilter,
  AuditRecordsQuery as AuditRecordsResult,
  AuditResult,
} from '../../gql/graphql.ts';
import { AuditChainVerificationQuery, AuditRecordsQuery } from './graphql.ts';
import { AUDIT_RESULT } from '../../shared/labels.ts';
import { dateTimeText, platformDayRange } from '../../shared/format.ts';
import { FilterForm, ListPage, useListState } from '../../shared/list/ListPage.tsx';

type AuditRecord = AuditRecordsResult['auditRecords']['items'][number];
type AuditChainVerification = ChainVerificationResult['auditChainVerification'];

type FilterValues = {
  type?: string;
  subject?: string;
  result?: AuditResult;
  range?: [Dayjs | null, Dayjs | null];
};

function toFilter(values: FilterValues): AuditFilter {
  const filter: AuditFilter = {};
  if (values.type?.trim()) filter.type = values.type.trim();
  if (values.subject?.trim()) filter.subject = values.subject.trim();
  if (values.result) filter.result = values.result;
  const [from, to] = values.range ?? [];
  if (from) filter.from = platformDayRange(from).from;
  if (to) filter.to = platformDayRange(to).to;
  return filter;
}

const columns: TableColumnsType<AuditRecord> = [
  { title: '序号', dataIndex: 'seq', key: 'seq', width: 80 },
  {
    title: '时间',
    dataIndex: 'at',
    key: 'at',
    width: 170,
    render: (v: string) => dateTimeText(v),
  },
  { title: '类型', dataIndex: 'type', key: 'type' },
  { title: '主体', dataIndex: 'subject', key: 'subject' },
  { title: '客体', dataIndex: 'object', key: 'object', render: (v: string | null) => v ?? '—' },
  {
    title: '结果',
    dataIndex: 'result',
    key: 'result',
    width: 80,
    render: (r: AuditResult) => <Tag color={AUDIT_RESULT[r].color}>{AUDIT_RESULT[r].label}</Tag>,
  },
  {
    title: '详情',
    dataIndex: 'detail',
    key: 'detail',
    ellipsis: { showTitle: true },
    render: (v: string | null) => v ?? '',
  },
];

function ChainResult({ result }: { result: AuditChainVerification }) {
  const at = dateTimeText(result.verifiedAt);
  return result.intact ? (
    <Alert
      type="success"
      showIcon
      title="审计链完整"
      description={`已校验 ${result.recordsChecked} 条记录，校验时间 ${at}`}
    />
  ) : (
    <Alert
      type="error"
      showIcon
      title={`第 ${result.firstBrokenSeq ?? '?'} 条记录被篡改`}
      description={`审计链校验未通过（已校验 ${result.recordsChecked} 条记录，校验时间 ${at}）`}
    />
  );
}

export function AuditLogPage() {
  const client = useClient();
  const list = useListState<AuditFilter>({});
  const [query] = useQuery({
    query: AuditRecordsQuery,
    variables: { filter: list.filter, page: list.paging },
  });
  const [verifying, setVerifying] = useState(false);
  const [verification, setVerification] = useState<AuditChainVerification | null>(null);
  const [verifyError, setVerifyError] = useState<string | null>(null);

  const verify = async () => {
    setVerifying(true);
    setVerifyError(null);
    const result = await client
      .query(AuditChainVerificationQuery, {}, { requestPolicy: 'network-only' })
      .toPromise();
    setVerifying(false);
    if (result.data) setVerification(result.data.auditChainVerification);
    else setVerifyError(errorMessage(result.error));
  };

  return (
    <ListPage
      title="审计日志"
      extra={
        <Button icon={<SafetyOutlined />} loading={verifying} onClick={() => void verify()}>
          校验审计链
        </Button>
      }
      notices={
        <>
          {verification && (
            <div style={{ marginBottom: 16 }}>
              <ChainResult result={verification} />
            </div>
          )}
          {verifyError && <Alert type="error" showIcon title={verifyError} style={{ marginBottom: 16 }} />}
        </>
      }
      filters={
        <FilterForm<FilterValues> onSearch={(values) => list.search(toFilter(values))}>
          <Form.Item name="type" label="类型">
            <Input placeholder="如 auth.login.password" allowClear style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="subject" label="主体">
            <Input allowClear style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="result" label="结果">
            <Select
              allowClear
              style={{ width: 100 }}
              options={(['SUCCESS', 'FAILURE'] as const).map((r) => ({
                value: r,
                label: AUDIT_RESULT[r].label,
              }))}
            />
          </Form.Item>
          <Form.Item name="range" label="时间">
            <DatePicker.RangePicker />
          </Form.Item>
        </FilterForm>
      }
      rowKey="seq"
      columns={columns}
      query={query}
      rows={(d) => d.auditRecords}
      list={list}
    />
  );
}
