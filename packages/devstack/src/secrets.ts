// Dev secrets, generated once into <dataDir>/secrets.json (mode 0600) and reused on later starts.

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DevSecrets {
  /** Shared secret the gateway sends to the subgraphs. */
  gatewaySecret: string;
  /** Password of the embedded PostgreSQL's `postgres` user. */
  postgresPassword: string;
}

export function loadOrCreateSecrets(dataDir: string): DevSecrets {
  const file = join(dataDir, 'secrets.json');
  let stored: Partial<DevSecrets> = {};
  if (existsSync(file)) {
    try {
      stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<DevSecrets>;
    } catch (e) {
      throw new Error(`${file} is not valid JSON (${(e as Error).message}); fix or delete it`);
    }
  }
  const secrets: DevSecrets = {
    gatewaySecret: stored.gatewaySecret || randomBytes(32).toString('base64url'),
    postgresPassword: stored.postgresPassword || randomBytes(18).toString('hex'),
  };
  if (
    secrets.gatewaySecret !== stored.gatewaySecret ||
    secrets.postgresPassword !== stored.postgresPassword
  ) {
    mkdirSync(dataDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify({ ...stored, ...secrets }, null, 2)}\n`, { mode: 0o600 });
    renameSync(tmp, file);
  }
  return secrets;
}
