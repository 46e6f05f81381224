// 项目总数 counts "valid" projects (DOMAIN.md §7). Decision: a project is valid while it is 在建 (UNDER_CONSTRUCTION)
// or 停工 (SUSPENDED) — it still needs insurance and supervision; 竣工 (COMPLETED) and any status this version does
// not know are not counted. Every count in this subgraph goes through this one function.
export const PROJECT_STATUSES = ['UNDER_CONSTRUCTION', 'SUSPENDED', 'COMPLETED'] as const;

export function isValidProject(status: string): boolean {
  return status === 'UNDER_CONSTRUCTION' || status === 'SUSPENDED';
}
