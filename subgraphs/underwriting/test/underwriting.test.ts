// CONTEXT: issue 12 — 在线填报 → 复审 → 出单: every allowed and refused transition, who sees what, and the atomic issue.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { graphql } from '@anze/testing';
import { OutboxMessage } from '@anze/events';
import {
  startHarness,
  world,
  submitted,
  applicationInput,
  issueInput,
  SAVE,
  SUBMIT,
  WITHDRAW,
  REVIEW,
  ISSUE,
  type Harness,
  type World,
  type AppRow,
} from './fixtures.ts';
import { LedgerEntry, Policy } from '../src/domain/policy.entity.ts';
import { ApplicationChange } from '../src/domain/application.entity.ts';
import { LEDGER_NUMBER } from '../src/domain/ledger-number.ts';

let h: Harness;
let w: World;

before(async () => {
  h = await startHarness('workflow');
  w = await world(h);
});
after(() => h?.close());

const LIST = `query($f: ApplicationFilter) { insuranceApplications(filter: $f) { total items { id status } statusCounts { status count } } }`;
const ONE = `query($id: ID!) { insuranceApplication(id: $id) { id status reviewOpinion history { action toStatus } } }`;
const INSURANCE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Project { insurance { status statusLabel canApply policy { policyNumber } } } } }`;

async function listed(caller: World['insurer']['caller'], id: string): Promise<boolean> {
  const d = await caller.ok<{ insuranceApplications: { items: Array<{ id: string }> } }>(LIST);
  return d.insuranceApplications.items.some((a) => a.id === id);
}

async function errorOf(
  caller: World['insurer']['caller'],
  query: string,
  variables: Record<string, unknown>,
) {
  const r = await graphql(h.url, query, { token: caller.token, variables });
  assert.ok(r.errors?.length, `expected a refusal, got ${JSON.stringify(r.data)}`);
  return r.errors![0]!;
}

test('the whole way: draft → 待复审 → 复审不通过 → corrected → 复审通过 → 出单, each party seeing what it may', async () => {
  const project = await w.newProject();
  const draft = (
    await w.enterprise.caller.ok<{ saveInsuranceApplication: AppRow }>(SAVE, {
      variables: { i: applicationInput(w, project, { documents: {}, agreementAccepted: false }) },
    })
  ).saveInsuranceApplication;
  assert.equal(draft.status, 'DRAFT');
  // 工程造价 12,345,678.90 元 × 0.55‰ = 6,790.12 元 (half-up).
  assert.equal(draft.quoteYuan, '6790.12');
  assert.equal(draft.contactPhone, '139****3636');
  assert.equal(await listed(w.insurer.caller, draft.id), false, 'a draft is the enterprise’s alone');

  const missing = await errorOf(w.enterprise.caller, SUBMIT, { id: draft.id, v: draft.version });
  assert.equal(missing.extensions?.field, 'input.documents.businessLicense');
  assert.match(missing.message, /请上传营业执照/);

  // The form sends the masked phone back unchanged: the stored number stays.
  const filled = (
    await w.enterprise.caller.ok<{ saveInsuranceApplication: AppRow }>(SAVE, {
      variables: {
        id: draft.id,
        v: draft.version,
        i: applicationInput(w, project, { contactPhone: draft.contactPhone }),
      },
    })
  ).saveInsuranceApplication;
  assert.equal(filled.contactPhone, '139****3636');
  const REVEAL = `mutation($id: ID!) { revealApplicationContact(id: $id) }`;
  const sub = (
    await w.enterprise.caller.ok<{ submitInsuranceApplication: AppRow }>(SUBMIT, {
      variables: { id: filled.id, v: filled.version },
    })
  ).submitInsuranceApplication;
  assert.equal(sub.status, 'SUBMITTED');
  assert.ok(sub.reviewDueAt);
  const revealed = await w.insurer.caller.ok<{ revealApplicationContact: string }>(REVEAL, {
    variables: { id: sub.id },
  });
  assert.equal(revealed.revealApplicationContact, '13936313636');
  assert.equal((await errorOf(w.broker.caller, REVEAL, { id: sub.id })).extensions?.code, 'FORBIDDEN');

  assert.equal(await listed(w.insurer.caller, sub.id), true, 'the addressed insurer');
  assert.equal(await listed(w.otherInsurer.caller, sub.id), false, 'another insurer');
  assert.equal(await listed(w.broker.caller, sub.id), true, 'the named broker');
  assert.equal(await listed(w.otherBroker.caller, sub.id), false, 'a broker neither named nor a partner');
  assert.equal(await listed(w.regulator, sub.id), true, 'the regulator of 哈尔滨');
  assert.equal(await listed(w.otherRegulator, sub.id), false, 'the regulator of 齐齐哈尔');
  assert.equal((await errorOf(w.otherInsurer.caller, ONE, { id: sub.id })).extensions?.code, 'FORBIDDEN');

  // Brokers view; only the addressed insurer decides.
  assert.equal(
    (await errorOf(w.broker.caller, REVIEW, { id: sub.id, v: sub.version, i: { decision: 'APPROVE' } }))
      .extensions?.code,
    'FORBIDDEN',
  );
  assert.equal(
    (await errorOf(w.otherInsurer.caller, REVIEW, { id: sub.id, v: sub.version, i: { decision: 'APPROVE' } }))
      .extensions?.code,
    'FORBIDDEN',
  );
  const noOpinion = await errorOf(w.insurer.caller, REVIEW, {
    id: sub.id,
    v: sub.version,
    i: { decision: 'REJECT' },
  });
  assert.equal(noOpinion.extensions?.field, 'input.opinion');

  const rejected = (
    await w.insurer.caller.ok<{ reviewInsuranceApplication: AppRow }>(REVIEW, {
      variables: {
        id: sub.id,
        v: sub.version,
        i: { decision: 'REJECT', opinion: '项目合同扫描件不清晰，请重新上传' },
      },
    })
  ).reviewInsuranceApplication;
  assert.equal(rejected.status, 'REJECTED');
  const seen = await w.enterprise.caller.ok<{ insuranceApplication: { reviewOpinion: string } }>(ONE, {
    variables: { id: sub.id },
  });
  assert.equal(seen.insuranceApplication.reviewOpinion, '项目合同扫描件不清晰，请重新上传');

  const resubmitted = (
    await w.enterprise.caller.ok<{ submitInsuranceApplication: AppRow }>(SUBMIT, {
      variables: { id: sub.id, v: rejected.version },
    })
  ).submitInsuranceApplication;
  assert.equal(resubmitted.status, 'SUBMITTED');

  const outside = await errorOf(w.insurer.caller, REVIEW, {
    id: sub.id,
    v: resubmitted.version,
    i: { decision: 'APPROVE', floatingRatio: '-0.50', floatingReason: '无事故' },
  });
  assert.equal(outside.extensions?.field, 'input.floatingRatio');
  const approved = (
    await w.insurer.caller.ok<{ reviewInsuranceApplication: AppRow }>(REVIEW, {
      variables: {
        id: sub.id,
        v: resubmitted.version,
        i: { decision: 'APPROVE', floatingRatio: '-0.10', floatingReason: '上一年度无事故' },
      },
    })
  ).reviewInsuranceApplication;
  assert.equal(approved.status, 'APPROVED');
  // 6,790.123395 × 0.9 = 6,111.11 元.
  assert.equal(approved.quoteYuan, '6111.11');

  const files = await w.policyFiles();
  const otherPremium = await errorOf(w.insurer.caller, ISSUE, {
    id: sub.id,
    v: approved.version,
    i: issueInput(files, { premiumYuan: '7000.00' }),
  });
  assert.equal(otherPremium.extensions?.field, 'input.premiumReason');
  const badPeriod = await errorOf(w.insurer.caller, ISSUE, {
    id: sub.id,
    v: approved.version,
    i: issueInput(files, { premiumYuan: '6111.11', effectiveDate: '2027-03-01', expiryDate: '2027-02-28' }),
  });
  assert.equal(badPeriod.extensions?.field, 'input.expiryDate');

  const issued = await w.insurer.caller.ok<{
    issuePolicy: { id: string; ledgerNumber: string; premiumYuan: string; preventionBudgetYuan: string };
  }>(ISSUE, {
    variables: { id: sub.id, v: approved.version, i: issueInput(files, { premiumYuan: '6111.11' }) },
  });
  assert.match(issued.issuePolicy.ledgerNumber, LEDGER_NUMBER);
  assert.equal(issued.issuePolicy.premiumYuan, '6111.11');
  // 6,111.11 × 15 % = 916.6665 → 916.67.
  assert.equal(issued.issuePolicy.preventionBudgetYuan, '916.67');

  const em = h.em();
  const ledger = await em.findOneOrFail(LedgerEntry, { policyId: issued.issuePolicy.id });
  assert.equal(ledger.ledgerNumber, issued.issuePolicy.ledgerNumber);
  assert.equal(ledger.planLabel, 'C:1000,60');
  const ins = await w.enterprise.caller.ok<{
    _entities: Array<{ insurance: { status: string; canApply: boolean } }>;
  }>(INSURANCE, {
    variables: { r: [{ __typename: 'Project', id: project.id }] },
  });
  assert.equal(ins._entities[0]!.insurance.status, 'INSURED');
  assert.equal(ins._entities[0]!.insurance.canApply, false);

  // Subjects end in the event type (filed under the project's division).
  const subjects = (await em.find(OutboxMessage, {})).map((m) => m.subject);
  for (const t of [
    'underwriting.application.submitted',
    'underwriting.application.rejected',
    'underwriting.application.approved',
    'underwriting.policy.issued',
  ])
    assert.ok(
      subjects.some((s) => s.endsWith(t) && s.includes('230103')),
      `${t} published on the division's subject`,
    );
  const history = await em.find(ApplicationChange, { applicationId: sub.id });
  assert.deepEqual(
    new Set(history.map((c) => c.action)),
    new Set(['SAVED', 'SUBMITTED', 'CONTACT_REVEALED', 'REJECTED', 'APPROVED', 'ISSUED']),
  );
  // Issued is final for the application: neither a second issue nor a review.
  assert.equal(
    (
      await errorOf(w.insurer.caller, REVIEW, {
        id: sub.id,
        v: approved.version + 1,
        i: { decision: 'REJECT', opinion: 'x' },
      })
    ).extensions?.code,
    'CONFLICT',
  );
});

