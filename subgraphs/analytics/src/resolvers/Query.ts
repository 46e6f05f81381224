import { assertWithinJurisdiction, badInput, forbidden, hasRole } from '@anze/auth';
import { checkDivisionCode } from '@anze/dictionaries';
import type { AnalyticsContext } from '../context.ts';
import { NATIONAL } from '../domain/divisions.ts';
import { regulatorMetrics } from '../domain/metrics.ts';
import type { QueryResolvers } from '../generated/graphql.ts';

/** The division asked for, or the viewer's own; refused outside a regulator's jurisdiction. */
function divisionFor(ctx: AnalyticsContext, requested: string | null | undefined): string {
  const viewer = ctx.viewer;
  const own = viewer.kind === 'anonymous' ? null : viewer.jurisdiction;
  const code = requested ?? own ?? (hasRole(viewer, 'PLATFORM_ADMIN') ? NATIONAL : null);
  if (!code) throw forbidden('您的账号未设置管辖区域');
  if (code !== NATIONAL) {
    const problem = checkDivisionCode(code);
    if (problem) throw badInput(problem, 'divisionCode');
  }
  // The country as a whole is inside no regulator's jurisdiction; administrators see everything.
  if (code === NATIONAL && !hasRole(viewer, 'PLATFORM_ADMIN')) throw forbidden('不在您的管辖范围内');
  assertWithinJurisdiction(viewer, code);
  return code;
}

export const Query: QueryResolvers<AnalyticsContext> = {
  regulatorMetrics: async (_parent, args, ctx) => {
    const code = divisionFor(ctx, args.divisionCode);
    const [metrics, freshness] = await Promise.all([
      regulatorMetrics(ctx.em, code),
      ctx.deps.freshness(ctx.em),
    ]);
    return { ...metrics, freshness };
  },
  analyticsFreshness: (_parent, _args, ctx) => ctx.deps.freshness(ctx.em),
};
