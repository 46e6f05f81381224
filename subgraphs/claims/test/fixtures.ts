// claims' test fixtures on the common harness: policies and partnerships become known the way they do in production —
// by underwriting's and identity's events, applied by the consumers.
import { randomUUID } from 'node:crypto';
import { createEvent, type EventEnvelope } from '@anze/events';
import {
  policyEvent,
  startSubgraphHarness,
  type Caller,
  type PolicyCase,
  type SubgraphHarness,
} from '@anze/testing';
import type { PartnershipChangedData } from '@anze/identity/domain/event-catalogue';
import manifest from '../src/manifest.ts';
import type { ClaimsConfig } from '../src/config.ts';
import type { ClaimsService } from '../src/app.ts';

export { waitFor } from '@anze/testing';

export type Harness = SubgraphHarness<ClaimsConfig, ClaimsService>;

export function startHarness(label: string, env: Record<string, string> = {}): Promise<Harness> {
  return startSubgraphHarness(manifest, { label, env: { SCHEDULER_POLLING_SECONDS: '0.5', ...env } });
}

export function partnershipEvent(brokerId: string, insurerId: string): EventEnvelope<PartnershipChangedData> {
  return createEvent({
    type: 'identity.partnership.changed',
    version: 1,
    divisionCode: '000000',
    aggregate: { type: 'partnership', id: brokerId },
    data: { brokerId, insurerId, active: true },
  });
}

export interface Party {
  id: string;
  caller: Caller;
}

export interface World {
  enterprise: Party;
  otherEnterprise: Party;
  insurer: Party;
  otherInsurer: Party;
  broker: Party;
  otherBroker: Party;
  /** 哈尔滨 (230100): the policies' county 230103 is inside; 齐齐哈尔 (230200) is not. */
  regulator: Caller;
  otherRegulator: Caller;
  /** A new policy of the enterprise with the insurer (方案C's limits unless given), delivered; its id. */
  policy(over?: Partial<PolicyCase>): Promise<string>;
}

export async function world(h: Harness): Promise<World> {
  const ids = Array.from({ length: 6 }, () => randomUUID());
  const [enterprise, otherEnterprise, insurer, otherInsurer, broker, otherBroker] = ids as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  await h.deliver(partnershipEvent(broker, insurer));
  const as = async (role: 'ENTERPRISE' | 'INSURER' | 'BROKER', id: string, jurisdiction: string) => ({
    id,
    caller: await h.as({ roles: [role], organisationId: id, jurisdiction }),
  });
  return {
    enterprise: await as('ENTERPRISE', enterprise, '230103'),
    otherEnterprise: await as('ENTERPRISE', otherEnterprise, '230103'),
    insurer: await as('INSURER', insurer, '230000'),
    otherInsurer: await as('INSURER', otherInsurer, '230000'),
    broker: await as('BROKER', broker, '230000'),
    otherBroker: await as('BROKER', otherBroker, '230000'),
    regulator: await h.as({ roles: ['REGULATOR'], jurisdiction: '230100' }),
    otherRegulator: await h.as({ roles: ['REGULATOR'], jurisdiction: '230200' }),
    policy: async (over = {}) => {
      const policyId = randomUUID();
      await h.deliver(
        policyEvent('issued', {
          applicationId: randomUUID(),
          projectId: randomUUID(),
          policyId,
          organisationId: enterprise,
          insurerId: insurer,
          projectCode: '2408-230103-04-01-996708',
          ...over,
        }),
      );
      return policyId;
    },
  };
}

export const CLAIM_FIELDS = `id claimNumber policyId policyNumber projectName projectCode divisionCode status statusLabel
  accidentDate categoryStandard categoryCode categoryLabel injuredCount deathCount estimatedLossYuan directLossYuan
  reportedDate settledDate settledAmountYuan declineReason remark grade gradeLabel lateReported likelyDuplicate
  supplementRequested supplementNote acceptedAt decisionDueAt overdue reportedBy version`;

export const REPORT = `mutation($i: ReportClaimInput!) { reportClaim(input: $i) { ${CLAIM_FIELDS} } }`;
export const ACCEPT = `mutation($id: ID!, $v: Int!) { acceptClaim(id: $id, version: $v) { ${CLAIM_FIELDS} } }`;
export const REQUEST_SUPPLEMENT = `mutation($id: ID!, $v: Int!, $n: String!) { requestClaimSupplement(id: $id, version: $v, note: $n) { ${CLAIM_FIELDS} } }`;
export const PROVIDE_SUPPLEMENT = `mutation($id: ID!, $v: Int!, $n: String!) { provideClaimSupplement(id: $id, version: $v, note: $n) { ${CLAIM_FIELDS} } }`;
export const SETTLE = `mutation($id: ID!, $v: Int!, $i: SettleClaimInput!) { settleClaim(id: $id, version: $v, input: $i) { ${CLAIM_FIELDS} } }`;
export const DECLINE = `mutation($id: ID!, $v: Int!, $r: String!) { declineClaim(id: $id, version: $v, reason: $r) { ${CLAIM_FIELDS} } }`;
export const REOPEN = `mutation($id: ID!, $v: Int!, $r: String!) { reopenClaim(id: $id, version: $v, reason: $r) { ${CLAIM_FIELDS} } }`;
export const CORRECT = `mutation($id: ID!, $v: Int!, $i: CorrectClaimInput!) { correctClaim(id: $id, version: $v, input: $i) { ${CLAIM_FIELDS} corrections { field label from to reason } history { action actionLabel fromStatus toStatus note } } }`;

export interface ClaimRow {
  id: string;
  version: number;
  status: string;
  [k: string]: unknown;
}

export function claimInput(policyId: string, over: Record<string, unknown> = {}) {
  return {
    policyId,
    accidentDate: '2026-11-20',
    accidentPlace: '1#楼东侧脚手架',
    description: '作业人员在脚手架上拆除模板时失足坠落',
    categoryCode: '09',
    injuredCount: 1,
    deathCount: 0,
    estimatedLossYuan: '120000.00',
    remark: '已送医救治',
    ...over,
  };
}

/** A claim reported by the caller; its row. */
export async function reported(caller: Caller, policyId: string, over: Record<string, unknown> = {}) {
  return (
    await caller.ok<{ reportClaim: ClaimRow }>(REPORT, { variables: { i: claimInput(policyId, over) } })
  ).reportClaim;
}

/** A claim reported by the enterprise and accepted by the insurer. */
export async function accepted(w: World, policyId: string, over: Record<string, unknown> = {}) {
  const c = await reported(w.enterprise.caller, policyId, over);
  return (
    await w.insurer.caller.ok<{ acceptClaim: ClaimRow }>(ACCEPT, { variables: { id: c.id, v: c.version } })
  ).acceptClaim;
}

/** The first error of a call that must fail: its code, field and message. */
export async function refusal(caller: Caller, query: string, variables: Record<string, unknown>) {
  const r = await caller.call(query, { variables });
  const e = r.errors?.[0];
  if (!e) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
  return { code: e.extensions?.code, field: e.extensions?.field, message: e.message };
}
