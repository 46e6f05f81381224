// CONTEXT: the insurance contract across subgraphs, through the gateway only, with the real producer: underwriting's
// events (not test fixtures) must reach projects (投保状态, who reads the project), documents (who reads the files)
// and analytics (投保笔数). The demo enterprise applies to the demo insurer through its partner broker; the insurer
// reviews and issues; the regulator filters, exports and counts.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, samplePdf } from '@anze/testing';
import { DEMO_BROKERS, DEMO_INSURERS } from '@anze/demo';
import { startPlatformTestbed, type PlatformTestbed } from '../src/testbed.ts';
// The subgraphs' own test data: a valid project form and a plan underwriting's tests price with.
import { projectInput } from '../../subgraphs/projects/test/fixtures.ts';
import { PLAN_C } from '../../subgraphs/underwriting/test/fixtures.ts';

let s: PlatformTestbed;
let base: string;
/** The policy the first test issues; the claims test reports an accident on it. */
let policyId: string;
const t: Record<string, string> = {};

before(async () => {
  s = await startPlatformTestbed();
  base = s.gateway.url.replace(/\/graphql$/, '');
  t.enterprise = await s.login(s.identity.accounts.find((a) => a.role === 'ENTERPRISE')!.username);
  t.insurer = await s.login('insurer');
  t.broker = await s.login('broker');
  t.admin = await s.login('admin');
  t.regulator = await s.login('hlj-zjt');
});
after(() => s?.close());

const call = <T>(query: string, token: string, variables?: Record<string, unknown>) =>
  s.ok<T>(query, { token, variables });

