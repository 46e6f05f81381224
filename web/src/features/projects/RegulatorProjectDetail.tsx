// 项目信息 查看 (regulator): one project read-only, with its 重大危险源登记. Responsible persons' phones arrive masked
// from the API for regulators and are shown as they are.
import { Alert, Table } from 'antd';
import { useQuery } from 'urql';
import {
  DetailDescriptions,
  DetailDrawer,
  DetailSection,
  type DetailItem,
} from '../../shared/detail/Detail.tsx';
import { maskedColumn } from '../../shared/list/ListPage.tsx';
import { RegulatorProjectQuery } from './graphql.ts';
import type { RegulatorProjectQuery as ProjectResult } from '../../gql/graphql.ts';
import { ProjectStatusTag } from './ProjectParts.tsx';
import { dateRange, dateTimeText, groupThousands } from '../../shared/format.ts';

type Project = NonNullable<ProjectResult['project']>;
type Hazard = Project['majorHazards'][number];

function ProjectDescriptions({ project: p }: { project: Project }) {
  const items: DetailItem[] = [
    ['项目名称', p.name],
    ['项目代码', p.code],
    ['行政区划代码', p.divisionCode],
    ['项目地址', p.address],
    ['详细地址', p.detailAddress ?? ''],
    ['经纬度', p.longitude !== null && p.longitude !== undefined ? `${p.longitude}, ${p.latitude}` : ''],
    ['工程造价(元)', groupThousands(p.costYuan)],
    ['投资规模(万元)', groupThousands(p.investmentWan)],
    ['建设单位', p.ownerUnit],
    ['施工企业', p.constructorName],
    ['统一社会信用代码', p.constructorUscc],
    ['项目类别', p.categoryLabel],
    ['项目工期(天)', String(p.durationDays)],
    ['计划开工日期', String(p.plannedStart)],
    ['计划竣工日期', String(p.plannedEnd)],
    ['状态', <ProjectStatusTag key="s" status={p.status} label={p.statusLabel} />],
    ['登记时间', dateTimeText(p.createdAt)],
    ['更新时间', dateTimeText(p.updatedAt)],
  ];
  return <DetailDescriptions items={items} />;
}

function MajorHazardTable({ hazards }: { hazards: readonly Hazard[] }) {
  return (
    <Table<Hazard>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={[...hazards]}
      locale={{ emptyText: '未登记重大危险源' }}
      columns={[
        { title: '危险源类别', dataIndex: 'typeLabel', key: 'type' },
        { title: '部位', dataIndex: 'location', key: 'location' },
        { title: '管控措施', dataIndex: 'controlMeasures', key: 'controlMeasures' },
        { title: '责任人', dataIndex: 'responsiblePerson', key: 'responsiblePerson' },
        maskedColumn('责任人电话', 'responsiblePhone'),
        { title: '起止日期', key: 'period', render: (_, h) => dateRange(h.periodStart, h.periodEnd) },
      ]}
    />
  );
}

export function ProjectDetailDrawer({
  projectId,
  onClose,
}: {
  projectId: string | null;
  onClose: () => void;
}) {
  const [query] = useQuery({
    query: RegulatorProjectQuery,
    variables: { id: projectId ?? '' },
    pause: projectId === null,
  });
  const project = query.data?.project;
  return (
    <DetailDrawer
      title="项目详情"
      open={projectId !== null}
      onClose={onClose}
      query={query}
      missing={<Alert type="warning" title="项目不存在或无权查看" />}
    >
      {project && (
        <>
          <ProjectDescriptions project={project} />
          <DetailSection title="重大危险源">
            <MajorHazardTable hazards={project.majorHazards} />
          </DetailSection>
        </>
      )}
    </DetailDrawer>
  );
}