test('at most one open application per project, even when two tabs save at once', async () => {
  const project = await w.newProject();
  const results = await Promise.all(
    [1, 2].map(() =>
      graphql(h.url, SAVE, {
        token: w.enterprise.caller.token,
        variables: { i: applicationInput(w, project) },
      }),
    ),
  );
  const ok = results.filter((r) => !r.errors);
  assert.equal(ok.length, 1, JSON.stringify(results.map((r) => r.errors?.[0]?.message)));
  assert.match(results.find((r) => r.errors)!.errors![0]!.message, /已有未完成的投保单/);
});

test('撤回 only while 待复审; a withdrawn project may apply again', async () => {
  const project = await w.newProject();
  const app = await submitted(w, project);
  const withdrawn = await w.enterprise.caller.ok<{ withdrawInsuranceApplication: { status: string } }>(
    WITHDRAW,
    { variables: { id: app.id, r: '选错保险机构' } },
  );
  assert.equal(withdrawn.withdrawInsuranceApplication.status, 'WITHDRAWN');
  const again = await errorOf(w.enterprise.caller, WITHDRAW, { id: app.id });
  assert.equal(again.extensions?.code, 'CONFLICT');
  assert.match(again.message, /只有待复审的投保单可以撤回/);
  await submitted(w, project, { brokerId: null });
});

