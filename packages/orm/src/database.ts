// Each subgraph owns one PostgreSQL database on a shared server: `anze_<subgraph>` unless overridden.
import pg from 'pg';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The server-level URL (any database on it), from DATABASE_URL. */
export function serverUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** URL of the subgraph's own database: `<NAME>_DATABASE_URL` if set, else `anze_<name>` on DATABASE_URL's server. */
export function databaseUrlFor(subgraph: string, env: NodeJS.ProcessEnv = process.env): string {
  const own = env[`${subgraph.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`];
  if (own) return own;
  return withDatabase(serverUrl(env), `anze_${subgraph.replace(/-/g, '_')}`);
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** Creates the database named in `url` when it does not exist yet (connecting to the server's `postgres` db). */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = databaseName(url);
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount) return false;
    await admin.query(`create database "${name.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name.replace(/"/g, '""')}" with (force)`);
  } finally {
    await admin.end();
  }
}
