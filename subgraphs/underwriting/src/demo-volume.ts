// The demo world's underwriting (@anze/demo): plans A/B/C, the market's insurers and brokers with their partnerships,
// and every demo project's state — drafts, 待复审 (some overdue), 复审不通过, 可出单, 已撤回 and ~60 % 已投保 with
// their 台帐 rows, 顺延 and prevention-fee entries. Premiums are computed as the service computes them. Each
// application's current state is announced by its event (projects, documents and analytics follow), in the batch's
// transaction. Written in bulk (one insert per table and batch, batches in flight): the bench world's ~375,000
// applications in minutes, not the unit of work's ~45. Idempotent per batch: existing applications are skipped.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@anze/auth';
import { OutboxMessage, outboxRow } from '@anze/events';
import { insertRows } from '@anze/orm';
import {
  DEMO_BROKERS,
  DEMO_INSURERS,
  DEMO_PARTNERSHIPS,
  DEMO_SIZES,
  demoEnterprises,
  demoInsurance,
  demoPlans,
  demoProjects,
  preventionFeeFen,
  type DemoEnterprise,
  type DemoInsurance,
  type DemoSize,
} from '@anze/demo';
import { InsurancePlan, type IInsurancePlan } from './domain/plan.entity.ts';
import { Party, Partnership } from './domain/party.entity.ts';
import { InsuredProject, type IInsuredProject } from './domain/insured-project.entity.ts';
import {
  ApplicationChange,
  InsuranceApplication,
  type IApplicationChange,
  type IInsuranceApplication,
} from './domain/application.entity.ts';
import {
  LedgerEntry,
  Policy,
  PolicyExtension,
  PreventionFeeEntry,
  type ILedgerEntry,
  type IPolicy,
  type IPolicyExtension,
  type IPreventionFeeEntry,
} from './domain/policy.entity.ts';
import { preventionBudget, quotePremium } from './domain/premium.ts';
import { planLabel } from './domain/plan-rules.ts';
import { underwritingEvent } from './events/underwriting-events.ts';
import type { UnderwritingFact } from './domain/context.ts';

/** Projects per batch (one transaction); about 750 applications and 5,000 rows in all. */
const BATCH = 1000;
/** Batches written at once, each on its own connection: PostgreSQL works on one while Node builds the next. */
export const IN_FLIGHT = 3;
const SEED_VIEWER: Viewer = {
  kind: 'client',
  clientId: 'demo-seed',
  roles: [],
  scopes: [],
  jurisdiction: null,
};
const SEEDED_AT = new Date('2026-01-01T00:00:00Z');

/** The demo world's underwriting at `size` on `now`: @anze/demo's generator over that world's projects and market. */
export function demoUnderwriting(size: DemoSize, now: Date): Iterable<DemoInsurance> {
  const { enterprises, projects } = DEMO_SIZES[size];
  return demoInsurance(
    demoProjects(projects, demoEnterprises(enterprises)),
    DEMO_INSURERS,
    DEMO_BROKERS,
    demoPlans(),
    now,
  );
}

/** Plans, insurers, brokers and partnerships; returns the plans by id. */
export async function seedDemoMarket(em: EntityManager): Promise<Map<string, IInsurancePlan>> {
  return em.fork().transactional(async (tx) => {
    for (const plan of demoPlans())
      if (!(await tx.count(InsurancePlan, { id: plan.id })))
        tx.create(InsurancePlan, { ...plan, createdAt: SEEDED_AT });
    for (const [type, list] of [
      ['INSURER', DEMO_INSURERS],
      ['BROKER', DEMO_BROKERS],
    ] as const)
      for (const o of list)
        if (!(await tx.count(Party, { id: o.id })))
          tx.create(Party, {
            id: o.id,
            organisationType: type,
            name: o.name,
            uscc: o.uscc,
            divisionCode: o.divisionCode,
            registrationStatus: 'APPROVED',
            lastEventAt: SEEDED_AT,
          });
    for (const p of DEMO_PARTNERSHIPS)
      if (!(await tx.count(Partnership, p)))
        tx.create(Partnership, { ...p, active: true, lastEventAt: SEEDED_AT });
    await tx.flush();
    return new Map((await tx.find(InsurancePlan, {})).map((p) => [p.id, p]));
  });
}