test('a broker can only be paired with its partner insurers; a completed project cannot apply', async () => {
  const project = await w.newProject();
  const notPartner = await errorOf(w.enterprise.caller, SAVE, {
    i: applicationInput(w, project, { insurerId: w.otherInsurer.id }),
  });
  assert.equal(notPartner.extensions?.field, 'input.insurerId');
  const done = await w.newProject({ status: 'COMPLETED' });
  assert.equal(
    (await errorOf(w.enterprise.caller, SAVE, { i: applicationInput(w, done) })).extensions?.code,
    'CONFLICT',
  );
  const foreign = await w.newProject();
  const stranger = await h.as({ roles: ['ENTERPRISE'], jurisdiction: '230103' });
  assert.equal(
    (await errorOf(stranger, SAVE, { i: applicationInput(w, foreign) })).extensions?.code,
    'FORBIDDEN',
  );
});

test('an application names only the enterprise’s own files of the right kind', async () => {
  const project = await w.newProject();
  const other = await w.newProject();
  const swapped = { ...project.documents, contract: project.documents.businessLicense };
  const wrongKind = await errorOf(w.enterprise.caller, SAVE, {
    i: applicationInput(w, project, { documents: swapped }),
  });
  assert.equal(wrongKind.extensions?.field, 'input.documents.contract');
  const files = await w.policyFiles();
  const foreign = await errorOf(w.enterprise.caller, SAVE, {
    i: applicationInput(w, other, { documents: { ...other.documents, agreement: files.agreement } }),
  });
  assert.match(foreign.message, /不属于本单位/);
});

async function approvedApplication(): Promise<AppRow> {
  const project = await w.newProject();
  const app = await submitted(w, project);
  return (
    await w.insurer.caller.ok<{ reviewInsuranceApplication: AppRow }>(REVIEW, {
      variables: { id: app.id, v: app.version, i: { decision: 'APPROVE' } },
    })
  ).reviewInsuranceApplication;
}

test('two tabs issuing the same application at once give one policy and one 台帐 row', async () => {
  const app = await approvedApplication();
  const files = await w.policyFiles();
  const results = await Promise.all(
    [1, 2].map(() =>
      graphql(h.url, ISSUE, {
        token: w.insurer.caller.token,
        variables: { id: app.id, v: app.version, i: issueInput(files, { premiumYuan: app.quoteYuan }) },
      }),
    ),
  );
  assert.equal(results.filter((r) => !r.errors).length, 1);
  const em = h.em();
  const policies = await em.find(Policy, { applicationId: app.id });
  assert.equal(policies.length, 1);
  assert.equal(await em.count(LedgerEntry, { policyId: policies[0]!.id }), 1);
});

