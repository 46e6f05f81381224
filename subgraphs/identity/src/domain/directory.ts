// Reading identity's register of organisations (企业信息): the viewer's jurisdiction and the filter decide the rows.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@anze/auth';
import type { IOrganisation, OrganisationType, RegistrationStatus } from './organisation.entity.ts';
import { organisationsDivisionPrefix } from './access.ts';
import { findOrganisations } from './organisation.repository.ts';

export interface OrganisationFilter {
  type?: OrganisationType | null;
  status?: RegistrationStatus | null;
  divisionCode?: string | null;
  search?: string | null;
}

/** A page of the organisations the viewer may see that match the filter, newest first. */
export function listOrganisations(
  em: EntityManager,
  viewer: Viewer,
  filter: OrganisationFilter | null | undefined,
  limit: number,
  offset: number,
): Promise<{ items: IOrganisation[]; total: number }> {
  const f = filter ?? {};
  const divisionPrefix = organisationsDivisionPrefix(viewer, f.divisionCode);
  return findOrganisations(em, { ...f, divisionPrefix }, limit, offset);
}
