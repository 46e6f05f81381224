// 保单信息 › 理赔 (the manual's 二.3): the claims of one policy, 累计金额 (元) over it against the plan's limits, 新增理赔
// (the insurer) or 报案 (the enterprise), and per claim the transitions its state allows. Brokers and regulators look.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Skeleton, Statistic, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../shared/graphql/errors.ts';
import { enterpriseActions, insurerActions, type ClaimAction } from './claims.ts';
import { ClaimActionButtons, ClaimActionModal, claimColumns, ReportClaimModal } from './ClaimParts.tsx';
import { money } from './money.ts';
import { ClaimPolicyQuery, type ClaimRow } from './graphql.ts';

/** Who looks at the policy's claims: its insurer handles them, its enterprise reports and answers, others look. */
export type ClaimsViewer = 'insurer' | 'enterprise' | 'reader';

/** The transitions of a claim for a viewer, and the dialog they open. */
export function useClaimActions(viewer: ClaimsViewer, onChanged: () => void) {
  const [acting, setActing] = useState<{ claim: ClaimRow; action: ClaimAction } | null>(null);
  const actionsOf = (c: ClaimRow): ClaimAction[] =>
    viewer === 'insurer'
      ? insurerActions(c.status, c.settledAmountYuan)
      : viewer === 'enterprise'
        ? enterpriseActions(c)
        : [];
  const buttons = (c: ClaimRow) => (
    <ClaimActionButtons actions={actionsOf(c)} onAction={(action) => setActing({ claim: c, action })} />
  );
  const column: TableColumnsType<ClaimRow>[number] = {
    title: '操作',
    key: 'actions',
    width: 130,
    render: (_, c) => buttons(c),
  };
  const modal = acting && (
    <ClaimActionModal
      key={`${acting.claim.id}-${acting.action}`}
      claim={acting.claim}
      action={acting.action}
      onClose={(saved) => {
        setActing(null);
        if (saved) onChanged();
      }}
    />
  );
  return { buttons, column: viewer === 'reader' ? null : column, modal };
}

export function PolicyClaimsSection({ policyId, viewer }: { policyId: string; viewer: ClaimsViewer }) {
  // Others act on the same claims (the enterprise answers, the insurer settles): fetched again on each visit.
  const [query, refetch] = useQuery({
    query: ClaimPolicyQuery,
    variables: { policyId },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [reporting, setReporting] = useState(false);
  const actions = useClaimActions(viewer, reload);
  const policy = query.data?.claimPolicy;
  const canReport = viewer === 'insurer' || viewer === 'enterprise';
  const loaded = Boolean(policy);
  // 保单信息's 理赔 leads here (#claims): shown once the claims are there.
  useEffect(() => {
    if (loaded && window.location.hash === '#claims') document.getElementById('claims')?.scrollIntoView();
  }, [loaded]);

  return (
    <Card
      id="claims"
      title="理赔信息"
      extra={
        canReport &&
        policy && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setReporting(true)}>
            {viewer === 'insurer' ? '新增理赔' : '报案'}
          </Button>
        )
      }
    >
      {query.error && <Alert type="error" showIcon title={errorMessage(query.error)} />}
      {!policy &&
        !query.error &&
        (query.fetching ? <Skeleton active /> : <Alert type="info" title="理赔尚未收到该保单" />)}
      {policy && (
        <>
          <Flex gap={48} wrap style={{ marginBottom: 16 }}>
            <Statistic title="累计金额（元）" value={money(policy.settledTotalYuan)} />
            <Statistic title="累计限额（元）" value={money(policy.cumulativeLimitYuan)} />
            <Statistic title="每次事故限额（元）" value={money(policy.perAccidentLimitYuan)} />
            <Statistic title="每人死亡伤残限额（元）" value={money(policy.deathDisabilityLimitYuan)} />
            <Statistic title="每人医疗费用限额（元）" value={money(policy.medicalLimitYuan)} />
          </Flex>
          <Table<ClaimRow>
            rowKey="id"
            size="small"
            columns={[...claimColumns<ClaimRow>(false), ...(actions.column ? [actions.column] : [])]}
            dataSource={policy.claims}
            scroll={{ x: 'max-content' }}
            pagination={policy.claims.length > 10 ? { pageSize: 10, showTotal: (t) => `共 ${t} 项` } : false}
            locale={{ emptyText: '暂无理赔' }}
          />
          {actions.modal}
          <ReportClaimModal
            policy={policy}
            byInsurer={viewer === 'insurer'}
            open={reporting}
            onClose={(saved) => {
              setReporting(false);
              if (saved) reload();
            }}
          />
        </>
      )}
    </Card>
  );
}
