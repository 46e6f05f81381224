// A fresh database per test file on the real PostgreSQL server; dropped when the file ends.
import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase, serverUrl, withDatabase } from '@anze/orm';

export async function createTestDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `anze_test_${label.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(serverUrl(), name);
  await ensureDatabase(url);
  return { url, drop: () => dropDatabase(url) };
}
