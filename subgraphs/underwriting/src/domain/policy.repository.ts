// Reads and writes of policies, their 台帐 rows, extensions and prevention-fee entries.
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import {
  LedgerEntry,
  Policy,
  PolicyExtension,
  PreventionFeeEntry,
  type ILedgerEntry,
  type IPolicy,
  type IPolicyExtension,
  type IPreventionFeeEntry,
} from './policy.entity.ts';
import { scopeCondition, type UnderwritingScope } from './access.ts';
import { containsCondition } from '@anze/domain';

export function findPolicy(
  em: EntityManager,
  id: string,
  o: { lock?: boolean } = {},
): Promise<IPolicy | null> {
  return em.findOne(Policy, { id }, o.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
}

export function policiesOfProjects(em: EntityManager, projectIds: readonly string[]): Promise<IPolicy[]> {
  return em.find(Policy, { projectId: { $in: [...projectIds] } }, { orderBy: { issuedAt: 'desc' } });
}

export async function policyNumberTaken(em: EntityManager, insurerId: string, policyNumber: string) {
  return (await em.count(Policy, { insurerId, policyNumber })) > 0;
}

export function isPolicyNumberConflict(e: unknown): boolean {
  return e instanceof UniqueConstraintViolationException && /policy_number/.test(String(e.message));
}

export function isLedgerNumberConflict(e: unknown): boolean {
  return e instanceof UniqueConstraintViolationException && /ledger_number/.test(String(e.message));
}

export function addPolicy(em: EntityManager, data: Omit<IPolicy, 'id' | 'version'>): IPolicy {
  return em.create(Policy, data);
}

export function addLedgerEntry(em: EntityManager, data: Omit<ILedgerEntry, 'id'>): ILedgerEntry {
  return em.create(LedgerEntry, data);
}

export function addExtension(em: EntityManager, data: Omit<IPolicyExtension, 'id' | 'at'>): IPolicyExtension {
  return em.create(PolicyExtension, data);
}

export function extensionsOf(em: EntityManager, policyId: string): Promise<IPolicyExtension[]> {
  return em.find(PolicyExtension, { policyId }, { orderBy: { at: 'asc' } });
}

export function addFeeEntry(em: EntityManager, data: Omit<IPreventionFeeEntry, 'id' | 'recordedAt'>) {
  return em.create(PreventionFeeEntry, data);
}

export function feeEntriesOf(em: EntityManager, policyId: string): Promise<IPreventionFeeEntry[]> {
  return em.find(PreventionFeeEntry, { policyId }, { orderBy: { date: 'asc', recordedAt: 'asc' } });
}

export interface PolicyListFilter {
  enterpriseName?: string | null;
  projectName?: string | null;
  policyNumber?: string | null;
  divisionPrefix?: string | null;
  insurerId?: string | null;
  projectId?: string | null;
  /** Date conditions of a status (policy-status.ts expiryWindow). */
  window?: Record<string, unknown> | null;
  /** 续保提醒: projects not yet completed. */
  projectIds?: readonly string[] | null;
}

export async function listPolicies(
  em: EntityManager,
  scope: UnderwritingScope,
  f: PolicyListFilter,
  page: { page: number; pageSize: number },
): Promise<{ items: IPolicy[]; total: number }> {
  const c: Record<string, unknown>[] = [scopeCondition(scope)];
  if (f.enterpriseName) c.push({ enterpriseName: containsCondition(f.enterpriseName) });
  if (f.projectName) c.push({ projectName: containsCondition(f.projectName) });
  if (f.policyNumber) c.push({ policyNumber: f.policyNumber });
  if (f.divisionPrefix) c.push({ divisionCode: { $like: `${f.divisionPrefix}%` } });
  if (f.insurerId) c.push({ insurerId: f.insurerId });
  if (f.projectId) c.push({ projectId: f.projectId });
  if (f.window) c.push(f.window);
  const [items, total] = await em.findAndCount(
    Policy,
    { $and: c },
    {
      orderBy: { issuedAt: 'desc', id: 'desc' },
      limit: page.pageSize,
      offset: (page.page - 1) * page.pageSize,
    },
  );
  return { items, total };
}

export interface LedgerListFilter {
  enterpriseName?: string | null;
  projectName?: string | null;
  divisionPrefix?: string | null;
}

export function ledgerCondition(scope: UnderwritingScope, f: LedgerListFilter) {
  const c: Record<string, unknown>[] = [scopeCondition(scope)];
  if (f.enterpriseName) c.push({ enterpriseName: containsCondition(f.enterpriseName) });
  if (f.projectName) c.push({ projectName: containsCondition(f.projectName) });
  if (f.divisionPrefix) c.push({ divisionCode: { $like: `${f.divisionPrefix}%` } });
  return { $and: c };
}

export async function listLedger(
  em: EntityManager,
  scope: UnderwritingScope,
  f: LedgerListFilter,
  page: { page: number; pageSize: number },
): Promise<{ items: ILedgerEntry[]; total: number }> {
  const [items, total] = await em.findAndCount(LedgerEntry, ledgerCondition(scope, f), {
    orderBy: { createdAt: 'desc', id: 'desc' },
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  return { items, total };
}

/** Sums over the policies of a scope (the regulator's totals). */
export async function feeTotals(em: EntityManager, scope: UnderwritingScope, divisionPrefix: string | null) {
  const c: Record<string, unknown>[] = [scopeCondition(scope)];
  if (divisionPrefix) c.push({ divisionCode: { $like: `${divisionPrefix}%` } });
  const [row] = await em
    .createQueryBuilder(Policy, 'p')
    .select([
      raw('count(*) as policies'),
      raw('coalesce(sum(p.premium_fen), 0) as premium'),
      raw('coalesce(sum(p.prevention_budget_fen), 0) as budget'),
      raw('coalesce(sum(p.prevention_spent_fen), 0) as spent'),
    ])
    .where({ $and: c })
    .execute<Array<{ policies: string; premium: string; budget: string; spent: string }>>('all');
  return {
    policies: Number(row?.policies ?? 0),
    premiumFen: BigInt(row?.premium ?? 0),
    budgetFen: BigInt(row?.budget ?? 0),
    spentFen: BigInt(row?.spent ?? 0),
  };
}

/** The project's newest policy (a project renews with a new policy). */
export function currentPolicyOf(em: EntityManager, projectId: string): Promise<IPolicy | null> {
  return em.findOne(Policy, { projectId }, { orderBy: { issuedAt: 'desc' } });
}
