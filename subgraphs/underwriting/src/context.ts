import type { BaseContext } from '@anze/server-kit';
import type { UnderwritingConfig } from './config.ts';
import type { ScheduleDeadline } from './domain/context.ts';
import type { UnderwritingScope } from './domain/access.ts';

export interface UnderwritingContext extends BaseContext {
  config: UnderwritingConfig;
  scheduleReviewDeadline: ScheduleDeadline;
  now: () => Date;
  /** The viewer's scope, computed on first use in the request. */
  scope?: Promise<UnderwritingScope>;
}
