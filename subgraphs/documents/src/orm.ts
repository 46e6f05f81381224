import { fileURLToPath } from 'node:url';
import { createOrm } from '@anze/orm';
import { entities } from './domain/entities.ts';

export const MIGRATIONS_PATH = fileURLToPath(new URL('./migrations', import.meta.url));

export function documentsOrm(clientUrl: string, poolMax?: number) {
  return createOrm({ subgraph: 'documents', clientUrl, entities, migrationsPath: MIGRATIONS_PATH, poolMax });
}
