// 查看 of one record, once: a header (title, actions, 返回) over the manuals' label/value table and further sections,
// and what is shown before the record is there (loading, failed, not found). As a page of its own (DetailPage) or in
// a drawer opened from a list (DetailDrawer).
import { Alert, Button, Card, Descriptions, Drawer, Flex, Skeleton, Space, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { CombinedError } from 'urql';
import { errorMessage } from '../graphql/errors.ts';

/** One row of a detail: the manual's label and the value. */
export type DetailItem = readonly [label: string, value: ReactNode];

/** The label/value table of the manuals' 详情 screens. */
export function DetailDescriptions({
  items,
  column = 1,
  labelWidth = 160,
}: {
  items: readonly DetailItem[];
  column?: DescriptionsProps['column'];
  labelWidth?: number;
}) {
  return (
    <Descriptions
      bordered
      column={column}
      styles={{ label: { width: labelWidth } }}
      items={items.map(([label, children]) => ({ key: label, label, children }))}
    />
  );
}

/** The state of the query that loads the record. */
export type DetailQuery = { fetching: boolean; error?: CombinedError | undefined };

/** Before the record is there: loading, the failure, or what stands for a record that does not exist. */
function Pending({ query, missing }: { query: DetailQuery; missing: ReactNode }) {
  if (query.fetching) return <Skeleton active />;
  if (query.error) return <Alert type="error" showIcon title={errorMessage(query.error)} />;
  return missing;
}

/** A detail page whose record has not arrived (or does not exist): its card with the state. */
export function DetailPending({
  title,
  query,
  missing,
}: {
  title: string;
  query: DetailQuery;
  missing: ReactNode;
}) {
  return (
    <Card title={title}>
      <Pending query={query} missing={missing} />
    </Card>
  );
}

/** A detail page: notices on top, the header card (title, actions, 返回) with the record, further sections below. */
export function DetailPage({
  title,
  actions,
  backTo,
  notices,
  sections,
  children,
}: {
  title: string;
  /** Header buttons, before 返回. */
  actions?: ReactNode;
  /** Where 返回 leads; none: no 返回. */
  backTo?: string;
  notices?: ReactNode;
  /** Cards under the header card. */
  sections?: ReactNode;
  /** The header card's body: usually <DetailDescriptions>. */
  children: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {notices}
      <Card
        title={title}
        extra={
          <Space>
            {actions}
            {backTo && <Button onClick={() => void navigate(backTo)}>返回</Button>}
          </Space>
        }
      >
        {children}
      </Card>
      {sections}
    </Space>
  );
}

/** A detail in a drawer over its list; closing it is the way back. */
export function DetailDrawer({
  title,
  open,
  onClose,
  query,
  missing,
  children,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  /** Omitted when the list already holds the record. */
  query?: DetailQuery;
  missing?: ReactNode;
  /** The record's sections; null while it is not there. */
  children: ReactNode;
}) {
  return (
    <Drawer title={title} size="large" open={open} onClose={onClose} destroyOnHidden>
      {children ? (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {children}
        </Space>
      ) : (
        query && <Pending query={query} missing={missing} />
      )}
    </Drawer>
  );
}

/** A titled part of a detail in a drawer (重大危险源, 企业资料), with its actions on the right. */
export function DetailSection({
  title,
  extra,
  children,
}: {
  title: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-label={title}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </Flex>
      {children}
    </section>
  );
}
