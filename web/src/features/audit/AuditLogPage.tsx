// 审计日志 (PLATFORM_ADMIN, AUDITOR): the hash-chained audit log, newest first, and a check of the chain. 类型 is
// picked from the types identity writes (Chinese labels, audit-labels.ts); 查看 shows one record with its detail as
// labelled lines.
import { SafetyOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, Select, Tag, Typography } from 'antd';
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
import { AuditChainVerificationQuery, AuditRecordsQuery, AuditTypesQuery } from './graphql.ts';
import { AUDIT_RESULT } from '../../shared/labels.ts';
import { dateTimeText, platformDayRange } from '../../shared/format.ts';
import { FilterForm, ListPage, useListState } from '../../shared/list/ListPage.tsx';
import { DetailDescriptions, DetailDrawer, type DetailItem } from '../../shared/detail/Detail.tsx';
import { auditDetailItems, auditPartyText, auditTypeLabel, auditTypeOptions } from './audit-labels.ts';

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
  if (values.type) filter.type = values.type;
  if (values.subject?.trim()) filter.subject = values.subject.trim();
  if (values.result) filter.result = values.result;
  const [from, to] = values.range ?? [];
  if (from) filter.from = platformDayRange(from).from;
  if (to) filter.to = platformDayRange(to).to;
  return filter;
}

/** 主体 / 客体 shortened, in full on hover (and in 查看). */
function Party({ value }: { value: string | null }) {
  return <span title={value ?? undefined}>{auditPartyText(value)}</span>;
}

function ResultTag({ result }: { result: AuditResult }) {
  return <Tag color={AUDIT_RESULT[result].color}>{AUDIT_RESULT[result].label}</Tag>;
}

function columns(view: (record: AuditRecord) => void): TableColumnsType<AuditRecord> {
  return [
    { title: '序号', dataIndex: 'seq', key: 'seq', width: 80 },
    { title: '时间', dataIndex: 'at', key: 'at', width: 180, render: (v: string) => dateTimeText(v) },
    {
      title: '类型',
      dataIndex: 'type',
      key: 'type',
      render: (v: string) => <span title={v}>{auditTypeLabel(v)}</span>,
    },
    { title: '主体', dataIndex: 'subject', key: 'subject', render: (v: string) => <Party value={v} /> },
    { title: '客体', dataIndex: 'object', key: 'object', render: (v: string | null) => <Party value={v} /> },
    {
      title: '结果',
      dataIndex: 'result',
      key: 'result',
      width: 80,
      render: (r: AuditResult) => <ResultTag result={r} />,
    },
    {
      title: '详情',
      key: 'detail',
      width: 72,
      render: (_, record) => (
        <Button type="link" size="small" onClick={() => view(record)}>
          查看
        </Button>
      ),
    },
  ];
}

/** 查看: the record as labelled lines, its detail broken out field by field. */
function AuditRecordDetail({ record }: { record: AuditRecord }) {
  const items: DetailItem[] = [
    ['序号', record.seq],
    ['时间', dateTimeText(record.at)],
    [
      '类型',
      <>
        {auditTypeLabel(record.type)} <Typography.Text type="secondary">（{record.type}）</Typography.Text>
      </>,
    ],
    ['主体', record.subject],
    ['客体', record.object ?? '—'],
    ['结果', <ResultTag key="r" result={record.result} />],
    ...auditDetailItems(record.detail),
    [
      '记录哈希',
      <Typography.Text key="h" code copyable style={{ wordBreak: 'break-all' }}>
        {record.hash}
      </Typography.Text>,
    ],
  ];
  return <DetailDescriptions items={items} labelWidth={120} />;
}

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
  const [viewing, setViewing] = useState<AuditRecord | null>(null);
  const [types] = useQuery({ query: AuditTypesQuery });

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
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="全部"
              popupMatchSelectWidth={false}
              style={{ width: 200 }}
              options={auditTypeOptions(types.data?.auditTypes ?? [])}
            />
          </Form.Item>
          <Form.Item name="subject" label="主体">
            <Input allowClear placeholder="如 user:… 或登录名" style={{ width: 180 }} />
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
      columns={columns(setViewing)}
      fit
      query={query}
      rows={(d) => d.auditRecords}
      list={list}
    >
      <DetailDrawer title="审计记录" open={viewing !== null} onClose={() => setViewing(null)}>
        {viewing && <AuditRecordDetail record={viewing} />}
      </DetailDrawer>
    </ListPage>
  );
}
