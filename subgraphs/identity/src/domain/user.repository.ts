// Persistence of accounts and their certificate bindings.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type RequiredEntityData } from '@mikro-orm/core';
import { CertificateBinding, User, type IUser } from './user.entity.ts';
import { findOrganisationByUscc } from './organisation.repository.ts';

export function findUser(em: EntityManager, id: string, o: { lock?: boolean } = {}): Promise<IUser | null> {
  return em.findOne(User, { id }, o.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
}

export function findUserByUsername(
  em: EntityManager,
  username: string,
  o: { lock?: boolean } = {},
): Promise<IUser | null> {
  return em.findOne(User, { username }, o.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
}

export async function isUsernameTaken(em: EntityManager, username: string): Promise<boolean> {
  return (await em.count(User, { username })) > 0;
}

export function addUser(em: EntityManager, data: RequiredEntityData<IUser>): IUser {
  return em.create(User, data);
}

/** A page of accounts (of one organisation, or all), newest first. */
export async function findUsers(
  em: EntityManager,
  organisationId: string | null | undefined,
  limit: number,
  offset: number,
): Promise<{ items: IUser[]; total: number }> {
  const [items, total] = await em.findAndCount(User, organisationId ? { organisationId } : {}, {
    orderBy: { createdAt: 'desc', id: 'asc' },
    limit,
    offset,
  });
  return { items, total };
}

/** An explicit binding wins; otherwise an enterprise certificate's USCC maps to the organisation's first account. */
export async function userForCertificate(
  em: EntityManager,
  fingerprint: string,
  uscc: string | null,
): Promise<IUser | null> {
  const binding = await em.findOne(CertificateBinding, { fingerprint });
  if (binding) return em.findOne(User, { id: binding.userId });
  if (!uscc) return null;
  const org = await findOrganisationByUscc(em, uscc);
  if (!org) return null;
  return em.findOne(User, { organisationId: org.id }, { orderBy: { createdAt: 'asc' } });
}
