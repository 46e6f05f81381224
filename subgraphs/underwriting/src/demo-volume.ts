// The demo world's underwriting (@anze/demo): plans A/B/C, the market's insurers and brokers with their partnerships,
// and every demo project's state — drafts, 待复审 (some overdue), 复审不通过, 可出单, 已撤回 and ~60 % 已投保 with
// their 台帐 rows, 顺延 and prevention-fee entries. Premiums are computed as the service computes them. Each
// application's current state is announced by its event (projects, documents and analytics follow), in the batch's
// transaction. Idempotent per batch: existing applications are skipped.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@anze/auth';
import {
  DEMO_BROKERS,
  DEMO_INSURERS,
  DEMO_PARTNERSHIPS,
  demoPlans,
  preventionFeeFen,
  type DemoEnterprise,
  type DemoInsurance,
} from '@anze/demo';
import { InsurancePlan, type IInsurancePlan } from './domain/plan.entity.ts';
import { Party, Partnership } from './domain/party.entity.ts';
import { InsuredProject } from './domain/insured-project.entity.ts';
import {
  ApplicationChange,
  InsuranceApplication,
  type IInsuranceApplication,
} from './domain/application.entity.ts';
import {
  LedgerEntry,
  Policy,
  PolicyExtension,
  PreventionFeeEntry,
  type IPolicy,
} from './domain/policy.entity.ts';
import { preventionBudget, quotePremium } from './domain/premium.ts';
import { planLabel } from './domain/plan-rules.ts';
import { publishUnderwritingFact } from './events/underwriting-events.ts';
import type { UnderwritingFact } from './domain/context.ts';

const BATCH = 500;
const SEED_VIEWER: Viewer = {
  kind: 'client',
  clientId: 'demo-seed',
  roles: [],
  scopes: [],
  jurisdiction: null,
};
const SEEDED_AT = new Date('2026-01-01T00:00:00Z');

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

/** The project as projects' events will describe it (the consumer later applies the same data). */
function addProject(tx: EntityManager, d: DemoInsurance): void {
  const p = d.project;
  const e: DemoEnterprise = p.constructor;
  tx.create(InsuredProject, {
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
  });
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

/** Returns how many applications were added; `onProgress` after every batch. */
export async function seedDemoInsurance(
  em: EntityManager,
  states: Iterable<DemoInsurance>,
  plans: Map<string, IInsurancePlan>,
  preventionShare: string,
  onProgress: (done: number) => void = () => {},
): Promise<number> {
  let added = 0;
  let done = 0;
  let batch: DemoInsurance[] = [];
  const flush = async () => {
    const current = batch;
    batch = [];
    await em.fork().transactional(async (tx) => {
      const projectIds = current.map((d) => d.project.id);
      const known = new Set(
        (await tx.find(InsuredProject, { id: { $in: projectIds } }, { fields: ['id'] })).map((p) => p.id),
      );
      const appIds = current.flatMap((d) => (d.application ? [d.application.id] : []));
      const existing = new Set(
        (await tx.find(InsuranceApplication, { id: { $in: appIds } }, { fields: ['id'] })).map((a) => a.id),
      );
      const facts: Array<[IInsuranceApplication, IPolicy | null]> = [];
      for (const d of current) {
        if (!known.has(d.project.id)) addProject(tx, d);
        const a = d.application;
        if (!a || existing.has(a.id)) continue;
        const plan = plans.get(a.planId)!;
        const quote = quotePremium(plan, a.costFen, a.floatingRatio);
        const { history, accidentGrade: _grade, ...fields } = a;
        const app = tx.create(InsuranceApplication, {
          ...fields,
          planCode: plan.code,
          documents: {},
          quoteFen: quote.premiumFen,
          implausible: quote.implausible,
          reviewedBy: null,
          policyId: d.policy?.id ?? null,
        });
        for (const h of history)
          tx.create(ApplicationChange, {
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
          policy = tx.create(Policy, {
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
          });
          tx.create(LedgerEntry, {
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
          for (const x of extensions)
            tx.create(PolicyExtension, { ...x, policyId: pf.id, actorUserId: null });
          for (const f of preventionFees)
            tx.create(PreventionFeeEntry, {
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
        facts.push([app, policy]);
        added++;
      }
      await tx.flush();
      for (const [app, policy] of facts) {
        const fact = factOf(app, policy, plans.get(app.planId)!);
        if (fact) publishUnderwritingFact(tx, fact, SEED_VIEWER);
      }
    });
    done += current.length;
    onProgress(done);
  };
  for (const d of states) {
    batch.push(d);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length) await flush();
  return added;
}
