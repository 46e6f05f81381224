import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

// projects' projects as underwriting needs them (from projects.project.* events): what the application shows and the
// premium is computed from, and whether 填报 is possible (在建 / 停工).
export const InsuredProject = defineEntity({
  name: 'InsuredProject',
  tableName: 'insured_project',
  properties: {
    id: p.uuid().primary(),
    name: p.string().length(200),
    code: p.string().length(64),
    divisionCode: p.string().length(6),
    costFen: p.bigint('bigint'),
    organisationId: p.uuid().index(),
    constructorName: p.string().length(200),
    constructorUscc: p.string().length(18),
    status: p.string().length(30),
    plannedStart: p.date(),
    plannedEnd: p.date(),
    lastEventAt: p.datetime(),
  },
});
export type IInsuredProject = InferEntity<typeof InsuredProject>;
