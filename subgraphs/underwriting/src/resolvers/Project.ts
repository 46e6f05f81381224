// projects' Project, extended with its insurance (投保状态 and the policy) for viewers who may read the project's
// application; a page of projects asks once for all their applications and policies (loaders.ts).
import type { ProjectInsuranceResolvers, ProjectResolvers } from '../generated/graphql.ts';
import { INSURANCE_STATUSES } from '../domain/dictionaries.ts';
import { inUnderwritingScope } from '../domain/access.ts';
import { projectInsurance } from '../domain/project-insurance.ts';
import { scope } from './actor.ts';
import { applicationsOfProject, insuredProject, policiesOfProject } from './loaders.ts';

export interface ProjectRef {
  id: string;
}

export const ProjectResolverMap: ProjectResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  insurance: async (ref, _, ctx) => {
    const [s, project, applications, policies] = await Promise.all([
      scope(ctx),
      insuredProject(ctx, ref.id),
      applicationsOfProject(ctx, ref.id),
      policiesOfProject(ctx, ref.id),
    ]);
    const visibleApps = applications.filter((a) => inUnderwritingScope(s, a));
    const visiblePolicies = policies.filter((p) => inUnderwritingScope(s, p));
    const own = s.kind === 'enterprise' && project?.organisationId === s.organisationId;
    const inJurisdiction =
      s.kind === 'all' || (s.kind === 'division' && project?.divisionCode.startsWith(s.prefix));
    // An insurer or broker with nothing on the project learns nothing about it.
    if (!own && !inJurisdiction && visibleApps.length === 0) return null;
    return projectInsurance({
      viewer: ctx.viewer,
      project,
      applications: visibleApps,
      policies: visiblePolicies,
      now: ctx.now(),
      rules: ctx.config,
    });
  },
};

export const ProjectInsuranceResolverMap: ProjectInsuranceResolvers = {
  statusLabel: (i) => INSURANCE_STATUSES[i.status],
};
