// analytics' test fixtures on the common harness: events as identity's, projects' and underwriting's relays publish
// them, and the statistics as an administrator reads them.
import { randomBytes, randomUUID } from 'node:crypto';
import { createEvent } from '@anze/events';
import {
  organisationEvent as organisationEnvelope,
  policyEvent as policyEnvelope,
  startSubgraphHarness,
  type OrganisationEventData,
  type OrganisationEventKind,
  type SubgraphHarness,
} from '@anze/testing';
import type { ProjectEventData, ProjectUpdatedData } from '@anze/projects/events/catalogue';
import type { ClaimEvent, OrganisationEvent, PolicyEvent, ProjectEvent } from '../src/domain/facts.ts';
import manifest from '../src/manifest.ts';
import type { AnalyticsConfig } from '../src/config.ts';
import type { AnalyticsService } from '../src/app.ts';

export type Harness = SubgraphHarness<AnalyticsConfig, AnalyticsService>;

export const startHarness = (label: string, env: Record<string, string> = {}): Promise<Harness> =>
  startSubgraphHarness(manifest, {
    label,
    env: {
      ANALYTICS_PENDING_CACHE_MS: '0',
      // Messages in flight when a service stops come back after the ack wait: keep restarts quick.
      ANALYTICS_ACK_WAIT_MS: '2000',
      ...env,
    },
  });

// ---- events as identity and projects publish them (the contracts in README.md) ----

let clock = Date.parse('2026-01-01T00:00:00Z');
/** Strictly increasing occurredAt, so "later" in a test is later for the facts' field versions too. */
function tick(): string {
  clock += 1000;
  return new Date(clock).toISOString();
}

export interface ProjectData {
  projectId: string;
  divisionCode: string;
  constructorUscc: string;
  status: ProjectEventData['status'];
}

/** The payload projects publishes for a project (its catalogue's shape), from what a test varies. */
function projectData(p: ProjectData): ProjectEventData {
  return {
    projectId: p.projectId,
    code: `XM-${p.projectId.slice(0, 8)}`,
    name: '测试工程',
    divisionCode: p.divisionCode,
    category: 'BUILDING',
    costFen: '1200000000',
    constructorUscc: p.constructorUscc,
    constructorName: '测试建筑工程有限公司',
    organisationId: p.projectId,
    status: p.status,
    plannedStart: '2026-01-01',
    plannedEnd: '2027-01-01',
  };
}

/** When a test fixes it, the event's occurredAt; otherwise one second after the previous event's. */
export interface EventTime {
  occurredAt?: string;
}

/** A project event as the consumer reads it: `data` typed from projects' catalogue (the callers' annotations). */
function projectEnvelope(type: ProjectEvent['type'], data: ProjectEvent['data'], o: EventTime): ProjectEvent {
  const envelope = createEvent({
    type,
    divisionCode: data.divisionCode,
    aggregate: { type: 'project', id: data.projectId },
    occurredAt: o.occurredAt ?? tick(),
    data,
  });
  return { ...envelope, type } as ProjectEvent;
}

/** An extra field a later version might add: consumers must tolerate it. */
type FutureField = { futureField: { anything: boolean } };

export function projectEvent(
  kind: 'registered' | 'updated',
  p: ProjectData,
  changed: string[] = [],
  o: EventTime = {},
) {
  if (kind === 'registered') {
    const data: ProjectEventData & FutureField = { ...projectData(p), futureField: { anything: true } };
    return projectEnvelope('projects.project.registered', data, o);
  }
  const data: ProjectUpdatedData & FutureField = {
    ...projectData(p),
    changedFields: changed,
    futureField: { anything: true },
  };
  return projectEnvelope('projects.project.updated', data, o);
}

export function statusChanged(p: ProjectData, from: ProjectData['status'], o: EventTime = {}) {
  return projectEnvelope('projects.project.status_changed', { ...projectData(p), from, to: p.status }, o);
}

/** What analytics reads of an organisation; the rest of the payload is the shared fixture's. */
export type OrganisationData = Pick<
  OrganisationEventData,
  'organisationId' | 'organisationType' | 'uscc' | 'divisionCode' | 'registrationStatus'
