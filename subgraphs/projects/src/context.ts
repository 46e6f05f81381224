import type { BaseContext } from '@anze/server-kit';
import type { ProjectsConfig } from './config.ts';

export interface ProjectsContext extends BaseContext {
  config: ProjectsConfig;
}
