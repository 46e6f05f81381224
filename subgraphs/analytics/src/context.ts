import type { BaseContext } from '@anze/server-kit';
import type { Freshness } from './domain/freshness.ts';

export interface AnalyticsDeps {
  /** Freshness of the read models, read with the request's EntityManager. */
  freshness: (em: BaseContext['em']) => Promise<Freshness>;
}

export interface AnalyticsContext extends BaseContext {
  deps: AnalyticsDeps;
}
