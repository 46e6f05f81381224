// 项目信息 查看 (regulator): one project read-only, with its 重大危险源登记. Responsible persons' phones arrive masked
// from the API for regulators and are shown as they are.
import { Alert, Descriptions, Drawer, Skeleton, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../shared/graphql/errors.ts';
import { RegulatorProjectQuery } from './graphql.ts';
import type { RegulatorProjectQuery as ProjectResult } from '../../gql/graphql.ts';
import { ProjectStatusTag } from './ProjectParts.tsx';
import { DATE_TIME } from '../../shared/labels.ts';
import { dateRange, groupThousands } from '../../shared/format.ts';

type Project = NonNullable<ProjectResult['project']>;
type Hazard = Project['majorHazards'][number];

function ProjectDescriptions({ project: p }: { project: Project }) {
  const items: [string, ReactNode][] = [
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
    ['登记时间', dayjs(p.createdAt).format(DATE_TIME)],
    ['更新时间', dayjs(p.updatedAt).format(DATE_TIME)],
  ];
  return (
    <Descriptions
      bordered
      column={1}
      styles={{ label: { width: 160 } }}
      items={items.map(([label, children]) => ({ key: label, label, children }))}
    />
  );
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
        { title: '责任人电话', dataIndex: 'responsiblePhone', key: 'responsiblePhone' },
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
  const [{ data, fetching, error }] = useQuery({
    query: RegulatorProjectQuery,
    variables: { id: projectId ?? '' },
    pause: projectId === null,
  });
  const project = data?.project;
  return (
    <Drawer title="项目详情" size="large" open={projectId !== null} onClose={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {fetching && !project && <Skeleton active />}
      {!fetching && !error && !project && <Alert type="warning" title="项目不存在或无权查看" />}
      {project && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <ProjectDescriptions project={project} />
          <section aria-label="重大危险源">
            <Typography.Title level={5}>重大危险源</Typography.Title>
            <MajorHazardTable hazards={project.majorHazards} />
          </section>
        </Space>
      )}
    </Drawer>
  );
}
