// 理赔详情: one claim as entered (项目, 出险, 事故类别, counts, amounts, dates, 备注), its grade and flags, the open
// request for 补充材料, every transition (history) and every 更正; the insurer's and the enterprise's actions on top.
import { Alert, Card, Empty, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { DetailDescriptions, DetailPage, DetailPending } from '../../shared/detail/Detail.tsx';
import { dateText, dateTimeText } from '../../shared/format.ts';
import { TransitionHistory } from '../../shared/detail/TransitionHistory.tsx';
import { hasAnyRole, useViewer } from '../../shared/session/AuthContext.tsx';
import type { ClaimStatus } from '../../gql/graphql.ts';
import { ClaimFlagTags, ClaimStatusTag } from './ClaimParts.tsx';
import { money } from './money.ts';
import { ClaimQuery, type ClaimDetail } from './graphql.ts';
import { CLAIM_PATHS } from './routes.ts';
import { useClaimActions, type ClaimsViewer } from './PolicyClaimsSection.tsx';

type CorrectionRow = ClaimDetail['corrections'][number];

const CORRECTION_COLUMNS: TableColumnsType<CorrectionRow> = [
  { title: '时间', dataIndex: 'at', key: 'at', width: 170, render: (v: string) => dateTimeText(v) },
  { title: '更正项', dataIndex: 'label', key: 'label', width: 110 },
  { title: '原值', dataIndex: 'from', key: 'from', width: 130, render: (v: string | null) => v ?? '—' },
  { title: '更正为', dataIndex: 'to', key: 'to', width: 130, render: (v: string | null) => v ?? '—' },
  { title: '更正原因', dataIndex: 'reason', key: 'reason' },
];

/** 返回 leads to the viewer's 理赔信息. */
function listPathOf(roles: readonly string[]): string {
  if (roles.includes('INSURER') || roles.includes('BROKER')) return CLAIM_PATHS.insurer;
  if (roles.includes('ENTERPRISE')) return CLAIM_PATHS.enterprise;
  return CLAIM_PATHS.regulator;
}

export function ClaimDetailPage() {
  const { id = '' } = useParams();
  const user = useViewer();
  const viewer: ClaimsViewer = hasAnyRole(user, ['INSURER'])
    ? 'insurer'
    : hasAnyRole(user, ['ENTERPRISE'])
      ? 'enterprise'
      : 'reader';
  const [query, refetch] = useQuery({
    query: ClaimQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const actions = useClaimActions(viewer, () => refetch({ requestPolicy: 'network-only' }));
  const claim = query.data?.claim;
  if (!claim) {
    return (
      <DetailPending
        title="理赔详情"
        query={query}
        missing={<Empty description="理赔不存在或无权查看" style={{ padding: 48 }} />}
      />
    );
  }
  return (
    <DetailPage
      title="理赔详情"
      backTo={listPathOf(user.roles)}
      notices={
        claim.supplementRequested && (
          <Alert type="warning" showIcon title={`保险机构要求补充材料：${claim.supplementNote ?? ''}`} />
        )
      }
      actions={actions.buttons(claim)}
      sections={
        <>
          <Card title="处理记录">
            <TransitionHistory
              history={claim.history}
              statusTag={(status: ClaimStatus) => <ClaimStatusTag status={status} />}
            />
          </Card>
          <Card title="更正记录">
            <Table<CorrectionRow>
              rowKey="id"
              size="small"
              columns={CORRECTION_COLUMNS}
              dataSource={claim.corrections}
              pagination={false}
              locale={{ emptyText: '暂无更正记录' }}
            />
          </Card>
          {actions.modal}
        </>
      }
    >
      <DetailDescriptions
        column={{ xs: 1, lg: 2 }}
        items={[
          ['理赔编号', claim.claimNumber],
          [
            '状态',
            <Space key="status" size={4} wrap>
              <ClaimStatusTag status={claim.status} />
              <ClaimFlagTags claim={claim} />
            </Space>,
          ],
          ['项目名称', claim.projectName],
          ['项目代码', claim.projectCode],
          ['保单号', claim.policyNumber],
          ['报案方', claim.reportedBy === 'ENTERPRISE' ? '施工企业报案' : '保险机构录入'],
          ['出险日期', dateText(claim.accidentDate)],
          ['出险地点', claim.accidentPlace],
          ['事故类别', `${claim.categoryLabel}（${claim.categoryStandard}）`],
          ['事故等级', claim.gradeLabel],
          ['伤残人数', claim.injuredCount],
          ['死亡人数', claim.deathCount],
          ['估损金额(元)', money(claim.estimatedLossYuan)],
          ['直接经济损失(元)', money(claim.directLossYuan)],
          ['提交日期', dateText(claim.reportedDate)],
          ['受理时间', dateTimeText(claim.acceptedAt) || '—'],
          ['决定期限', dateTimeText(claim.decisionDueAt) || '—'],
          ['已决日期', dateText(claim.settledDate) || '—'],
          ['已决金额(元)', money(claim.settledAmountYuan)],
          ['拒赔原因', claim.declineReason ?? '—'],
          ['事故经过', claim.description],
          ['备注', claim.remark ?? '—'],
        ]}
      />
    </DetailPage>
  );
}
