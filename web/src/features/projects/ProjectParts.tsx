// Small pieces shared by the 项目信息 screens.
import { Tag, Typography } from 'antd';
import type { ProjectStatus } from '../../gql/graphql.ts';
import { PROJECT_STATUS } from '../../shared/labels.ts';
import { groupThousands } from '../../shared/format.ts';

export function ProjectStatusTag({ status, label }: { status: ProjectStatus; label?: string }) {
  const s = PROJECT_STATUS[status];
  return <Tag color={s.color}>{label ?? s.label}</Tag>;
}

/** 工程造价 (元) with 投资规模 (万元) under it: the two provinces' manuals each use one of them. */
export function ProjectAmount({ costYuan, investmentWan }: { costYuan: string; investmentWan: string }) {
  return (
    <span>
      {groupThousands(costYuan)} 元
      <br />
      <Typography.Text type="secondary">{groupThousands(investmentWan)} 万元</Typography.Text>
    </span>
  );
}
