import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { INSURANCE_STATUS_VALUES, PROJECT_CATEGORY_VALUES, PROJECT_STATUS_VALUES } from './dictionaries.ts';
import type { InsuranceRegisters } from './insurance.ts';

// Indexes for the 500 000-row regulator list: division-code prefix (LIKE '2301%' needs text_pattern_ops whatever the
// collation) with status and 登记时间, so a city's newest projects come straight off the index (see bench/README.md,
// projects benchmark, for the measurements behind them); pg_trgm GIN indexes
// for 项目名称 / 单位名称 contains (ILIKE '%…%'), created by the initial migration's `create extension pg_trgm`.
// 投保状态 the same way as the status (division prefix, then 投保状态 and 登记时间); the reader organisations in a GIN
// index (an insurer's or a broker's list: `reader_organisation_ids @> array[…]`).
export const Project = defineEntity({
  name: 'Project',
  tableName: 'project',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    /** 项目名称 */
    name: p.string().length(200),
    /** 项目代码, upper case (from the provincial investment-project approval platform). */
    code: p.string().length(64).index(),
    /** 行政区划代码 (county level, where the site is). */
    divisionCode: p.string().length(6),
    /** 详细地址 */
    detailAddress: p.string().length(300).nullable(),
    /** WGS-84 site coordinates: check-in geofencing measures distances to them. */
    longitude: p.double().runtimeType('number').$type<number>().nullable(),
    latitude: p.double().runtimeType('number').$type<number>().nullable(),
    /** 工程造价 in 分: the one canonical amount; 元 and 万元 are derived. */
    costFen: p.bigint('bigint'),
    /** 建设单位 */
    ownerUnit: p.string().length(200),
    /** 施工企业 and its 统一社会信用代码, copied from the enterprise read model at creation. */
    constructorName: p.string().length(200),
    constructorUscc: p.string().length(18),
    category: p.enum(PROJECT_CATEGORY_VALUES),
    /** 项目工期 (天) */
    durationDays: p.integer(),
    plannedStart: p.date(),
    plannedEnd: p.date(),
    status: p.enum(PROJECT_STATUS_VALUES),
    /** The recording enterprise (identity's organisation id). */
    organisationId: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version(),
    // The project's insurance, kept from underwriting's events by events/insurance-consumer.ts (domain/insurance.ts):
    // written with a plain UPDATE that leaves `version` and `updated_at` alone, so it never conflicts with the
    // enterprise's edits.
    /** 投保状态 */
    insuranceStatus: p
      .enum(INSURANCE_STATUS_VALUES)
      .defaultRaw(`'UNINSURED'`)
      .onCreate(() => 'UNINSURED' as const),
    /** 保险机构 and 经纪公司 (identity's organisation ids): the policy's, else those of the open application. */
    insurerId: p.uuid().nullable(),
    brokerId: p.uuid().nullable(),
    /** 保费 of the policy in 分. */
    insuredPremiumFen: p.bigint('bigint').nullable(),
    /** The insurer issued it outside the plan's plausible bounds (confirmed at 出单): flagged in the regulator's list. */
    insuredPremiumImplausible: p.boolean().default(false),
    /** 保单号 */
    policyNumber: p.string().length(64).nullable(),
    /** 承保时间 (the policy's issue) */
    insuredAt: p.datetime().nullable(),
    /** 保险期间: 生效日期 and 终止日期 (after any 顺延). */
    policyStart: p.date().nullable(),
    policyEnd: p.date().nullable(),
    /**
     * Who reads the project besides the enterprise and the regulators: the insurer, the named broker and the brokers
     * partnering with the insurer, of the policy and of the open application (the events' readerOrganisationIds).
     */
    readerOrganisationIds: p
      .array<string>()
      .columnType('uuid[]')
      .defaultRaw(`'{}'`)
      .onCreate(() => []),
    /** The fold's registers with the version of the event that set each (insurance.ts); null before any event. */
    insurance: p.json<InsuranceRegisters>().nullable(),
  },
  indexes: [
    { properties: ['organisationId', 'createdAt'] },
    { properties: ['createdAt'] },
    { properties: ['status', 'createdAt'] },
    // A province's 投保状态 = 已投保 (293,577 rows in the bench world): the newest 20 come off this index (0.13 ms);
    // the (division prefix, 投保状态, 登记时间) index gives no 登记时间 order over a prefix range, so PostgreSQL
    // sorted all of them (1.25 s). A county's search still takes that one (division equality first).
    { properties: ['insuranceStatus', 'createdAt'] },
    {
      name: 'project_division_prefix_index',
      expression:
        'create index "project_division_prefix_index" on "project" ("division_code" text_pattern_ops, "created_at")',
    },
    {
      // 项目名称 included: the list's `total` over division + status + name is counted from the index alone
      // (an index-only scan) instead of visiting a heap page for nearly every row of the county.
      name: 'project_division_status_name_index',
      expression:
        'create index "project_division_status_name_index" on "project" ("division_code" text_pattern_ops, "status", "created_at") include ("name")',
    },
    {
      name: 'project_division_insurance_index',
      expression:
        'create index "project_division_insurance_index" on "project" ("division_code" text_pattern_ops, "insurance_status", "created_at")',
    },
    {
      name: 'project_reader_organisations_index',
      expression:
        'create index "project_reader_organisations_index" on "project" using gin ("reader_organisation_ids")',
    },
    {
      name: 'project_name_trgm_index',
      expression: 'create index "project_name_trgm_index" on "project" using gin ("name" gin_trgm_ops)',
    },
    {
      name: 'project_owner_unit_trgm_index',
      expression:
        'create index "project_owner_unit_trgm_index" on "project" using gin ("owner_unit" gin_trgm_ops)',
    },
    {
      name: 'project_constructor_name_trgm_index',
      expression:
        'create index "project_constructor_name_trgm_index" on "project" using gin ("constructor_name" gin_trgm_ops)',
    },
  ],
  // Keep project_division_count exact, once per statement (its migrations create the function and say why a trigger,
  // and why per statement). Declared here so the schema diff knows them.
  triggers: (['insert', 'update', 'delete'] as const).map((event) => {
    const transitions = {
      insert: 'new table as new_rows',
      update: 'old table as old_rows new table as new_rows',
      delete: 'old table as old_rows',
    }[event];
    return {
      name: `project_division_count_${event}`,
      timing: 'after' as const,
      events: [event],
      forEach: 'statement' as const,
      expression: `create trigger project_division_count_${event} after ${event} on "project"
  referencing ${transitions} for each statement execute function project_division_count_apply();`,
    };
  }),
});
export type IProject = InferEntity<typeof Project>;

/** The columns only the insurance consumer writes (saveProjectInsurance); a new project starts 未投保 without them. */
export type ProjectInsuranceField =
  | 'insuranceStatus'
  | 'insurerId'
  | 'brokerId'
  | 'insuredPremiumFen'
  | 'insuredPremiumImplausible'
  | 'policyNumber'
  | 'insuredAt'
  | 'policyStart'
  | 'policyEnd'
  | 'readerOrganisationIds'
  | 'insurance';
