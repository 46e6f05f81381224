// The platform's subgraphs. Adding one is its folder under subgraphs/ plus one line here: the gateway, codegen, the
// dev stack, the event catalogue, the e2e stack and the benchmarks derive their lists from these manifests, and
// tests check docker-compose.yml and k8s/ against them.
import type { SubgraphManifest } from '@anze/server-kit/manifest';
import identity from '@anze/identity/manifest';
import projects from '@anze/projects/manifest';
import analytics from '@anze/analytics/manifest';
import documents from '@anze/documents/manifest';
import underwriting from '@anze/underwriting/manifest';
import claims from '@anze/claims/manifest';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyManifest = SubgraphManifest<any, any>;

/** In start order: identity first (it serves the key set the others verify tokens with). */
export const SUBGRAPHS: readonly AnyManifest[] = [
  identity,
  projects,
  underwriting,
  claims,
  analytics,
  documents,
];

export function manifestOf(name: string): AnyManifest {
  const m = SUBGRAPHS.find((s) => s.name === name);
  if (!m) throw new Error(`unknown subgraph ${name}`);
  return m;
}
