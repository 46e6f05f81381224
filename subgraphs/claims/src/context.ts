import type { BaseContext } from '@anze/server-kit';
import type { ClaimsConfig } from './config.ts';
import type { ScheduleDeadline } from './domain/context.ts';
import type { ClaimScope } from './domain/access.ts';

export interface ClaimsContext extends BaseContext {
  config: ClaimsConfig;
  scheduleDecisionDeadline: ScheduleDeadline;
  now: () => Date;
  /** The viewer's scope, computed on first use in the request. */
  scope?: Promise<ClaimScope>;
}
