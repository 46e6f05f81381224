// underwriting's test fixtures on the common harness: enterprises, insurers, brokers, partnerships, projects and
// uploaded files become known the way they do in production — by the producers' events, applied by the consumers.
import { randomUUID } from 'node:crypto';
import { createEvent, type EventEnvelope } from '@anze/events';
import {
  organisationEvent,
  startSubgraphHarness,
  TEST_USCC,
  type Caller,
  type SubgraphHarness,
} from '@anze/testing';
import type { PartnershipChangedData } from '@anze/identity/domain/event-catalogue';
import type { ProjectEventData } from '@anze/projects/events/catalogue';
import type { DocumentEventData } from '@anze/documents/events/catalogue';
import manifest from '../src/manifest.ts';
import type { UnderwritingConfig } from '../src/config.ts';
import type { UnderwritingService } from '../src/app.ts';
import { APPLICATION_DOCUMENTS, APPLICATION_DOCUMENT_SLOTS } from '../src/domain/dictionaries.ts';

export { waitFor } from '@anze/testing';

export type Harness = SubgraphHarness<UnderwritingConfig, UnderwritingService>;

export function startHarness(label: string, env: Record<string, string> = {}): Promise<Harness> {
  return startSubgraphHarness(manifest, { label, env: { SCHEDULER_POLLING_SECONDS: '0.5', ...env } });
}

export const PLAN_C = {
  provinceCode: '230000',
  code: 'C',
  name: '方案C',
  effectiveFrom: '2025-01-01',
  deathDisabilityLimitYuan: '600000',
  medicalLimitYuan: '50000',
  perAccidentLimitYuan: '3000000',
  cumulativeLimitYuan: '10000000',
  rateTiers: [
    { upToYuan: '10000000', rate: '0.00065' },
    { upToYuan: '100000000', rate: '0.00055' },
    { upToYuan: null, rate: '0.0004' },
  ],
  minimumPremiumYuan: '1000',
  plausibleMaximumPremiumYuan: '5000000',
  floatingRates: [
    { accidentGrade: 'NONE', ratio: '-0.10' },
    { accidentGrade: 'GENERAL', ratio: '0.10' },
    { accidentGrade: 'LARGER', ratio: '0.20' },
    { accidentGrade: 'MAJOR', ratio: '0.30' },
  ],
  floatingFloor: '-0.30',
  floatingCap: '0.30',
  description: '累计限额1000万元，每人死亡伤残限额60万元',
};

export const PUBLISH_PLAN = `mutation($i: InsurancePlanInput!) { publishInsurancePlan(input: $i) { id code version label effectiveFrom effectiveTo } }`;

function organisation(type: 'ENTERPRISE' | 'INSURER' | 'BROKER', name: string, divisionCode: string) {
  const organisationId = randomUUID();
  return {
    organisationId,
    event: organisationEvent('approved', {
      organisationId,
      organisationType: type,
      name,
      uscc: TEST_USCC,
      divisionCode,
    }),
  };
}

export function partnershipEvent(
  brokerId: string,
  insurerId: string,
  active = true,
): EventEnvelope<PartnershipChangedData> {
  return createEvent({
    type: 'identity.partnership.changed',
    version: 1,
    divisionCode: '000000',
    aggregate: { type: 'partnership', id: brokerId },
    data: { brokerId, insurerId, active },
  });
}

export function projectEvent(
  p: Partial<ProjectEventData> & { projectId: string; organisationId: string },
  type: 'registered' | 'status_changed' = 'registered',
): EventEnvelope<ProjectEventData> {
  const data: ProjectEventData = {
    code: `2408-230103-04-01-${p.projectId.slice(0, 6)}`,
    name: '哈尔滨市南岗区某住宅小区1#楼工程',
    divisionCode: '230103',
    category: 'BUILDING',
    costFen: '1234567890',
    constructorUscc: TEST_USCC,
    constructorName: '哈尔滨测试建筑工程有限公司',
    status: 'UNDER_CONSTRUCTION',
    plannedStart: '2026-03-01',
    plannedEnd: '2027-02-28',
    ...p,
  };
  return createEvent({
    type: `projects.project.${type}`,
    version: 1,
    divisionCode: data.divisionCode,
    aggregate: { type: 'project', id: data.projectId },
    data:
      type === 'status_changed'
        ? ({ ...data, from: 'UNDER_CONSTRUCTION', to: data.status } as ProjectEventData)
        : data,
  });
}

