import { subgraphOrm } from '@anze/server-kit';
import manifest from './manifest.ts';

export function documentsOrm(clientUrl: string, poolMax?: number) {
  return subgraphOrm(manifest, clientUrl, poolMax);
}