test('保单号 is unique per insurer; 退保 is refused with the rule; a premium outside the plan needs confirmation', async () => {
  const files = await w.policyFiles();
  const first = await approvedApplication();
  const number = 'PHLJ202600000001';
  await w.insurer.caller.ok(ISSUE, {
    variables: {
      id: first.id,
      v: first.version,
      i: issueInput(files, { premiumYuan: first.quoteYuan, policyNumber: number }),
    },
  });
  const second = await approvedApplication();
  const dup = await errorOf(w.insurer.caller, ISSUE, {
    id: second.id,
    v: second.version,
    i: issueInput(files, { premiumYuan: second.quoteYuan, policyNumber: number }),
  });
  assert.equal(dup.extensions?.field, 'input.policyNumber');

  // The manual's 43,074,500.00 元.
  const huge = { premiumYuan: '43074500.00', premiumReason: '按合同约定' };
  const unconfirmed = await errorOf(w.insurer.caller, ISSUE, {
    id: second.id,
    v: second.version,
    i: issueInput(files, huge),
  });
  assert.equal(unconfirmed.extensions?.field, 'input.confirmImplausible');
  const issued = await w.insurer.caller.ok<{ issuePolicy: { id: string; implausible: boolean } }>(ISSUE, {
    variables: {
      id: second.id,
      v: second.version,
      i: issueInput(files, { ...huge, confirmImplausible: true }),
    },
  });
  assert.equal(issued.issuePolicy.implausible, true);

  const surrender = await errorOf(
    w.insurer.caller,
    `mutation($id: ID!) { surrenderPolicy(policyId: $id) { id } }`,
    { id: issued.issuePolicy.id },
  );
  assert.equal(surrender.extensions?.code, 'CONFLICT');
  assert.match(surrender.message, /不得退保（应急〔2025〕27号）/);
});

test('事故预防费: entries within the budget; one beyond it is refused with the figures and changes nothing', async () => {
  const app = await approvedApplication();
  const files = await w.policyFiles();
  const policy = (
    await w.insurer.caller.ok<{ issuePolicy: { id: string; preventionBudgetYuan: string } }>(ISSUE, {
      variables: {
        id: app.id,
        v: app.version,
        i: issueInput(files, { premiumYuan: '10000.00', premiumReason: '协商' }),
      },
    })
  ).issuePolicy;
  assert.equal(policy.preventionBudgetYuan, '1500.00');
  const RECORD = `mutation($p: ID!, $i: PreventionFeeInput!) { recordPreventionFee(policyId: $p, input: $i) { id amountYuan serviceItemLabel } }`;
  const entry = await w.insurer.caller.ok<{ recordPreventionFee: { serviceItemLabel: string } }>(RECORD, {
    variables: {
      p: policy.id,
      i: { date: '2026-03-15', serviceItem: '03', amountYuan: '1000.00', note: '第一季度隐患排查' },
    },
  });
  assert.equal(entry.recordPreventionFee.serviceItemLabel, '生产安全事故隐患排查');
  const over = await errorOf(w.insurer.caller, RECORD, {
    p: policy.id,
    i: { date: '2026-03-20', serviceItem: '01', amountYuan: '500.01' },
  });
  assert.equal(
    over.message,
    '超出事故预防费预算：预算 1500.00 元，已用 1000.00 元，本次 500.01 元，剩余 500.00 元',
  );
  assert.equal(
    (
      await errorOf(w.broker.caller, RECORD, {
        p: policy.id,
        i: { date: '2026-03-20', serviceItem: '01', amountYuan: '1' },
      })
    ).extensions?.code,
    'FORBIDDEN',
  );
  const LEDGER = `query($p: ID!) { preventionFeeLedger(policyId: $p) { budgetYuan spentYuan remainingYuan entries { amountYuan } } }`;
  const l = await w.regulator.ok<{
    preventionFeeLedger: { spentYuan: string; remainingYuan: string; entries: unknown[] };
  }>(LEDGER, { variables: { p: policy.id } });
  assert.deepEqual(
    [
      l.preventionFeeLedger.spentYuan,
      l.preventionFeeLedger.remainingYuan,
      l.preventionFeeLedger.entries.length,
    ],
    ['1000.00', '500.00', 1],
  );
});

test('统计: counts per status over the same filter', async () => {
  const d = await w.insurer.caller.ok<{
    insuranceApplications: { statusCounts: Array<{ status: string; count: number }> };
  }>(LIST);
  const counts = Object.fromEntries(d.insuranceApplications.statusCounts.map((c) => [c.status, c.count]));
  assert.equal(counts.DRAFT, 0, 'drafts are not the insurer’s');
  assert.ok(counts.ISSUED! >= 3);
});
