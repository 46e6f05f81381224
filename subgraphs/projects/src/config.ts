// Environment → typed configuration: the kit's base settings; projects adds none of its own yet.
import { loadBaseConfig, type SubgraphBaseConfig } from '@anze/server-kit';

export type ProjectsConfig = SubgraphBaseConfig;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ProjectsConfig {
  return loadBaseConfig('projects', 4002, env);
}
