// Persistence of organisations and broker–insurer partnerships.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, UniqueConstraintViolationException, type RequiredEntityData } from '@mikro-orm/core';
import {
  Organisation,
  Partnership,
  type IOrganisation,
  type OrganisationType,
  type RegistrationStatus,
} from './organisation.entity.ts';

export function findOrganisation(
  em: EntityManager,
  id: string,
  o: { lock?: boolean } = {},
): Promise<IOrganisation | null> {
  return em.findOne(Organisation, { id }, o.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
}

export function findOrganisationByUscc(em: EntityManager, uscc: string): Promise<IOrganisation | null> {
  return em.findOne(Organisation, { uscc });
}

export async function isUsccTaken(em: EntityManager, uscc: string): Promise<boolean> {
  return (await em.count(Organisation, { uscc })) > 0;
}

export function addOrganisation(em: EntityManager, data: RequiredEntityData<IOrganisation>): IOrganisation {
  return em.create(Organisation, data);
}

/** Two writers raced for a unique value (a USCC, a login name): the unique index decided. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof UniqueConstraintViolationException;
}

export interface OrganisationQuery {
  /** Division codes starting with this; null: any. */
  divisionPrefix: string | null;
  type?: OrganisationType | null;
  status?: RegistrationStatus | null;
  /** 企业名称 or 统一社会信用代码 contains. */
  search?: string | null;
}

/** A page of organisations, newest first. */
export async function findOrganisations(
  em: EntityManager,
  q: OrganisationQuery,
  limit: number,
  offset: number,
): Promise<{ items: IOrganisation[]; total: number }> {
  const where: Record<string, unknown> = {};
  if (q.divisionPrefix) where.divisionCode = { $like: `${q.divisionPrefix}%` };
  if (q.type) where.type = q.type;
  if (q.status) where.registrationStatus = q.status;
  if (q.search?.trim()) {
    const term = `%${q.search.trim().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    where.$or = [{ name: { $like: term } }, { uscc: { $like: term.toUpperCase() } }];
  }
  const [items, total] = await em.findAndCount(Organisation, where, {
    orderBy: { createdAt: 'desc', id: 'asc' },
    limit,
    offset,
  });
  return { items, total };
}

/** 保险机构 an enterprise can choose: approved insurers by name. */
export function approvedInsurers(em: EntityManager): Promise<IOrganisation[]> {
  return em.find(
    Organisation,
    { type: 'INSURER', registrationStatus: 'APPROVED' },
    { orderBy: { name: 'asc' } },
  );
}

/** The partnership's other side: a broker's insurers, an insurer's brokers; nobody else has partners. */
export async function partnerIdsOf(em: EntityManager, org: IOrganisation): Promise<string[]> {
  if (org.type !== 'BROKER' && org.type !== 'INSURER') return [];
  const links = await em.find(
    Partnership,
    org.type === 'BROKER' ? { brokerId: org.id } : { insurerId: org.id },
  );
  return links.map((l) => (org.type === 'BROKER' ? l.insurerId : l.brokerId));
}

/** Adds or removes the link (nothing to do when it already is as asked). */
export async function setPartnershipRow(
  em: EntityManager,
  brokerId: string,
  insurerId: string,
  active: boolean,
): Promise<void> {
  const existing = await em.findOne(Partnership, { brokerId, insurerId });
  if (active && !existing) em.create(Partnership, { brokerId, insurerId });
  if (!active && existing) em.remove(existing);
}