const partners = new Map<string, string[]>();
for (const p of DEMO_PARTNERSHIPS)
  partners.set(p.insurerId, [...(partners.get(p.insurerId) ?? []), p.brokerId]);
const names = new Map([...DEMO_INSURERS, ...DEMO_BROKERS].map((o) => [o.id, o.name]));

function readers(app: { insurerId: string; brokerId?: string | null }): string[] {
  return [
    ...new Set([
      app.insurerId,
      ...(app.brokerId ? [app.brokerId] : []),
      ...(partners.get(app.insurerId) ?? []),
    ]),
  ];
}

function factOf(
  app: IInsuranceApplication,
  policy: IPolicy | null,
  plan: IInsurancePlan,
): UnderwritingFact | null {
  const r = readers(app);
  switch (app.status) {
    case 'ISSUED':
      return { type: 'policy.issued', application: app, policy: policy!, plan, readers: r };
    case 'SUBMITTED':
      return { type: 'application.submitted', application: app, readers: r };
    case 'APPROVED':
      return { type: 'application.approved', application: app, readers: r };
    case 'REJECTED':
      return { type: 'application.rejected', application: app, readers: r };
    case 'WITHDRAWN':
      return { type: 'application.withdrawn', application: app, readers: r };
    default:
      return null;
  }
}

/** A batch's rows, table by table, as the entities define them (ids and times set here: no hooks run). */
interface BatchRows {
  projects: IInsuredProject[];
  applications: IInsuranceApplication[];
  changes: IApplicationChange[];
  policies: IPolicy[];
  ledger: ILedgerEntry[];
  extensions: IPolicyExtension[];
  fees: IPreventionFeeEntry[];
  facts: Array<[IInsuranceApplication, IPolicy | null]>;
}

/** The project as projects' events will describe it (the consumer later applies the same data). */
function projectRow(d: DemoInsurance): IInsuredProject {
  const p = d.project;
  const e: DemoEnterprise = p.constructor;
  return {
    id: p.id,
    name: p.name,
    code: p.code,
    divisionCode: p.divisionCode,
    costFen: p.costFen,
    organisationId: e.id,
    constructorName: e.name,
    constructorUscc: e.uscc,
    status: p.status,
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    lastEventAt: p.createdAt,
  };
}

/** An application with its history, and its policy with the 台帐 row, 顺延 and prevention fees when issued. */
function addApplication(
  rows: BatchRows,
  d: DemoInsurance,
  plans: Map<string, IInsurancePlan>,
  preventionShare: string,
): void {
  const a = d.application!;
  const plan = plans.get(a.planId)!;
  const quote = quotePremium(plan, a.costFen, a.floatingRatio);
  const { history, accidentGrade: _grade, ...fields } = a;
  const app: IInsuranceApplication = {
    ...fields,
    planCode: plan.code,
    documents: {},
    quoteFen: quote.premiumFen,
    implausible: quote.implausible,
    reviewedBy: null,
    policyId: d.policy?.id ?? null,
    version: 1,
  };
  rows.applications.push(app);
  for (const h of history)
    rows.changes.push({
      id: randomUUID(),
      applicationId: a.id,
      action: h.action,
      at: h.at,
      actorUserId: null,
      actorOrganisationId: h.actorOrganisationId,
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      note: h.note,
    });
  let policy: IPolicy | null = null;
  if (d.policy) {
    const { extensions, preventionFees, ...pf } = d.policy;
    const premiumFen = quote.premiumFen;
    const spent = preventionFees.reduce((s, f) => s + preventionFeeFen(premiumFen, f.share), 0n);
    policy = {
      ...pf,
      premiumFen,
      quoteFen: premiumFen,
      premiumReason: null,
      implausible: quote.implausible,
      // The demo's files are not uploaded: the 保单文件 and 协议文件 point at nothing readable.
      policyDocumentId: pf.id,
      agreementDocumentId: pf.id,
      issuedBy: null,
      preventionShare,
      preventionBudgetFen: preventionBudget(premiumFen, preventionShare),
      preventionSpentFen: spent,
      version: 1,
    };
    rows.policies.push(policy);
    rows.ledger.push({
      id: randomUUID(),
      ledgerNumber: pf.ledgerNumber,
      policyId: pf.id,
      createdAt: pf.issuedAt,
      organisationId: pf.organisationId,
      divisionCode: pf.divisionCode,
      insurerId: pf.insurerId,
      brokerId: pf.brokerId,
      enterpriseName: pf.enterpriseName,
      projectName: pf.projectName,
      contactPhone: a.contactPhone,
      planLabel: planLabel(plan),
      policyNumber: pf.policyNumber,
      premiumFen,
      implausible: quote.implausible,
      insurerName: names.get(pf.insurerId) ?? '',
      brokerName: pf.brokerId ? (names.get(pf.brokerId) ?? null) : null,
    });
    for (const x of extensions) rows.extensions.push({ ...x, policyId: pf.id, actorUserId: null });
    for (const f of preventionFees)
      rows.fees.push({
        id: f.id,
        policyId: pf.id,
        date: f.date,
        serviceItem: f.serviceItem,
        amountFen: preventionFeeFen(premiumFen, f.share),
        evidenceDocumentId: null,
        note: f.note,
        recordedAt: f.recordedAt,
        actorUserId: null,
      });
  }
  rows.facts.push([app, policy]);
}