export function documentEvent(
  ownerOrganisationId: string,
  kind: string,
  contentType = 'application/pdf',
): { id: string; event: EventEnvelope<DocumentEventData> } {
  const id = randomUUID();
  return {
    id,
    event: createEvent({
      type: 'documents.document.uploaded',
      version: 1,
      divisionCode: '230103',
      aggregate: { type: 'document', id },
      data: {
        documentId: id,
        kind: kind as DocumentEventData['kind'],
        ownerOrganisationId,
        size: 1000,
        contentType,
        sha256: 'a'.repeat(64),
        divisionCode: '230103',
      },
    }),
  };
}

export interface World {
  enterprise: { id: string; caller: Caller };
  insurer: { id: string; caller: Caller };
  otherInsurer: { id: string; caller: Caller };
  broker: { id: string; caller: Caller };
  otherBroker: { id: string; caller: Caller };
  regulator: Caller;
  otherRegulator: Caller;
  admin: Caller;
  planId: string;
  /** A project of the enterprise, 在建, with its seven documents uploaded. */
  project: { id: string; documents: Record<string, string> };
  /** Another fresh project of the enterprise with documents. */
  newProject(over?: Partial<ProjectEventData>): Promise<{ id: string; documents: Record<string, string> }>;
  /** The insurer's 保单文件 and 协议文件. */
  policyFiles(): Promise<{ policy: string; agreement: string }>;
}

/** The parties, a plan, and a project with its documents, as the events of identity, projects and documents bring them. */
export async function world(h: Harness): Promise<World> {
  const ent = organisation('ENTERPRISE', '哈尔滨测试建筑工程有限公司', '230103');
  const ins = organisation('INSURER', '中国人民财产保险股份有限公司黑龙江省分公司', '230000');
  const ins2 = organisation('INSURER', '中国平安财产保险股份有限公司黑龙江分公司', '230000');
  const bro = organisation('BROKER', '昆仑保险经纪股份有限公司黑龙江分公司', '230000');
  const bro2 = organisation('BROKER', '江泰保险经纪股份有限公司黑龙江分公司', '230000');
  await h.deliver(
    ent.event,
    ins.event,
    ins2.event,
    bro.event,
    bro2.event,
    partnershipEvent(bro.organisationId, ins.organisationId),
  );
  const as = (roles: Parameters<Harness['as']>[0]['roles'], organisationId: string, jurisdiction: string) =>
    h.as({ roles, organisationId, jurisdiction });
  const admin = await h.as({ roles: ['PLATFORM_ADMIN'] });
  const plan = await admin.ok<{ publishInsurancePlan: { id: string } }>(PUBLISH_PLAN, {
    variables: { i: PLAN_C },
  });
  const newProject = async (over: Partial<ProjectEventData> = {}) => {
    const id = randomUUID();
    const docs = APPLICATION_DOCUMENT_SLOTS.map((slot) => ({
      slot,
      ...documentEvent(ent.organisationId, APPLICATION_DOCUMENTS[slot].kind),
    }));
    await h.deliver(
      projectEvent({ projectId: id, organisationId: ent.organisationId, ...over }),
      ...docs.map((d) => d.event),
    );
    return { id, documents: Object.fromEntries(docs.map((d) => [d.slot, d.id])) };
  };
  return {
    enterprise: { id: ent.organisationId, caller: await as(['ENTERPRISE'], ent.organisationId, '230103') },
    insurer: { id: ins.organisationId, caller: await as(['INSURER'], ins.organisationId, '230000') },
    otherInsurer: { id: ins2.organisationId, caller: await as(['INSURER'], ins2.organisationId, '230000') },
    broker: { id: bro.organisationId, caller: await as(['BROKER'], bro.organisationId, '230000') },
    otherBroker: { id: bro2.organisationId, caller: await as(['BROKER'], bro2.organisationId, '230000') },
    regulator: await h.as({ roles: ['REGULATOR'], jurisdiction: '230100' }),
    otherRegulator: await h.as({ roles: ['REGULATOR'], jurisdiction: '230200' }),
    admin,
    planId: plan.publishInsurancePlan.id,
    project: await newProject(),
    newProject,
    policyFiles: async () => {
      const policy = documentEvent(ins.organisationId, 'POLICY');
      const agreement = documentEvent(ins.organisationId, 'AGREEMENT');
      await h.deliver(policy.event, agreement.event);
      return { policy: policy.id, agreement: agreement.id };
    },
  };
}

