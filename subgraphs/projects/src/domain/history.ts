// Change history (who, when, per field from → to), written in the transaction of the change.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@anze/auth';
import {
  ProjectChange,
  type ChangeAction,
  type FieldChangeRecord,
  type IProjectChange,
} from './project-change.entity.ts';

export const FIELD_LABELS: Record<string, string> = {
  name: '项目名称',
  code: '项目代码',
  divisionCode: '行政区划代码',
  detailAddress: '详细地址',
  longitude: '经度',
  latitude: '纬度',
  costYuan: '工程造价(元)',
  ownerUnit: '建设单位',
  constructorName: '施工企业',
  constructorUscc: '统一社会信用代码',
  category: '项目类别',
  durationDays: '项目工期(天)',
  plannedStart: '计划开工日期',
  plannedEnd: '计划竣工日期',
  status: '状态',
  'majorHazard.type': '危险源类别',
  'majorHazard.location': '部位',
  'majorHazard.controlMeasures': '管控措施',
  'majorHazard.responsiblePerson': '责任人',
  'majorHazard.responsiblePhone': '责任人电话',
  'majorHazard.periodStart': '开始日期',
  'majorHazard.periodEnd': '结束日期',
};

type Snapshot = Record<string, string | null>;

/** Field changes between two snapshots (values already rendered as strings); unchanged fields are left out. */
export function diff(before: Snapshot, after: Snapshot): FieldChangeRecord[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: FieldChangeRecord[] = [];
  for (const field of fields) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (from !== to) changes.push({ field, from, to });
  }
  return changes;
}

export function recordChange(
  em: EntityManager,
  viewer: Viewer,
  entry: {
    projectId: string;
    action: ChangeAction;
    changes: FieldChangeRecord[];
    reason?: string | null;
    majorHazardId?: string | null;
  },
): void {
  em.create(ProjectChange, {
    projectId: entry.projectId,
    action: entry.action,
    changes: entry.changes,
    reason: entry.reason ?? null,
    majorHazardId: entry.majorHazardId ?? null,
    actorUserId:
      viewer.kind === 'user' ? viewer.userId : viewer.kind === 'client' ? `client:${viewer.clientId}` : null,
    actorOrganisationId: viewer.kind === 'user' ? viewer.organisationId : null,
    at: new Date(),
  });
}

/** A project's history, newest first (项目变更记录). */
export function projectHistory(em: EntityManager, projectId: string): Promise<IProjectChange[]> {
  return em.find(ProjectChange, { projectId }, { orderBy: { at: 'desc', id: 'desc' } });
}
