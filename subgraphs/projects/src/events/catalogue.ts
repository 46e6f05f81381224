// The events projects publishes, as outside subscribers see them (docs/events/, `npm run events:catalogue`).
// project-events.ts writes exactly these payloads: its data is typed from the schemas below. No personal data: a
// major hazard's responsible person and phone, the site address and coordinates stay in this database.
import { defineEvent, field, type EventData } from '@anze/events';
import {
  MAJOR_HAZARD_TYPE_VALUES,
  PROJECT_CATEGORY_VALUES,
  PROJECT_STATUS_VALUES,
} from '../domain/dictionaries.ts';

/** The project fields every project and major-hazard event carries. */
const project = {
  projectId: field.uuid('项目 id / project id'),
  code: field.string('项目代码 / project code (provincial approval platform)'),
  name: field.string('项目名称 / project name'),
  divisionCode: field.divisionCode('项目所在县级行政区划代码 / county of the site'),
  category: field.enumOf(PROJECT_CATEGORY_VALUES, '工程类别 / category of works'),
  costFen: field.string('工程造价（分，十进制整数字符串）/ contract value in fen, a decimal integer string', {
    pattern: '^\\d+$',
  }),
  constructorUscc: field.uscc('施工企业统一社会信用代码 / USCC of the constructing enterprise'),
  constructorName: field.string('施工企业名称 / registered name of the constructing enterprise'),
  organisationId: field.uuid('登记项目的企业 id / organisation that recorded the project'),
  status: field.enumOf(PROJECT_STATUS_VALUES, '项目状态（在建/停工/竣工）/ project status'),
  plannedStart: field.date('计划开工日期 / planned start'),
  plannedEnd: field.date('计划竣工日期 / planned completion'),
};
const projectIds = ['projectId', 'code', 'divisionCode', 'constructorUscc', 'organisationId'] as const;
const changedFields = field.arrayOf(field.string(), '修改的字段 / names of the fields that changed');

export const PROJECT_REGISTERED = defineEvent({
  type: 'projects.project.registered',
  version: 1,
  aggregate: 'project',
  title: '项目已登记',
  summary: 'An enterprise recorded a new construction project (项目信息).',
  data: field.object(project),
  identifiers: projectIds,
});

export const PROJECT_UPDATED = defineEvent({
  type: 'projects.project.updated',
  version: 1,
  aggregate: 'project',
  title: '项目信息已修改',
  summary: "A project's data changed; the payload is the new state and the names of the changed fields.",
  data: field.object({ ...project, changedFields }),
  identifiers: projectIds,
});

export const PROJECT_STATUS_CHANGED = defineEvent({
  type: 'projects.project.status_changed',
  version: 1,
  aggregate: 'project',
  title: '项目状态已变更',
  summary: 'A project moved between 在建 (under construction), 停工 (suspended) and 竣工 (completed).',
  data: field.object({
    ...project,
    from: field.enumOf(PROJECT_STATUS_VALUES, '原状态 / previous status'),
    to: field.enumOf(PROJECT_STATUS_VALUES, '新状态 / new status'),
  }),
  identifiers: projectIds,
});

const hazard = {
  ...project,
  majorHazardId: field.uuid('重大危险源 id / major hazard source id'),
  hazardType: field.enumOf(MAJOR_HAZARD_TYPE_VALUES, '危险源类别 / kind of major hazard'),
  periodStart: field.date('危险期开始 / start of the hazardous period'),
  periodEnd: field.date('危险期结束 / end of the hazardous period'),
};
const hazardIds = [...projectIds, 'majorHazardId'] as const;

export const MAJOR_HAZARD_REGISTERED = defineEvent({
  type: 'projects.major_hazard.registered',
  version: 1,
  aggregate: 'major_hazard',
  title: '重大危险源已登记',
  summary: 'An enterprise registered a major hazard source (重大危险源) on one of its projects.',
  data: field.object(hazard),
  identifiers: hazardIds,
});

export const MAJOR_HAZARD_UPDATED = defineEvent({
  type: 'projects.major_hazard.updated',
  version: 1,
  aggregate: 'major_hazard',
  title: '重大危险源已修改',
  summary: 'A major hazard source changed; the payload is the new state and the names of the changed fields.',
  data: field.object({ ...hazard, changedFields }),
  identifiers: hazardIds,
});

export const MAJOR_HAZARD_REMOVED = defineEvent({
  type: 'projects.major_hazard.removed',
  version: 1,
  aggregate: 'major_hazard',
  title: '重大危险源已删除',
  summary: 'A major hazard source was removed from its project; the payload is its last state.',
  data: field.object(hazard),
  identifiers: hazardIds,
});

/** Every event projects may publish. A type missing here fails the services' event tests. */
/** projects.project.*: what consumers of projects accept (ConsumerOptions.accepts). */
export const PROJECT_EVENTS = [PROJECT_REGISTERED, PROJECT_UPDATED, PROJECT_STATUS_CHANGED] as const;

export const PROJECTS_EVENT_CATALOGUE = [
  ...PROJECT_EVENTS,
  MAJOR_HAZARD_REGISTERED,
  MAJOR_HAZARD_UPDATED,
  MAJOR_HAZARD_REMOVED,
] as const;

export type ProjectsEventType = (typeof PROJECTS_EVENT_CATALOGUE)[number]['type'];
export type ProjectEventData = EventData<typeof PROJECT_REGISTERED>;
export type ProjectUpdatedData = EventData<typeof PROJECT_UPDATED>;
export type ProjectStatusChangedData = EventData<typeof PROJECT_STATUS_CHANGED>;
export type MajorHazardEventData = EventData<typeof MAJOR_HAZARD_REGISTERED>;
export type MajorHazardUpdatedData = EventData<typeof MAJOR_HAZARD_UPDATED>;