/**
 * Returns how many applications were added; `onProgress` after every batch. Bulk: each batch is one transaction
 * with one insert per table (insertRows: the rows as one JSON parameter) — the read-model projects, applications,
 * their history, policies, 台帐 rows, 顺延, prevention fees and the outbox rows of their events, so an event exists
 * iff its rows do — and up to IN_FLIGHT batches run at once on their own connections (the database does the work;
 * Node only builds rows). Idempotent per batch: projects and applications already there are skipped, so a seed
 * interrupted anywhere resumes (a batch either committed whole or not at all).
 */
export async function seedDemoInsurance(
  em: EntityManager,
  states: Iterable<DemoInsurance>,
  plans: Map<string, IInsurancePlan>,
  preventionShare: string,
  onProgress: (done: number) => void = () => {},
): Promise<number> {
  let added = 0;
  let done = 0;
  const flush = async (current: DemoInsurance[]) => {
    await em.fork().transactional(async (tx) => {
      const projectIds = current.map((d) => d.project.id);
      const known = new Set(
        (await tx.find(InsuredProject, { id: { $in: projectIds } }, { fields: ['id'] })).map((p) => p.id),
      );
      const appIds = current.flatMap((d) => (d.application ? [d.application.id] : []));
      const existing = new Set(
        (await tx.find(InsuranceApplication, { id: { $in: appIds } }, { fields: ['id'] })).map((a) => a.id),
      );
      const rows: BatchRows = {
        projects: [],
        applications: [],
        changes: [],
        policies: [],
        ledger: [],
        extensions: [],
        fees: [],
        facts: [],
      };
      for (const d of current) {
        if (!known.has(d.project.id)) rows.projects.push(projectRow(d));
        if (d.application && !existing.has(d.application.id)) addApplication(rows, d, plans, preventionShare);
      }
      const events = rows.facts.flatMap(([app, policy]) => {
        const fact = factOf(app, policy, plans.get(app.planId)!);
        return fact ? [outboxRow(underwritingEvent(fact, SEED_VIEWER))] : [];
      });
      await insertRows(tx, InsuredProject, rows.projects);
      await insertRows(tx, InsuranceApplication, rows.applications);
      await insertRows(tx, ApplicationChange, rows.changes);
      await insertRows(tx, Policy, rows.policies);
      await insertRows(tx, LedgerEntry, rows.ledger);
      await insertRows(tx, PolicyExtension, rows.extensions);
      await insertRows(tx, PreventionFeeEntry, rows.fees);
      await insertRows(tx, OutboxMessage, events);
      added += rows.applications.length;
    });
    done += current.length;
    onProgress(done);
  };
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  const launch = (current: DemoInsurance[]) => {
    const job: Promise<void> = flush(current)
      .catch((e: unknown) => void (failure ??= e))
      .finally(() => inFlight.delete(job));
    inFlight.add(job);
  };
  let batch: DemoInsurance[] = [];
  for (const d of states) {
    batch.push(d);
    if (batch.length < BATCH) continue;
    launch(batch);
    batch = [];
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    if (failure) break;
  }
  if (batch.length && !failure) launch(batch);
  await Promise.all(inFlight);
  if (failure) throw failure;
  return added;
}
