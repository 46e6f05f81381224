// Small pieces shared by the 项目信息 screens.
import { Tag, Typography, type TableColumnType } from 'antd';
import type { ProjectStatus } from '../../gql/graphql.ts';
import { PROJECT_STATUS } from '../../shared/labels.ts';
import { groupThousands } from '../../shared/format.ts';

export function ProjectStatusTag({ status, label }: { status: ProjectStatus; label?: string }) {
  const s = PROJECT_STATUS[status];
  return <Tag color={s.color}>{label ?? s.label}</Tag>;
}

/** 在建 / 停工 / 竣工, for the 状态 filters. */
export const PROJECT_STATUS_OPTIONS = (Object.keys(PROJECT_STATUS) as ProjectStatus[]).map((value) => ({
  value,
  label: PROJECT_STATUS[value].label,
}));

/** The 状态 column of a project list, with the server's label. */
export function projectStatusColumn<
  Row extends { status: ProjectStatus; statusLabel: string },
>(): TableColumnType<Row> {
  return {
    title: '状态',
    key: 'status',
    width: 80,
    render: (_, p) => <ProjectStatusTag status={p.status} label={p.statusLabel} />,
  };
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
