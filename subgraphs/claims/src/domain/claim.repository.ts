// Reads and writes of claims, their history and their corrections; lists filter and scope on local columns.
import { LockMode, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@anze/auth';
import {
  Claim,
  ClaimChange,
  ClaimCorrection,
  type IClaim,
  type IClaimChange,
  type IClaimCorrection,
} from './claim.entity.ts';
import type { AccidentGrade, ClaimAction, ClaimStatus } from './dictionaries.ts';
import { scopeCondition, type ClaimScope } from './access.ts';

export function findClaim(em: EntityManager, id: string, o: { lock?: boolean } = {}): Promise<IClaim | null> {
  return em.findOne(Claim, { id }, o.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
}

export function addClaim(
  em: EntityManager,
  data: Omit<IClaim, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'supplementRequested' | 'overdue'>,
): IClaim {
  return em.create(Claim, { ...data, supplementRequested: false, overdue: false });
}

/** A claim on the same policy, 出险日期 and 事故类别 already exists: the new one is likely the same accident. */
export async function hasSameAccident(
  em: EntityManager,
  c: { policyId: string; accidentDate: string; categoryStandard: string; categoryCode: string },
): Promise<boolean> {
  return (await em.count(Claim, c)) > 0;
}

/** 累计金额 of a policy: the settled amounts of its claims, without `exceptClaimId` (the one being settled). */
export async function settledTotalOf(
  em: EntityManager,
  policyId: string,
  exceptClaimId: string | null = null,
): Promise<bigint> {
  const rows = await em
    .createQueryBuilder(Claim, 'c')
    .select(raw('coalesce(sum(c.settled_amount_fen), 0)::text as total'))
    .where({ policyId, ...(exceptClaimId ? { id: { $ne: exceptClaimId } } : {}) })
    .execute<Array<{ total: string }>>('all');
  return BigInt(rows[0]?.total ?? '0');
}

export function claimsOfPolicy(em: EntityManager, policyId: string): Promise<IClaim[]> {
  return em.find(Claim, { policyId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
}

export function isConcurrentUpdate(e: unknown): boolean {
  return e instanceof OptimisticLockError;
}

export function isClaimNumberConflict(e: unknown): boolean {
  return e instanceof UniqueConstraintViolationException && /claim_number/.test(String(e.message));
}

function actorIds(viewer: Viewer) {
  return {
    actorUserId:
      viewer.kind === 'user' ? viewer.userId : viewer.kind === 'client' ? `client:${viewer.clientId}` : null,
    actorOrganisationId: viewer.kind === 'user' ? viewer.organisationId : null,
  };
}

export function recordHistory(
  em: EntityManager,
  viewer: Viewer,
  e: {
    claimId: string;
    action: ClaimAction;
    fromStatus?: ClaimStatus;
    toStatus?: ClaimStatus;
    note?: string | null;
  },
): void {
  em.create(ClaimChange, {
    claimId: e.claimId,
    action: e.action,
    ...actorIds(viewer),
    fromStatus: e.fromStatus ?? null,
    toStatus: e.toStatus ?? null,
    note: e.note ?? null,
  });
}

export function recordCorrection(
  em: EntityManager,
  viewer: Viewer,
  c: { claimId: string; field: string; fromValue: string | null; toValue: string | null; reason: string },
): void {
  em.create(ClaimCorrection, { ...c, actorUserId: actorIds(viewer).actorUserId });
}

export function historyOf(em: EntityManager, claimId: string): Promise<IClaimChange[]> {
  return em.find(ClaimChange, { claimId }, { orderBy: { at: 'desc', id: 'desc' } });
}

export function correctionsOf(em: EntityManager, claimId: string): Promise<IClaimCorrection[]> {
  return em.find(ClaimCorrection, { claimId }, { orderBy: { at: 'desc', id: 'desc' } });
}

export interface ClaimListFilter {
  status?: ClaimStatus | null;
  grade?: AccidentGrade | null;
  policyId?: string | null;
  projectId?: string | null;
  organisationId?: string | null;
  insurerId?: string | null;
  divisionPrefix?: string | null;
  accidentFrom?: string | null;
  accidentTo?: string | null;
  overdue?: boolean | null;
}

export async function listClaims(
  em: EntityManager,
  scope: ClaimScope,
  f: ClaimListFilter,
  page: { page: number; pageSize: number },
): Promise<{ items: IClaim[]; total: number }> {
  const c: Record<string, unknown>[] = [scopeCondition(scope)];
  if (f.status) c.push({ status: f.status });
  if (f.grade) c.push({ grade: f.grade });
  if (f.policyId) c.push({ policyId: f.policyId });
  if (f.projectId) c.push({ projectId: f.projectId });
  if (f.organisationId) c.push({ organisationId: f.organisationId });
  if (f.insurerId) c.push({ insurerId: f.insurerId });
  if (f.divisionPrefix) c.push({ divisionCode: { $like: `${f.divisionPrefix}%` } });
  if (f.accidentFrom) c.push({ accidentDate: { $gte: f.accidentFrom } });
  if (f.accidentTo) c.push({ accidentDate: { $lte: f.accidentTo } });
  if (f.overdue) c.push({ overdue: true, status: 'ACCEPTED' });
  const [items, total] = await em.findAndCount(
    Claim,
    { $and: c },
    {
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: page.pageSize,
      offset: (page.page - 1) * page.pageSize,
    },
  );
  return { items, total };
}
