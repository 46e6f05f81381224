// Environment → typed configuration: the kit's base settings, and how many searches' 共 N 项 to remember.
import { loadBaseConfig, type SubgraphBaseConfig } from '@anze/server-kit';

export interface ProjectsConfig extends SubgraphBaseConfig {
  /** COUNT_CACHE_ENTRIES (1000): searches whose 共 N 项 is remembered (domain/count-cache.ts); 0 counts every time. */
  countCacheEntries: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ProjectsConfig {
  const raw = env.COUNT_CACHE_ENTRIES ?? '';
  const countCacheEntries = raw === '' ? 1000 : Number(raw);
  if (!Number.isInteger(countCacheEntries) || countCacheEntries < 0)
    throw new Error('COUNT_CACHE_ENTRIES must be a non-negative integer');
  return { ...loadBaseConfig('projects', 4002, env), countCacheEntries };
}
