// 机构管理 without React (web/test runs it): the search form → the API's filter, and what the browser must filter
// itself (the API has one search box for 名称 and 统一社会信用代码).
import type {
  AdminOrganisationFieldsFragment as Organisation,
  OrganisationFilter,
  OrganisationType,
  RegistrationStatus,
} from '../../gql/graphql.ts';
import { contains } from '../../shared/list/client-pages.ts';

export type OrganisationSearch = {
  type?: OrganisationType | undefined;
  name?: string | undefined;
  uscc?: string | undefined;
  divisionCode?: string | undefined;
  status?: RegistrationStatus | undefined;
};

/**
 * The filter the API applies: type, status, division, and one `search` (name or USCC) — the USCC when both are
 * given, as it is the narrower; the name is then checked in the browser (nameInBrowser).
 */
export function organisationFilterOf(search: OrganisationSearch): OrganisationFilter {
  const filter: OrganisationFilter = {};
  if (search.type) filter.type = search.type;
  if (search.status) filter.status = search.status;
  if (search.divisionCode) filter.divisionCode = search.divisionCode;
  const uscc = search.uscc?.trim();
  const name = search.name?.trim();
  if (uscc) filter.search = uscc.toUpperCase();
  else if (name) filter.search = name;
  return filter;
}

/** Both 名称 and 统一社会信用代码 given: the name is matched in the browser, over every page the USCC finds. */
export function nameInBrowser(search: OrganisationSearch): boolean {
  return !!(search.uscc?.trim() && search.name?.trim());
}

export function matchesName(org: Pick<Organisation, 'name'>, search: OrganisationSearch): boolean {
  return contains(org.name, search.name);
}
