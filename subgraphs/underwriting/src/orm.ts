import { subgraphOrm } from '@anze/server-kit';
import manifest from './manifest.ts';

export function underwritingOrm(clientUrl: string, poolMax?: number) {
  return subgraphOrm(manifest, clientUrl, poolMax);
}
