// The regulator's 项目信息 search: search form → GraphQL filter → export URL. No React or antd here, so web/test can
// run it under Node.
import type { InsuranceStatus, ProjectFilter, ProjectStatus } from '../../gql/graphql.ts';
import { exportPath, type ExportFormat } from '../../shared/list/export.ts';

/** What the 项目信息 search form holds. */
export type ProjectSearch = {
  divisionCode?: string | undefined;
  name?: string | undefined;
  unitName?: string | undefined;
  status?: ProjectStatus | undefined;
  insuranceStatus?: InsuranceStatus | undefined;
};

/** The filter sent to `projects` and to the export: trimmed, empty fields left out (an empty string would match all). */
export function projectFilterOf(search: ProjectSearch): ProjectFilter {
  const filter: ProjectFilter = {};
  const divisionCode = search.divisionCode?.trim();
  const name = search.name?.trim();
  const unitName = search.unitName?.trim();
  if (divisionCode) filter.divisionCode = divisionCode;
  if (name) filter.name = name;
  if (unitName) filter.unitName = unitName;
  if (search.status) filter.status = search.status;
  if (search.insuranceStatus) filter.insuranceStatus = search.insuranceStatus;
  return filter;
}

/** `/exports/projects?format=…&<filter>`: 导出 of the 项目信息 search. */
export function projectExportPath(format: ExportFormat, filter: ProjectFilter): string {
  return exportPath('/exports/projects', format, filter);
}
