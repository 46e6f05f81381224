import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { MAJOR_HAZARD_TYPE_VALUES } from './dictionaries.ts';

/** 重大危险源登记: registered by the enterprise per project. */
export const MajorHazardSource = defineEntity({
  name: 'MajorHazardSource',
  tableName: 'major_hazard_source',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    projectId: p.uuid().index(),
    type: p.enum(MAJOR_HAZARD_TYPE_VALUES),
    location: p.string().length(200),
    controlMeasures: p.text(),
    responsiblePerson: p.string().length(50),
    responsiblePhone: p.string().length(20),
    periodStart: p.date(),
    periodEnd: p.date(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});
export type IMajorHazardSource = InferEntity<typeof MajorHazardSource>;