>;

/** An organisation event as the consumer reads it: `data` typed from identity's catalogue. */
export function organisationEvent(
  kind: OrganisationEventKind,
  o: Partial<OrganisationData> & { organisationId: string },
  t: EventTime = {},
): OrganisationEvent {
  return organisationEnvelope(kind, o, { occurredAt: t.occurredAt ?? tick() }) as OrganisationEvent;
}

/**
 * underwriting.policy.<kind> of a project, as underwriting publishes it: a new policy each time unless `policyId`
 * names one (a 顺延 of it).
 */
export function policyEvent(
  kind: 'issued' | 'extended',
  p: Pick<ProjectData, 'projectId' | 'divisionCode'>,
  o: EventTime & { policyId?: string } = {},
): PolicyEvent {
  const envelope = policyEnvelope(
    kind,
    {
      applicationId: randomUUID(),
      policyId: o.policyId ?? randomUUID(),
      projectId: p.projectId,
      divisionCode: p.divisionCode,
      insurerId: randomUUID(),
    },
    { occurredAt: o.occurredAt ?? tick() },
  );
  return envelope as PolicyEvent;
}

/** What analytics reads of a claim; the rest of the payload is fixed. */
export interface ClaimData {
  claimId: string;
  /** County of the project's site. */
  divisionCode: string;
  status: ClaimEvent['data']['status'];
  settledAmountFen: string | null;
}

export type ClaimEventKind = ClaimEvent['type'] extends `claims.claim.${infer K}` ? K : never;

/**
 * claims.claim.<kind> as claims publishes it: the whole claim after the change (its catalogue's shape), plus what the
 * kind adds. `id` fixes the event id (ties on occurredAt are broken by it).
 */
export function claimEvent(
  kind: ClaimEventKind,
  c: ClaimData,
  o: EventTime & { id?: string } = {},
): ClaimEvent {
  const extra =
    kind === 'accepted' || kind === 'reopened' || kind === 'decision_overdue'
      ? { decisionDueAt: '2026-04-01T00:00:00.000Z' }
      : kind === 'corrected'
        ? { correctedFields: ['settledAmountYuan'] }
        : {};
  const data = {
    claimId: c.claimId,
    claimNumber: `LP-20260301-${c.claimId
      .slice(0, 6)
      .toUpperCase()
      .replace(/[^0-9A-F]/g, '0')}`,
    policyId: c.claimId,
    policyNumber: `PICC2026${c.claimId.slice(0, 8).toUpperCase()}`,
    projectId: c.claimId,
    projectCode: `XM-${c.claimId.slice(0, 8)}`,
    divisionCode: c.divisionCode,
    organisationId: c.claimId,
    insurerId: c.claimId,
    brokerId: null,
    status: c.status,
    accidentDate: '2026-03-01',
    categoryStandard: 'GB/T 6441-1986',
    categoryCode: '09',
    injuredCount: 1,
    deathCount: 0,
    estimatedLossFen: '5000000',
    directLossFen: null,
    settledAmountFen: c.settledAmountFen,
    settledDate: c.settledAmountFen === null ? null : '2026-03-20',
    reportedDate: '2026-03-02',
    grade: 'GENERAL',
    lateReported: false,
    likelyDuplicate: false,
    reportedBy: 'ENTERPRISE',
    ...extra,
  };
  const envelope = createEvent({
    type: `claims.claim.${kind}`,
    divisionCode: c.divisionCode,
    aggregate: { type: 'claim', id: c.claimId },
    occurredAt: o.occurredAt ?? tick(),
    data,
  });
  return { ...envelope, id: o.id ?? envelope.id } as ClaimEvent;
}

let usccCounter = 0;
/** A distinct 18-character code per call (analytics does not check USCC digits; identity and projects do). */
export function uscc(): string {
  usccCounter++;
  return `91230100${String(usccCounter).padStart(6, '0')}${randomBytes(2).toString('hex').toUpperCase()}`;
}