export const APPLICATION_FIELDS = `id projectId projectName projectCode investmentWan costYuan divisionCode organisationId
  enterpriseName contactPhone insurerId insurerName brokerId brokerName plan { id code label } status statusLabel
  agreementAccepted quoteYuan floatingRatio floatingReason reviewOpinion submittedAt reviewDueAt overdue implausible
  version documents { businessLicense { id } agreement { id } }`;

export const SAVE = `mutation($id: ID, $v: Int, $i: ApplicationInput!) { saveInsuranceApplication(id: $id, version: $v, input: $i) { ${APPLICATION_FIELDS} } }`;
export const SUBMIT = `mutation($id: ID!, $v: Int!) { submitInsuranceApplication(id: $id, version: $v) { ${APPLICATION_FIELDS} } }`;
export const WITHDRAW = `mutation($id: ID!, $r: String) { withdrawInsuranceApplication(id: $id, reason: $r) { id status } }`;
export const REVIEW = `mutation($id: ID!, $v: Int!, $i: ReviewInput!) { reviewInsuranceApplication(id: $id, version: $v, input: $i) { ${APPLICATION_FIELDS} } }`;
export const ISSUE = `mutation($id: ID!, $v: Int!, $i: IssuePolicyInput!) { issuePolicy(applicationId: $id, version: $v, input: $i) {
  id policyNumber premiumYuan quoteYuan status statusLabel ledgerNumber preventionBudgetYuan effectiveDate expiryDate
  implausible premiumReason insurerName brokerName coverageShort } }`;

export function applicationInput(w: World, project = w.project, over: Record<string, unknown> = {}) {
  return {
    projectId: project.id,
    insurerId: w.insurer.id,
    brokerId: w.broker.id,
    planId: w.planId,
    contactPhone: '13936313636',
    documents: project.documents,
    agreementAccepted: true,
    ...over,
  };
}

export interface AppRow {
  id: string;
  version: number;
  status: string;
  quoteYuan: string;
  [k: string]: unknown;
}

/** A project's application saved and submitted: 待复审. */
export async function submitted(
  w: World,
  project = w.project,
  over: Record<string, unknown> = {},
): Promise<AppRow> {
  const saved = await w.enterprise.caller.ok<{ saveInsuranceApplication: AppRow }>(SAVE, {
    variables: { i: applicationInput(w, project, over) },
  });
  const s = saved.saveInsuranceApplication;
  return (
    await w.enterprise.caller.ok<{ submitInsuranceApplication: AppRow }>(SUBMIT, {
      variables: { id: s.id, v: s.version },
    })
  ).submitInsuranceApplication;
}

export function issueInput(files: { policy: string; agreement: string }, over: Record<string, unknown> = {}) {
  return {
    ownerUnit: '哈尔滨某房地产开发有限公司',
    projectName: '哈尔滨市南岗区某住宅小区1#楼工程',
    projectCode: '2408-230103-04-01-996708',
    premiumYuan: '7222.22',
    effectiveDate: '2026-03-01',
    expiryDate: '2027-02-28',
    policyNumber: `PHLJ2026${Math.floor(Math.random() * 1e9)}`,
    policyDocumentId: files.policy,
    agreementDocumentId: files.agreement,
    agreementAccepted: true,
    ...over,
  };
}
