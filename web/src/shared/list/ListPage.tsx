// The manuals' list screen, once: a card with the filters on top (a search form with 重置 查询 导出, or 状态 and a
// search box), the table under them with 共 N 项 and 10/20/50 条/页. A list page runs its own query (typed by its
// document) and hands its state, where the rows are in it, the columns and the filters to <ListPage>.
import { Alert, Button, Card, Form, Input, Select, Space, Table } from 'antd';
import type { TableColumnsType, TableColumnType } from 'antd';
import { useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { errorMessage } from '../graphql/errors.ts';
import { ExportButton, type ExportButtonProps } from './ExportButton.tsx';
import { FIRST_PAGE, listPagination, type Paging } from './pagination.ts';

/** Which page of the list is shown, and how to show another. */
export type ListPaging = { paging: Paging; setPaging: (next: Paging) => void };

/** A list's filter and page, kept in the component; a new filter starts again at page 1. */
export function useListState<Filter>(initial: Filter) {
  const [filter, setFilter] = useState(initial);
  const [paging, setPaging] = useState<Paging>(FIRST_PAGE);
  const search = (next: Filter) => {
    setFilter(next);
    setPaging((p) => ({ ...p, page: 1 }));
  };
  return { filter, paging, setPaging, search };
}

export function ListPage<Row extends object, Data>({
  title,
  extra,
  notices,
  filters,
  rowKey,
  columns,
  query,
  rows,
  list,
  fit = false,
  children,
}: {
  title: string;
  /** The card's header actions (新增项目, 校验审计链). */
  extra?: ReactNode;
  /** Shown above the filters (the result of an action of the page). */
  notices?: ReactNode;
  /** <FilterForm> or <StatusSearch>. */
  filters: ReactNode;
  rowKey: keyof Row & string;
  columns: TableColumnsType<Row>;
  /** The list query's state (urql's useQuery). */
  query: { data?: Data | undefined; fetching: boolean; error?: CombinedError | undefined };
  /** Where its answer holds the page of rows and the total of the search. */
  rows: (data: Data) => { items: readonly Row[]; total: number };
  list: ListPaging;
  /**
   * The columns share the card's width, long texts wrapping, instead of the table scrolling sideways: for lists whose
   * columns are chosen to fit (the manual's), with the rest behind 查看.
   */
  fit?: boolean;
  /** The page's drawers and modals. */
  children?: ReactNode;
}) {
  const { data, fetching, error } = query;
  const page = data === undefined ? undefined : rows(data);
  return (
    <Card title={title} extra={extra}>
      {notices}
      {filters}
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      <Table<Row>
        rowKey={rowKey}
        columns={columns}
        dataSource={page?.items ?? []}
        loading={fetching}
        scroll={fit ? undefined : { x: 'max-content' }}
        pagination={listPagination(list.paging, page?.total ?? 0, list.setPaging)}
      />
      {children}
    </Card>
  );
}

/** The search form of the manuals: its fields in a row, then 重置 查询 and, where the list has one, 导出. */
export function FilterForm<Values extends object>({
  onSearch,
  exporter,
  children,
}: {
  /** Called on 查询 with the form's values, and on 重置 with none. */
  onSearch: (values: Partial<Values>) => void;
  exporter?: ExportButtonProps;
  /** The Form.Items of the filters. */
  children: ReactNode;
}) {
  const [form] = Form.useForm<Values>();
  return (
    <Form<Values> form={form} layout="inline" onFinish={onSearch} style={{ marginBottom: 16, rowGap: 12 }}>
      {children}
      <Form.Item>
        <Space>
          <Button
            onClick={() => {
              form.resetFields();
              onSearch({});
            }}
          >
            重置
          </Button>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          {exporter && <ExportButton {...exporter} />}
        </Space>
      </Form.Item>
    </Form>
  );
}

const ALL = 'ALL';

/** The short filter bar: 状态 (全部 or one), applied when chosen, and a search box with 查询. */
export function StatusSearch<Status extends string>({
  status,
  statuses,
  statusWidth,
  onStatusChange,
  search,
  onSearch,
}: {
  /** null: 全部. */
  status: Status | null;
  statuses: readonly { value: Status; label: string }[];
  statusWidth: number;
  onStatusChange: (status: Status | null) => void;
  /** The search box: its accessible name, placeholder, width and the text it starts with. */
  search: { label: string; placeholder: string; width: number; initial?: string };
  onSearch: (text: string) => void;
}) {
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <span>状态：</span>
      <Select<Status | typeof ALL>
        aria-label="状态"
        value={status ?? ALL}
        style={{ width: statusWidth }}
        onChange={(v) => onStatusChange(v === ALL ? null : (v as Status))}
        options={[{ value: ALL, label: '全部' }, ...statuses.map(({ value, label }) => ({ value, label }))]}
      />
      <Input.Search
        // A new initial text (the list's state came back from the URL) re-mounts the box with it.
        key={search.initial}
        aria-label={search.label}
        placeholder={search.placeholder}
        defaultValue={search.initial}
        allowClear
        enterButton="查询"
        style={{ width: search.width }}
        onSearch={onSearch}
      />
    </Space>
  );
}

/** 序号 across pages: the first row of page 3 at 10 条/页 is 21. */
export function rowNumberColumn<Row>(paging: Paging): TableColumnType<Row> {
  return {
    title: '序号',
    key: 'index',
    width: 64,
    render: (_, __, i) => (paging.page - 1) * paging.pageSize + i + 1,
  };
}

/**
 * A column of personal data (phones, ID numbers): shown exactly as the API sends it, which is masked (138****1234)
 * for every viewer without the right to see it in full (PIPL, DOMAIN.md). Never formatted, derived or unmasked here.
 */
export function maskedColumn<Row>(title: string, dataIndex: keyof Row & string): TableColumnType<Row> {
  return { title, dataIndex, key: dataIndex };
}
