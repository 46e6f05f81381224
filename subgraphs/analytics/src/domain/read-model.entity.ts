// The analytics read models. Facts hold the latest known state of each project and organisation (what the
// incremental deltas are computed from); the division tables are the counters the dashboard reads.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** One row per project: where it is, whose it is (施工企业 USCC) and whether it counts (see validity.ts). */
export const ProjectFact = defineEntity({
  name: 'ProjectFact',
  tableName: 'project_fact',
  properties: {
    projectId: p.string().length(64).primary(),
    /** County-level division (区县) of the project; the city and province rows follow from it. */
    countyCode: p.string().length(6),
    /** 施工企业 统一社会信用代码; null when the event did not carry one. */
    uscc: p.string().length(18).nullable(),
    status: p.string().length(32),
    valid: p.boolean(),
    /** 已投保: a policy was issued for it (underwriting.policy.*); '' status and version while only a policy placed it. */
    insured: p.boolean().default(false),
    /** occurredAt of the newest event this row reflects. */
    lastOccurredAt: p.datetime(),
    /**
     * Version (occurredAt and event id, see facts.ts) of the event that set county_code, uscc and status: a field
     * takes a value only from a newer event, so events arriving out of order end in the same row. Null uscc_version:
     * no event carrying the USCC has been applied yet.
     */
    countyVersion: p.string().length(64),
    usccVersion: p.string().length(64).nullable(),
    statusVersion: p.string().length(64),
  },
});
export type IProjectFact = InferEntity<typeof ProjectFact>;

/** One row per organisation of identity: only its USCC and whether it counts as a registered enterprise. */
export const OrganisationFact = defineEntity({
  name: 'OrganisationFact',
  tableName: 'organisation_fact',
  properties: {
    organisationId: p.string().length(64).primary(),
    uscc: p.string().length(18).nullable().index(),
    organisationType: p.string().length(32),
    registrationStatus: p.string().length(16),
    /** ENTERPRISE with registrationStatus APPROVED: 已在平台注册的企业. */
    registered: p.boolean(),
    lastOccurredAt: p.datetime(),
    /** Versions of organisation_type, uscc and registration_status, as for project_fact. */
    typeVersion: p.string().length(64),
    usccVersion: p.string().length(64).nullable(),
    statusVersion: p.string().length(64),
  },
});

/**
 * Valid projects per (enterprise, county) — the project's own division code, so a city without counties (东莞
 * 441900) has its rows under its own code. A row exists only while the count is positive. Counties only, not every
 * level: one row per project to maintain instead of four, and whether an enterprise has valid projects in a city,
 * province or the country follows from its rows (all of them found by the key's first column).
 */
export const DivisionEnterprise = defineEntity({
  name: 'DivisionEnterprise',
  tableName: 'division_enterprise',
  properties: {
    uscc: p.string().length(18).primary(),
    divisionCode: p.string().length(6).primary(),
    validProjects: p.integer(),
  },
  primaryKeys: ['uscc', 'divisionCode'],
});

/** The dashboard's numbers per division, maintained in the transaction of each event: the query reads only these. */
export const DivisionCounter = defineEntity({
  name: 'DivisionCounter',
  tableName: 'division_counter',
  properties: {
    divisionCode: p.string().length(6).primary(),
    /** 项目总数 */
    projectTotal: p.integer().default(0),
    /** 注册比率's denominator: distinct 施工企业 with valid projects here. */
    enterprisesWithProjects: p.integer().default(0),
    /** 注册比率's numerator: those of them registered on the platform. */
    registeredEnterprises: p.integer().default(0),
    /** 投保笔数: insured projects here, each once however many policies, whatever its status. */
    insuredProjects: p.integer().default(0),
    /** 投保比率's numerator: insured valid projects (a part of 项目总数). */
    insuredValidProjects: p.integer().default(0),
    /** 出险笔数: claims recorded here, whatever their state (facts.ts claimContribution). */
    claimsRecorded: p.integer().default(0),
    /** 赔款金额 in 分: the 已决金额 entered on the claims here (claimContribution). Exact: bigint, read as a string. */
    settledAmountFen: p.bigint('string').default(0),
  },
});

/** One row per claim of claims: where it is, its state and its 已决金额 — the newest event's (facts.ts). */
export const ClaimFact = defineEntity({
  name: 'ClaimFact',
  tableName: 'claim_fact',
  properties: {
    claimId: p.string().length(64).primary(),
    /** County of the project's site. */
    countyCode: p.string().length(6),
    status: p.string().length(16),
    /** 已决金额 in 分; null until the claim is settled. */
    settledAmountFen: p.bigint('string').nullable(),
    lastOccurredAt: p.datetime(),
    /** Version (occurredAt and event id) of the event the row comes from: only a newer event replaces it. */
    version: p.string().length(64),
  },
});

/** Freshness per consumed source, written with the projection it describes. */
export const ProjectionState = defineEntity({
  name: 'ProjectionState',
  tableName: 'projection_state',
  properties: {
    source: p.string().length(128).primary(),
    lastEventId: p.uuid(),
    lastEventOccurredAt: p.datetime(),
    lastAppliedAt: p.datetime(),
    lastStreamSequence: p.bigint('number'),
  },
});
