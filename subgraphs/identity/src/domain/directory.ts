// Reading identity's registers: organisations (企业信息, scoped to the viewer's jurisdiction), the approved insurers,
// a broker's or insurer's partners, accounts and API clients (系统管理).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@anze/auth';
import {
  Organisation,
  Partnership,
  type IOrganisation,
  type OrganisationType,
  type RegistrationStatus,
} from './organisation.entity.ts';
import { User, type IUser } from './user.entity.ts';
import { ApiClient, type IApiClient } from './session.entity.ts';
import { organisationsDivisionPrefix } from './access.ts';

export interface OrganisationFilter {
  type?: OrganisationType | null;
  status?: RegistrationStatus | null;
  divisionCode?: string | null;
  search?: string | null;
}

/** A page of the organisations the viewer may see that match the filter, newest first. */
export async function listOrganisations(
  em: EntityManager,
  viewer: Viewer,
  filter: OrganisationFilter | null | undefined,
  limit: number,
  offset: number,
): Promise<{ items: IOrganisation[]; total: number }> {
  const f = filter ?? {};
  const where: Record<string, unknown> = {};
  const prefix = organisationsDivisionPrefix(viewer, f.divisionCode);
  if (prefix) where.divisionCode = { $like: `${prefix}%` };
  if (f.type) where.type = f.type;
  if (f.status) where.registrationStatus = f.status;
  if (f.search?.trim()) {
    const term = `%${f.search.trim().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
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

export async function listUsers(
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

export function listApiClients(em: EntityManager): Promise<IApiClient[]> {
  return em.find(ApiClient, {}, { orderBy: { createdAt: 'desc' } });
}