async function upload(token: string, kind: string): Promise<string> {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', new Blob([samplePdf(kind)]), `${kind}.pdf`);
  const res = await fetch(`${base}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const body = (await res.json()) as { id: string };
  assert.equal(res.status, 201, JSON.stringify(body));
  return body.id;
}

const PROJECT = projectInput({ name: '哈尔滨市南岗区投保验证综合楼工程', code: '2408-230103-04-01-771001' });

const SLOTS = {
  businessLicense: 'BUSINESS_LICENSE',
  contract: 'CONTRACT',
  legalRepIdEmblem: 'LEGAL_REP_ID_EMBLEM',
  legalRepIdPortrait: 'LEGAL_REP_ID_PORTRAIT',
  safetyLicense: 'SAFETY_LICENSE',
  qualification: 'QUALIFICATION',
  agreement: 'AGREEMENT',
};

const APPLICATION = 'id version status quoteYuan';
type Application = { id: string; version: number; status: string; quoteYuan: string };

const INSURANCE = `query($id: ID!) { project(id: $id) { insuranceStatus insurerName policyNumber insuredPremiumYuan } }`;
type Insurance = {
  project: {
    insuranceStatus: string;
    insurerName: string | null;
    policyNumber: string | null;
    insuredPremiumYuan: string | null;
  };
};
const DOCUMENT = 'query($id: ID!) { document(id: $id) { id } }';
const METRICS = '{ regulatorMetrics { insuredProjects insuranceRatio { numerator denominator } } }';
type Metrics = { regulatorMetrics: { insuredProjects: number; insuranceRatio: { numerator: number } } };

/** The insurance status as `token` reads the project, once projects has applied what underwriting published. */
const statusOf = (id: string, token: string, expected: string) =>
  eventually(async () => {
    const r = await call<Insurance>(INSURANCE, token, { id });
    assert.equal(r.project.insuranceStatus, expected);
    return r.project;
  }, 30_000);

const readable = async (token: string, id: string) =>
  !(await s.call(DOCUMENT, { token, variables: { id } })).errors?.length;

test('an application and its policy reach projects, documents and analytics through underwriting’s events', async () => {
  const before = (await call<Metrics>(METRICS, t.regulator!)).regulatorMetrics;
  const plan = await call<{ publishInsurancePlan: { id: string } }>(
    'mutation($i: InsurancePlanInput!) { publishInsurancePlan(input: $i) { id } }',
    t.admin!,
    { i: PLAN_C },
  );
  const project = (
    await eventually(
      () =>
        call<{ createProject: { project: { id: string } } }>(
          'mutation($i: ProjectInput!) { createProject(input: $i) { project { id } } }',
          t.enterprise!,
          { i: PROJECT },
        ),
      30_000,
    )
  ).createProject.project.id;
  const documents: Record<string, string> = {};
  for (const [slot, kind] of Object.entries(SLOTS)) documents[slot] = await upload(t.enterprise!, kind);

  // The demo insurer and its partner broker, as the enterprise chooses them.
  const insurers = await eventually(async () => {
    const r = await call<{
      underwritingInsurers: Array<{ id: string; name: string; brokers: Array<{ id: string }> }>;
    }>('{ underwritingInsurers { id name brokers { id } } }', t.enterprise!);
    assert.ok(r.underwritingInsurers.some((i) => i.id === DEMO_INSURERS[0]!.id && i.brokers.length > 0));
    return r.underwritingInsurers;
  }, 30_000);
  // 人保财险, the demo `insurer` account's organisation, and 昆仑保险经纪 (the `broker` account's), its partner.
  const insurer = insurers.find((i) => i.id === DEMO_INSURERS[0]!.id)!;
  assert.ok(insurer.brokers.some((b) => b.id === DEMO_BROKERS[0]!.id));
  // The project and the uploads reach underwriting through projects' and documents' events.
  const saved = await eventually(
    () =>
      call<{ saveInsuranceApplication: Application }>(
        `mutation($i: ApplicationInput!) { saveInsuranceApplication(input: $i) { ${APPLICATION} } }`,
        t.enterprise!,
        {
          i: {
            projectId: project,
            insurerId: insurer.id,
            brokerId: DEMO_BROKERS[0]!.id,
            planId: plan.publishInsurancePlan.id,
            contactPhone: '13936313636',
            documents,
            agreementAccepted: true,
          },
        },
      ),
    30_000,
  );
  const submitted = (
    await call<{ submitInsuranceApplication: Application }>(
      `mutation($id: ID!, $v: Int!) { submitInsuranceApplication(id: $id, version: $v) { ${APPLICATION} } }`,
      t.enterprise!,
      { id: saved.saveInsuranceApplication.id, v: saved.saveInsuranceApplication.version },
    )
  ).submitInsuranceApplication;

  // 待复审: the insurer and the partner broker read the project and the application's documents.
  const pending = await statusOf(project, t.insurer!, 'SUBMITTED');
  assert.equal(pending.insurerName, insurer.name);
  await statusOf(project, t.broker!, 'SUBMITTED');
  await eventually(async () => assert.ok(await readable(t.insurer!, documents.businessLicense!)), 30_000);

  const approved = (
    await call<{ reviewInsuranceApplication: Application }>(
      `mutation($id: ID!, $v: Int!, $i: ReviewInput!) { reviewInsuranceApplication(id: $id, version: $v, input: $i) { ${APPLICATION} } }`,
      t.insurer!,
      { id: submitted.id, v: submitted.version, i: { decision: 'APPROVE' } },
    )
  ).reviewInsuranceApplication;
  await statusOf(project, t.regulator!, 'APPROVED');

  const policyDocument = await upload(t.insurer!, 'POLICY');
  const agreementDocument = await upload(t.insurer!, 'AGREEMENT');
  assert.equal(await readable(t.enterprise!, policyDocument), false);
  // The insurer's uploads reach underwriting through documents' events.
  const issued = await eventually(
    () =>
      call<{ issuePolicy: { id: string } }>(
        `mutation($id: ID!, $v: Int!, $i: IssuePolicyInput!) { issuePolicy(applicationId: $id, version: $v, input: $i) { id } }`,
        t.insurer!,
        {
          id: approved.id,
          v: approved.version,
          i: {
            ownerUnit: PROJECT.ownerUnit,
            projectName: PROJECT.name,
            projectCode: PROJECT.code,
            premiumYuan: approved.quoteYuan,
            effectiveDate: '2026-03-01',
            expiryDate: '2027-02-28',
            policyNumber: 'PHLJ2026771001',
            policyDocumentId: policyDocument,
            agreementDocumentId: agreementDocument,
            agreementAccepted: true,
          },
        },
      ),
    30_000,
  );
  policyId = issued.issuePolicy.id;

  // 已投保: the regulator's filter and export, the enterprise reads its policy, analytics counts the project.
  const insured = await statusOf(project, t.regulator!, 'INSURED');
  assert.deepEqual(insured, {
    insuranceStatus: 'INSURED',
    insurerName: insurer.name,
    policyNumber: 'PHLJ2026771001',
    insuredPremiumYuan: approved.quoteYuan,
  });
  const list = await call<{ projects: { items: Array<{ id: string }> } }>(
    '{ projects(filter: { insuranceStatus: INSURED }) { items { id } } }',
    t.regulator!,
  );
  assert.deepEqual(
    list.projects.items.map((p) => p.id),
    [project],
  );
  const csv = await fetch(`${base}/exports/projects?format=csv&insuranceStatus=INSURED`, {
    headers: { authorization: `Bearer ${t.regulator}` },
  });
  const [header, row] = (await csv.text())
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const cell = (name: string) => row!.split(',')[header!.split(',').indexOf(name)];
  assert.deepEqual(
    [cell('投保状态'), cell('保险机构'), cell('保费(元)')],
    ['已投保', insurer.name, approved.quoteYuan],
  );
  await eventually(async () => assert.ok(await readable(t.enterprise!, policyDocument)), 30_000);
  await eventually(async () => {
    const m = (await call<Metrics>(METRICS, t.regulator!)).regulatorMetrics;
    assert.equal(m.insuredProjects, before.insuredProjects + 1);
    assert.equal(m.insuranceRatio.numerator, before.insuranceRatio.numerator + 1);
  }, 30_000);
});

// CONTEXT: issue 13 — claims knows a policy, its 项目名称/项目代码 and its plan's limits only from underwriting's
// policy.issued event; through the gateway, the enterprise reports on the policy issued above, the insurer accepts and
// settles, 累计金额 follows, the partner broker and the regulator read the claim.
test('a claim on that policy: reported by the enterprise, settled by the insurer within the plan, read by broker and regulator', async () => {
  const POLICY = `query($id: ID!) { claimPolicy(policyId: $id) { projectName projectCode cumulativeLimitYuan settledTotalYuan } }`;
  type ClaimPolicy = {
    claimPolicy: {
      projectName: string;
      projectCode: string;
      cumulativeLimitYuan: string;
      settledTotalYuan: string;
    };
  };
  const FIGURES = '{ regulatorMetrics { claimCount claimAmountYuan } }';
  type Figures = { regulatorMetrics: { claimCount: number; claimAmountYuan: string } };
  const figuresBefore = (await call<Figures>(FIGURES, t.regulator!)).regulatorMetrics;
  const known = await eventually(() => call<ClaimPolicy>(POLICY, t.enterprise!, { id: policyId }), 30_000);
  assert.deepEqual(known.claimPolicy, {
    projectName: PROJECT.name,
    projectCode: PROJECT.code,
    cumulativeLimitYuan: '10000000.00',
    settledTotalYuan: '0.00',
  });
  const CLAIM = 'id version status grade';
  type Claim = { id: string; version: number; status: string; grade: string };
  const reported = (
    await call<{ reportClaim: Claim }>(
      `mutation($i: ReportClaimInput!) { reportClaim(input: $i) { ${CLAIM} } }`,
      t.enterprise!,
      {
        i: {
          policyId,
          accidentDate: '2026-11-20',
          accidentPlace: '3#楼外脚手架',
          description: '作业人员拆除模板时失足坠落',
          categoryCode: '09',
          injuredCount: 1,
          deathCount: 0,
          estimatedLossYuan: '150000.00',
        },
      },
    )
  ).reportClaim;
  assert.equal(reported.grade, 'GENERAL');
  const accepted = (
    await call<{ acceptClaim: Claim }>(
      `mutation($id: ID!, $v: Int!) { acceptClaim(id: $id, version: $v) { ${CLAIM} } }`,
      t.insurer!,
      {
        id: reported.id,
        v: reported.version,
      },
    )
  ).acceptClaim;
  const over = await s.call(
    `mutation($id: ID!, $v: Int!, $i: SettleClaimInput!) { settleClaim(id: $id, version: $v, input: $i) { id } }`,
    {
      token: t.insurer!,
      variables: {
        id: accepted.id,
        v: accepted.version,
        i: { amountYuan: '650000.01', settledDate: '2026-11-30' },
      },
    },
  );
  assert.match(over.errors?.[0]?.message ?? '', /× 1 人 = 650000\.00 元/);
  await call(
    `mutation($id: ID!, $v: Int!, $i: SettleClaimInput!) { settleClaim(id: $id, version: $v, input: $i) { id } }`,
    t.insurer!,
    { id: accepted.id, v: accepted.version, i: { amountYuan: '120000.00', settledDate: '2026-11-30' } },
  );
  assert.equal(
    (await call<ClaimPolicy>(POLICY, t.insurer!, { id: policyId })).claimPolicy.settledTotalYuan,
    '120000.00',
  );
  for (const token of [t.broker!, t.regulator!]) {
    const list = await call<{ claims: { items: Array<{ id: string; status: string }> } }>(
      `query($f: ClaimFilter) { claims(filter: $f) { items { id status } } }`,
      token,
      { f: { policyId } },
    );
    assert.deepEqual(list.claims.items, [{ id: reported.id, status: 'SETTLED' }]);
  }
  // analytics counts the claim from claims' events: 出险笔数 + 1, 赔款金额 + the settled 120000.00 元.
  await eventually(async () => {
    const m = (await call<Figures>(FIGURES, t.regulator!)).regulatorMetrics;
    const fen = (yuan: string) => BigInt(yuan.replace('.', ''));
    assert.equal(m.claimCount, figuresBefore.claimCount + 1);
    assert.equal(fen(m.claimAmountYuan) - fen(figuresBefore.claimAmountYuan), 12_000_000n);
  }, 30_000);
});
