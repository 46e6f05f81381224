// Change history (who, when, per field from → to): what it shows of a project and of a major hazard source, and the
// field changes between two states. Pure; project-change.repository.ts writes and reads the entries.
import { maskPhone } from '@anze/auth';
import type { FieldChangeRecord } from './project-change.entity.ts';
import type { IProject } from './project.entity.ts';
import type { IMajorHazardSource } from './major-hazard.entity.ts';
import { fenToYuan } from './money.ts';

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

/** What history shows for a project: every stored field rendered as text. */
export function projectSnapshot(
  p: Pick<
    IProject,
    | 'name'
    | 'code'
    | 'divisionCode'
    | 'detailAddress'
    | 'longitude'
    | 'latitude'
    | 'costFen'
    | 'ownerUnit'
    | 'constructorName'
    | 'constructorUscc'
    | 'category'
    | 'durationDays'
    | 'plannedStart'
    | 'plannedEnd'
  >,
): Snapshot {
  return {
    name: p.name,
    code: p.code,
    divisionCode: p.divisionCode,
    detailAddress: p.detailAddress ?? null,
    longitude: p.longitude == null ? null : String(p.longitude),
    latitude: p.latitude == null ? null : String(p.latitude),
    costYuan: fenToYuan(p.costFen),
    ownerUnit: p.ownerUnit,
    constructorName: p.constructorName,
    constructorUscc: p.constructorUscc,
    category: p.category,
    durationDays: String(p.durationDays),
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
  };
}

type MajorHazardFields = Pick<
  IMajorHazardSource,
  | 'type'
  | 'location'
  | 'controlMeasures'
  | 'responsiblePerson'
  | 'responsiblePhone'
  | 'periodStart'
  | 'periodEnd'
>;

/** What history shows for a major hazard source: the phone masked (history is read by regulators too). */
export function majorHazardSnapshot(h: MajorHazardFields): Snapshot {
  return {
    'majorHazard.type': h.type,
    'majorHazard.location': h.location,
    'majorHazard.controlMeasures': h.controlMeasures,
    'majorHazard.responsiblePerson': h.responsiblePerson,
    'majorHazard.responsiblePhone': maskPhone(h.responsiblePhone),
    'majorHazard.periodStart': h.periodStart,
    'majorHazard.periodEnd': h.periodEnd,
  };
}

/** The changes of an edit; the masked phone may hide one, so the real values decide whether the phone changed. */
export function majorHazardChanges(before: MajorHazardFields, after: MajorHazardFields): FieldChangeRecord[] {
  const from = majorHazardSnapshot(before);
  const to = majorHazardSnapshot(after);
  const changes = diff(from, to);
  if (before.responsiblePhone !== after.responsiblePhone && !changes.some((c) => c.field.endsWith('Phone'))) {
    changes.push({
      field: 'majorHazard.responsiblePhone',
      from: from['majorHazard.responsiblePhone']!,
      to: to['majorHazard.responsiblePhone']!,
    });
  }
  return changes;
}