export const id = () => randomUUID();

export const METRICS = `query ($code: String) {
  regulatorMetrics(divisionCode: $code) {
    divisionCode divisionName level projectTotal enterprisesWithProjects registeredEnterprises
    registrationRatio { numerator denominator percentage }
    insuredProjects insuranceRatio { numerator denominator percentage }
    claimCount claimAmountYuan
    children { divisionCode divisionName level projectTotal enterprisesWithProjects registeredEnterprises
      registrationRatio { numerator denominator percentage }
      insuredProjects insuranceRatio { numerator denominator percentage } claimCount claimAmountYuan }
    freshness { lastEventOccurredAt lastAppliedAt lagSeconds pending sources { source pending lastStreamSequence } }
  }
}`;

export interface Metrics {
  divisionCode: string;
  divisionName: string;
  level: string;
  projectTotal: number;
  enterprisesWithProjects: number;
  registeredEnterprises: number;
  registrationRatio: { numerator: number; denominator: number; percentage: number | null };
  insuredProjects: number;
  insuranceRatio: { numerator: number; denominator: number; percentage: number | null };
  claimCount: number;
  claimAmountYuan: string;
  children: Array<Omit<Metrics, 'children' | 'freshness'>>;
  freshness: {
    lastEventOccurredAt: string | null;
    lastAppliedAt: string | null;
    lagSeconds: number | null;
    pending: number | null;
    sources: Array<{ source: string; pending: number | null; lastStreamSequence: number | null }>;
  };
}

/** 项目总数, enterprises with projects, registered enterprises of a division, as an admin sees them. */
export async function numbers(h: Harness, code: string): Promise<[number, number, number]> {
  const token = await h.token({ roles: ['PLATFORM_ADMIN'] });
  const m = (await h.ok<{ regulatorMetrics: Metrics }>(METRICS, { token, variables: { code } }))
    .regulatorMetrics;
  return [m.projectTotal, m.enterprisesWithProjects, m.registeredEnterprises];
}

/** 投保笔数, and 投保比率 as numerator / denominator, of a division as an admin sees them. */
export async function insurance(h: Harness, code: string): Promise<[number, number, number]> {
  const token = await h.token({ roles: ['PLATFORM_ADMIN'] });
  const m = (await h.ok<{ regulatorMetrics: Metrics }>(METRICS, { token, variables: { code } }))
    .regulatorMetrics;
  return [m.insuredProjects, m.insuranceRatio.numerator, m.insuranceRatio.denominator];
}

/** 出险笔数 and 赔款金额 (元) of a division, as an admin sees them. */
export async function claimFigures(h: Harness, code: string): Promise<[number, string]> {
  const token = await h.token({ roles: ['PLATFORM_ADMIN'] });
  const m = (await h.ok<{ regulatorMetrics: Metrics }>(METRICS, { token, variables: { code } }))
    .regulatorMetrics;
  return [m.claimCount, m.claimAmountYuan];
}

/**
 * Counter rows as stored — division, 项目总数, enterprises with projects, registered enterprises, 投保笔数, insured valid
 * projects, 出险笔数, 赔款金额 (分) — without all-zero rows (the live path keeps them, a rebuild does not create them).
 */
export async function counterRows(h: Harness): Promise<string[]> {
  const rows = await h.em().execute<Array<Record<string, unknown>>>(
    `select division_code, project_total, enterprises_with_projects, registered_enterprises, insured_projects,
       insured_valid_projects, claims_recorded, settled_amount_fen from division_counter
       where project_total <> 0 or enterprises_with_projects <> 0 or registered_enterprises <> 0
         or insured_projects <> 0 or insured_valid_projects <> 0 or claims_recorded <> 0 or settled_amount_fen <> 0
       order by division_code`,
  );
  return rows.map(
    (r) =>
      `${r.division_code} ${r.project_total} ${r.enterprises_with_projects} ${r.registered_enterprises} ` +
      `${r.insured_projects} ${r.insured_valid_projects} ${r.claims_recorded} ${r.settled_amount_fen}`,
  );
}
