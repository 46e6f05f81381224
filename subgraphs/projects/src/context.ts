import type { BaseContext } from '@anze/server-kit';
import type { ProjectsConfig } from './config.ts';
import type { CountCache } from './domain/count-cache.ts';

export interface ProjectsContext extends BaseContext {
  config: ProjectsConfig;
  /** 共 N 项 of searches, remembered per service (one database). */
  counts: CountCache;
}
