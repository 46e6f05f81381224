import type { AnalyticsContext } from '../context.ts';
import { metricsDivision } from '../domain/access.ts';
import { regulatorMetrics } from '../domain/metrics.ts';
import type { QueryResolvers } from '../generated/graphql.ts';

export const Query: QueryResolvers<AnalyticsContext> = {
  regulatorMetrics: async (_parent, args, ctx) => {
    const code = metricsDivision(ctx.viewer, args.divisionCode);
    const [metrics, freshness] = await Promise.all([
      regulatorMetrics(ctx.em, code),
      ctx.deps.freshness(ctx.em),
    ]);
    return { ...metrics, freshness };
  },
  analyticsFreshness: (_parent, _args, ctx) => ctx.deps.freshness(ctx.em),
};
