import { runSubgraph } from '@anze/server-kit';
import manifest from './manifest.ts';

await runSubgraph(manifest);
