// The domain's Actor for a request: the request's EntityManager and viewer, the event writer, the rules, the clock.
import type { ClaimsContext } from '../context.ts';
import type { Actor } from '../domain/context.ts';
import { publishClaimFact } from '../events/claims-events.ts';
import { scopeOf, type ClaimScope } from '../domain/access.ts';
import { partnerInsurersOf } from '../domain/read-models.repository.ts';

export function actor(ctx: ClaimsContext): Actor {
  return {
    em: ctx.em,
    viewer: ctx.viewer,
    publish: publishClaimFact,
    rules: ctx.config,
    scheduleDecisionDeadline: ctx.scheduleDecisionDeadline,
    now: ctx.now,
  };
}

/** The viewer's scope, once per request (a broker's partners are read once). */
export function scope(ctx: ClaimsContext): Promise<ClaimScope> {
  ctx.scope ??= scopeOf(ctx.viewer, (brokerId) => partnerInsurersOf(ctx.em, brokerId));
  return ctx.scope;
}
