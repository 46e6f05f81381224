// 处理记录 of a record that moves through states (an application, a claim): every transition, newest first (the
// server's order), with its time, action, from → to as the record's state tags and the note.
import { Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { dateTimeText } from '../format.ts';

export type Transition<Status extends string> = {
  id: string;
  at: string;
  actionLabel: string;
  fromStatus?: Status | null;
  toStatus?: Status | null;
  note?: string | null;
};

export function TransitionHistory<Status extends string, Row extends Transition<Status>>({
  history,
  statusTag,
}: {
  history: readonly Row[];
  statusTag: (status: Status) => ReactNode;
}) {
  const columns: TableColumnsType<Row> = [
    { title: '时间', dataIndex: 'at', key: 'at', width: 170, render: (v: string) => dateTimeText(v) },
    { title: '操作', dataIndex: 'actionLabel', key: 'action', width: 140 },
    {
      title: '状态',
      key: 'status',
      width: 200,
      render: (_, e) =>
        e.toStatus && e.toStatus !== e.fromStatus ? (
          <Space size={4}>
            {e.fromStatus && statusTag(e.fromStatus)}
            {e.fromStatus && '→'}
            {statusTag(e.toStatus)}
          </Space>
        ) : (
          '—'
        ),
    },
    { title: '说明', dataIndex: 'note', key: 'note', render: (n: string | null) => n ?? '—' },
  ];
  return (
    <Table<Row>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={history}
      locale={{ emptyText: '暂无记录' }}
      pagination={history.length > 10 ? { pageSize: 10, showTotal: (t) => `共 ${t} 项` } : false}
    />
  );
}
