// The domain's Actor for a request: the request's EntityManager and viewer, the event writer, the rules, the clock.
import type { UnderwritingContext } from '../context.ts';
import type { Actor } from '../domain/context.ts';
import { publishUnderwritingFact } from '../events/underwriting-events.ts';
import { scopeOf, type UnderwritingScope } from '../domain/access.ts';
import { partnerInsurersOf } from '../domain/read-models.repository.ts';

export function actor(ctx: UnderwritingContext): Actor {
  return {
    em: ctx.em,
    viewer: ctx.viewer,
    publish: publishUnderwritingFact,
    rules: ctx.config,
    scheduleReviewDeadline: ctx.scheduleReviewDeadline,
    now: ctx.now,
  };
}

/** The viewer's scope, once per request (a broker's partners are read once). */
export function scope(ctx: UnderwritingContext): Promise<UnderwritingScope> {
  ctx.scope ??= scopeOf(ctx.viewer, (brokerId) => partnerInsurersOf(ctx.em, brokerId));
  return ctx.scope;
}
