// The fields of an application as the manual's 详情 lists them, for the enterprise's 查看投保单 and the insurer's 详情.
import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { DetailDescriptions, type DetailItem } from '../../shared/detail/Detail.tsx';
import { dateTimeText, groupThousands } from '../../shared/format.ts';
import type { Application } from './graphql.ts';
import { ratioText } from './premium.ts';
import { ApplicationStatusTag, PlanDetailLink, PremiumText, ReviewDue } from './UnderwritingParts.tsx';

export function ApplicationDescriptions({
  application: a,
  phone,
}: {
  application: Application;
  /** 联系电话 with what may be done with it (查看完整信息); default: as sent (masked). */
  phone?: ReactNode;
}) {
  const items: DetailItem[] = [
    ['施工企业', a.enterpriseName],
    ['统一社会信用代码', a.enterpriseUscc],
    ['项目名称', a.projectName],
    ['项目代码', a.projectCode],
    ['投资规模(万元)', groupThousands(a.investmentWan)],
    ['联系电话', phone ?? a.contactPhone],
    ['经纪公司', a.brokerName ?? '—'],
    ['保险机构', a.insurerName],
    [
      '方案',
      <Space key="plan">
        <span>
          {a.plan.name}（{a.plan.label}）
        </span>
        <PlanDetailLink plan={a.plan} />
      </Space>,
    ],
    ['预计保费(元)', <PremiumText key="quote" yuan={a.quoteYuan} implausible={a.implausible} />],
    [
      '浮动比例',
      a.floatingReason ? `${ratioText(a.floatingRatio)}（${a.floatingReason}）` : ratioText(a.floatingRatio),
    ],
    ['投保状态', <ApplicationStatusTag key="status" status={a.status} label={a.statusLabel} />],
    ['提交时间', dateTimeText(a.submittedAt) || '—'],
    ['复审期限', <ReviewDue key="due" dueAt={a.reviewDueAt ?? null} overdue={a.overdue} />],
    ['审核时间', dateTimeText(a.reviewedAt) || '—'],
    [
      '审核意见',
      a.reviewOpinion ? (
        <Typography.Text key="opinion" type={a.status === 'REJECTED' ? 'danger' : undefined}>
          {a.reviewOpinion}
        </Typography.Text>
      ) : (
        '—'
      ),
    ],
    ['我已阅读并同意《用户协议》', a.agreementAccepted ? '已勾选' : '未勾选'],
  ];
  return <DetailDescriptions items={items} column={{ xs: 1, lg: 2 }} />;
}
